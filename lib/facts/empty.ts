import { english } from '../i18n/english';
import type { AxolotlVerdict, Serving, ServingVerdict } from './schema';

// Placeholders a draft starts with; classify() replaces both before returning. Shared and frozen: never mutated.

const UNKNOWN_SERVING: ServingVerdict = Object.freeze({ verdict: 'unknown', reason: english('serving_unknown'), reasonKey: 'serving_unknown', reasonArgs: [] });

export const PENDING_AXOLOTL: AxolotlVerdict = Object.freeze({ support: 'unknown', reason: english('axolotl_unknown_category'), alternative: null });

export const PENDING_SERVING: Serving = Object.freeze({
  vllm: UNKNOWN_SERVING, llamacpp: UNKNOWN_SERVING, tgi: UNKNOWN_SERVING, ollama: UNKNOWN_SERVING,
  exllamav2: UNKNOWN_SERVING, sglang: UNKNOWN_SERVING,
});
