// The legend for category strengths and confidences: every name reading that suggests a category does so with a
// strength (the strongest plausible suggestion wins), and the winner gets a confidence (0–1) that ranks name-only
// guesses against each other. The numbers are the ones tuned against the corpus
// (tests/lib/classify/corpus-accuracy.test.ts); only their order and the thresholds below matter.

/** How strongly a reading suggests a category: the strongest plausible candidate wins. */
export const STRENGTH = {
  /** Hub data (pipeline tag, architecture class, library): above every reading of the name. */
  hub: 10,
  /** Decides alone: an org that publishes one kind only (timm), a word that names the task (embed, rerank). */
  decisive: 6,
  /** A family or word that names one kind of model (Whisper, FLUX, BGE, `asr`, `tts`): sure, but a decisive word wins. */
  sure: 5,
  /** Image-text dual encoders (CLIP, SigLIP): above the `vision` words in their names, below a sure family. */
  dualEncoder: 4.5,
  /** A specialised family (vision backbones, translation) or a modality word (`vl`, `omni`, `audio`, `ocr`). */
  specialised: 4,
  /** Publishers of diffusion models: image generators unless a sure word says otherwise. */
  diffusionOrg: 3.5,
  /** Encoder families (BERT, T5) and task words that several kinds share (`vision`, `nli`, `segmentation`). */
  shared: 3,
  /** A publisher of compiled language-model weights (mlc-ai). */
  repackagerOrg: 2.5,
  /** An LLM family: any task word (vl, embed, asr…) outranks it. */
  llmFamily: 2,
  /** A folder layout that implies the kind (Diffusers): as weak as an LLM family. */
  layout: 2,
  /** A fine-tune series (Hermes) yields to the base family named beside it. */
  derivative: 1.9,
  /** Words for a generic language model (`llm`, `lm`, `gpt`): any family outranks them. */
  languageModelWord: 1.5,
  /** Words that name a medium (`image`, `video`): below every family. */
  mediumWord: 1.3,
  /** A size in billions and nothing else says "a language model": beats a mixed org's hint. */
  sizeAlone: 1.2,
  /** A publisher that leans to one kind but publishes others too (embedding labs). */
  orgLean: 1,
  /** No candidate at all: the category is a fallback guess from a small size, a format or a stage word. */
  fallback: 0.5,
} as const;

/** How likely a category is right (0–1), by where it came from; Hub data scores 1. */
export const CONFIDENCE = {
  /** Hub data. */
  hub: 1,
  /** An org whose repos are all one kind (strength ≥ sure). */
  decisiveOrg: 0.95,
  /** A word that names the kind (strength ≥ sure). */
  sureWord: 0.92,
  /** A specialised family (strength ≥ specialised). */
  specialisedFamily: 0.9,
  /** A modality word (strength ≥ specialised). */
  specialisedWord: 0.88,
  /** An LLM family (strength ≥ llmFamily). */
  llmFamily: 0.85,
  /** An org that leans to one kind (strength ≥ repackagerOrg), or a fine-tune series below an LLM family. */
  leaning: 0.8,
  /** A task word or family that several kinds share (strength ≥ shared). */
  shared: 0.75,
  /** A weak word (`llm`, `image`): below shared strength. */
  weakWord: 0.6,
  /** A size in billions and nothing else. */
  sizeAlone: 0.55,
  /**
   * Even odds: a weakly leaning org, a bare encoder (BERT, T5: classifier or embedder alike), a multimodal family
   * republished (often text-only), an LLM-only format with no other hint.
   */
  evenOdds: 0.5,
  /** A multimodal family's variant read from a name with unexplained words; a size under 1B with no other hint. */
  doubtful: 0.45,
  /** A stage word (instruct, chat) with no other hint. */
  stageWord: 0.4,
  /** From this score up, a name-only category's evidence says "medium"; below, "low". */
  mediumEvidence: 0.8,
} as const;
