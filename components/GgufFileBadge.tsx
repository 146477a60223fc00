import type { GgufFileInfo } from '../lib/quant/gguf-file';
import { useI18n } from './i18n';

/** Beside a .gguf file in the Files tab: its quant level, bits per weight and quality tier (or projector / shard). */
export function GgufFileBadge({ info }: { info: GgufFileInfo }) {
  const { t } = useI18n();
  // The first part always shows; the details give way to the file name on narrow screens (lens.css).
  const parts: string[] = [];
  if (info.sidecar) parts.push(t('gguf_sidecar', [info.sidecar]));
  if (info.level) parts.push(info.level.name, t('gguf_bpw', [info.level.bpw]), t(`quality_${info.level.quality.replace(/-/g, '_')}`));
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
    </span>
  );
}

function qualityTone(quality: string): string {
  if (quality === 'very-low' || quality === 'low') return 'tone-no';
  if (quality === 'fair' || quality === 'good') return 'tone-partial';
  return 'tone-yes';
}
