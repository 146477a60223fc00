import { engine } from '../../knowledge/engine-lists';
import { notAModel, otherKind } from './shared';
import type { ServingEngineModule, ServingInput } from './types';

// Diffusers: image and video generation. A repo in diffusers format (model_index.json; the Hub tags it
// `diffusers:<Pipeline>`) loads with DiffusionPipeline.from_pretrained when diffusers ships its pipeline class
// (src/diffusers/pipelines/__init__.py); a LoRA loads onto its base pipeline.

const PIPELINE_TAG = 'diffusers:';

function pipelineOf(input: ServingInput): string | null {
  const tag = input.hubTags.find((candidate) => candidate.startsWith(PIPELINE_TAG));
  return tag ? tag.slice(PIPELINE_TAG.length) : null;
}

const isDiffusers = (input: ServingInput) => input.library === 'diffusers' || pipelineOf(input) !== null;

/** Pipelines that start from an image (and a mask), not from a prompt alone. */
const FROM_IMAGE = /Img2Img|Edit|Kontext|Inpaint|ImageToVideo|VideoToVideo/;

export const diffusers: ServingEngineModule = {
  id: 'diffusers',
  label: 'Diffusers',
  sourceKey: 'engine_source_diffusers',
  matrix: () => engine('diffusers'),
  serves: (input) => input.category === 'image-generation' || isDiffusers(input),
  judge(input) {
    const name = this.label;
    const notRunnable = notAModel(input, name);
    if (notRunnable) return [notRunnable];
    if (input.category !== 'image-generation' && !isDiffusers(input)) return [otherKind(name, 'kind_images')];
    if (input.adapter) {
      if (input.baseModel)
        return [{ verdict: 'yes', key: 'serving_diffusers_lora', args: [input.baseModel], route: 'adapter' }];
      return [{ verdict: 'unknown', key: 'serving_diffusers_lora_no_base' }];
    }
    if (input.format === 'gguf') return [{ verdict: 'unknown', key: 'serving_diffusers_gguf' }];
    const pipeline = pipelineOf(input);
    if (pipeline) {
      // The Hub's tags come lower-cased: the class name is given as diffusers spells it.
      const shipped = (this.matrix().extra.pipelines ?? []).find(
        (name) => name.toLowerCase() === pipeline.toLowerCase(),
      );
      return [
        shipped
          ? { verdict: 'yes', key: 'serving_diffusers_pipeline', args: [shipped], route: 'direct' }
          : { verdict: 'unknown', key: 'serving_diffusers_custom_pipeline', args: [pipeline] },
      ];
    }
    if (input.library === 'diffusers') return [{ verdict: 'yes', key: 'serving_diffusers_library', route: 'direct' }];
    return [{ verdict: 'unknown', key: 'serving_diffusers_format_unknown' }];
  },
  command({ facts, id, verdict }) {
    const pipeline = verdict.reasonKey === 'serving_diffusers_pipeline' ? (verdict.reasonArgs?.[0] ?? '') : '';
    const video = /video/.test(facts.task ?? '') || /Video|Wan|AnyFlow|Helios/.test(pipeline);
    const fromImage = FROM_IMAGE.test(pipeline) || facts.task === 'image-to-image' || facts.task === 'image-to-video';
    const base = verdict.route === 'adapter' ? facts.baseModel : id;
    if (!base) return null;
    const inputs = fromImage
      ? `, image=load_image("input.png")${/Inpaint/.test(pipeline) ? ', mask_image=load_image("mask.png")' : ''}`
      : '';
    const save = video ? 'export_to_video(result.frames[0], "out.mp4", fps=16)' : 'result.images[0].save("out.png")';
    const imports = [fromImage ? 'load_image' : '', video ? 'export_to_video' : ''].filter(Boolean);
    return [
      "python - <<'PY'",
      'import torch',
      'from diffusers import DiffusionPipeline',
      ...(imports.length > 0 ? [`from diffusers.utils import ${imports.join(', ')}`] : []),
      `pipe = DiffusionPipeline.from_pretrained("${base}", torch_dtype=torch.bfloat16).to("cuda")`,
      ...(verdict.route === 'adapter' ? [`pipe.load_lora_weights("${id}")`] : []),
      `result = pipe("a photo of a cat"${inputs})`,
      save,
      'PY',
    ].join('\n');
  },
};
