import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { classify } from '../../../lib/classify-model';
import { isClassifyError } from '../../../lib/facts/schema';
import { CATALOGS } from '../../../lib/i18n/catalogs';
import { translator } from '../../../lib/i18n/translator';
import { GLOSSARY, readsAsBurmese } from '../../../lib/knowledge/glossary';
import { GUIDE_SECTIONS } from '../../../lib/knowledge/guide/reference';
import { factBadges } from '../../../lib/present/badges';

// In Burmese, every label, heading, chip and legend entry contains Myanmar script unless its words are technical terms
// the domain reference keeps in English (lib/knowledge/glossary.ts).

const REFERENCE = readFileSync('docs/reference/ai-model-suffixes.md', 'utf8').toLowerCase();
const my = translator(CATALOGS.my, 'my');

describe('glossary', () => {
  test.each(GLOSSARY.filter(({ source }) => source === 'reference').map(({ term }) => term))(
    '"%s" is written in English in the reference',
    (term) => {
      expect(REFERENCE).toContain(term.toLowerCase());
    },
  );

  test('the rule: Myanmar script, or glossary words, numbers and marks only', () => {
    expect(readsAsBurmese('လေ့ကျင့်မှု အဆင့် (training stage)')).toBe(true);
    expect(readsAsBurmese('vLLM ✓ · GGUF Q4_K_M · 46.7B · AWQ 4-bit')).toBe(true);
    expect(readsAsBurmese('Facts and evidence')).toBe(false);
    expect(readsAsBurmese('FACTS AND EVIDENCE')).toBe(false);
    expect(readsAsBurmese('Base model')).toBe(true); // both words are the reference's own
    expect(readsAsBurmese('Mixtral 8x7B', ['Mixtral'])).toBe(true);
    expect(readsAsBurmese('mistralai/Mixtral-8x7B-Instruct-v0.1', ['mistralai', 'Mixtral'])).toBe(true);
  });
});

/** Messages shown as labels, headings, chips and legend entries (the rest are sentences with their own review). */
const LABEL_KEYS = Object.keys(CATALOGS.en).filter((key) =>
  /^(fact_|size_|quant_|anatomy_(size|bits|bpw|gguf_level)|sheet_(?!gated|instead|trainable_base|close|runs_none)|legend_|guide_title$|guide_contents$|guide_link$|value_(category|stage|alignment|finetune|modality|purpose|support|verdict|role)_|route_|options_(title|show|hub|language|style)$|history_title$|popup_settings$|lookup_button$|memory_(weights|inference|full|lora|qlora)$|copy$)/.test(
    key,
  ),
);

describe('Burmese labels, headings, chips and legend entries', () => {
  test('there are labels to check', () => expect(LABEL_KEYS.length).toBeGreaterThan(80));

  test.each(LABEL_KEYS)('%s', (key) => {
    const text = CATALOGS.my[key]!.message.replace(/\$\d/g, '8B');
    expect(readsAsBurmese(text), text).toBe(true);
  });

  test('the guide: section titles and table heads', () => {
    const texts = GUIDE_SECTIONS.flatMap((section) => [
      section.title.my,
      ...section.blocks.flatMap((block) => (block.kind === 'table' ? block.head.map((cell) => cell.my) : [])),
    ]);
    expect(texts.filter((text) => !readsAsBurmese(text.replace(/`[^`]*`/g, '')))).toEqual([]);
  });

  test.each([
    'mistralai/Mixtral-8x7B-Instruct-v0.1',
    'Qwen/Qwen2.5-72B-Instruct-AWQ',
    'TheBloke/Mistral-7B-v0.1-GGUF',
    'openai/whisper-large-v3',
    'Qwen/Qwen2-VL-7B-Instruct',
    'BAAI/bge-m3',
    'stabilityai/stable-diffusion-xl-base-1.0',
    'google/gemma-2-9b-it',
  ])('chips of %s', (id) => {
    const facts = classify(id);
    if (isClassifyError(facts)) throw new Error(facts.error);
    const own = [facts.family ?? '', facts.version ?? '', facts.org ?? '', ...id.split(/[/\-_.]/)].flatMap((word) =>
      word.split(/\s+/),
    );
    const chips = factBadges(facts).map((badge) => my.say(badge.label));
    expect(chips.filter((chip) => !readsAsBurmese(chip, own))).toEqual([]);
  });
});
