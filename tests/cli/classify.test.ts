import { execFileSync, spawnSync } from 'node:child_process';
import { describe, expect, test } from 'vitest';
import { expandBatch } from '../../cli/batch/expand';
import { isSchemaValid } from '../support/schema-check';

// The command line as users run it: arguments, standard input, --json lines.

function run(args: string[], input?: string): { stdout: string; status: number | null } {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'cli/classify.ts', ...args], {
    input,
    encoding: 'utf8',
  });
  return { stdout: result.stdout, status: result.status };
}

describe('classify --json --full', () => {
  test('one JSON object per non-empty input line, in input order; unusable lines give {input, error}', () => {
    const lines = [
      'meta-llama/Llama-3.1-8B-Instruct',
      '',
      'https://huggingface.co/datasets/mozilla-foundation/common_voice_13_0',
      '   ',
      'TheBloke/Llama-2-13B-Chat-GPTQ',
      '{"id": "Qwen/Qwen2-VL-7B-Instruct", "pipeline_tag": "image-text-to-text", "config": {"architectures": ["Qwen2VLForConditionalGeneration"]}}',
      '{not json',
      '{"pipeline_tag": "text-generation"}',
      '<img src=x onerror=alert(1)>',
    ];
    const { stdout, status } = run(['--json', '--full'], lines.join('\n'));
    expect(status).toBe(0);
    const objects = stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(objects).toHaveLength(7);
    expect(objects.map((object) => object.id ?? object.input)).toEqual([
      'meta-llama/Llama-3.1-8B-Instruct',
      'https://huggingface.co/datasets/mozilla-foundation/common_voice_13_0',
      'TheBloke/Llama-2-13B-Chat-GPTQ',
      'Qwen/Qwen2-VL-7B-Instruct',
      '{not json',
      '{"pipeline_tag": "text-generation"}',
      '<img src=x onerror=alert(1)>',
    ]);
    for (const object of objects) expect(isSchemaValid(object)).toBe(true);
    expect(objects[0]).toMatchObject({ category: 'llm', stage: 'instruct', params: { total: 8.03e9 } });
    expect(objects[1].error).toBe('not a model page (dataset)');
    expect(objects[3]).toMatchObject({
      category: 'vlm',
      hub: { used: true },
      architectures: ['Qwen2VLForConditionalGeneration'],
    });
    expect(objects[4].error).toMatch(/^invalid JSON/);
    expect(objects[5].error).toBe('Hub model info has no "id"');
  });

  test('arguments instead of standard input', () => {
    const { stdout, status } = run(['--json', 'google/gemma-2-9b-it', 'mistralai/Mixtral-8x7B-v0.1']);
    expect(status).toBe(0);
    // biome-ignore lint/suspicious/noExplicitAny: the test reads the fields it checks
    const [gemma, mixtral] = expandBatch(stdout) as any[];
    expect(gemma).toMatchObject({ family: 'Gemma', stage: 'instruct' });
    expect(mixtral.params).toEqual({ total: 46.7e9, active: 12.9e9, experts: 8 });
  });

  test('an unusable argument exits 1', () => {
    expect(run(['--json', 'https://example.com/x']).status).toBe(1);
  });
});

describe('classify (readable fact sheet)', () => {
  test('draws the anatomy, the facts with evidence, the verdicts and the commands', () => {
    const output = execFileSync(
      process.execPath,
      ['--import', 'tsx', 'cli/classify.ts', 'Qwen/Qwen2.5-72B-Instruct-AWQ'],
      { encoding: 'utf8' },
    );
    expect(output).toMatch(/Qwen\s+\/ Qwen2\.5\s+- 72B\s+- Instruct\s+- AWQ/);
    expect(output).toMatch(/Organization\s+Model family\s+Size\s+Training stage\s+Quantization/);
    expect(output).toMatch(/Quantization\s+AWQ 4-bit\s+← from the name: the word "AWQ" · likely/);
    // Sources in words people know: no [name, medium]-style tags.
    expect(output).not.toMatch(/\[(name|hub|page|engine-matrix), (low|medium|high)/);
    expect(output).toMatch(/Axolotl\s+Partial: LoRA on the frozen AWQ weights/);
    expect(output).toMatch(/vLLM\s+Yes/);
    expect(output).toContain('vllm serve Qwen/Qwen2.5-72B-Instruct-AWQ');
  });
});

describe('classify --lang', () => {
  const sheet = (args: string[]) =>
    spawnSync(process.execPath, ['--import', 'tsx', 'cli/classify.ts', ...args], { encoding: 'utf8' });

  test('--lang my prints the readable sheet in Burmese; the JSON is the same in every language', () => {
    const output = sheet(['--lang', 'my', 'Qwen/Qwen2.5-72B-Instruct-AWQ']).stdout;
    expect(output).toMatch(/Quantization \(weight ချုံ့ပုံ\)\s+AWQ 4-bit\s+← name ကနေ: "AWQ" ဆိုတဲ့ စကားလုံး · ဖြစ်နိုင်ခြေ/);
    expect(output).toContain('လိုအပ်တဲ့ memory');
    expect(output).toMatch(/vLLM\s+ရတယ်/);
    expect(sheet(['--lang=my', '--json', 'Qwen/Qwen2.5-72B-Instruct-AWQ']).stdout).toBe(
      sheet(['--json', 'Qwen/Qwen2.5-72B-Instruct-AWQ']).stdout,
    );
  }, 30_000);

  test('an unknown language is an error with the usage', () => {
    const result = sheet(['--lang', 'fr', 'Qwen/Qwen2.5-72B-Instruct-AWQ']);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('unknown language "fr"');
  }, 30_000);
});
