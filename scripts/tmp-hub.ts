import { readFileSync } from 'node:fs';
import { classify } from '../lib/classify/classify';
const rows = readFileSync('tests/fixtures/corpus/dev.jsonl', 'utf8').trim().split('\n').map((l) => JSON.parse(l));
const norm = (c: string) => (c === 'nlp' || c === 'other' ? 'other' : c);
let n = 0, ok = 0, vn = 0, vok = 0;
for (const r of rows) {
  const L = r.labels;
  const hub: any = { id: r.id };
  if (L.pipeline_tag) hub.pipeline_tag = L.pipeline_tag;
  if (L.architectures) hub.config = { architectures: L.architectures };
  if (L.category && (L.pipeline_tag || L.architectures)) {
    const f: any = classify(r.id, hub); n++;
    if (norm(f.category) === norm(L.category)) ok++; else console.log('CAT', r.id, f.category, L.category, L.pipeline_tag, L.architectures);
  }
  const vllmSrc = (r.sources ?? []).some((s: any) => s.source.startsWith('vllm-project/vllm:docs/models/supported_models.md'));
  if (vllmSrc && L.architectures) {
    const f: any = classify(r.id, { id: r.id, config: { architectures: L.architectures } }); vn++;
    if (f.serving.vllm.verdict === 'yes') vok++; else console.log('VLLM', r.id, L.architectures, f.serving.vllm.reason);
  }
}
console.log(`hub category ${ok}/${n} = ${(100 * ok / n).toFixed(2)}%; vllm yes ${vok}/${vn}`);
