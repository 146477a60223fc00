import { engine, listsModelType, normalizeModelType } from '../../knowledge/engine-lists';
import { formatSupport, notAModel, otherKind } from './shared';
import type { ServingEngineModule, ServingInput } from './types';

// Text Embeddings Inference: embedding and reranking models; dispatches on config.model_type
// (backends/candle/src/lib.rs); sequence-classification (reranker) heads for the types its README lists.

const EMBEDDING_KINDS: ReadonlySet<string> = new Set(['embedding', 'nlp']);
const isClassifier = (input: ServingInput) => /For(Sequence|Text)Classification$/.test(input.architecture ?? '');

export const tei: ServingEngineModule = {
  id: 'tei',
  label: 'TEI',
  sourceKey: 'engine_source_tei',
  matrix: () => engine('tei'),
  serves: (input) => input.category === 'embedding' || (input.category === 'nlp' && isClassifier(input)),
  judge(input) {
    const name = this.label;
    const notRunnable = notAModel(input, name);
    if (notRunnable) return [notRunnable];
    if (!EMBEDDING_KINDS.has(input.category)) return [otherKind(name, 'kind_embedding')];
    if (formatSupport(this.matrix(), input.format) !== 'loads')
      return [{ verdict: 'no', key: 'serving_format_unsupported', args: [name, input.format ?? ''] }];
    if (input.adapter) return [{ verdict: 'no', key: 'serving_tei_adapter' }];
    const modelType = input.modelType;
    if (!modelType) return [{ verdict: 'unknown', key: 'serving_format_ok_arch_unknown', args: [name] }];
    if (!listsModelType('tei', modelType))
      return [{ verdict: 'no', key: 'serving_model_type_unlisted', args: [name, modelType] }];
    if (isClassifier(input)) {
      const reranks = (this.matrix().extra.classifier_model_types ?? []).some(
        (type) => normalizeModelType(type) === normalizeModelType(modelType),
      );
      return [
        reranks
          ? { verdict: 'yes', key: 'serving_tei_reranker', args: [modelType], route: 'direct' }
          : { verdict: 'unknown', key: 'serving_tei_classifier_unlisted', args: [modelType] },
      ];
    }
    if (input.category !== 'embedding') return [otherKind(name, 'kind_embedding')];
    return [
      {
        verdict: 'yes',
        key: 'serving_model_type_listed',
        args: [name, modelType, input.architecture ?? ''],
        route: 'direct',
      },
    ];
  },
  command({ facts, id }) {
    // The container downloads the weights itself: a gated repo's token goes in through the environment.
    const token = facts.hub.gated ? '-e HF_TOKEN=$(cat ~/.cache/huggingface/token) ' : '';
    return `docker run ${token}--gpus all -p 8080:80 -v $PWD/data:/data --pull always \\\n  ghcr.io/huggingface/text-embeddings-inference:cuda-1.9 --model-id ${id}`;
  },
};
