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
