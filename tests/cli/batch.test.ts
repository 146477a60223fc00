import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { expandBatch } from '../../cli/batch/expand';
import { InputReader, type ReadItem } from '../../cli/batch/input';
import type { ClassifyError, Facts, ServingVerdict } from '../../lib/facts/schema';

// classify --json as batch users run it: the line shape with its legend, --full, --jobs, the Hub's model lists.

function run(args: string[], input = ''): { stdout: string; stderr: string; status: number | null } {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'cli/classify.ts', ...args], {
    input,
    encoding: 'utf8',
    maxBuffer: 1 << 30,
  });
  return { stdout: result.stdout, stderr: result.stderr, status: result.status };
}

const records = (stdout: string) =>
  stdout
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as Record<string, unknown>);

const corpus = readFileSync('tests/fixtures/corpus/dev.jsonl', 'utf8')
  .trim()
  .split('\n')
  .map((line) => (JSON.parse(line) as { id: string }).id);

/** --full lines without the commands, which batch lines leave out. */
function withoutCommands(answer: Facts | ClassifyError): Facts | ClassifyError {
  if ('error' in answer) return answer;
  const strip = (verdict: ServingVerdict): ServingVerdict => {
    const { command: _, ...rest } = verdict;
    return rest.routes ? { ...rest, routes: rest.routes.map(strip) } : rest;
  };
  return { ...answer, serving: Object.fromEntries(Object.entries(answer.serving).map(([id, v]) => [id, strip(v)])) };
}

describe('classify --json: the batch line shape', { timeout: 120_000 }, () => {
  const input = [
    'meta-llama/Llama-3.1-8B-Instruct',
    'TheBloke/Llama-2-13B-Chat-GPTQ',
    '',
    '{"id": "Qwen/Qwen2-VL-7B-Instruct", "pipeline_tag": "image-text-to-text", "config": {"architectures": ["Qwen2VLForConditionalGeneration"]}}',
    'https://huggingface.co/datasets/mozilla-foundation/common_voice_13_0',
    'meta-llama/Llama-3.1-70B-Instruct',
  ].join('\n');

  test('a legend first, each verdict set once before its first use, one facts record per input in order', () => {
    const { stdout, status } = run(['--json'], input);
    expect(status).toBe(0);
    const [legend, ...rest] = records(stdout);
    expect(legend).toMatchObject({ legend: 'model-lens-batch/1', engines: { vllm: 'vLLM' } });
    expect(Object.keys((legend as { messages: object }).messages)).toContain('evidence_family');
    const facts = rest.filter((record) => Object.keys(record)[0] !== 'verdicts');
    expect(facts.map((record) => record.id ?? record.input)).toEqual([
      'meta-llama/Llama-3.1-8B-Instruct',
      'TheBloke/Llama-2-13B-Chat-GPTQ',
      'Qwen/Qwen2-VL-7B-Instruct',
      'https://huggingface.co/datasets/mozilla-foundation/common_voice_13_0',
      'meta-llama/Llama-3.1-70B-Instruct',
    ]);
    const llama8 = facts[0]!;
    expect(llama8).not.toHaveProperty('serving');
    expect(llama8.verdicts).toMatch(/^v[0-9a-f]{12}$/);
    // The two Llama 3.1 instructs share one verdict set: written once.
    expect(facts[4]!.verdicts).toBe(llama8.verdicts);
    expect(rest.filter((record) => record.verdicts === llama8.verdicts && 'serving' in record)).toHaveLength(1);
    expect(llama8.evidence).toContainEqual(['stage', 'name', 'medium', 'evidence_name_token', ['Instruct']]);
    expect(llama8.evidence).toContain('verdict-sources');
    expect(llama8.anatomy).toContainEqual(['Instruct', 'stage', 'instruct']);
  });

  test('expanded with its legend, the stream is the --full output without the commands', () => {
    const compact = expandBatch(run(['--json'], input).stdout);
    const full = records(run(['--json', '--full'], input).stdout) as unknown as (Facts | ClassifyError)[];
    expect(full).toHaveLength(5);
    expect(JSON.stringify(compact)).toBe(JSON.stringify(full.map(withoutCommands)));
    expect((full[0] as Facts).serving.vllm!.command).toBe('vllm serve meta-llama/Llama-3.1-8B-Instruct');
  });

  test('lines are a quarter of the --full lines or less', () => {
    const ids = corpus.slice(0, 300).join('\n');
    const median = (lines: string[]) => lines.map((line) => line.length).sort((a, b) => a - b)[lines.length >> 1]!;
    const compact = run(['--json'], ids).stdout.trim().split('\n');
    const full = run(['--json', '--full'], ids).stdout.trim().split('\n');
    expect(median(compact.filter((line) => line.startsWith('{"id"')))).toBeLessThan(median(full) / 4);
  });
});

describe('classify --json --jobs N', { timeout: 120_000 }, () => {
  test('worker threads give the same bytes as one thread, over several batches', () => {
    const ids = [...corpus, ...corpus.slice(0, 2000)].join('\n');
    const one = run(['--json'], ids);
    const three = run(['--json', '--jobs', '3'], ids);
    expect(three.status).toBe(0);
    expect(three.stdout.length).toBeGreaterThan(1_000_000);
    expect(three.stdout).toBe(one.stdout);
    expect(run(['--json', '--full', '--jobs=2'], ids).stdout).toBe(run(['--json', '--full'], ids).stdout);
  });

  test('bad values and combinations are refused with the usage', () => {
    for (const args of [['--json', '--jobs', '0'], ['--json', '--jobs=x'], ['--jobs', '2'], ['--full']]) {
      const result = run(args, 'a/b');
      expect(result.status).toBe(2);
      expect(result.stderr).toMatch(/usage: classify/);
    }
  });
});

describe("classify reads the Hub's model lists", { timeout: 120_000 }, () => {
  const page1 = [
    {
      _id: '1',
      id: 'Qwen/Qwen2-VL-7B-Instruct',
      pipeline_tag: 'image-text-to-text',
      library_name: 'transformers',
      tags: ['transformers', 'safetensors', 'qwen2_vl', 'image-text-to-text', 'conversational'],
      downloads: 10,
      likes: 2,
      createdAt: '2024-08-28T00:00:00.000Z',
      modelId: 'Qwen/Qwen2-VL-7B-Instruct',
    },
    {
      _id: '2',
      id: 'TheBloke/Llama-2-7B-GGUF',
      tags: ['gguf', 'llama'],
      library_name: 'gguf',
      modelId: 'TheBloke/Llama-2-7B-GGUF',
    },
  ];
  const page2 = [{ _id: '3', id: 'openai/whisper-large-v3', pipeline_tag: 'automatic-speech-recognition' }];

  test('pages one after another, pretty-printed or not, give what one {…} line per model gives', () => {
    const list = `${JSON.stringify(page1, null, 2)}\n${JSON.stringify(page2)}\n`;
    const lines = [...page1, ...page2].map((model) => JSON.stringify(model)).join('\n');
    const fromList = run(['--json'], list);
    expect(fromList.status).toBe(0);
    expect(fromList.stdout).toBe(run(['--json'], lines).stdout);
    const facts = expandBatch(fromList.stdout) as Facts[];
    expect(facts.map((f) => [f.id, f.category, f.hub.used])).toEqual([
      ['Qwen/Qwen2-VL-7B-Instruct', 'vlm', true],
      ['TheBloke/Llama-2-7B-GGUF', 'llm', true],
      ['openai/whisper-large-v3', 'speech', true],
    ]);
    expect(run([], list).stdout).toMatch(/Qwen2-VL-7B-Instruct[\s\S]*whisper-large-v3/);
  });

  test('bad JSON in a list, a list cut short, lines mixed with lists: error records and exit status 1', () => {
    const badJson = run(['--json'], `[{"id": "a/b",}]\n${JSON.stringify(page2)}`);
    expect(badJson.status).toBe(1);
    const bad = expandBatch(badJson.stdout);
    expect(bad[0]).toMatchObject({ code: 'invalid-json' });
    expect(bad[1]).toMatchObject({ id: 'openai/whisper-large-v3' });

    const cut = run(['--json'], '[{"id": "a/b"}, {"id": "c/');
    expect(cut.status).toBe(1);
    expect(expandBatch(cut.stdout)).toEqual([expect.objectContaining({ code: 'invalid-json' })]);

    const listThenLines = run(['--json'], `${JSON.stringify(page2)}\nmeta-llama/Llama-3.1-8B\n`);
    expect(listThenLines.status).toBe(1);
    expect(expandBatch(listThenLines.stdout).map((r) => ('error' in r ? r.code : r.id))).toEqual([
      'openai/whisper-large-v3',
      'mixed-input',
    ]);

    const linesThenList = run(['--json'], `meta-llama/Llama-3.1-8B\n${JSON.stringify(page2)}\ngoogle/gemma-2-9b\n`);
    expect(linesThenList.status).toBe(1);
    expect(expandBatch(linesThenList.stdout).map((r) => ('error' in r ? r.code : r.id))).toEqual([
      'meta-llama/Llama-3.1-8B',
      'mixed-input',
      'google/gemma-2-9b',
    ]);

    const notModels = expandBatch(run(['--json'], '[{"likes": 3}, 42, "google/gemma-2-9b"]').stdout);
    expect(notModels.map((r) => ('error' in r ? r.code : r.id))).toEqual(['no-id', 'no-id', 'google/gemma-2-9b']);
  });
});

describe('InputReader', () => {
  const text = `  [{"id": "a/b", "note": "x]\\"[{"}, "c/d"]\n[\n {"id": "e/f"}\n]\n`;
  const items = (chunks: string[]) => {
    const reader = new InputReader();
    const out: ReadItem[] = [];
    for (const chunk of chunks) out.push(...reader.push(chunk));
    out.push(...reader.end());
    return out;
  };

  test('a list split anywhere, even inside strings and escapes, reads the same', () => {
    const whole = items([text]);
    expect(whole).toEqual([{ entry: { id: 'a/b', note: 'x]"[{' } }, { entry: 'c/d' }, { entry: { id: 'e/f' } }]);
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 1, max: text.length - 1 }), { maxLength: 8 }), (cuts) => {
        const at = [0, ...[...cuts].sort((a, b) => a - b), text.length];
        expect(items(at.slice(1).map((end, i) => text.slice(at[i], end)))).toEqual(whole);
      }),
    );
  });

  test('lines split anywhere read the same; CRLF and blank lines are fine', () => {
    const lines = 'a/b\r\n\n  c/d  \r\n{"id": "e/f"}';
    const whole = items([lines]);
    expect(whole).toEqual(['a/b', '  c/d  ', '{"id": "e/f"}']);
    for (let cut = 1; cut < lines.length; cut++) expect(items([lines.slice(0, cut), lines.slice(cut)])).toEqual(whole);
  });
});

describe('fields at their defaults', () => {
  test('are left out of a facts record and given back, in the schema order, by the legend', () => {
    const out = records(run(['--json'], 'Kwai-Kolors/Kolors\nmeta-llama/Llama-3.1-8B-Instruct\n').stdout);
    const legend = out[0] as { fields: string[]; defaults: Record<string, unknown> };
    expect(legend.defaults).toMatchObject({ baseModel: null, alignment: [], isAdapter: false, memory: null });
    const kolors = out.find((record) => record.id === 'Kwai-Kolors/Kolors')!;
    // A diffusion model named without a size: nothing known of its parameters, quantization, memory or licence.
    for (const field of ['params', 'quant', 'memory', 'license', 'baseModel', 'isAdapter', 'alignment'])
      expect(kolors).not.toHaveProperty(field);
    expect(kolors).toHaveProperty('category', 'image-generation');
    const [expanded] = expandBatch(out.map((record) => JSON.stringify(record)).join('\n')).filter(
      (answer) => 'id' in answer && answer.id === 'Kwai-Kolors/Kolors',
    ) as Facts[];
    expect(expanded!.params).toEqual({ total: null, active: null, experts: null });
    expect(expanded!.isAdapter).toBe(false);
    expect(Object.keys(expanded!).slice(0, 5)).toEqual(['id', 'org', 'name', 'file', 'category']);
    const llama = out.find((record) => record.id === 'meta-llama/Llama-3.1-8B-Instruct')!;
    expect(llama).toHaveProperty('params'); // known values are always written
    expect(llama).toHaveProperty('memory');
  });
});
