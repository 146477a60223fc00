// Numbers as people say them, the same in every language the extension speaks (units are SI letters).

/** A count (parameters, tokens) as people say it: 8B, 46.7B, 135M; 999.9M rounds up to "1B". */
export function formatCount(count: number): string {
  const units: [number, string][] = [
    [1e12, 'T'],
    [1e9, 'B'],
    [1e6, 'M'],
    [1e3, 'K'],
  ];
  for (const [size, unit] of units) {
    // 999.9M rounds to the next unit's 1B, not to "1000M".
    if (count >= size * 0.9995) {
      const value = count / size;
      const text = value >= 100 ? value.toFixed(0) : value >= 10 ? value.toFixed(1) : value.toFixed(2);
      return `${text.includes('.') ? text.replace(/\.?0+$/, '') : text}${unit}`;
    }
  }
  return String(count);
}
