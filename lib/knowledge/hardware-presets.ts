// Common GPUs and Apple silicon memory sizes for the options page, with the vendor's spec page each figure was read
// from. Memory is in GB as the vendor sells it (GDDR/HBM sizes are binary: "24 GB" is 24 GiB); the estimator
// multiplies by 10^9, which understates each card by about 7 %, so a "fits" is never claimed for a card it overfills.

export type PresetGroup = 'consumer' | 'workstation' | 'datacenter' | 'apple';

export interface HardwarePreset {
  /** Stable id stored in the settings (`HardwareSettings.preset`). */
  id: string;
  /** The product's name as the vendor writes it (not translated). */
  name: string;
  group: PresetGroup;
  /** Memory one GPU may use, in GB: the card's memory; on Apple silicon the share Metal lets the GPU wire. */
  gpuMemoryGB: number;
  /** Apple silicon: the unified memory as sold, in GB (also the system RAM); 0 for discrete cards. */
  unifiedGB: number;
  /** Where the figure comes from. */
  source: string;
}

const NVIDIA_30 = 'https://www.nvidia.com/en-us/geforce/graphics-cards/30-series/';
const NVIDIA_40 = 'https://www.nvidia.com/en-us/geforce/graphics-cards/40-series/';

const gpu = (id: string, name: string, group: PresetGroup, gpuMemoryGB: number, source: string): HardwarePreset => ({
  id,
  name,
  group,
  gpuMemoryGB,
  unifiedGB: 0,
  source,
});

export const GPU_PRESETS: readonly HardwarePreset[] = [
  gpu('rtx-3060-12', 'GeForce RTX 3060 12 GB', 'consumer', 12, `${NVIDIA_30}rtx-3060-3060ti/`),
  gpu('rtx-3080-10', 'GeForce RTX 3080 10 GB', 'consumer', 10, `${NVIDIA_30}rtx-3080-3080ti/`),
  gpu('rtx-3090', 'GeForce RTX 3090', 'consumer', 24, `${NVIDIA_30}rtx-3090-3090ti/`),
  gpu('rtx-4060-ti-8', 'GeForce RTX 4060 Ti 8 GB', 'consumer', 8, `${NVIDIA_40}rtx-4060-4060ti/`),
  gpu('rtx-4060-ti-16', 'GeForce RTX 4060 Ti 16 GB', 'consumer', 16, `${NVIDIA_40}rtx-4060-4060ti/`),
  gpu('rtx-4070', 'GeForce RTX 4070', 'consumer', 12, `${NVIDIA_40}rtx-4070-family/`),
  gpu('rtx-4070-ti-super', 'GeForce RTX 4070 Ti SUPER', 'consumer', 16, `${NVIDIA_40}rtx-4070-family/`),
  gpu('rtx-4080', 'GeForce RTX 4080 / 4080 SUPER', 'consumer', 16, `${NVIDIA_40}rtx-4080-family/`),
  gpu('rtx-4090', 'GeForce RTX 4090', 'consumer', 24, `${NVIDIA_40}rtx-4090/`),
  gpu(
    'rtx-5070',
    'GeForce RTX 5070',
    'consumer',
    12,
    'https://www.nvidia.com/en-us/geforce/graphics-cards/50-series/rtx-5070-family/',
  ),
  gpu(
    'rtx-5080',
    'GeForce RTX 5080',
    'consumer',
    16,
    'https://www.nvidia.com/en-us/geforce/graphics-cards/50-series/rtx-5080/',
  ),
  gpu(
    'rtx-5090',
    'GeForce RTX 5090',
    'consumer',
    32,
    'https://www.nvidia.com/en-us/geforce/graphics-cards/50-series/rtx-5090/',
  ),
  gpu(
    'rx-7900-xtx',
    'Radeon RX 7900 XTX',
    'consumer',
    24,
    'https://www.amd.com/en/products/graphics/desktops/radeon/7000-series/amd-radeon-rx-7900xtx.html',
  ),
  gpu('rtx-a4000', 'RTX A4000', 'workstation', 16, 'https://www.nvidia.com/en-us/design-visualization/rtx-a4000/'),
  gpu('rtx-a6000', 'RTX A6000', 'workstation', 48, 'https://www.nvidia.com/en-us/design-visualization/rtx-a6000/'),
  gpu(
    'rtx-6000-ada',
    'RTX 6000 Ada Generation',
    'workstation',
    48,
    'https://www.nvidia.com/en-us/design-visualization/rtx-6000/',
  ),
  gpu('t4', 'Tesla T4', 'datacenter', 16, 'https://www.nvidia.com/en-us/data-center/tesla-t4/'),
  gpu('l4', 'L4', 'datacenter', 24, 'https://www.nvidia.com/en-us/data-center/l4/'),
  gpu('a10', 'A10', 'datacenter', 24, 'https://www.nvidia.com/en-us/data-center/products/a10-gpu/'),
  gpu('l40s', 'L40S', 'datacenter', 48, 'https://www.nvidia.com/en-us/data-center/l40s/'),
  gpu('a100-40', 'A100 40 GB', 'datacenter', 40, 'https://www.nvidia.com/en-us/data-center/a100/'),
  gpu('a100-80', 'A100 80 GB', 'datacenter', 80, 'https://www.nvidia.com/en-us/data-center/a100/'),
  gpu('h100-80', 'H100 80 GB (SXM / PCIe)', 'datacenter', 80, 'https://www.nvidia.com/en-us/data-center/h100/'),
  gpu('h200', 'H200 141 GB', 'datacenter', 141, 'https://www.nvidia.com/en-us/data-center/h200/'),
  gpu(
    'mi300x',
    'Instinct MI300X',
    'datacenter',
    192,
    'https://www.amd.com/en/products/accelerators/instinct/mi300/mi300x.html',
  ),
];

/**
 * The share of unified memory the GPU may use on Apple silicon. Metal reports it as MTLDevice
 * `recommendedMaxWorkingSetSize` (https://developer.apple.com/documentation/metal/mtldevice/recommendedmaxworkingsetsize),
 * which llama.cpp's Metal backend prints at start (`ggml_metal_init: recommendedMaxWorkingSetSize = … MB`,
 * ggml-org/llama.cpp ggml-metal) and allocates within. Reported values: about two thirds of RAM on small machines
 * (10.67 GB on a 16 GB M4, exo-explore/exo#1672), about three quarters above (≈ 47 GB usable on a 64 GB M2 Max,
 * ggml-org/llama.cpp#1870; 107.5 GiB on 128 GiB, antirez/ds4#893). Newer macOS releases give somewhat more; we take
 * the lower figures, so a "fits" holds on every release. `sudo sysctl iogpu.wired_limit_mb` raises the limit: such
 * users enter their own number.
 */
export const APPLE_GPU_SHARE = { upTo36GB: 2 / 3, above: 3 / 4 } as const;

export const APPLE_SHARE_SOURCE =
  'Metal recommendedMaxWorkingSetSize as llama.cpp reports it (ggml-org/llama.cpp#1870, exo-explore/exo#1672, antirez/ds4#893)';

/** The GPU's share of an Apple silicon machine's unified memory, in GB (one decimal, rounded down). */
export function appleGpuShareGB(unifiedGB: number): number {
  const share = unifiedGB <= 36 ? APPLE_GPU_SHARE.upTo36GB : APPLE_GPU_SHARE.above;
  return Math.floor(unifiedGB * share * 10) / 10;
}

/** Unified memory sizes Apple sells (M1 … M4 families, MacBook Air to Mac Studio). */
export const APPLE_UNIFIED_SIZES_GB = [8, 16, 18, 24, 32, 36, 48, 64, 96, 128, 192, 256, 512] as const;

export const APPLE_PRESETS: readonly HardwarePreset[] = APPLE_UNIFIED_SIZES_GB.map((size) => ({
  id: `apple-${size}`,
  name: `Apple silicon ${size} GB`,
  group: 'apple' as const,
  gpuMemoryGB: appleGpuShareGB(size),
  unifiedGB: size,
  source: `https://www.apple.com/mac/compare/ ; GPU share: ${APPLE_SHARE_SOURCE}`,
}));

export const HARDWARE_PRESETS: readonly HardwarePreset[] = [...GPU_PRESETS, ...APPLE_PRESETS];

export function findPreset(id: string | null | undefined): HardwarePreset | null {
  if (!id) return null;
  return HARDWARE_PRESETS.find((preset) => preset.id === id) ?? null;
}

export const PRESET_GROUPS: readonly PresetGroup[] = ['consumer', 'workstation', 'datacenter', 'apple'];
