import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

// lib/ is layered (DESIGN.md "Shape"): data flows down, so a module imports only from its own layer or the ones
// below it. The layers, bottom first; a path names a directory or a single file under lib/.
const LAYERS: readonly (readonly string[])[] = [
  /* facts: the schema, facts under construction and their evidence; message formatting; settings as plain data */
  ['facts', 'own.ts', 'i18n', 'settings'],
  /* knowledge: tables with their sources (suffixes, families, orgs, engine matrices, categories, GGUF levels) */
  ['knowledge'],
  /* readers: the name, the Hub's model info, the page's data, user input */
  ['classify', 'hub', 'input', 'page', 'quant'],
  /* judges: Axolotl, the serving engines, memory and fit */
  ['support', 'estimate'],
  /* what people read and copy */
  ['present', 'snippets'],
  /* the whole: classify a model, answer the views' messages */
  ['classify-model.ts', 'messages'],
];

const LIB = join(__dirname, '..', '..', 'lib');

function layerOf(file: string): number {
  const path = relative(LIB, file).split('/');
  // An import names `../own`; the layer table names the file `own.ts`.
  const top = path.length === 1 && !/\.tsx?$/.test(path[0]!) ? `${path[0]}.ts` : path[0]!;
  const index = LAYERS.findIndex((layer) => layer.includes(top));
  if (index < 0) throw new Error(`lib/${path.join('/')} is in no layer: add its directory to LAYERS`);
  return index;
}

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.tsx?$/.test(entry) ? [path] : [];
  });
}

const IMPORT = /(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s+['"](\.[^'"]+)['"]/g;
/** Any import of a package (a specifier that is not a relative path). */
const PACKAGE_IMPORT =
  /(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s+['"]([^.'"][^'"]*)['"]|\bimport\(\s*['"]([^.'"][^'"]*)['"]/g;

describe('lib/ layers', () => {
  const files = sources(LIB);
  it('every file of lib/ belongs to a layer', () => {
    for (const file of files) expect(() => layerOf(file)).not.toThrow();
  });
  it('imports go down (or stay in the layer), never up', () => {
    const upward: string[] = [];
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      for (const match of text.matchAll(IMPORT)) {
        const target = normalize(join(dirname(file), match[1]!));
        if (!target.startsWith(LIB)) continue;
        if (layerOf(target) > layerOf(file)) upward.push(`${relative(LIB, file)} → ${relative(LIB, target)}`);
      }
    }
    expect(upward).toEqual([]);
  });
  it('lib/ is pure: it imports no package (no browser API, WXT, Preact or Node module), so it runs anywhere', () => {
    const packages = files.flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(PACKAGE_IMPORT)].map(
        (match) => `${relative(LIB, file)} → ${match[1] ?? match[2]}`,
      ),
    );
    expect(packages).toEqual([]);
  });
});
