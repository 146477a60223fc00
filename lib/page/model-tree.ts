// The model page's model tree says how many quantized versions of the model the Hub lists, as a link to
// `/models?other=base_model:quantized:<id>` whose text is the count ("280 models", "1 model", "1,024 models").
// Read from the page, never requested: the serving verdicts use it for the "via a GGUF quantization" route.

/** The link's selector for a model (ids are case-insensitive on the Hub; the page writes the canonical case). */
export function quantizedTreeSelector(id: string): string {
  return `a[href*="base_model:quantized:${cssString(id)}" i]`;
}

/** "280 models" → 280; anything else (no number, "models" missing) → null. */
export function parseModelCount(text: string | null | undefined): number | null {
  const match = /^\s*([\d,.]+)\s*([kKmM]?)\s+models?\b/.exec(text ?? '');
  if (!match) return null;
  const value = Number(match[1]!.replace(/,/g, ''));
  if (!Number.isFinite(value)) return null;
  const scale = match[2]!.toLowerCase() === 'k' ? 1e3 : match[2]!.toLowerCase() === 'm' ? 1e6 : 1;
  return Math.round(value * scale);
}

function cssString(value: string): string {
  return value.replace(/["\\]/g, '\\$&');
}
