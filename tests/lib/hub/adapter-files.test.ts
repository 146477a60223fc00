import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { classify, isClassifyError } from '../../../lib/classify-model';
import { readRepoFiles } from '../../../lib/hub/hub-info';
import type { Facts } from '../../../lib/facts/schema';

// Adapters read from the Hub's file list (`siblings`) with the tags (issue #12): with Hub data an adapter is read, not
// guessed. Layouts marked "recalled" are the file lists of public repos as remembered (the Hub is unreachable here);
// the API fixtures are tests/fixtures/api (see its README for what in them is real).

function sheet(id: string, hub: unknown): Facts {
  const result = classify(id, hub);
  if (isClassifyError(result)) throw new Error(result.error);
  return result;
}

/** Repo-shaped inputs: an ID, its files, whether it holds adapter weights alone. */
const LAYOUTS: { id: string; files: string[]; adapter: boolean; why: string }[] = [
  // Adapters.
  {
    id: 'tloen/alpaca-lora-7b',
    files: ['adapter_config.json', 'adapter_model.bin'],
    adapter: true,
    why: 'PEFT (recalled)',
  },
  {
    id: 'someone/llama-3-8b-sql',
    files: [
      'adapter_config.json',
      'adapter_model.safetensors',
      'training_args.bin',
      'tokenizer.json',
      'checkpoint-500/optimizer.pt',
      'checkpoint-500/adapter_model.safetensors',
    ],
    adapter: true,
    why: 'PEFT with Trainer state and a checkpoint folder',
  },
  {
    id: 'someone/multi',
    files: ['task_a/adapter_config.json', 'task_a/adapter_model.safetensors'],
    adapter: true,
    why: 'PEFT named adapter in its folder',
  },
  {
    id: 'latent-consistency/lcm-lora-sdxl',
    files: ['pytorch_lora_weights.safetensors'],
    adapter: true,
    why: 'diffusers LoRA (fixture)',
  },
  {
    id: 'someone/dog-dreambooth-lora',
    files: ['pytorch_lora_weights.bin', 'image_0.png'],
    adapter: true,
    why: 'diffusers LoRA, .bin',
  },
  {
    id: 'FasterDecoding/medusa-vicuna-7b-v1.3',
    files: ['config.json', 'medusa_lm_head.pt'],
    adapter: true,
    why: 'Medusa heads (recalled)',
  },
  {
    id: 'someone/mistral-heads',
    files: ['config.json', 'medusa_lm_head.safetensors'],
    adapter: true,
    why: 'Medusa heads, safetensors',
  },
  {
    id: 'black-forest-labs/FLUX.1-Canny-dev-lora',
    files: ['flux1-canny-dev-lora.safetensors'],
    adapter: true,
    why: 'LoRA-named file (fixture)',
  },
  {
    id: 'XLabs-AI/flux-lora-collection',
    files: ['anime_lora.safetensors', 'art_lora.safetensors', 'disney_lora_comfy_converted.safetensors'],
    adapter: true,
    why: 'LoRA-named files only (recalled)',
  },
  {
    id: 'ggml-org/LoRA-Qwen2.5-1.5B-Instruct-abliterated-F16-GGUF',
    files: ['LoRA-Qwen2.5-1.5B-Instruct-abliterated-f16.gguf'],
    adapter: true,
    why: 'llama.cpp LoRA GGUF (recalled)',
  },
  // Models.
  {
    id: 'someone/model',
    files: [
      'config.json',
      'model-00001-of-00002.safetensors',
      'model-00002-of-00002.safetensors',
      'model.safetensors.index.json',
    ],
    adapter: false,
    why: 'sharded transformers',
  },
  { id: 'someone/old-model', files: ['config.json', 'pytorch_model.bin'], adapter: false, why: 'transformers .bin' },
  {
    id: 'stabilityai/stable-diffusion-xl-base-1.0',
    files: [
      'model_index.json',
      'sd_xl_base_1.0.safetensors',
      'sd_xl_offset_example-lora_1.0.safetensors',
      'unet/diffusion_pytorch_model.fp16.safetensors',
    ],
    adapter: false,
    why: 'a pipeline shipping an example LoRA (recalled)',
  },
  {
    id: 'microsoft/Phi-4-multimodal-instruct',
    files: [
      'config.json',
      'model-00001-of-00003.safetensors',
      'speech-lora/adapter_config.json',
      'speech-lora/adapter_model.safetensors',
      'vision-lora/adapter_model.safetensors',
    ],
    adapter: false,
    why: 'a model with its LoRAs beside it (recalled)',
  },
  {
    id: 'ByteDance/SDXL-Lightning',
    files: [
      'sdxl_lightning_2step_lora.safetensors',
      'sdxl_lightning_2step_unet.safetensors',
      'sdxl_lightning_4step_lora.safetensors',
      'sdxl_lightning_4step_unet.safetensors',
    ],
    adapter: false,
    why: 'LoRAs beside whole UNets: not adapter weights alone (recalled)',
  },
  {
    id: 'someone/unet-only',
    files: ['unet/config.json', 'unet/diffusion_pytorch_model.safetensors'],
    adapter: false,
    why: 'diffusers component',
  },
  {
    id: 'TheBloke/Mistral-7B-v0.1-GGUF',
    files: ['mistral-7b-v0.1.Q4_K_M.gguf', 'mistral-7b-v0.1.Q8_0.gguf'],
    adapter: false,
    why: 'GGUF model',
  },
];

describe('readRepoFiles: adapter files, and whole-model weights that overrule them', () => {
  test.each(LAYOUTS.filter((row) => row.adapter))('$id holds adapter weights ($why)', ({ files }) => {
    const read = readRepoFiles(files);
    expect(read.adapter).not.toBeNull();
    expect(read.fullWeights).toBeNull();
  });

  test.each(LAYOUTS.filter((row) => !row.adapter))('$id is not adapter weights alone ($why)', ({ files }) =>
    expect(readRepoFiles(files).adapter).toBeNull(),
  );

  test.each([
    // A weight file whose name says nothing (a single-file LoRA or a single-file checkpoint) decides nothing.
    [['papercut.safetensors']],
    [['juggernautXL_v9.safetensors']],
    [[]],
    // LoRA-named weights beside a weight file that is not: not all LoRA.
    [['style_lora.safetensors', 'style_emb.safetensors']],
  ])('%j: the files say neither', (files) =>
    expect(readRepoFiles(files)).toEqual({ adapter: null, fullWeights: null }),
  );

  test('names the library files with high confidence, LoRA-named files with medium', () => {
    expect(readRepoFiles(['adapter_config.json', 'adapter_model.safetensors']).adapter).toEqual({
      file: 'adapter_config.json',
      method: 'adapter',
      confidence: 'high',
    });
    expect(readRepoFiles(['pytorch_lora_weights.safetensors']).adapter).toMatchObject({
      method: 'lora',
      confidence: 'high',
    });
    expect(readRepoFiles(['my_LoRA.safetensors']).adapter).toMatchObject({ method: 'lora', confidence: 'medium' });
  });
});

describe('classify with Hub data: the files decide', () => {
  test('adapter files make an adapter of a name that says nothing, with the file as evidence', () => {
    const facts = sheet('someone/sql-helper', {
      id: 'someone/sql-helper',
      tags: [],
      siblings: [{ rfilename: 'adapter_config.json' }, { rfilename: 'adapter_model.safetensors' }],
    });
    expect(facts.isAdapter).toBe(true);
    expect(facts.finetune).toContain('adapter');
    expect(facts.evidence).toContainEqual(
      expect.objectContaining({
        field: 'finetune',
        source: 'hub',
        key: 'evidence_hub_adapter_files',
        args: ['adapter_config.json'],
        confidence: 'high',
      }),
    );
  });

  test('the lora tag names the method of a PEFT adapter', () => {
    const facts = sheet('someone/sql-helper', {
      id: 'someone/sql-helper',
      tags: ['lora'],
      siblings: [{ rfilename: 'adapter_model.safetensors' }],
    });
    expect(facts).toMatchObject({ isAdapter: true, finetune: ['lora'] });
  });

  test('whole-model weights overrule a name that looked like an adapter (a QLoRA repo holding the merged model)', () => {
    const hub = {
      id: 'someone/Mistral-7B-QLoRA',
      tags: [],
      siblings: [{ rfilename: 'config.json' }, { rfilename: 'model-00001-of-00002.safetensors' }],
    };
    expect(sheet('someone/Mistral-7B-QLoRA', undefined).isAdapter).toBe(true);
    const facts = sheet('someone/Mistral-7B-QLoRA', hub);
    expect(facts.isAdapter).toBe(false);
    // It was still trained with QLoRA.
    expect(facts.finetune).toContain('qlora');
    expect(facts.evidence).toContainEqual(
      expect.objectContaining({
        key: 'evidence_hub_full_weights',
        args: ['model-00001-of-00002.safetensors'],
        overruled: 'adapter',
      }),
    );
  });

  test('whole-model weights overrule a lora tag (trained with LoRA, merged), not a base_model:adapter relation', () => {
    const files = [{ rfilename: 'model.safetensors' }];
    expect(
      sheet('someone/merged-thing', { id: 'someone/merged-thing', tags: ['lora'], siblings: files }).isAdapter,
    ).toBe(false);
    expect(
      sheet('someone/odd-thing', {
        id: 'someone/odd-thing',
        tags: ['base_model:adapter:meta-llama/Llama-3.1-8B'],
        siblings: files,
      }).isAdapter,
    ).toBe(true);
  });

  test("a name shaped like a LoRA is overruled by a pipeline's files", () => {
    const hub = {
      id: 'artist/Origami_SDXL',
      tags: [],
      siblings: [{ rfilename: 'model_index.json' }, { rfilename: 'unet/diffusion_pytorch_model.safetensors' }],
    };
    expect(sheet('artist/Origami_SDXL', undefined).isAdapter).toBe(true);
    expect(sheet('artist/Origami_SDXL', hub).isAdapter).toBe(false);
  });

  test("the Hub's config.peft (filled from adapter_config.json) makes an adapter and names its base", () => {
    const hub = {
      id: 'someone/sql-helper',
      tags: [],
      config: { peft: { base_model_name_or_path: 'mistralai/Mistral-7B-v0.1', task_type: 'CAUSAL_LM' } },
    };
    const facts = sheet('someone/sql-helper', hub);
    expect(facts).toMatchObject({
      isAdapter: true,
      finetune: ['adapter'],
      baseModel: 'mistralai/Mistral-7B-v0.1',
      baseModelRelation: 'adapter',
    });
    expect(facts.evidence).toContainEqual(
      expect.objectContaining({ field: 'finetune', key: 'evidence_hub_peft_config' }),
    );
    // A config without it says nothing.
    expect(
      sheet('someone/sql-helper', { id: 'someone/sql-helper', tags: [], config: { model_type: 'mistral' } }).isAdapter,
    ).toBe(false);
  });

  test('listing data has no file list: the name and tags decide as before', () => {
    expect(sheet('artist/Origami_SDXL', { id: 'artist/Origami_SDXL', tags: [] }).isAdapter).toBe(true);
  });
});

// Adapters with Hub-like data, measured: every API fixture (4 adapters among them) and the repo-shaped layouts above,
// first with their tags, then with the files alone (adapter tags, `base_model:adapter:`, `library_name: peft` and
// `config.peft` removed).
describe('adapters with Hub data, measured', () => {
  const fixtureDir = new URL('../../fixtures/api/', import.meta.url);
  const fixtures = readdirSync(fixtureDir)
    .filter((file) => file.endsWith('.json'))
    .map(
      (file) => JSON.parse(readFileSync(new URL(file, fixtureDir), 'utf8')) as Record<string, unknown> & { id: string },
    );
  const FIXTURE_ADAPTERS = new Set([
    'predibase/customer_support',
    'predibase/dbpedia',
    'latent-consistency/lcm-lora-sdxl',
    'black-forest-labs/FLUX.1-Canny-dev-lora',
  ]);
  const rows = [
    ...fixtures.map((json) => ({ id: json.id, json, adapter: FIXTURE_ADAPTERS.has(json.id) })),
    ...LAYOUTS.map((row) => ({
      id: row.id,
      json: { id: row.id, tags: [], siblings: row.files.map((rfilename) => ({ rfilename })) } as Record<
        string,
        unknown
      >,
      adapter: row.adapter,
    })),
  ];
  const filesOnly = (json: Record<string, unknown>) => ({
    ...json,
    tags: ((json.tags as string[] | undefined) ?? []).filter(
      (tag) => !/^(lora|peft|adapter|base_model:adapter:.*)$/.test(tag),
    ),
    library_name: json.library_name === 'peft' ? undefined : json.library_name,
    config: withoutPeft(json.config),
  });
  const withoutPeft = (config: unknown) => {
    if (typeof config !== 'object' || config === null) return config;
    const { peft: _peft, ...rest } = config as Record<string, unknown>;
    return rest;
  };

  function measure(read: (json: Record<string, unknown>) => Record<string, unknown>) {
    const wrong: string[] = [];
    let adapters = 0;
    let found = 0;
    for (const row of rows) {
      const said = sheet(row.id, read(row.json)).isAdapter;
      if (row.adapter) adapters++;
      if (row.adapter && said) found++;
      if (said !== row.adapter) wrong.push(`${row.id} (${row.adapter ? 'missed' : 'marked'})`);
    }
    return { adapters, found, models: rows.length - adapters, wrong };
  }

  test.each([
    ['tags and files', (json: Record<string, unknown>) => json],
    ['files alone', filesOnly],
  ])('with %s, every adapter is found and no model is marked', (label, read) => {
    const { adapters, found, models, wrong } = measure(read);
    console.log(
      `adapters with Hub data (${label}): ${found}/${adapters} adapters found, ${models} models, wrong: ${wrong.length ? wrong.join(', ') : 'none'}`,
    );
    expect(adapters).toBeGreaterThanOrEqual(13);
    expect(wrong).toEqual([]);
  });
});
