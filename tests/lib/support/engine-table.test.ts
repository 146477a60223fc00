import { describe, expect, test } from 'vitest';
import { classify, isClassifyError } from '../../../lib/classify-model';
import type { Facts } from '../../../lib/facts/schema';
import { chipEngines } from '../../../lib/present/badges';

// Engine × format × kind of model: which engines get a chip, and what each says (verdict and route). Models are
// described the way the Hub describes them (pipeline tag, library, tags, config); `—` means no chip (the engine does
// not run this kind of model). Every "yes" must come with a command.

interface Hub {
  pipeline_tag?: string;
  library_name?: string;
  tags?: string[];
  config?: { architectures?: string[]; model_type?: string };
  cardData?: Record<string, unknown>;
}

function sheet(id: string, hub?: Hub, quantizedCount?: number): Facts {
  const facts = classify(
    id,
    hub ? { id, ...hub } : undefined,
    {},
    quantizedCount === undefined ? undefined : { quantizedCount },
  );
  if (isClassifyError(facts)) throw new Error(facts.error);
  return facts;
}

const llm = (architecture: string, modelType: string): Hub => ({
  pipeline_tag: 'text-generation',
  library_name: 'transformers',
  config: { architectures: [architecture], model_type: modelType },
});

type Cell = `${'yes' | 'no' | 'unknown'}${'' | `:${string}`}` | '—';

const ROWS: readonly [string, string, Hub | undefined, number | undefined, Readonly<Record<string, Cell>>][] = [
  // kind, id, Hub data, quantizations the model tree lists, engine → verdict[:route]
  [
    'llm safetensors, tree lists quantizations',
    'Qwen/Qwen3-8B',
    llm('Qwen3ForCausalLM', 'qwen3'),
    120,
    {
      vllm: 'yes:direct',
      llamacpp: 'yes:quantization',
      ollama: 'yes:quantization',
      sglang: 'yes:direct',
      mlx: 'yes:convert',
      exllamav3: 'yes:convert',
      diffusers: '—',
      whispercpp: '—',
      tei: '—',
      'sentence-transformers': '—',
    },
  ],
  [
    'llm safetensors, no page data',
    'Qwen/Qwen3-8B',
    llm('Qwen3ForCausalLM', 'qwen3'),
    undefined,
    { llamacpp: 'yes:convert', ollama: 'yes:convert' },
  ],
  [
    'llm safetensors, tree lists none',
    'Qwen/Qwen3-8B',
    llm('Qwen3ForCausalLM', 'qwen3'),
    0,
    { llamacpp: 'yes:convert', ollama: 'yes:convert' },
  ],
  [
    'llm GGUF',
    'bartowski/Meta-Llama-3.1-8B-Instruct-GGUF',
    { pipeline_tag: 'text-generation', tags: ['gguf'] },
    undefined,
    {
      vllm: 'no:plugin',
      llamacpp: 'yes:direct',
      ollama: 'yes:direct',
      tgi: 'no:plugin',
      exllamav2: 'no',
      exllamav3: 'no',
      mlx: 'no',
    },
  ],
  [
    'llm AWQ',
    'Qwen/Qwen2.5-7B-Instruct-AWQ',
    undefined,
    undefined,
    { vllm: 'yes:direct', tgi: 'yes:direct', llamacpp: 'no', ollama: 'no', exllamav2: 'no', exllamav3: 'no' },
  ],
  [
    'llm EXL2',
    'turboderp/Llama-3.1-8B-Instruct-exl2',
    undefined,
    undefined,
    { exllamav2: 'yes:direct', exllamav3: 'no', vllm: 'no', llamacpp: 'no' },
  ],
  [
    'llm EXL3',
    'turboderp/Qwen3-8B-exl3',
    undefined,
    undefined,
    { exllamav3: 'yes:direct', exllamav2: 'no', vllm: 'no' },
  ],
  [
    'llm MLX',
    'mlx-community/Qwen3-8B-4bit',
    {
      pipeline_tag: 'text-generation',
      library_name: 'mlx',
      tags: ['mlx'],
      config: { architectures: ['Qwen3ForCausalLM'], model_type: 'qwen3' },
    },
    undefined,
    {
      mlx: 'yes:direct',
      vllm: 'no',
      llamacpp: 'no',
    },
  ],
  [
    'image generation, diffusers pipeline',
    'black-forest-labs/FLUX.1-dev',
    { pipeline_tag: 'text-to-image', library_name: 'diffusers', tags: ['diffusers', 'diffusers:FluxPipeline'] },
    undefined,
    {
      diffusers: 'yes:direct',
      vllm: '—',
      llamacpp: '—',
      tgi: '—',
      ollama: '—',
      exllamav2: '—',
      sglang: '—',
      mlx: '—',
      exllamav3: '—',
      whispercpp: '—',
      tei: '—',
      'sentence-transformers': '—',
    },
  ],
  [
    'image generation, custom pipeline',
    'someone/odd-diffusion',
    { pipeline_tag: 'text-to-image', library_name: 'diffusers', tags: ['diffusers:OddCustomPipeline'] },
    undefined,
    { diffusers: 'unknown' },
  ],
  [
    'image generation LoRA on a named base',
    'someone/flux-lora',
    {
      pipeline_tag: 'text-to-image',
      library_name: 'diffusers',
      tags: ['lora', 'base_model:adapter:black-forest-labs/FLUX.1-dev'],
      cardData: { base_model: 'black-forest-labs/FLUX.1-dev' },
    },
    undefined,
    {
      diffusers: 'yes:adapter',
    },
  ],
  [
    'speech recognition, OpenAI Whisper',
    'openai/whisper-small',
    {
      pipeline_tag: 'automatic-speech-recognition',
      library_name: 'transformers',
      config: { architectures: ['WhisperForConditionalGeneration'], model_type: 'whisper' },
    },
    undefined,
    {
      whispercpp: 'yes:convert',
      vllm: 'yes:direct',
      tgi: '—',
      ollama: '—',
      diffusers: '—',
      tei: '—',
    },
  ],
  [
    'speech recognition, a Whisper fine-tune',
    'someone/whisper-small-burmese',
    {
      pipeline_tag: 'automatic-speech-recognition',
      library_name: 'transformers',
      config: { architectures: ['WhisperForConditionalGeneration'], model_type: 'whisper' },
    },
    undefined,
    {
      whispercpp: 'yes:convert',
    },
  ],
  [
    'speech recognition, not Whisper',
    'facebook/wav2vec2-base-960h',
    {
      pipeline_tag: 'automatic-speech-recognition',
      library_name: 'transformers',
      config: { architectures: ['Wav2Vec2ForCTC'], model_type: 'wav2vec2' },
    },
    undefined,
    {
      whispercpp: '—',
      vllm: '—',
      tgi: '—',
      diffusers: '—',
    },
  ],
  [
    'embedding, sentence-transformers repo',
    'BAAI/bge-m3',
    {
      pipeline_tag: 'sentence-similarity',
      library_name: 'sentence-transformers',
      tags: ['sentence-transformers'],
      config: { architectures: ['XLMRobertaModel'], model_type: 'xlm-roberta' },
    },
    undefined,
    {
      tei: 'yes:direct',
      'sentence-transformers': 'yes:direct',
      vllm: 'yes:direct',
      llamacpp: 'yes:convert',
      tgi: '—',
      exllamav2: '—',
      diffusers: '—',
      whispercpp: '—',
    },
  ],
  [
    'embedding, a model_type TEI does not list',
    'someone/t5-embedder',
    {
      pipeline_tag: 'feature-extraction',
      library_name: 'transformers',
      config: { architectures: ['T5EncoderModel'], model_type: 't5' },
    },
    undefined,
    {
      tei: 'no',
      'sentence-transformers': 'yes:direct',
    },
  ],
  [
    'reranker',
    'BAAI/bge-reranker-v2-m3',
    {
      pipeline_tag: 'text-classification',
      library_name: 'sentence-transformers',
      config: { architectures: ['XLMRobertaForSequenceClassification'], model_type: 'xlm-roberta' },
    },
    undefined,
    {
      tei: 'yes:direct',
      'sentence-transformers': 'yes:direct',
      tgi: '—',
      diffusers: '—',
    },
  ],
];

describe('engine × format × kind of model', () => {
  test.each(ROWS)('%s (%s)', (_kind, id, hub, count, expected) => {
    const facts = sheet(id, hub, count);
    const chips = chipEngines(facts);
    for (const [engine, cell] of Object.entries(expected)) {
      const verdict = facts.serving[engine];
      expect(verdict, engine).toBeDefined();
      if (cell === '—') {
        expect([engine, chips.includes(engine)]).toEqual([engine, false]);
        continue;
      }
      const [word, route] = cell.split(':');
      expect([engine, chips.includes(engine), verdict!.verdict, route ? verdict!.route : undefined]).toEqual([
        engine,
        true,
        word,
        route,
      ]);
      if (word === 'yes') expect([engine, typeof verdict!.command]).toEqual([engine, 'string']);
    }
  });
});

describe('routes', () => {
  test('the quantization route links to the listing and says how many the model tree shows; converting stays as a second route', () => {
    const { ollama } = sheet('Qwen/Qwen3-8B', llm('Qwen3ForCausalLM', 'qwen3'), 120).serving;
    expect(ollama).toMatchObject({
      route: 'quantization',
      link: 'https://huggingface.co/models?other=base_model:quantized:Qwen/Qwen3-8B',
      reasonArgs: ['Ollama', '120', 'Qwen3ForCausalLM'],
    });
    expect(ollama!.routes?.map((route) => [route.route, route.verdict])).toEqual([
      ['quantization', 'yes'],
      ['convert', 'yes'],
    ]);
    expect(ollama!.command).toContain('ollama run hf.co/<that repo>:Q4_K_M');
    expect(ollama!.routes?.[1]?.command).toContain('convert_hf_to_gguf.py');
  });

  test('no Ollama ✗ for an architecture its own importer lacks but llama.cpp converts', () => {
    const { ollama } = sheet('Qwen/Qwen3-8B', llm('Qwen3ForCausalLM', 'qwen3')).serving;
    expect(ollama).toMatchObject({ verdict: 'yes', route: 'convert', reasonKey: 'serving_convert_with_llamacpp' });
    expect(ollama!.command).toContain('FROM ./Qwen3-8B-BF16.gguf');
  });

  test('without page data a possible quantization route is listed as "unknown", after converting', () => {
    const { llamacpp } = sheet('Qwen/Qwen3-8B', llm('Qwen3ForCausalLM', 'qwen3')).serving;
    expect(llamacpp!.routes?.map((route) => [route.route, route.verdict])).toEqual([
      ['convert', 'yes'],
      ['quantization', 'unknown'],
    ]);
  });

  test('commands use the hf CLI, never huggingface-cli', () => {
    for (const [id, hub] of [
      ['Qwen/Qwen3-8B', llm('Qwen3ForCausalLM', 'qwen3')],
      ['openai/whisper-small', ROWS[11]![2]],
    ] as const) {
      for (const verdict of Object.values(sheet(id, hub).serving)) {
        for (const command of [verdict.command, ...(verdict.routes ?? []).map((route) => route.command)])
          expect(command ?? '').not.toContain('huggingface-cli');
      }
    }
  });
});

test('every "yes" route has a command in the sheet: the best route first, then the others', async () => {
  const { servingSnippets } = await import('../../../lib/snippets/commands');
  const tools = servingSnippets(sheet('Qwen/Qwen3-8B', llm('Qwen3ForCausalLM', 'qwen3'), 120)).map((snippet) => [
    snippet.tool,
    snippet.route ?? null,
  ]);
  expect(tools).toContainEqual(['llamacpp', null]);
  expect(tools).toContainEqual(['llamacpp-convert', 'convert']);
  expect(tools).toContainEqual(['ollama-convert', 'convert']);
});
