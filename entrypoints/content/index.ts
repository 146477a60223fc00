import { defineContentScript } from 'wxt/utils/define-content-script';
import type { Translator } from '../../components/i18n';
import { translator } from '../../lib/i18n/translator';
import { readSettings, type Settings } from '../../lib/settings/settings';
import { browserLanguage } from '../../utils/browser-language';
import { askBackground } from '../../utils/background-client';
import { loadTranslator } from '../../utils/language';
import { watchSettings } from '../../utils/settings-watch';
import { browser } from 'wxt/browser';
import { reportFailure } from './dom/isolate';
import { watchLocation } from './dom/location';
import { setStyles, syncThemes } from './dom/mount';
import { domReady, observeMutations } from './dom/observe';
import { shouldRun, type FeatureContext } from './feature';
import { FEATURES } from './features';

export default defineContentScript({
  matches: ['https://huggingface.co/*'],
  // Before the page is parsed: the model page's row takes its place as the header appears (issue 14, goal 2); features
  // that are not `early` wait for the parsed page.
  runAt: 'document_start',
  // WXT's context would post a "content-script-started" message naming the extension's ID to the page, and stop
  // the script when the page replays it: Model Lens neither posts it nor uses the context (its location watcher and
  // invalidation listen to that event). Its own lifetime is `life` below.
  noScriptStartedPostMessage: true,
  async main() {
    // User Timing marks: Model Lens's cost shows in DevTools' Performance panel (and `npm run bench:page` reads them).
    performance.mark('model-lens:start');
    let href = location.href;
    // Before the settings arrive, for the page the script started on: the background is asked at once (both answers
    // travel at the same time), and the space the page's UI will take is reserved as the page is parsed (given back
    // where the feature does not run).
    const early = new Map<string, unknown>();
    const reserved = new Map<string, () => void>();
    for (const feature of FEATURES) {
      if (!feature.include.some((detector) => detector(href))) continue;
      try {
        if (feature.prefetch) early.set(feature.id, feature.prefetch(new URL(href)));
        if (feature.reserve) reserved.set(feature.id, feature.reserve(new URL(href)));
      } catch (error) {
        report(feature.id, error);
      }
    }
    const release = (id: string) => {
      reserved.get(id)?.();
      reserved.delete(id);
    };
    let settings: Settings;
    let i18n: Translator;
    try {
      // Settings and catalog in one answer from the background (which keeps both at hand): one message, no storage read.
      const reply = await askBackground({ type: 'start', browserLanguage: browserLanguage() });
      settings = readSettings(reply.settings);
      i18n = translator(reply.catalog, reply.lang);
      setStyles(reply.styles);
    } catch (error) {
      for (const id of [...reserved.keys()]) release(id);
      return report('start', error); // the extension was reloaded or updated under the page: stay out of the way
    }
    let controller: AbortController | null = null;

    /** Runs every feature that applies to the page; the previous page's work is aborted first. */
    const start = () => {
      controller?.abort();
      controller = new AbortController();
      const url = new URL(href);
      const context: FeatureContext = { url, signal: controller.signal, settings, i18n };
      for (const feature of FEATURES) {
        if (!shouldRun(feature, url, settings)) {
          release(feature.id);
          continue;
        }
        const prefetched = early.get(feature.id);
        early.delete(feature.id); // for the first page only: later pages are other pages
        const runFeature = () => {
          if (context.signal.aborted) return;
          try {
            void Promise.resolve(feature.run(context, prefetched)).catch(
              (error) => context.signal.aborted || report(feature.id, error),
            );
          } catch (error) {
            report(feature.id, error);
          }
        };
        if (feature.early || document.readyState !== 'loading') runFeature();
        // In a task of its own: the one that ends the parse is long enough on a big listing.
        else void domReady().then(() => setTimeout(runFeature, 0));
      }
    };

    // Ends only when the extension itself goes away (updated or removed under the page): nothing the page does.
    const life = new AbortController();
    start();
    watchLocation(life.signal, (next) => {
      if (!browser.runtime?.id) return life.abort();
      href = next;
      for (const id of [...reserved.keys()]) release(id); // the first page's space, if its row never took it
      start();
    });
    // Options apply to open tabs at once: re-run with the new settings.
    const unwatch = watchSettings((next) => {
      const language = next.language === settings.language ? Promise.resolve(i18n) : loadTranslator(next.language);
      language.then(
        (loaded) => {
          i18n = loaded;
          settings = next;
          start();
        },
        (error: unknown) => report('settings', error),
      );
    });
    // The page's light / dark theme, followed by every host.
    const themeWatch = new AbortController();
    void domReady().then(() => {
      syncThemes(); // hosts placed while the page was parsed
      observeMutations(document.documentElement, themeWatch.signal, syncThemes, {
        attributes: true,
        attributeFilter: ['class'],
      });
    });
    life.signal.addEventListener(
      'abort',
      () => {
        controller?.abort();
        themeWatch.abort();
        unwatch();
      },
      { once: true },
    );
  },
});

/** A feature's failure must not break the page: no badge beats a broken page. */
const report = reportFailure;
