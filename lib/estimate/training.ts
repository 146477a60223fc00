import type { HardwareProfile, TrainingMemory } from '../facts/memory';
import type { Facts } from '../facts/schema';
import { TRAINING } from '../knowledge/memory-units';
import { verdictOf } from './fit';

/** Layer shapes for activations, when known. */
export interface TrainingShape {
  layers: number;
  hidden: number;
  vocab: number;
}

const FROZEN_REASONS = new Set([
  'axolotl_reason_gptq',
  'axolotl_reason_awq',
  'axolotl_reason_bnb',
  'axolotl_reason_fp8',
]);

/**
 * Training memory only for the route Axolotl's verdict names: full, LoRA and QLoRA where it trains the repo; QLoRA of
 * the named base where it sends the user there (GGUF, AWQ, GPTQ…); adapters on a frozen quantized repo as QLoRA of
 * it; nothing where it does not train at all. Activations: batch 1 at 2,048 tokens with gradient checkpointing (one
 * hidden state per layer, one layer recomputed, fp32 logits and their gradient), or 20 % without shapes.
 */
export function trainingFor(
  facts: Facts,
  weightsBytes: number | null,
  shape: TrainingShape | null,
  hardware: HardwareProfile | null | undefined,
): TrainingMemory | null {
  const { axolotl } = facts;
  const parameters = facts.params.total;
  if (parameters === null || parameters <= 0 || facts.isAdapter) return null;
  const adapters = parameters * TRAINING.adapterShare * TRAINING.adapterBytesPerParam;
  const activations = (frozen: number) =>
    shape
      ? TRAINING.sequence * (shape.layers * shape.hidden * 2 + shape.hidden * 34 + shape.vocab * 4 * 2)
      : frozen * 0.2;
  const qloraOf = (frozen: number) => frozen + adapters + activations(frozen);
  let figures: Omit<TrainingMemory, 'fit'> | null = null;
  if (axolotl.trainableBase && axolotl.support !== 'full') {
    const frozen = (parameters * TRAINING.qloraBitsPerParam) / 8;
    figures = { model: axolotl.trainableBase, full: null, lora: null, qlora: qloraOf(frozen) };
  } else if (
    axolotl.support === 'partial' &&
    axolotl.reasonKey &&
    FROZEN_REASONS.has(axolotl.reasonKey) &&
    weightsBytes !== null
  ) {
    figures = { model: facts.id, full: null, lora: null, qlora: qloraOf(weightsBytes) };
  } else if (axolotl.support === 'full' || axolotl.support === 'partial') {
    const bf16 = parameters * TRAINING.loraBytesPerParam;
    const nf4 = (parameters * TRAINING.qloraBitsPerParam) / 8;
    figures = {
      model: facts.id,
      full: axolotl.support === 'full' ? parameters * TRAINING.fullBytesPerParam + activations(bf16) : null,
      lora: bf16 + adapters + activations(bf16),
      qlora: qloraOf(nf4),
    };
  }
  if (!figures) return null;
  return {
    ...figures,
    fit: hardware
      ? {
          full: verdictOf(figures.full, hardware),
          lora: verdictOf(figures.lora, hardware),
          qlora: verdictOf(figures.qlora, hardware),
        }
      : null,
  };
}
