import { describe, expect, test } from 'vitest';
import { facts } from './corpus-measure';

// Adapters read from the name alone (issue #12's adapter goal): the words repos use for adapter weights, and the
// organisations that publish adapters named after their task. A merged or full model must not read as an adapter.

describe('adapter words', () => {
  test.each([
    // PEFT's and LyCORIS's method names.
    ['org/llama-7b-ia3', 'adapter'],
    ['org/llama-7b-adalora', 'lora'],
    ['org/mixtral-8x7b-xlora', 'lora'],
    ['org/flux-style-loha', 'lora'],
    ['org/sdxl-pixel-lokr', 'lora'],
    ['org/sd15-ink-locon', 'lora'],
    ['org/sdxl-watercolor-lycoris', 'lora'],
    // QLoRA trains a LoRA adapter on a 4-bit base: the repo is the adapter.
    ['org/Mistral-7B-QLoRA', 'qlora'],
    ['org/flux-anime-loras', 'lora'],
  ])('%s is an adapter (%s)', (input, method) =>
    expect(facts(input)).toMatchObject({ isAdapter: true, finetune: expect.arrayContaining([method]) }),
  );

  test.each([
    'org/Mistral-7B-QLoRA-merged',
    'org/llama-7b-ia3-merged',
    // LoRA-abliterated weights are a full model.
    'mlabonne/Hermes-3-Llama-3.1-8B-lorablated',
    // Letters of a method inside another word are not the method.
    'org/Lycorisa-7B',
    'org/Lohan-7B',
    'meta-llama/Llama-3.1-8B-Instruct',
  ])('%s is not an adapter', (input) => expect(facts(input).isAdapter).toBe(false));
});

describe('organisations that publish adapters named after their task', () => {
  test.each(['predibase/magicoder', 'predibase/customer_support', 'predibase/glue_qnli'])(
    '%s is an adapter, said from its publisher',
    (input) =>
      expect(facts(input)).toMatchObject({
        isAdapter: true,
        finetune: ['lora'],
        evidence: expect.arrayContaining([expect.objectContaining({ key: 'evidence_org_adapters' })]),
      }),
  );

  test.each([
    // The same publisher's models named with a family or a size are models.
    'predibase/Predibase-T2T-32B-RFT',
    // A task name from another publisher says nothing.
    'someone/magicoder',
  ])('%s is not read as an adapter', (input) => expect(facts(input).isAdapter).toBe(false));
});

const finetuneEvidence = (input: string) => facts(input).evidence.find((evidence) => evidence.field === 'finetune');

describe('image-generation names shaped like LoRAs (a subject, then the base model, then nothing)', () => {
  test.each([
    ['artist/Origami_SDXL', 'medium'],
    ['artist/neon-city-flux', 'medium'],
    ['artist/ink-wash-sd15', 'medium'],
    ['artist/Ukiyoe_Style_SDXL', 'medium'],
    // `xl` alone is also a size word (T5-XL): a guess only where something else says image generation (the org).
    ['nerijs/dark-fantasy-xl', 'low'],
  ])('%s is an adapter (%s confidence, said in the evidence)', (input, confidence) => {
    expect(facts(input)).toMatchObject({ isAdapter: true, finetune: ['lora'] });
    expect(finetuneEvidence(input)).toMatchObject({ key: 'evidence_name_adapter_base_suffix', confidence });
  });

  test.each([
    // Full fine-tunes carry a version after the base, or are known releases and components.
    'RunDiffusion/Juggernaut-XL-v9',
    'cagliostrolab/animagine-xl-3.1',
    'SG161222/RealVisXL_V4.0',
    'artist/Origami_SDXL_v2',
    'stabilityai/stable-diffusion-xl-base-1.0',
    'stabilityai/stable-diffusion-xl-refiner-1.0',
    'black-forest-labs/FLUX.1-dev',
    'stabilityai/sdxl-turbo',
    'latent-consistency/lcm-sdxl',
    'madebyollin/sdxl-vae-fp16-fix',
    'destitech/controlnet-inpaint-dreamer-sdxl',
    'rain1011/pyramid-flow-sd3',
    'playgroundai/playground-v2.5-1024px-aesthetic',
    // `xl` in other kinds of names is a size.
    'openai-community/gpt2-xl',
    'google/flan-t5-xl',
    'hkunlp/instructor-xl',
    // Nothing says image generation: no guess.
    'artist/origami-xl',
    // Mirrors of the bases' own variants: the base first, then its release word (not a subject).
    'someone/flux-dev',
    'someone/flux-schnell',
    'someone/sd3-medium',
    'someone/sdxl-refiner',
    // A method word says what the weights are.
    'artist/Origami-SDXL-merged',
    'artist/Origami-SDXL-finetuned',
  ])('%s is not read as an adapter', (input) => expect(facts(input).isAdapter).toBe(false));
});

describe('a style named for its base model', () => {
  test.each([
    ['artist/pencil-sketch-diffusion-style', 'diffusion'],
    ['artist/Ukiyoe-Style-SD15', 'SD15'],
  ])('%s is an adapter (medium confidence)', (input) => {
    expect(facts(input)).toMatchObject({ isAdapter: true, finetune: ['lora'] });
    expect(finetuneEvidence(input)?.confidence).toBe('medium');
  });

  test.each([
    // A style without its base: DreamBooth published whole pipelines named so.
    'sd-dreambooth-library/herge-style',
    // Style in a speech model's name.
    'litagin/style-bert-vits2-jvnv',
  ])('%s is not read as an adapter', (input) => expect(facts(input).isAdapter).toBe(false));
});

describe('Medusa heads load on top of their base model', () => {
  test.each([
    'FasterDecoding/medusa-vicuna-7b-v1.3',
    'text-generation-inference/gemma-7b-it-medusa',
    'predibase/Mistral-7B-Instruct-v0.2-medusa',
  ])('%s is an adapter', (input) =>
    expect(facts(input)).toMatchObject({ isAdapter: true, finetune: ['adapter'], category: 'llm' }),
  );

  test.each([
    // Draft models and other heads with their own architecture, and names that only look alike.
    'yuhuili/EAGLE3-LLaMA3.1-Instruct-8B',
    'nvidia/Eagle2.5-8B',
    'Daemontatox/Mini-Hydra',
  ])('%s is not an adapter', (input) => expect(facts(input).isAdapter).toBe(false));
});
