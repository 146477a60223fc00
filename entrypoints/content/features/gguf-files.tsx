import { GgufFileBadge } from '../../../components/GgufFileBadge';
import type { MemoryFacts } from '../../../lib/facts/memory';
import { modelFromHeaderProps } from '../../../lib/hub/page-data';
import { FILES_LIST, MODEL_HEADER } from '../../../lib/page/anchors';
import { getModelIdFromUrl, isModelFiles } from '../../../lib/page/detect';
import { readHubFileSize } from '../../../lib/page/file-size';
import { bestFit } from '../../../lib/present/memory-labels';
import { readGgufFileName, type GgufFileInfo } from '../../../lib/quant/gguf-file';
import { askBackground } from '../../../utils/background-client';
import { createHost, type Mounted } from '../dom/mount';
import { eachIsolated } from '../dom/isolate';
import { observeMutations } from '../dom/observe';
import type { Feature, FeatureContext } from '../feature';

// The Files tab of a GGUF repo: each .gguf row shows its quant level, bits per weight and quality tier; projector
// (mmproj) files and shards (-00001-of-00003) are named as such. Each file's size is read from its row, and one request
// per scan asks the background what each file needs at the user's context and whether it fits their hardware (the
// background adds projectors to the model they serve and counts all shards of a split model).

export const ggufFiles: Feature = {
  id: 'gguf-files',
  include: [isModelFiles],
  enabled: (settings) => settings.files,
  run,
};

const SHARD = /-\d{5}-of-\d{5}\.gguf$/i;

interface BadgedFile {
  mounted: Mounted;
  info: GgufFileInfo;
  bytes: number | null;
}

function run(context: FeatureContext): void {
  const { signal } = context;
  const badged = new Map<string, BadgedFile>(); // by path in the repo
  const fits = new Map<string, MemoryFacts>();
  let best: string | null = null;
  /** A split model's download is all its parts, once every part's row is on the page. */
  const splitBytes = (path: string, file: BadgedFile): number | null => {
    if (!file.info.shard) return null;
    const stem = path.replace(SHARD, '');
    const parts = [...badged].filter(([other, part]) => part.info.shard && other.replace(SHARD, '') === stem);
    return parts.length === file.info.shard.count && parts.every(([, part]) => part.bytes)
      ? parts.reduce((sum, [, part]) => sum + part.bytes!, 0)
      : null;
  };
  const draw = (path: string, file: BadgedFile) =>
    file.mounted.render(
      <GgufFileBadge
        info={file.info}
        sizeBytes={file.bytes}
        downloadBytes={splitBytes(path, file)}
        memory={fits.get(path)}
        best={path === best}
      />,
    );
  const askFits = async () => {
    const id = getModelIdFromUrl(context.url);
    const files = [...badged].flatMap(([path, file]) => (file.bytes ? [{ path, bytes: file.bytes }] : []));
    if (!id || files.length === 0) return;
    const embedded = context.settings.hubData
      ? modelFromHeaderProps(document.querySelector(MODEL_HEADER)?.getAttribute('data-props'))
      : null;
    const answers = await askBackground({ type: 'fileFits', id, hub: embedded ?? undefined, files });
    if (signal.aborted || !Array.isArray(answers)) return;
    best = bestFit(answers);
    for (const answer of answers) {
      const file = answer && badged.get(answer.path);
      if (!file || !answer.memory) continue;
      fits.set(answer.path, answer.memory);
      if (file.mounted.host.isConnected) draw(answer.path, file);
    }
  };
  const scan = () => {
    let added = false;
    const list = document.querySelector(FILES_LIST) ?? document.body;
    eachIsolated(
      list.querySelectorAll<HTMLAnchorElement>('a[href*="/blob/"]'),
      (link) => {
        const href = link.getAttribute('href') ?? '';
        if (!/\.gguf(?:$|\?)/i.test(href)) return;
        if (link.nextElementSibling?.hasAttribute('data-model-lens-file')) return;
        const info = readGgufFileName(decodePath(href.split('?')[0]!));
        if (!info) return;
        const mounted = createHost('span', { 'data-model-lens-file': info.file }, 'file', context.i18n);
        link.after(mounted.host);
        const path = decodePath(href.split('?')[0]!.replace(/^.*?\/blob\/[^/]+\//, ''));
        const file = {
          mounted,
          info,
          bytes: readHubFileSize(link.closest('li')?.querySelector('a[title="Download file"]')?.textContent),
        };
        badged.set(path, file);
        draw(path, file);
        added = true;
      },
      'a file link',
    );
    if (added) for (const [path, file] of badged) if (file.info.shard) draw(path, file);
    // One request per scan that found files; without an answer (the extension reloaded) the badges stay.
    if (added) askFits().catch(() => {});
  };
  scan();
  observeMutations(document.documentElement, signal, scan);
  signal.addEventListener(
    'abort',
    () => {
      for (const host of document.querySelectorAll('[data-model-lens-file]')) host.remove();
    },
    { once: true },
  );
}

/** A link's path decoded; with a broken percent escape, as written (its name then reads as what it is). */
function decodePath(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}
