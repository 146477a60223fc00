import type { Facts } from '../facts/schema';
import { factBadges, type BadgeSpec } from './badges';

// Two models side by side (the popup's compare, issue #16): one row per fact either of them has a badge for, in the
// badge row's order, with whether they differ: memory at the user's context and, with a hardware profile, the fit
// verdict among them. Pure, so the popup and the tests share it.

export interface CompareRow {
  fact: string;
  left: BadgeSpec | null;
  right: BadgeSpec | null;
  /** The schema values differ (or only one side has the fact). */
  differs: boolean;
}

export function compareRows(left: Facts, right: Facts): CompareRow[] {
  const leftBadges = factBadges(left);
  const rightBadges = factBadges(right);
  const order: string[] = [];
  for (const badge of [...leftBadges, ...rightBadges]) if (!order.includes(badge.fact)) order.push(badge.fact);
  // Facts the right side adds go after the left's, but before the verdicts, as in a badge row.
  const verdict = (fact: string) => fact === 'axolotl' || fact.startsWith('serving-');
  const sorted = [...order.filter((fact) => !verdict(fact)), ...order.filter(verdict)];
  return sorted.map((fact) => {
    const a = leftBadges.find((badge) => badge.fact === fact) ?? null;
    const b = rightBadges.find((badge) => badge.fact === fact) ?? null;
    return {
      fact,
      left: a,
      right: b,
      differs:
        fact === 'params' && a && b
          ? !sameCount(a.value, b.value)
          : fact === 'memory' && a && b
            ? !sameMemory(a, b)
            : a?.value !== b?.value,
    };
  });
}

/** Parameter counts from different sources (the name's 7.62B, the Hub's 7,615,616,512) within 1% are the same size. */
function sameCount(left: string, right: string): boolean {
  const a = Number(left);
  const b = Number(right);
  if (!left || !right || !Number.isFinite(a) || !Number.isFinite(b)) return left === right;
  return Math.abs(a - b) <= 0.01 * Math.max(a, b);
}

/**
 * Memory figures at the same context within 5 % are the same need (an estimate from the name and one from the files
 * differ by more than their bytes say); at different contexts (one model's maximum is shorter) they always differ.
 */
function sameMemory(left: BadgeSpec, right: BadgeSpec): boolean {
  if (left.data?.context !== right.data?.context) return false;
  const a = Number(left.value);
  const b = Number(right.value);
  return Number.isFinite(a) && Number.isFinite(b) && Math.abs(a - b) <= 0.05 * Math.max(a, b);
}

/** What to compare a model with first: the repo it was made from (the original of a quantization, an adapter's base). */
export function compareSuggestion(facts: Facts): string | null {
  return facts.baseModel && facts.baseModel.toLowerCase() !== facts.id.toLowerCase() ? facts.baseModel : null;
}
