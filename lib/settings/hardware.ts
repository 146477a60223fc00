import type { HardwareProfile } from '../facts/memory';
import type { Settings } from './settings';

const GB = 1e9;

/** The settings' hardware in bytes, for the memory estimator; null when the user has not set any. */
export function hardwareProfile(settings: Pick<Settings, 'hardware'>): HardwareProfile | null {
  const hardware = settings.hardware;
  if (!hardware) return null;
  return {
    gpuBytes: hardware.gpuMemoryGB * GB,
    gpus: hardware.gpuCount,
    ramBytes: hardware.systemRamGB * GB,
    unified: hardware.unified,
  };
}
