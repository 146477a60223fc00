import { english } from '../i18n/english';
import type { AxolotlVerdict, Serving, ServingVerdict } from '../schema';

export function unknownAxolotl(): AxolotlVerdict {
  return { support: 'unknown', reason: english('axolotl_unknown_category'), alternative: null };
}

export function unknownServing(): ServingVerdict {
  return { verdict: 'unknown', reason: english('serving_unknown') };
}

export function emptyServing(): Serving {
  return {
    vllm: unknownServing(), llamacpp: unknownServing(), tgi: unknownServing(), ollama: unknownServing(),
    exllamav2: unknownServing(), sglang: unknownServing(),
  };
}
