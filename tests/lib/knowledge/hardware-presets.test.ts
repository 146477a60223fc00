import { describe, expect, it } from 'vitest';
import {
  APPLE_PRESETS,
  appleGpuShareGB,
  findPreset,
  GPU_PRESETS,
  HARDWARE_PRESETS,
} from '../../../lib/knowledge/hardware-presets';
import { readSettings } from '../../../lib/settings/settings';

// The hardware presets: vendors' figures with their source, Apple's GPU share of unified memory.

describe('GPU presets', () => {
  it.each([
    ['rtx-3060-12', 12],
    ['rtx-3090', 24],
    ['rtx-4060-ti-8', 8],
    ['rtx-4060-ti-16', 16],
    ['rtx-4070-ti-super', 16],
    ['rtx-4080', 16],
    ['rtx-4090', 24],
    ['rtx-5090', 32],
    ['rtx-a4000', 16],
    ['rtx-a6000', 48],
    ['l4', 24],
    ['l40s', 48],
    ['a100-40', 40],
    ['a100-80', 80],
    ['h100-80', 80],
    ['h200', 141],
    ['mi300x', 192],
  ])('%s has %i GB', (id, gb) => {
    const preset = findPreset(id);
    expect(preset?.gpuMemoryGB).toBe(gb);
    expect(preset?.unifiedGB).toBe(0);
  });

  it('every preset has a unique id, a vendor source and a size the settings accept', () => {
    expect(new Set(HARDWARE_PRESETS.map((preset) => preset.id)).size).toBe(HARDWARE_PRESETS.length);
    for (const preset of HARDWARE_PRESETS) {
      expect(preset.source).toMatch(/^https:\/\/www\.(nvidia|amd|apple)\.com\//);
      const settings = readSettings({
        hardware: {
          preset: preset.id,
          gpuMemoryGB: preset.gpuMemoryGB,
          gpuCount: 1,
          systemRamGB: preset.unifiedGB,
          unified: preset.unifiedGB > 0,
        },
      });
      expect(settings.hardware?.gpuMemoryGB).toBe(preset.gpuMemoryGB);
      expect(settings.hardware?.preset).toBe(preset.id);
    }
    expect(GPU_PRESETS.length).toBeGreaterThanOrEqual(17);
  });

  it('unknown ids find nothing', () => {
    expect(findPreset('rtx-9999')).toBeNull();
    expect(findPreset(null)).toBeNull();
    expect(findPreset('')).toBeNull();
  });
});

describe('Apple silicon: the GPU share of unified memory (recommendedMaxWorkingSetSize)', () => {
  it.each([
    [8, 5.3],
    [16, 10.6],
    [18, 12],
    [24, 16],
    [32, 21.3],
    [36, 24],
    [48, 36],
    [64, 48],
    [96, 72],
    [128, 96],
    [192, 144],
    [256, 192],
    [512, 384],
  ])('%i GB unified → %f GB for the GPU', (unified, share) => {
    expect(appleGpuShareGB(unified)).toBe(share);
    const preset = findPreset(`apple-${unified}`);
    expect(preset?.gpuMemoryGB).toBe(share);
    expect(preset?.unifiedGB).toBe(unified);
  });

  it('never gives the GPU more than three quarters, and at least 8 to 512 GB are offered', () => {
    for (const preset of APPLE_PRESETS) expect(preset.gpuMemoryGB).toBeLessThanOrEqual(preset.unifiedGB * 0.75);
    expect(APPLE_PRESETS.map((preset) => preset.unifiedGB)).toEqual(
      expect.arrayContaining([8, 16, 24, 32, 64, 128, 192, 512]),
    );
  });
});
