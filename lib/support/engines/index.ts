import { exllamav2 } from './exllamav2';
import { llamacpp } from './llamacpp';
import { mlx } from './mlx';
import { ollama } from './ollama';
import { sglang } from './sglang';
import { tgi } from './tgi';
import type { ServingEngineModule } from './types';
import { vllm } from './vllm';

// The serving engines, in the order chips, the sheet, the command line and commands list them. Adding an engine is
// one module here (see docs/DEVELOPING.md, "Recipe: add a serving engine").
export const SERVING_ENGINE_MODULES: readonly ServingEngineModule[] = [vllm, llamacpp, tgi, ollama, exllamav2, sglang, mlx];

export type { ServingEngineModule } from './types';
