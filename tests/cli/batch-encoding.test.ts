import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { classifyFacts } from '../../lib/classify-model';
import type { ClassifyError, Facts } from '../../lib/facts/schema';
import { BatchEncoder, compactFacts, FACT_DEFAULTS, VERDICT_EVIDENCE_MARK } from '../../cli/batch/encode';
import { expandBatch } from '../../cli/batch/expand';
import { buildLegend, legendLine } from '../../cli/batch/legend';
import { isSchemaValid } from '../support/schema-check';

// The batch line shape is a faithful encoding: the stream, expanded with nothing but its own legend, gives back
// exactly what classify() answers (without the commands, which --full prints), for every corpus ID and Hub fixture.

const corpusIds = (file: string) =>
  readFileSync(`tests/fixtures/corpus/${file}`, 'utf8')
    .trim()
    .split('\n')
    .map((line) => (JSON.parse(line) as { id: string }).id);

const hubFixtures = readdirSync('tests/fixtures/api')
  .filter((file) => file.endsWith('.json'))
  .map((file) => JSON.parse(readFileSync(`tests/fixtures/api/${file}`, 'utf8')) as { id: string });

function stream(answers: (Facts | ClassifyError)[]): string {
  const encoder = new BatchEncoder();
  let text = legendLine();
  for (const answer of answers) {
    const line = encoder.encode(answer);
    for (const [, record] of encoder.definitions()) text += record;
    text += line;
  }
  return text;
}

describe('batch lines', () => {
  test.each([
    ['dev corpus', () => corpusIds('dev.jsonl').map((id) => classifyFacts(id, undefined, {}, undefined, false))],
    ['unseen corpus', () => corpusIds('unseen.jsonl').map((id) => classifyFacts(id, undefined, {}, undefined, false))],
    [
      'Hub fixtures, with hardware',
      () =>
        hubFixtures.map((hub) =>
          classifyFacts(
            hub.id,
            hub,
            { hardware: { gpuBytes: 24e9, gpus: 1, ramBytes: 64e9, unified: false } },
            undefined,
            false,
          ),
        ),
    ],
    [
      'unusable inputs',
      () => ['', 'https://example.com/x', '{'].map((id) => classifyFacts(id, undefined, {}, undefined, false)),
    ],
  ])(
    'expand back to classify() exactly: %s',
    (_, answers) => {
      const expected = answers();
      const text = stream(expected);
      const expanded = expandBatch(text);
      expect(expanded.length).toBe(expected.length);
      for (let i = 0; i < expected.length; i++) expect(JSON.stringify(expanded[i])).toBe(JSON.stringify(expected[i]));
      for (const facts of expanded) expect(isSchemaValid(facts)).toBe(true);
    },
    60_000,
  );

  test('expand back to classify() exactly: generated names', () => {
    const piece = fc.constantFrom(
      ...'Llama 3.1 8B 70B Instruct Chat Qwen2.5 VL GGUF Q4_K_M AWQ GPTQ int4 w4a16 exl2 4.65bpw mlx 4bit whisper large v3 bge m3 sd xl base lora dpo orpo 8x7B A3B MoE Coder Math it Omni mmproj f16 00001-of-00003'.split(
        ' ',
      ),
    );
    const id = fc
      .tuple(
        fc.constantFrom('', 'openai/', 'meta-llama/', 'TheBloke/', 'someone/'),
        fc.array(piece, { minLength: 1, maxLength: 6 }),
        fc.constantFrom('', '.gguf', '-GGUF'),
      )
      .map(([org, pieces, tail]) => `${org}${pieces.join('-')}${tail}`);
    fc.assert(
      fc.property(fc.array(id, { minLength: 1, maxLength: 5 }), (ids) => {
        const answers = ids.map((text) => classifyFacts(text, undefined, {}, undefined, false));
        expect(JSON.stringify(expandBatch(stream(answers)))).toBe(JSON.stringify(answers));
      }),
      { numRuns: 300 },
    );
  });

  test('every verdict set is written once, before its first use, and named by its content', () => {
    const answers = corpusIds('dev.jsonl')
      .slice(0, 400)
      .map((id) => classifyFacts(id, undefined, {}, undefined, false));
    const records = stream(answers)
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    const defined = new Set<string>();
    for (const record of records.slice(1)) {
      if (Object.keys(record)[0] === 'verdicts') {
        expect(defined.has(record.verdicts as string)).toBe(false);
        defined.add(record.verdicts as string);
      } else if (!('error' in record)) expect(defined.has(record.verdicts as string)).toBe(true);
    }
    expect(defined.size).toBeLessThan(answers.length / 4);
    const again = stream([...answers].reverse());
    expect(new Set(again.match(/"verdicts":"v[0-9a-f]{12}"/g))).toEqual(
      new Set(stream(answers).match(/"verdicts":"v[0-9a-f]{12}"/g)),
    );
  });

  test("the legend holds every message key and reference the lines use, and the verdicts' source evidence", () => {
    const legend = buildLegend();
    const answers = [
      ...corpusIds('dev.jsonl').map((id) => classifyFacts(id, undefined, {}, undefined, false)),
      ...hubFixtures.map((hub) => classifyFacts(hub.id, hub, {}, undefined, false)),
    ];
    const used = new Set<string>();
    for (const answer of answers) {
      if ('error' in answer) continue;
      for (const evidence of answer.evidence) {
        used.add(evidence.key!);
        for (const arg of evidence.args ?? []) if (arg.startsWith('#')) used.add(arg.slice(1));
      }
      if (answer.license?.conditionKey) used.add(answer.license.conditionKey);
    }
    expect([...used].filter((key) => !(key in legend.messages))).toEqual([]);
    expect(legend.verdictEvidence.map((evidence) => (evidence as { field: string }).field)).toContain('serving-vllm');
    expect(VERDICT_EVIDENCE_MARK in legend.messages).toBe(false);
  });
});

// The encoder writes shared parts (memory figures, cached per set of figures) as text it keeps: every line must be
// byte for byte the record written afresh, whatever came before it.
describe('batch lines are the plain record, text caches or not', () => {
  const ids = [...corpusIds('dev.jsonl'), ...corpusIds('unseen.jsonl')];
  test('a record leaves out every field of the defaults table that holds its default (fields are listed one by one)', () => {
    const facts = { id: 'a/b', org: 'a', name: 'b', evidence: [], anatomy: [], ...structuredClone(FACT_DEFAULTS) };
    const record = compactFacts(facts as unknown as Facts, 'v0');
    const written = Object.keys(JSON.parse(JSON.stringify(record)) as object);
    expect(written.filter((key) => key in FACT_DEFAULTS)).toEqual([]);
  });

  test.each([
    ['no options', {}],
    [
      'a 24 GB GPU at 32K',
      { contextTokens: 32768, hardware: { gpuBytes: 24e9, gpus: 1, ramBytes: 0, unified: false } },
    ],
  ])(
    'every corpus ID, in order and in reverse: %s',
    (_, options) => {
      const encoder = new BatchEncoder();
      let withMemory = 0;
      for (const id of [...ids, ...[...ids].reverse()]) {
        const answer = classifyFacts(id, undefined, options, undefined, false);
        const line = encoder.encode(answer);
        encoder.definitions();
        if ('error' in answer) continue;
        if (answer.memory) withMemory++;
        const set = JSON.parse(line) as { verdicts: string };
        expect(line, id).toBe(`${JSON.stringify(compactFacts(answer, set.verdicts))}\n`);
      }
      expect(withMemory).toBeGreaterThan(5_000);
    },
    120_000,
  );
});
