import { english } from '../i18n/english';
import type { AxolotlVerdict, Serving } from './schema';

// Placeholders a draft starts with; classify() replaces both before returning. Shared and frozen: never mutated.

export const PENDING_AXOLOTL: AxolotlVerdict = Object.freeze({
  support: 'unknown',
  reason: english('axolotl_unknown_category'),
  alternative: null,
});

/** No engine has judged yet: classify() fills one verdict per engine of the registry. */
export const PENDING_SERVING: Serving = Object.freeze({});
