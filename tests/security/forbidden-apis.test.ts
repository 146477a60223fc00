import { readdirSync, readFileSync } from 'node:fs';
import ts from 'typescript';
import { describe, expect, test } from 'vitest';

// The extension writes model names and Hub data into huggingface.co pages: the UI is Preact with text nodes only,
// and no code is ever built from strings. This gate fails on any source use of an HTML or code sink, with file:line.
// Comments are dropped first (so a comment explaining the rule does not trip it); strings, template literals, regex
// literals and JSX text are kept, and TypeScript's own parser tells them apart, so a `//` inside a string or a JSX
// text cannot hide the code after it. A string naming a sink counts: el['innerHTML'] is a use.

const ROOT = new URL('../../', import.meta.url);
const SOURCE_DIRS = ['lib', 'components', 'entrypoints', 'utils', 'cli', 'scripts'];
const SOURCE_FILE = /\.(ts|tsx|mjs)$/;
const SKIPPED = /(^|\/)(node_modules|\.output|tests)(\/|$)/;

interface Rule {
  name: string;
  pattern: RegExp;
}

const RULES: Rule[] = [
  { name: 'innerHTML', pattern: /\binnerHTML\b/g },
  { name: 'outerHTML', pattern: /\bouterHTML\b/g },
  { name: 'insertAdjacentHTML', pattern: /\binsertAdjacentHTML\b/g },
  { name: 'dangerouslySetInnerHTML', pattern: /\bdangerouslySetInnerHTML\b/g },
  // `eval(`, also as window.eval( or globalThis.eval(; not evaluate( or retrieval(.
  { name: 'eval(', pattern: /\beval\s*\(/g },
  // `new Function(…)` and plain `Function(…)`, which is the same constructor; not isFunction( or a Function type.
  { name: 'new Function', pattern: /\bnew\s+Function\b|(?<![\w$.])Function\s*\(/g },
  { name: 'document.write', pattern: /\bdocument\s*\.\s*write(?:ln)?\b/g },
  // Any attribute name starting with "on", in any case: the browser's list of event handlers keeps growing.
  {
    name: 'setAttribute on*',
    pattern: /\.setAttribute\s*\(\s*(['"`])on[\w-]*\1|\.setAttributeNS\s*\(\s*[^,()]*,\s*(['"`])on[\w-]*\2/gi,
  },
  // The same sinks under other names.
  { name: 'setHTMLUnsafe / parseHTMLUnsafe', pattern: /\b(?:setHTMLUnsafe|parseHTMLUnsafe)\b/g },
  { name: 'createContextualFragment', pattern: /\bcreateContextualFragment\b/g },
  { name: 'string timer (eval)', pattern: /\bset(?:Timeout|Interval)\s*\(\s*['"`]/g },
];

/** The source with every comment blanked out (line breaks kept, so line numbers stay right). */
function stripComments(source: string, fileName: string): string {
  const kind = fileName.endsWith('.tsx')
    ? ts.ScriptKind.TSX
    : fileName.endsWith('.mjs') || fileName.endsWith('.js')
      ? ts.ScriptKind.JS
      : ts.ScriptKind.TS;
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, false, kind);
  const out = source.replace(/[^\r\n]/g, ' ').split('');
  const visit = (node: ts.Node): void => {
    // JSDoc blocks are comments the parser keeps as nodes.
    if (node.kind >= ts.SyntaxKind.FirstJSDocNode && node.kind <= ts.SyntaxKind.LastJSDocNode) return;
    const children = node.getChildren(file);
    if (children.length === 0) {
      // A token: its text starts after the comments and spaces before it.
      for (let i = node.getStart(file); i < node.end; i++) out[i] = source[i]!;
      return;
    }
    for (const child of children) visit(child);
  };
  visit(file);
  return out.join('');
}

interface Hit {
  rule: string;
  line: number;
  text: string;
}

function findForbidden(source: string, fileName: string): Hit[] {
  const code = stripComments(source, fileName);
  const lines = source.split('\n');
  const hits: Hit[] = [];
  for (const rule of RULES) {
    for (const match of code.matchAll(rule.pattern)) {
      const line = code.slice(0, match.index).split('\n').length;
      hits.push({ rule: rule.name, line, text: lines[line - 1]!.trim() });
    }
  }
  return hits.sort((a, b) => a.line - b.line);
}

function sourceFiles(): string[] {
  return SOURCE_DIRS.flatMap((dir) =>
    readdirSync(new URL(`${dir}/`, ROOT), { recursive: true }).map((file) => `${dir}/${String(file)}`),
  )
    .filter((path) => SOURCE_FILE.test(path) && !SKIPPED.test(path))
    .sort();
}

describe('no HTML or code sinks in the source', () => {
  const files = sourceFiles();

  test('the scan sees the whole source', () => {
    // A broken walk must not pass by finding nothing.
    for (const path of [
      'lib/classify-model.ts',
      'components/FactSheet.tsx',
      'entrypoints/content/dom/mount.tsx',
      'utils/hub-client.ts',
      'cli/classify.ts',
      'scripts/run-bench.mjs',
    ]) {
      expect(files).toContain(path);
    }
    expect(files.length).toBeGreaterThan(50);
  });

  test('lib/, components/, entrypoints/, utils/, cli/ and scripts/ use none of them', () => {
    const hits = files.flatMap((path) =>
      findForbidden(readFileSync(new URL(path, ROOT), 'utf8'), path).map(
        (hit) => `${path}:${hit.line}: ${hit.rule}: ${hit.text}`,
      ),
    );
    if (hits.length > 0) console.error(`forbidden APIs:\n${hits.join('\n')}`);
    expect(hits).toEqual([]);
  });
});

describe('the scanner itself', () => {
  // [snippet, file name, rules it must report (empty: none)]
  const CAUGHT: [string, string, string[]][] = [
    ['el.innerHTML = html;', 'a.ts', ['innerHTML']],
    ['const old = el.outerHTML;', 'a.ts', ['outerHTML']],
    ["el.insertAdjacentHTML('beforeend', html);", 'a.ts', ['insertAdjacentHTML']],
    ['const x = <div dangerouslySetInnerHTML={{ __html: html }} />;', 'a.tsx', ['dangerouslySetInnerHTML']],
    ["el['innerHTML'] = html;", 'a.ts', ['innerHTML']],
    ['eval(code);', 'a.ts', ['eval(']],
    ['window.eval (code);', 'a.mjs', ['eval(']],
    ["const f = new Function('a', 'return a');", 'a.ts', ['new Function']],
    ["const g = Function('return this')();", 'a.ts', ['new Function']],
    ["document.write('<p>');", 'a.ts', ['document.write']],
    ['document . writeln(x);', 'a.ts', ['document.write']],
    ["el.setAttribute('onclick', code);", 'a.ts', ['setAttribute on*']],
    ['el.setAttribute("ONLOAD", code);', 'a.ts', ['setAttribute on*']],
    ['el.setAttribute(`onerror`, code);', 'a.ts', ['setAttribute on*']],
    ["el.setAttribute(\n  'onmouseover',\n  code,\n);", 'a.ts', ['setAttribute on*']],
    ["el.setAttributeNS(null, 'onload', code);", 'a.ts', ['setAttribute on*']],
    ["el.setAttribute('one', x);", 'a.ts', ['setAttribute on*']],
    ['el.setHTMLUnsafe(html);', 'a.ts', ['setHTMLUnsafe / parseHTMLUnsafe']],
    ['range.createContextualFragment(html);', 'a.ts', ['createContextualFragment']],
    ["setTimeout('go()', 10);", 'a.ts', ['string timer (eval)']],
    // Comment-like text inside strings, templates, regexes and JSX must not hide the code after it.
    ["const a = 'http://x' + el.innerHTML;", 'a.ts', ['innerHTML']],
    ['const a = "/* not a comment"; el.innerHTML = a; // */', 'a.ts', ['innerHTML']],
    // biome-ignore lint/suspicious/noTemplateCurlyInString: the source text under test holds a template literal
    ['const t = `a // b ${x /* c */}`; el.innerHTML = t;', 'a.ts', ['innerHTML']],
    ['const r = /\\/\\//; el.innerHTML = r.source;', 'a.ts', ['innerHTML']],
    ['const j = <p>http://example {el.innerHTML}</p>;', 'a.tsx', ['innerHTML']],
    ['/* block */ el.innerHTML = x; /* and another */', 'a.ts', ['innerHTML']],
    ['const n = 1; // fine\neval(x);', 'a.ts', ['eval(']],
  ];
  const MISSED: [string, string][] = [
    ['// el.innerHTML = html;', 'a.ts'],
    ['/* never innerHTML, eval(x) or new Function() */', 'a.ts'],
    ['/** Never use innerHTML here: eval(x). */\nfunction f() {}', 'a.ts'],
    ['const x = 1; // document.write(x) would be worse', 'a.mjs'],
    ['const j = <p>{/* innerHTML */}text</p>;', 'a.tsx'],
    ['el.innerHTMLish = x; const myinnerHTML = 1;', 'a.ts'],
    ['el.textContent = text;', 'a.ts'],
    ['await page.evaluate(() => 1); retrieval(x);', 'a.ts'],
    ['isFunction(x); new FunctionCall(); type F = Function; obj.Function(x);', 'a.ts'],
    ['documentWriter.write(x); doc.write(x);', 'a.ts'],
    ["el.setAttribute('aria-label', 'onclick'); el.setAttribute('data-on', x);", 'a.ts'],
    ['const b = <button onClick={() => go()}>go</button>;', 'a.tsx'],
    ["el.addEventListener('click', go); setTimeout(go, 10);", 'a.ts'],
  ];

  test.each(CAUGHT)('catches %j', (snippet, fileName, rules) => {
    expect(findForbidden(snippet, fileName).map((hit) => hit.rule)).toEqual(rules);
  });

  test.each(MISSED)('lets %j pass', (snippet, fileName) => {
    expect(findForbidden(snippet, fileName)).toEqual([]);
  });

  test('reports the line of a hit', () => {
    expect(findForbidden('const a = 1;\n\n/* x\n y */ el.innerHTML = a;', 'a.ts')).toEqual([
      { rule: 'innerHTML', line: 4, text: 'y */ el.innerHTML = a;' },
    ]);
  });
});
