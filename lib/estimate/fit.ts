import type { Fit, FitVerdict, HardwareProfile } from '../facts/memory';
import { BUFFERS } from '../knowledge/memory-units';

/**
 * Whether `needed` bytes fit the hardware: on the GPUs (each extra GPU carries its own runtime allowance); with
 * the rest in system RAM (offload; not on unified memory, where GPU and CPU share one pool); or not at all.
 * Conservative: a figure that is not known never fits.
 */
export function fitOf(needed: number | null, hardware: HardwareProfile | null | undefined): Fit | null {
  if (!hardware || needed === null || !Number.isFinite(needed) || needed < 0) return null;
  const gpus = Math.max(1, Math.floor(hardware.gpus));
  // Whole bytes, rounded against fitting: a figure rounded later must not cross the line.
  const gpuBytes = Math.floor(Math.max(0, hardware.gpuBytes) * gpus);
  const total = Math.ceil(needed + BUFFERS.runtimeBytes * (gpus - 1));
  if (total <= gpuBytes) return { verdict: 'gpu', neededBytes: total, gpuBytes, offloadBytes: 0 };
  const ram = hardware.unified ? 0 : Math.floor(Math.max(0, hardware.ramBytes));
  if (ram > 0 && total <= gpuBytes + ram)
    return { verdict: 'offload', neededBytes: total, gpuBytes, offloadBytes: total - gpuBytes };
  return { verdict: 'no', neededBytes: total, gpuBytes, offloadBytes: 0 };
}

export const verdictOf = (needed: number | null, hardware: HardwareProfile | null | undefined): FitVerdict | null =>
  fitOf(needed, hardware)?.verdict ?? null;
