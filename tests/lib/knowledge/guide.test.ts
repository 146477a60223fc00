import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parse } from '../../../scripts/guide/generate';
import { classify } from '../../../lib/classify-model';
import { isClassifyError } from '../../../lib/facts/schema';
import { guideAnchor } from '../../../lib/knowledge/guide/anchors';
import { GUIDE_SECTIONS } from '../../../lib/knowledge/guide/reference';

// The guide page's data is the domain reference in both languages, and evidence links land on its sections.

const IDS = new Set(GUIDE_SECTIONS.map((section) => section.id));

describe('guide data', () => {
  test('is up to date with the reference (npx tsx scripts/guide/generate.ts)', () => {
    expect(parse(readFileSync('docs/reference/ai-model-suffixes.md', 'utf8'))).toEqual(GUIDE_SECTIONS);
  });

  test('has a section for each part of the reference', () => {
    for (const id of [
      'stage',
      'alignment',
      'finetune',
      'quantization',
      'gguf-levels',
      'size',
      'vision',
      'purpose',
      'version',
      'anatomy',
      'families',
      'families-llm',
      'axolotl-supported',
      'axolotl-partial',
      'axolotl-unsupported',
      'formats',
      'serving',
    ]) {
      expect(IDS, id).toContain(id);
    }
  });

  test('anchors are unique; every English text is English and every table keeps its shape in both languages', () => {
    expect(IDS.size).toBe(GUIDE_SECTIONS.length);
    for (const section of GUIDE_SECTIONS) {
      for (const block of section.blocks) {
        if (block.kind === 'text') expect(block.text.en, block.text.my).not.toMatch(/[\u1000-\u109f]/);
        if (block.kind !== 'table') continue;
        for (const row of block.rows) {
          expect(row).toHaveLength(block.head.length);
          for (const cell of row) expect(cell.en, cell.my).not.toMatch(/[\u1000-\u109f]/);
        }
      }
    }
  });

  test('the stage table lists the suffixes in both languages', () => {
    const stage = GUIDE_SECTIONS.find((section) => section.id === 'stage')!;
    const table = stage.blocks.find((block) => block.kind === 'table');
    expect(table?.kind === 'table' && table.rows.map((row) => row[0]!.en)).toContain('`-Instruct`');
    expect(stage.title.my).toMatch(/[\u1000-\u109f]/);
  });
});

describe('evidence → guide anchor', () => {
  const anchors = (id: string) => {
    const facts = classify(id);
    if (isClassifyError(facts)) throw new Error(facts.error);
    return Object.fromEntries(facts.evidence.map((evidence) => [evidence.field, guideAnchor(evidence)]));
  };

  test('every anchor the map can give is a section of the guide', () => {
    const fields = [
      'category',
      'family',
      'version',
      'params',
      'stage',
      'alignment',
      'finetune',
      'baseModel',
      'quant',
      'modality',
      'purpose',
      'architecture',
      'axolotl',
      'serving-vllm',
    ];
    const keys = [
      'evidence_hub_gguf',
      'evidence_quant_tag',
      'evidence_family',
      'evidence_family_size',
      'evidence_size_label_backbone',
      'evidence_hub_arch_built_on',
    ];
    for (const field of fields) expect(IDS, field).toContain(guideAnchor({ field }));
    for (const key of keys) expect(IDS, key).toContain(guideAnchor({ field: 'other', key }));
  });

  test.each([
    ['Qwen/Qwen2.5-72B-Instruct-AWQ', { stage: 'stage', quant: 'quantization', params: 'size', family: 'families' }],
    ['NousResearch/Hermes-2-Pro-Llama-3-8B-DPO', { alignment: 'alignment' }],
    ['Qwen/Qwen2.5-Coder-7B-Instruct', { purpose: 'purpose' }],
    ['Qwen/Qwen2-VL-7B-Instruct', { modality: 'vision' }],
  ])('%s', (id, expected) => {
    expect(anchors(id)).toMatchObject(expected);
  });
});
