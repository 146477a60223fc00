import { parseHTML } from 'linkedom';
import { render } from 'preact';
import { beforeEach, describe, expect, it } from 'vitest';
import { GgufFileBadge } from '../../components/GgufFileBadge';
import { I18nContext, translator } from '../../components/i18n';
import { Memory } from '../../components/sheet/Memory';
import { classify, isClassifyError } from '../../lib/classify-model';
import type { MemoryFacts } from '../../lib/facts/memory';
import type { Facts } from '../../lib/facts/schema';
import { CATALOGS } from '../../lib/i18n/catalogs';
import { readGgufFileName } from '../../lib/quant/gguf-file';

// The sheet's Memory section and the Files tab's file badge, rendered with MemoryFacts built here (the estimator fills
// facts.memory in the background; these views only show it).

const GB = 1e9;
let document: Document;

beforeEach(() => {
  ({ document } = parseHTML('<!doctype html><html><body><div id="root"></div></body></html>'));
  Object.assign(globalThis, { document });
});

function show(node: preact.ComponentChild, lang: 'en' | 'my' = 'en'): Element {
  const root = document.getElementById('root')!;
  render(<I18nContext.Provider value={translator(CATALOGS[lang], lang)}>{node}</I18nContext.Provider>, root);
  return root;
}

function memory(patch: Partial<MemoryFacts> = {}): MemoryFacts {
  return {
    weightsBytes: 4.9 * GB,
    weightsSource: 'file',
    kvBytesPerToken: 131072,
    kvBytes: 1.07 * GB,
    contextTokens: 8192,
    kvType: 'f16',
    projectorBytes: 0.62 * GB,
    overheadBytes: 0.5 * GB,
    inferenceBytes: 7.09 * GB,
    downloadBytes: 5.5 * GB,
    training: null,
    fit: null,
    basis: [],
    ...patch,
  };
}

function facts(mem: MemoryFacts | null, maxContext: number | null = 131072): Facts {
  const base = classify('meta-llama/Llama-3.1-8B-Instruct');
  if (isClassifyError(base)) throw new Error('classify');
  return { ...base, memory: mem, maxContext };
}

const rows = (root: Element) =>
  [...root.querySelectorAll('[data-memory-row]')].map((row) => row.getAttribute('data-memory-row'));

describe("the sheet's Memory section", () => {
  it('shows nothing when facts.memory is null', () => {
    expect(show(<Memory facts={facts(null)} />).innerHTML).toBe('');
  });

  it('without a profile: every part with its integer bytes, no verdicts, one quiet link to set the GPU', () => {
    const root = show(<Memory facts={facts(memory())} />);
    expect(rows(root)).toEqual(['weights', 'kv', 'projector', 'overhead', 'inference', 'download']);
    expect(root.querySelector('[data-memory-row="inference"]')!.getAttribute('data-value')).toBe('7090000000');
    expect(root.querySelector('[data-memory-row="kv"]')!.textContent).toContain('KV cache at 8K (f16)');
    expect(root.querySelector('[data-memory-row="weights"]')!.textContent).toContain('from the file sizes');
    expect(root.querySelectorAll('[data-fit]')).toHaveLength(0);
    expect(root.querySelector('[data-set-gpu] button')!.textContent).toBe('Set your GPU');
    expect(root.textContent).toContain("The model's maximum context: 131,072 tokens.");
  });

  it('with a profile: verdict colours on the total and on each training route, and no link', () => {
    const root = show(
      <Memory
        facts={facts(
          memory({
            fit: { verdict: 'offload', neededBytes: 7.09 * GB, gpuBytes: 6 * GB, offloadBytes: 1.09 * GB },
            training: {
              model: 'meta-llama/Llama-3.1-8B-Instruct',
              full: 150 * GB,
              lora: 19 * GB,
              qlora: 7 * GB,
              fit: { full: 'no', lora: 'no', qlora: 'offload' },
            },
          }),
        )}
      />,
    );
    expect(root.querySelector('[data-memory-row="inference"] [data-fit]')!.getAttribute('data-fit')).toBe('offload');
    expect(root.querySelector('[data-memory-row="inference"] .pill')!.className).toContain('tone-partial');
    expect(root.querySelector('[data-memory-row="train-full"] [data-fit]')!.getAttribute('data-fit')).toBe('no');
    expect(root.querySelector('[data-memory-row="train-qlora"] .pill')!.className).toContain('tone-partial');
    expect(root.textContent).toContain('Fine-tuning meta-llama/Llama-3.1-8B-Instruct with Axolotl');
    expect(root.querySelector('[data-fit-note]')!.textContent).toBe(
      'Needs 7.1 GB, more than your GPU memory (6 GB): it runs with 1.1 GB in system RAM, more slowly.',
    );
    expect(root.querySelector('[data-set-gpu]')).toBeNull();
  });

  it('leaves out the parts that are unknown or none, and training the Axolotl route does not take', () => {
    const root = show(
      <Memory
        facts={facts(
          memory({
            projectorBytes: null,
            kvBytes: null,
            downloadBytes: null,
            training: { model: 'x/y', full: null, lora: null, qlora: null, fit: null },
          }),
          null,
        )}
      />,
    );
    expect(rows(root)).toEqual(['weights', 'overhead', 'inference']);
    expect(root.textContent).not.toContain('Fine-tuning');
    expect(root.textContent).not.toContain('maximum context');
  });

  it('speaks Burmese', () => {
    const root = show(
      <Memory
        facts={facts(memory({ fit: { verdict: 'gpu', neededBytes: 7.09 * GB, gpuBytes: 24 * GB, offloadBytes: 0 } }))}
      />,
      'my',
    );
    expect(root.querySelector('[data-memory-row="inference"] .pill')!.textContent).toBe('GPU ထဲ ဆံ့တယ်');
  });
});

describe("the Files tab's file badge", () => {
  const q4 = readGgufFileName('Meta-Llama-3.1-8B-Instruct-Q4_K_M.gguf')!;
  const shard = readGgufFileName('Meta-Llama-3.1-8B-Instruct-Q8_0-00001-of-00002.gguf')!;

  it('before the background answers: the quant badge only (the row shows the size)', () => {
    const root = show(<GgufFileBadge info={q4} sizeBytes={4.92e9} />);
    expect(root.querySelector('[data-fact="gguf-file"]')!.getAttribute('data-value')).toBe('Q4_K_M');
    expect(root.querySelector('[data-fact="fit"]')).toBeNull();
    expect(root.querySelector('[data-fact="download"]')).toBeNull();
  });

  it('a part of a split model shows the whole download', () => {
    const root = show(<GgufFileBadge info={shard} sizeBytes={4.27e9} downloadBytes={8.54e9} />);
    expect(root.querySelector('[data-fact="download"]')!.getAttribute('data-value')).toBe('8540000000');
    expect(root.querySelector('[data-fact="download"]')!.textContent).toBe('8.5 GB download');
  });

  it.each([
    ['gpu', 'tone-yes', 'fits · 7.1 GB'],
    ['offload', 'tone-partial', 'offload · 7.1 GB'],
    ['no', 'tone-no', 'too big · 7.1 GB'],
  ] as const)('with a profile: data-fact="fit" data-value="%s"', (verdict, tone, text) => {
    const root = show(
      <GgufFileBadge
        info={q4}
        sizeBytes={4.92e9}
        memory={memory({ fit: { verdict, neededBytes: 7.09 * GB, gpuBytes: 6 * GB, offloadBytes: 1.09 * GB } })}
      />,
    );
    const chip = root.querySelector('[data-fact="fit"]')!;
    expect(chip.getAttribute('data-value')).toBe(verdict);
    expect(chip.className).toContain(tone);
    expect(chip.getAttribute('data-needed')).toBe('7090000000');
    expect(chip.textContent).toContain(text);
    // The estimator's download (the file and its projector) differs from the row's size: shown.
    expect(root.querySelector('[data-fact="download"]')!.getAttribute('data-value')).toBe('5500000000');
  });

  it('the best file that fits says so', () => {
    const root = show(
      <GgufFileBadge
        info={q4}
        sizeBytes={4.92e9}
        best
        memory={memory({
          downloadBytes: 4.92e9,
          fit: { verdict: 'gpu', neededBytes: 7.09 * GB, gpuBytes: 24 * GB, offloadBytes: 0 },
        })}
      />,
    );
    const chip = root.querySelector('[data-fact="fit"]')!;
    expect(chip.getAttribute('data-best')).toBe('true');
    expect(chip.textContent).toContain('best fit · 7.1 GB');
    expect(root.querySelector('[data-fact="download"]')).toBeNull(); // the same as the row's size
  });
});
