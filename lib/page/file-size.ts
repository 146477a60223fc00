// File sizes as huggingface.co's Files tab writes them beside each file ("4.92 GB", "624.68 MB", "3.41 kB"): decimal
// units, three significant figures, so within 0.5 % of the exact size.

const UNITS: Readonly<Record<string, number>> = { B: 1, kB: 1e3, KB: 1e3, MB: 1e6, GB: 1e9, TB: 1e12, PB: 1e15 };
const SIZE = /(\d{1,6}(?:[.,]\d{1,4})?)\s*(B|kB|KB|MB|GB|TB|PB)\b/;

/** Bytes from a Files-tab size text, or null when it does not say one. */
export function readHubFileSize(text: string | null | undefined): number | null {
  if (!text) return null;
  const match = SIZE.exec(text.slice(0, 200));
  if (!match) return null;
  const bytes = Number(match[1]!.replace(',', '.')) * UNITS[match[2]!]!;
  return Number.isFinite(bytes) && bytes > 0 ? Math.round(bytes) : null;
}
