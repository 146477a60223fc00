import { engine } from '../../knowledge/engine-lists';
import { transformersArchCategory } from '../../knowledge/categories';
import { formatSupport, notAModel, otherKind } from './shared';
import type { ServingEngineModule, ServingInput } from './types';

// Sentence Transformers: SentenceTransformer loads any Transformers encoder (mean pooling when the repo has no
// modules.json), CrossEncoder loads rerankers (sequence-classification heads).

const LIBRARY = 'sentence-transformers';
const isLibrary = (input: ServingInput) => input.library === LIBRARY || input.hubTags.includes(LIBRARY);
const isReranker = (input: ServingInput) =>
  input.category === 'nlp' && /ForSequenceClassification$/.test(input.architecture ?? '');

export const sentenceTransformers: ServingEngineModule = {
  id: 'sentence-transformers',
  label: 'Sentence Transformers',
  sourceKey: 'engine_source_sentence_transformers',
  matrix: () => engine('sentence-transformers'),
  serves: (input) => input.category === 'embedding' || isLibrary(input) || isReranker(input),
  judge(input) {
    const name = this.label;
    const notRunnable = notAModel(input, name);
    if (notRunnable) return [notRunnable];
    if (input.category !== 'embedding' && !isLibrary(input) && !isReranker(input))
      return [otherKind(name, 'kind_embedding')];
    if (formatSupport(this.matrix(), input.format) !== 'loads')
      return [{ verdict: 'no', key: 'serving_format_unsupported', args: [name, input.format ?? ''] }];
    if (isReranker(input)) return [{ verdict: 'yes', key: 'serving_st_cross_encoder', route: 'direct' }];
    if (isLibrary(input)) return [{ verdict: 'yes', key: 'serving_st_library', route: 'direct' }];
    const arch = input.architecture;
    if (arch && input.architectureFromHub && transformersArchCategory(arch))
      return [{ verdict: 'yes', key: 'serving_st_mean_pooling', args: [arch], route: 'direct' }];
    return [{ verdict: 'unknown', key: 'serving_st_unknown' }];
  },
  command({ id, verdict }) {
    const cross = verdict.reasonKey === 'serving_st_cross_encoder';
    return [
      "python - <<'PY'",
      cross
        ? 'from sentence_transformers import CrossEncoder'
        : 'from sentence_transformers import SentenceTransformer',
      cross ? `model = CrossEncoder("${id}")` : `model = SentenceTransformer("${id}")`,
      cross
        ? 'print(model.predict([("How old is the Earth?", "The Earth is about 4.5 billion years old.")]))'
        : 'print(model.encode(["Hello world", "Model Lens"]).shape)',
      'PY',
    ].join('\n');
  },
};
