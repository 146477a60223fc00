import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { FEATURES } from '../../../entrypoints/content/features';
import * as detect from '../../../lib/page/detect';

// The content script's structure (as refined-github enforces its own): one file per feature under features/, each
// declared with an id equal to its file name and the page detectors it runs on, all listed in FEATURES.

const dir = new URL('../../../entrypoints/content/features/', import.meta.url);
const files = readdirSync(dir).filter((file) => file !== 'index.ts' && /\.tsx?$/.test(file));
const detectors = new Set(Object.values(detect));

describe('content script features', () => {
  test('every feature file is registered once, under its own name', () => {
    expect(FEATURES.map((feature) => feature.id).sort()).toEqual(
      files.map((file) => file.replace(/\.tsx?$/, '')).sort(),
    );
  });

  test.each(FEATURES.map((feature) => [feature.id, feature] as const))(
    '%s runs on page detectors of lib/page/detect.ts',
    (_id, feature) => {
      expect(feature.include.length).toBeGreaterThan(0);
      for (const detector of [...feature.include, ...(feature.exclude ?? [])])
        expect(detectors.has(detector)).toBe(true);
    },
  );

  test('UI is built with Preact and text nodes only: no HTML strings from data', () => {
    const sources = [...readdirSync(new URL('../../../entrypoints/', import.meta.url), { recursive: true })]
      .map(String)
      .filter((file) => /\.tsx?$/.test(file))
      .map((file) => readFileSync(new URL(`../../../entrypoints/${file}`, import.meta.url), 'utf8'));
    for (const source of sources)
      expect(source).not.toMatch(/innerHTML|outerHTML|insertAdjacentHTML|dangerouslySetInnerHTML/);
  });
});
