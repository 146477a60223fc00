import { defineContentScript } from 'wxt/utils/define-content-script';
import { ENGLISH_TRANSLATOR } from '../../components/i18n';
import { DEFAULT_SETTINGS } from '../../lib/settings/settings';
import { syncThemes } from './dom/mount';
import { observeMutations } from './dom/observe';
import { shouldRun } from './feature';
import { FEATURES } from './features';

export default defineContentScript({
  matches: ['https://huggingface.co/*'],
  runAt: 'document_end',
  main(ctx) {
    let controller: AbortController | null = null;
    const start = (href: string) => {
      controller?.abort();
      controller = new AbortController();
      const url = new URL(href);
      const context = { url, signal: controller.signal, settings: { ...DEFAULT_SETTINGS }, i18n: ENGLISH_TRANSLATOR };
      for (const feature of FEATURES) {
        if (!shouldRun(feature, url, context.settings)) continue;
        try {
          void Promise.resolve(feature.run(context)).catch((error) => report(feature.id, error));
        } catch (error) {
          report(feature.id, error);
        }
      }
    };
    start(location.href);
    ctx.addEventListener(window, 'wxt:locationchange', ({ newUrl }) => start(newUrl.href));
    // The page's light / dark theme, followed by every host.
    const themeWatch = new AbortController();
    observeMutations(document.documentElement, themeWatch.signal, syncThemes, { attributes: true, attributeFilter: ['class'] });
    ctx.onInvalidated(() => {
      controller?.abort();
      themeWatch.abort();
    });
  },
});

/** A feature's failure must not break the page: no badge beats a broken page. */
function report(feature: string, error: unknown): void {
  console.debug(`[Model Lens] ${feature} failed`, error);
}
