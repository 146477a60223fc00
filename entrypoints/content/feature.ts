import type { Translator } from '../../components/i18n';
import type { Detector } from '../../lib/page/detect';
import type { Settings } from '../../lib/settings/settings';

/** What a feature gets for one page view; `signal` aborts when the user navigates away. */
export interface FeatureContext {
  url: URL;
  signal: AbortSignal;
  settings: Settings;
  i18n: Translator;
}

/**
 * One thing Model Lens does on huggingface.co, declared with the page types it runs on (refined-github style):
 * one file per feature under features/, listed in features/index.ts.
 */
export interface Feature<Early = unknown> {
  id: string;
  /** Runs when any of these detectors matches the page URL. */
  include: readonly Detector[];
  /** Never runs where any of these matches. */
  exclude?: readonly Detector[];
  /** Whether the user's settings let it run. */
  enabled: (settings: Settings) => boolean;
  /**
   * Work that needs neither settings nor language (asking the background), started at content-script start
   * while the settings load, for the page the script started on; its result is handed to `run`.
   */
  prefetch?(url: URL): Early;
  /**
   * Space the feature's UI will take, reserved on the page the script started on before the settings arrive; returns
   * the function that gives it back when the feature does not run there.
   */
  reserve?(url: URL): () => void;
  /**
   * Runs as soon as the settings arrive, while the page may still be parsing (the content script starts at
   * document_start): the feature watches for its own elements. Other features run once the page is parsed.
   */
  early?: boolean;
  run(context: FeatureContext, early?: Early): void | Promise<void>;
}

export function shouldRun(feature: Feature, url: URL, settings: Settings): boolean {
  if (!feature.enabled(settings)) return false;
  if (feature.exclude?.some((detector) => detector(url))) return false;
  return feature.include.some((detector) => detector(url));
}
