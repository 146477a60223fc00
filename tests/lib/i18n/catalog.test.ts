import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { ENGLISH } from '../../../lib/i18n/english';
import { CATALOGS, resolveLanguage } from '../../../lib/i18n/catalogs';
import { formatMessage } from '../../../lib/i18n/format';
import {
  ALIGNMENTS,
  AXOLOTL_SUPPORT,
  CATEGORIES,
  FINETUNES,
  MODALITIES,
  PURPOSES,
  QUANT_FORMATS,
  STAGES,
  VERDICTS,
} from '../../../lib/facts/schema';

// Every message the code can ask for exists in the English catalog; keys built from vocabularies are covered too.

const source = (dir: string): string[] =>
  readdirSync(new URL(`../../../${dir}`, import.meta.url), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.tsx?$/.test(entry.name))
    .map((entry) =>
      readFileSync(`${entry.parentPath ?? (entry as unknown as { path: string }).path}/${entry.name}`, 'utf8'),
    );

describe('English catalog', () => {
  test('keys quoted in lib/, components/, entrypoints/ and cli/ exist', () => {
    const text = [...source('lib'), ...source('cli')].join('\n');
    const keys = new Set(
      [...text.matchAll(/'((?:evidence|axolotl|serving|anatomy|size|quant|explain|value)_[a-z0-9_]+)'/g)].map(
        (match) => match[1]!,
      ),
    );
    const missing = [...keys].filter((key) => !(key in ENGLISH) && !key.endsWith('_'));
    expect(missing).toEqual([]);
  });

  test('every vocabulary value has a label', () => {
    const vocabularies = {
      category: CATEGORIES,
      stage: STAGES,
      alignment: ALIGNMENTS,
      finetune: FINETUNES,
      modality: MODALITIES,
      purpose: PURPOSES,
      support: AXOLOTL_SUPPORT,
      verdict: VERDICTS,
    };
    for (const [field, values] of Object.entries(vocabularies)) {
      for (const value of values)
        expect(ENGLISH, `value_${field}_${value}`).toHaveProperty(`value_${field}_${value.replace(/-/g, '_')}`);
    }
  });

  test("every suffix value has the seed's explanation", () => {
    const vocabularies = {
      stage: STAGES,
      alignment: ALIGNMENTS,
      finetune: FINETUNES,
      modality: MODALITIES,
      purpose: PURPOSES,
      category: CATEGORIES,
      quant: QUANT_FORMATS.filter((format) => format !== 'int4' || true),
    };
    for (const [field, values] of Object.entries(vocabularies)) {
      for (const value of values)
        expect(ENGLISH, `explain_${field}_${value}`).toHaveProperty(`explain_${field}_${value.replace(/-/g, '_')}`);
    }
  });

  test('placeholders format', () => {
    expect(formatMessage(ENGLISH, 'serving_arch_listed', ['vLLM', 'LlamaForCausalLM'])).toBe(
      'vLLM supports LlamaForCausalLM (in its model registry).',
    );
    expect(formatMessage(ENGLISH, 'no_such_key')).toBe('no_such_key');
  });
});

describe('Burmese catalog', () => {
  const placeholders = (message: string) => [...message.matchAll(/\$(\d|\$)/g)].map((match) => match[0]).sort();

  test('has exactly the English keys, each with the same placeholders', () => {
    expect(Object.keys(CATALOGS.my).sort()).toEqual(Object.keys(CATALOGS.en).sort());
    const mismatched = Object.keys(CATALOGS.en).filter(
      (key) => placeholders(CATALOGS.en[key]!.message).join() !== placeholders(CATALOGS.my[key]!.message).join(),
    );
    expect(mismatched).toEqual([]);
  });

  test('is written in Myanmar script (Unicode, not Zawgyi) wherever English has a sentence', () => {
    const sentences = Object.keys(CATALOGS.en).filter((key) => CATALOGS.en[key]!.message.split(' ').length >= 4);
    const notBurmese = sentences.filter((key) => !/[\u1000-\u109F]/.test(CATALOGS.my[key]!.message));
    expect(notBurmese).toEqual([]);
    // Zawgyi stores the vowel sign E before the consonant; Unicode never starts a word with it.
    const zawgyi = Object.keys(CATALOGS.my).filter((key) => /(^|[\s(])\u1031/.test(CATALOGS.my[key]!.message));
    expect(zawgyi).toEqual([]);
  });

  test('formats with Burmese wording', () => {
    expect(formatMessage(CATALOGS.my, 'value_verdict_yes')).toBe('ရတယ်');
    expect(resolveLanguage('auto', 'my-MM')).toBe('my');
    expect(resolveLanguage('auto', 'en-US')).toBe('en');
    expect(resolveLanguage('en', 'my')).toBe('en');
  });
});

describe('catalog files', () => {
  const read = (lang: string) =>
    Object.fromEntries(
      readdirSync(new URL(`../../../lib/i18n/messages/${lang}`, import.meta.url))
        .filter((file) => file.endsWith('.json'))
        .map((file) => [
          file,
          Object.keys(
            JSON.parse(readFileSync(new URL(`../../../lib/i18n/messages/${lang}/${file}`, import.meta.url), 'utf8')),
          ),
        ]),
    ) as Record<string, string[]>;
  test('a key lives in one area file only, and Burmese has the same files with the same keys', () => {
    const en = read('en');
    const all = Object.values(en).flat();
    expect(all.length).toBe(new Set(all).size);
    expect(read('my')).toEqual(en);
  });
  test('every area file is in the merged catalog', () => {
    const all = Object.values(read('en')).flat();
    expect(Object.keys(ENGLISH).sort()).toEqual([...all].sort());
  });
});
