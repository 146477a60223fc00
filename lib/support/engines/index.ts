import { diffusers } from './diffusers';
import { exllamav2 } from './exllamav2';
import { exllamav3 } from './exllamav3';
import { llamacpp } from './llamacpp';
import { mlx } from './mlx';
import { ollama } from './ollama';
import { sentenceTransformers } from './sentence-transformers';
import { sglang } from './sglang';
import { tei } from './tei';
import { tgi } from './tgi';
import type { ServingEngineModule } from './types';
import { vllm } from './vllm';
import { whispercpp } from './whispercpp';

// The serving engines, in the order chips, the sheet, the command line and commands list them: language-model
// servers first, then the engines of other kinds. Adding an engine is one module here (docs/DEVELOPING.md, "Recipe:
// add a serving engine").
export const SERVING_ENGINE_MODULES: readonly ServingEngineModule[] = [
  vllm,
  llamacpp,
  tgi,
  ollama,
  exllamav2,
  sglang,
  mlx,
  exllamav3,
  diffusers,
  whispercpp,
  tei,
  sentenceTransformers,
];

export type { ServingEngineModule } from './types';
