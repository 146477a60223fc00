import { parseHTML } from 'linkedom';
import { beforeEach, describe, expect, it } from 'vitest';
import { translator } from '../../../components/i18n';
import { cardRow } from '../../../entrypoints/content/dom/card-row';
import { classify, isClassifyError } from '../../../lib/classify-model';
import { CATALOGS } from '../../../lib/i18n/catalogs';
import { cardBadges } from '../../../lib/present/badges';

// A listing card's chips are plain DOM (issue 14): the page contract (data-fact / data-value on every chip), one
// element per chip with one text (a segment of the row: lens.css gives it no box) and no positioned screen-reader span (each would cost the browser a paint layer per card), the
// facts read out in the row's name, in the reader's language.

beforeEach(() => {
  const { document } = parseHTML('<!doctype html><html><body></body></html>');
  Object.assign(globalThis, { document });
});

function badgesOf(id: string) {
  const facts = classify(id);
  if (isClassifyError(facts)) throw new Error(`${id}: not classified`);
  return cardBadges(facts);
}

describe('cardRow', () => {
  it.each(['meta-llama/Llama-3.1-8B-Instruct', 'TheBloke/Mistral-7B-v0.1-GGUF', 'Qwen/Qwen2-VL-7B-Instruct'])(
    '%s: one chip element per badge, with its schema value',
    (id) => {
      const badges = badgesOf(id);
      const row = cardRow(badges, translator(CATALOGS.en, 'en'));
      const chips = [...row.children];
      expect(chips.map((chip) => [chip.getAttribute('data-fact'), chip.getAttribute('data-value')])).toEqual(
        badges.map((badge) => [badge.fact, badge.value]),
      );
      for (const chip of chips) {
        expect(chip.children.length).toBe(0); // text only: no wrapper, no dot element, no screen-reader span
        expect(chip.textContent).not.toBe('');
      }
      expect(row.querySelector('.sr, .tip')).toBeNull(); // tooltips are built on first hover
    },
  );

  it('is read out as one image named by its facts, in the reader’s language (not the ID: the card says it)', () => {
    const id = 'meta-llama/Llama-3.1-8B-Instruct';
    for (const lang of ['en', 'my'] as const) {
      const i18n = translator(CATALOGS[lang], lang);
      const row = cardRow(badgesOf(id), i18n);
      expect(row.getAttribute('role')).toBe('img');
      const label = row.getAttribute('aria-label')!;
      expect(label.startsWith(`${i18n.t('card_row_label')}: `)).toBe(true);
      expect(label).not.toContain(id); // the card's title and link say it
      expect(label).toContain(i18n.t('fact_category'));
      // Each chip's text, less the category's dot and the separator that ends every chip but the last.
      const texts = [...row.children].map((chip) => chip.textContent!);
      expect(texts.map((text) => text.endsWith(' \u00b7 '))).toEqual(texts.map((_, index) => index < texts.length - 1));
      for (const text of texts) expect(label).toContain(text.replace(/^\u25cf | \u00b7 $/g, ''));
    }
  });
});
