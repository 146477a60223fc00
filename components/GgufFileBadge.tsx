import type { MemoryFacts } from '../lib/facts/memory';
import { FIT_TONES, fitChipLabel, fitMeaning, formatGB } from '../lib/present/memory-labels';
import type { GgufFileInfo } from '../lib/quant/gguf-file';
import { useI18n } from './i18n';

/**
 * Beside a .gguf file in the Files tab: its quant level, bits per weight and quality tier (or projector / shard); with
 * the background's memory figures for it, whether it fits the user's hardware at their context, and its download.
 */
export function GgufFileBadge({
  info,
  sizeBytes = null,
  downloadBytes = null,
  memory = null,
  best = false,
}: {
  info: GgufFileInfo;
  /** The file's own size (its row says it). */
  sizeBytes?: number | null;
  /** What a user downloads for this model when it is more than the file: all parts of a split model. */
  downloadBytes?: number | null;
  memory?: MemoryFacts | null;
  /** The best file that fits on the GPU among the repo's files (lib/present bestFit). */
  best?: boolean;
}) {
  const { t } = useI18n();
  // The first part always shows; the details give way to the file name on narrow screens (lens.css).
  const parts: string[] = [];
  if (info.sidecar) parts.push(t('gguf_sidecar', [info.sidecar]));
  if (info.level) parts.push(info.level.name, t('gguf_bpw', [info.level.bpw]));
  // A part of a split model says "part 1 of 2" instead of its quality word (its colour and hint still say it), so the
  // file's name keeps room beside the download chip.
  if (info.level && !info.shard) parts.push(t(`quality_${info.level.quality.replace(/-/g, '_')}`));
  if (info.shard) parts.push(t('gguf_shard', [info.shard.index, info.shard.count]));
  const value = info.sidecar ? info.sidecar : info.level ? info.level.name : 'gguf';
  const [first = 'GGUF', ...details] = parts;
  const hint = info.level ? t(`quality_hint_${info.level.quality.replace(/-/g, '_')}`) : undefined;
  return (
    <span class="lens-row card">
      <span
        class={`badge ${info.level ? qualityTone(info.level.quality) : 'tone-unknown'}`}
        data-fact="gguf-file"
        data-value={value}
        data-bits={info.level ? String(info.level.bits) : undefined}
        data-bpw={info.level ? String(info.level.bpw) : undefined}
        data-quality={info.level?.quality}
        data-shard={info.shard ? `${info.shard.index}/${info.shard.count}` : undefined}
        title={hint}
      >
        <span class="sr">{t('gguf_file_label')}: </span>
        {first}
        {details.length > 0 && <span class="detail">{` · ${details.join(' · ')}`}</span>}
        {hint && <span class="sr"> ({hint})</span>}
      </span>
      <FileFitChips sizeBytes={sizeBytes} downloadBytes={downloadBytes} memory={memory} best={best} />
    </span>
  );
}

/**
 * The fit verdict (with a profile), and the bytes to download where they are more than the size the row already shows
 * (all parts of a split model; the estimator's figure when it has one).
 */
function FileFitChips({
  sizeBytes,
  downloadBytes,
  memory,
  best,
}: {
  sizeBytes: number | null;
  downloadBytes: number | null;
  memory: MemoryFacts | null;
  best: boolean;
}) {
  const { t, say } = useI18n();
  const fitted = memory && fitChipLabel(memory);
  const chip = fitted && best ? { ...fitted, key: 'chip_fit_best' } : fitted;
  const meaning = memory && fitMeaning(memory);
  const total = memory?.downloadBytes ?? downloadBytes;
  const download = total && (!sizeBytes || Math.abs(total - sizeBytes) > sizeBytes * 0.01) ? total : null;
  const downloadText = formatGB(download);
  return (
    <>
      {memory?.fit && chip && (
        <span
          class={`badge tone-${FIT_TONES[memory.fit.verdict]}`}
          data-fact="fit"
          data-value={memory.fit.verdict}
          data-needed={String(Math.round(memory.fit.neededBytes))}
          data-best={best ? 'true' : undefined}
          title={meaning ? say(meaning) : undefined}
        >
          <span class="sr">{t('fact_fit')}: </span>
          {say(chip)}
          {meaning && <span class="sr"> ({say(meaning)})</span>}
        </span>
      )}
      {downloadText && download !== null && (
        <span class="badge tone-neutral detail" data-fact="download" data-value={String(Math.round(download))}>
          {t('fit_download', [downloadText])}
        </span>
      )}
    </>
  );
}

function qualityTone(quality: string): string {
  if (quality === 'very-low' || quality === 'low') return 'tone-no';
  if (quality === 'fair' || quality === 'good') return 'tone-partial';
  return 'tone-yes';
}
