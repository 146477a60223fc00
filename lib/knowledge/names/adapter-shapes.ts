// How community image-generation adapters are named when the name carries no LoRA word (issue #12's adapter goal).
// These are shapes, not proofs: a full fine-tune can be named the same way, so what they say is a guess (low or
// medium confidence, said in the evidence). The Hub's tags and file list decide when they are known (apply-hub.ts).

/**
 * The last word of a name that names the image base model it was trained for: `<subject>-xl`, `<subject>_SDXL`,
 * `<subject>-flux`. Full fine-tunes of these bases carry a version after the base (`Juggernaut-XL-v9`,
 * `animagine-xl-3.1`, `RealVisXL_V4.0`) or are a known release (`sdxl-turbo`, `stable-diffusion-xl-base-1.0`); a
 * subject followed by the base and nothing else is how LoRA publishers name theirs (diffusers' and PEFT's docs load
 * such repos with `load_lora_weights`).
 */
export interface BaseSuffixDef {
  /** Lower-case tokens, as the tokenizer yields them. */
  tokens: readonly string[];
  /** How sure the shape is: `xl` alone is also a size word (T5-XL, GPT-2 XL), so it says less than `sdxl`. */
  confidence: 'low' | 'medium';
  /** The base model named, as people know it. */
  base: string;
  source: string;
}

const LORA_DOCS =
  'huggingface/diffusers docs/source/en/tutorials/using_peft_for_inference.md and tests/lora @58eb52c0803ea9af3abec60841c2a093bdf1f951 (load_lora_weights of community repos)';

export const IMAGE_BASE_SUFFIXES: readonly BaseSuffixDef[] = [
  { tokens: ['sdxl'], confidence: 'medium', base: 'SDXL', source: LORA_DOCS },
  { tokens: ['flux'], confidence: 'medium', base: 'FLUX', source: LORA_DOCS },
  { tokens: ['sd15', 'sd1.5'], confidence: 'medium', base: 'Stable Diffusion 1.5', source: LORA_DOCS },
  { tokens: ['sd3', 'sd35', 'sd3.5'], confidence: 'medium', base: 'Stable Diffusion 3', source: LORA_DOCS },
  { tokens: ['xl'], confidence: 'low', base: 'SDXL', source: LORA_DOCS },
];

/**
 * Words that make a name a style for a base model (`<subject>-diffusion-style`, `<subject>_Style_SDXL`). A style named
 * without its base (`herge-style`, a DreamBooth pipeline) says nothing: the base word must be in the name too.
 */
export const STYLE_WORDS: ReadonlySet<string> = new Set(['style', 'styles', 'stylized']);

/**
 * Name words that name an image base model (the base a style is made for). `diffusion` is the generic one
 * (`<subject>-diffusion-style`).
 */
export const IMAGE_BASE_WORDS: ReadonlySet<string> = new Set([
  ...IMAGE_BASE_SUFFIXES.flatMap((def) => def.tokens),
  'diffusion',
]);
