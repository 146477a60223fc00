import type { FitVerdict, MemoryFacts } from '../../lib/facts/memory';
import type { Facts } from '../../lib/facts/schema';
import { FIT_TONES, fitMeaning, formatContext, formatGB } from '../../lib/present/memory-labels';
import { openOptions } from '../../utils/open-options';
import { useI18n } from '../i18n';

type Row = { id: string; label: string; bytes: number | null; detail?: string; verdict?: FitVerdict | null };

/**
 * What running and fine-tuning the model take, from the background's estimate (facts.memory): each part with where
 * it comes from, and the fit verdicts for the user's hardware. Nothing when the size is unknown; without a hardware
 * profile, one quiet link to set it.
 */
export function Memory({ facts }: { facts: Facts }) {
  const { t, say } = useI18n();
  const memory = facts.memory;
  if (!memory) return null;
  const context = formatContext(memory.contextTokens);
  const file = memory.file ?? null;
  const rows: Row[] = [
    // A GGUF repo's weights are the chosen file's.
    file
      ? {
          id: 'file',
          label: t('memory2_row_file', [file.level ?? file.path]),
          bytes: file.bytes,
          detail: file.exact ? t('memory2_download_file') : t('memory2_size_estimated'),
        }
      : {
          id: 'weights',
          label: t('memory_weights'),
          bytes: memory.weightsBytes,
          detail: t(`fit_source_${memory.weightsSource.replace(/-/g, '_')}`),
        },
    { id: 'kv', label: t('fit_row_kv', [context, memory.kvType]), bytes: memory.kvBytes },
    { id: 'projector', label: t('fit_row_projector'), bytes: memory.projectorBytes },
    { id: 'overhead', label: t('fit_row_overhead'), bytes: memory.overheadBytes },
    {
      id: 'inference',
      label: t('fit_row_inference', [context]),
      bytes: memory.inferenceBytes,
      verdict: memory.fit?.verdict,
    },
    { id: 'download', label: t('fit_row_download'), bytes: memory.downloadBytes },
  ];
  // vLLM's own allocation, where vLLM serves the model at all.
  const vllm = facts.serving.vllm?.verdict !== 'no' ? (memory.vllm ?? null) : null;
  const chosen = memory.notes?.file ?? null;
  const vllmText = vllm && (memory.notes?.vllm ?? null);
  const meaning = fitMeaning(memory);
  const trains =
    memory.training !== null &&
    [memory.training.full, memory.training.lora, memory.training.qlora].some((bytes) => bytes !== null);
  return (
    <section data-memory>
      <h3>{t('sheet_memory')}</h3>
      {chosen && file && (
        <p class="note" data-best-file={file.path} data-level={file.level ?? ''}>
          {say(chosen)}
        </p>
      )}
      <MemoryTable rows={rows} />
      {vllmText && (
        <p class="note" data-vllm-note={vllm!.verdict}>
          {say(vllmText)}
        </p>
      )}
      {meaning && (
        <p class="note" data-fit-note>
          {say(meaning)}
        </p>
      )}
      {!memory.fit && (
        <p class="note" data-set-gpu>
          <button type="button" class="set-gpu" onClick={openOptions}>
            {t('fit_set_gpu')}
          </button>{' '}
          {t('fit_set_gpu_hint')}
        </p>
      )}
      <Downloads memory={memory} />
      {/* The first screen answers "does it run here"; fine-tuning figures and how they were worked out wait a click. */}
      <details data-disclosure="memory-details">
        <summary>{t(trains ? 'fit_details' : 'fit_details_basis')}</summary>
        <Training memory={memory} />
        {facts.maxContext !== null && facts.maxContext > 0 && (
          <p class="note">{t('fit_context_max', [facts.maxContext.toLocaleString('en-US')])}</p>
        )}
        {memory.basis.length > 0 && (
          <ul class="note">
            {memory.basis.map((line, index) => (
              <li key={index}>{say(line)}</li>
            ))}
          </ul>
        )}
      </details>
    </section>
  );
}

/** Full / LoRA / QLoRA for the route the Axolotl verdict names (its trainable base for GGUF or AWQ repos). */
function Training({ memory }: { memory: MemoryFacts }) {
  const { t } = useI18n();
  const training = memory.training;
  if (!training) return null;
  const rows: Row[] = (['full', 'lora', 'qlora'] as const).map((kind) => ({
    id: `train-${kind}`,
    label: t(`memory_${kind}`),
    bytes: training[kind],
    verdict: training.fit?.[kind] ?? null,
  }));
  if (rows.every((row) => row.bytes === null)) return null;
  return (
    <>
      <h4 class="memory-title">{t('fit_training_for', [training.model])}</h4>
      <MemoryTable rows={rows} />
    </>
  );
}

/** What one downloads per precision or ready file, largest first, each with where its size comes from. */
function Downloads({ memory }: { memory: MemoryFacts }) {
  const { t } = useI18n();
  const downloads = memory.downloads ?? [];
  if (downloads.length === 0) return null;
  return (
    <details data-disclosure="memory-downloads">
      <summary>{t('memory2_downloads')}</summary>
      <ul class="note" data-downloads>
        {downloads.map((d, index) => (
          <li key={index} data-download={d.parts ? `${d.label}-of-${d.parts}` : d.label} data-value={d.bytes}>
            {d.label} · {formatGB(d.bytes)} ({d.parts ? `${t('memory2_download_parts', [d.parts])}, ` : ''}
            {t(`memory2_download_${d.source.replace('-', '_')}`)}
            {d.own && !memory.file ? `, ${t('memory2_download_own')}` : ''})
          </li>
        ))}
      </ul>
    </details>
  );
}

function MemoryTable({ rows }: { rows: readonly Row[] }) {
  const { t } = useI18n();
  return (
    <table class="memory">
      <tbody>
        {rows.map((row) => {
          const text = formatGB(row.bytes);
          if (!text || row.bytes === 0) return null;
          return (
            <tr key={row.id} data-memory-row={row.id} data-value={String(Math.round(row.bytes!))}>
              <td>
                {row.label}
                {row.detail && <span class="note weights-source">{row.detail}</span>}
              </td>
              <td class="bytes">{text}</td>
              <td class="fit">
                {row.verdict && (
                  <span class={`pill tone-${FIT_TONES[row.verdict]}`} data-fit={row.verdict}>
                    {t(`fit_verdict_${row.verdict}`)}
                  </span>
                )}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
