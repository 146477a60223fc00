import { storage } from '@wxt-dev/storage';

// The popup's last lookups, newest first.

export const HISTORY_LIMIT = 20;

export const historyItem = storage.defineItem<string[]>('local:lookupHistory', { fallback: [], version: 1 });

export function pushHistory(history: readonly string[], query: string): string[] {
  const text = query.trim();
  if (!text) return [...history];
  return [text, ...history.filter((entry) => entry !== text)].slice(0, HISTORY_LIMIT);
}

export async function loadHistory(): Promise<string[]> {
  try {
    const value = await historyItem.getValue();
    return Array.isArray(value)
      ? value.filter((entry): entry is string => typeof entry === 'string').slice(0, HISTORY_LIMIT)
      : [];
  } catch {
    return [];
  }
}
