import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import * as detect from '../../../lib/page/detect';

// The content script's structure (as refined-github enforces its own): one file per feature under features/, each
// declared with an id equal to its file name and the page detectors it runs on, all listed in features/index.ts.

const dir = new URL('../../../entrypoints/content/features/', import.meta.url);
const files = readdirSync(dir).filter((file) => file !== 'index.ts' && /\.tsx?$/.test(file));
const index = readFileSync(new URL('index.ts', dir), 'utf8');

describe('content script features', () => {
  test.each(files)('%s declares its id and page detectors and is registered', (file) => {
    const source = readFileSync(new URL(file, dir), 'utf8');
    const name = file.replace(/\.tsx?$/, '');
    const declaration = /export const (\w+): Feature(?:<[^=]+>)? = \{\s*id: '([\w-]+)',\s*include: \[([^\]]+)\]/.exec(source);
    expect(declaration, `${file} must export "const x: Feature = { id, include: [...] }"`).not.toBeNull();
    const [, constant, id, include] = declaration!;
    expect(id).toBe(name);
    for (const detector of include!.split(',').map((entry) => entry.trim()).filter(Boolean)) {
      expect(detect, `${file}: ${detector} is a page detector of lib/page/detect.ts`).toHaveProperty(detector);
    }
    expect(index).toContain(`import { ${constant} } from './${name}';`);
    expect(index).toMatch(new RegExp(`FEATURES[^=]*=[^;]*\\b${constant}\\b`));
  });

  test('UI is built with Preact and text nodes only: no HTML strings from data', () => {
    const sources = [...readdirSync(new URL('../../../entrypoints/', import.meta.url), { recursive: true })]
      .map(String).filter((file) => /\.tsx?$/.test(file))
      .map((file) => readFileSync(new URL(`../../../entrypoints/${file}`, import.meta.url), 'utf8'));
    for (const source of sources) expect(source).not.toMatch(/innerHTML|outerHTML|insertAdjacentHTML|dangerouslySetInnerHTML/);
  });
});
