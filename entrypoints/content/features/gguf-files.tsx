import { GgufFileBadge } from '../../../components/GgufFileBadge';
import { FILES_LIST } from '../../../lib/page/anchors';
import { isModelFiles } from '../../../lib/page/detect';
import { readGgufFileName } from '../../../lib/quant/gguf-file';
import { createHost } from '../dom/mount';
import { eachIsolated } from '../dom/isolate';
import { observeMutations } from '../dom/observe';
import type { Feature, FeatureContext } from '../feature';

// The Files tab of a GGUF repo: each .gguf row shows its quant level, bits per weight and quality tier; projector
// (mmproj) files and shards (-00001-of-00003) are named as such.

export const ggufFiles: Feature = {
  id: 'gguf-files',
  include: [isModelFiles],
  enabled: (settings) => settings.files,
  run,
};

function run(context: FeatureContext): void {
  const { signal } = context;
  const scan = () => {
    const list = document.querySelector(FILES_LIST) ?? document.body;
    eachIsolated(list.querySelectorAll<HTMLAnchorElement>('a[href*="/blob/"]'), (link) => {
      const href = link.getAttribute('href') ?? '';
      if (!/\.gguf(?:$|\?)/i.test(href)) return;
      if (link.nextElementSibling?.hasAttribute('data-model-lens-file')) return;
      const info = readGgufFileName(decodePath(href.split('?')[0]!));
      if (!info) return;
      const mounted = createHost('span', { 'data-model-lens-file': info.file }, 'file', context.i18n);
      link.after(mounted.host);
      mounted.render(<GgufFileBadge info={info} />);
    }, 'a file link');
  };
  scan();
  observeMutations(document.documentElement, signal, scan);
  signal.addEventListener('abort', () => {
    for (const host of document.querySelectorAll('[data-model-lens-file]')) host.remove();
  }, { once: true });
}

/** A link's path decoded; with a broken percent escape, as written (its name then reads as what it is). */
function decodePath(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}
