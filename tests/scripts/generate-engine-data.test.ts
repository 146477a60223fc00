import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { transformersArchCategory } from '../../lib/knowledge/categories';
import { ENGINE_MATRIX } from '../../lib/knowledge/generated/engine-matrix';
import { ENGINE_IDS } from '../../lib/knowledge/engine-types';
import { findGgufLevel } from '../../lib/knowledge/gguf-levels';

const dataUrl = (file: string) => new URL(`../../scripts/data/${file}`, import.meta.url);
const support = JSON.parse(readFileSync(dataUrl('engine-support.json'), 'utf8'));
const archTable = JSON.parse(readFileSync(dataUrl('transformers-arch-categories.json'), 'utf8'));

describe('generated engine data', () => {
  test('lib/ is in sync with scripts/data (npm run generate:engines -- --check)', () => {
    const output = execFileSync(process.execPath, ['--import', 'tsx', 'scripts/generate-engine-data.ts', '--check'], {
      encoding: 'utf8',
    });
    expect(output).toContain('up to date');
  });

  test('every engine keeps its source repository and commit', () => {
    for (const id of ENGINE_IDS) {
      const { source } = ENGINE_MATRIX[id];
      expect(source.repo).toMatch(/^[\w.-]+\/[\w.-]+$/);
      if (id !== 'transformers') expect(source.commit).toMatch(/^[0-9a-f]{40}$/);
    }
    expect(ENGINE_MATRIX.vllm.source.commit).toBe(support.engines.vllm.source.commit);
  });

  test("architecture lists are the source's, in full", () => {
    expect(ENGINE_MATRIX.vllm.architectures).toEqual(support.engines.vllm.architectures);
    expect(ENGINE_MATRIX.llamacpp.multimodalArchitectures).toEqual(
      support.engines['llama.cpp'].multimodal_architectures,
    );
    expect(ENGINE_MATRIX.tgi.modelTypes).toEqual(support.engines.tgi.model_types);
    expect(ENGINE_MATRIX.mlx.modelTypes).toEqual(support.engines['mlx-lm'].model_types);
  });

  test('every Transformers class keeps its category', () => {
    const classes = Object.entries(archTable).filter(([name]) => !name.startsWith('_'));
    expect(classes.length).toBe(1408);
    for (const [name, category] of classes) expect([name, transformersArchCategory(name)]).toEqual([name, category]);
  });

  test('every llama.cpp file type is a known GGUF level', () => {
    for (const { name } of support.gguf_quant_types as { name: string }[]) {
      if (name === 'COPY') continue;
      expect([name, findGgufLevel(name)?.name ?? null]).not.toEqual([name, null]);
    }
  });
});
