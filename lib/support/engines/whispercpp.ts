import { engine, listsArchitecture, listsModelType } from '../../knowledge/engine-lists';
import { notAModel, otherKind } from './shared';
import { download } from './command-parts';
import type { ServingEngineModule, ServingInput } from './types';

// whisper.cpp: Whisper-family speech recognition in its own ggml format. OpenAI's checkpoints are published ready
// converted (huggingface.co/ggerganov/whisper.cpp, models/README.md); fine-tunes in Transformers format convert with
// models/convert-h5-to-ggml.py.

const READY_REPO = 'ggerganov/whisper.cpp';

function isWhisper(input: ServingInput): boolean {
  if (input.modelType && listsModelType('whispercpp', input.modelType)) return true;
  return input.architecture !== null && listsArchitecture('whispercpp', input.architecture);
}

/** The ready ggml file of one of OpenAI's own checkpoints (openai/whisper-large-v3 → large-v3), else null. */
function readyModel(input: Pick<ServingInput, 'id'>): string | null {
  const match = /^openai\/whisper-(.+)$/i.exec(input.id ?? '');
  const size = match?.[1]?.toLowerCase() ?? null;
  return size && (engine('whispercpp').extra.ready_ggml_models ?? []).includes(size) ? size : null;
}

const CLI = 'whisper-cli';

export const whispercpp: ServingEngineModule = {
  id: 'whispercpp',
  label: 'whisper.cpp',
  sourceKey: 'engine_source_whispercpp',
  matrix: () => engine('whispercpp'),
  judgesById: (id) => readyModel({ id }) !== null,
  serves: (input) => isWhisper(input) || (input.category === 'speech' && input.format === 'ggml'),
  judge(input) {
    const name = this.label;
    const notRunnable = notAModel(input, name);
    if (notRunnable) return [notRunnable];
    if (input.category === 'speech' && input.format === 'ggml')
      return [{ verdict: 'yes', key: 'serving_whispercpp_ggml', route: 'direct' }];
    if (!isWhisper(input)) return [otherKind(name, 'kind_whisper')];
    if (input.adapter) return [{ verdict: 'unknown', key: 'serving_whispercpp_adapter' }];
    if (input.format !== null && !['fp16', 'bf16', 'fp32'].includes(input.format))
      return [{ verdict: 'no', key: 'serving_format_unsupported', args: [name, input.format] }];
    const ready = readyModel(input);
    if (ready)
      return [{ verdict: 'yes', key: 'serving_whispercpp_ready', args: [`ggml-${ready}.bin`], route: 'convert' }];
    return [{ verdict: 'yes', key: 'serving_whispercpp_convert', route: 'convert' }];
  },
  command({ facts, id, verdict }) {
    if (verdict.reasonKey === 'serving_whispercpp_ready') {
      const file = verdict.reasonArgs?.[0] ?? '';
      return `hf download ${READY_REPO} ${file} --local-dir models\n${CLI} -m models/${file} -f audio.wav`;
    }
    if (verdict.route === 'direct') {
      const file = facts.file ?? 'ggml-*.bin';
      return `${download(id, facts.name, file)}\n${CLI} -m ${facts.name}/${facts.file ?? '<the ggml-….bin file>'} -f audio.wav`;
    }
    return [
      'git clone https://github.com/ggml-org/whisper.cpp && git clone https://github.com/openai/whisper',
      download(id, facts.name),
      `python3 whisper.cpp/models/convert-h5-to-ggml.py ${facts.name} whisper .  # writes ggml-model.bin`,
      `${CLI} -m ggml-model.bin -f audio.wav`,
    ].join('\n');
  },
};
