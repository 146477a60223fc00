import { estimateMemory, formatBytes } from '../../lib/estimate/memory';
import type { Facts } from '../../lib/facts/schema';
import { useI18n } from '../i18n';

/** What running or fine-tuning the model takes. */
export function Memory({ facts }: { facts: Facts }) {
  const { t, say } = useI18n();
  const memory = estimateMemory(facts);
  if (!memory) return null;
  const rows: [string, number | null][] = [
    [t('memory_weights'), memory.weightsBytes],
    [t('memory_inference'), memory.inferenceBytes],
    [t('memory_full'), memory.training.fullBytes],
    [t('memory_lora'), memory.training.loraBytes],
    [t('memory_qlora'), memory.training.qloraBytes],
  ];
  return (
    <section>
      <h3>{t('sheet_memory')}</h3>
      <table class="memory">
        <tbody>
          {rows.filter(([, bytes]) => bytes !== null).map(([label, bytes]) => (
            <tr key={label}>
              <td>{label}</td>
              <td>{memory.atLeast ? `≥ ${formatBytes(bytes!)}` : formatBytes(bytes!)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p class="note">
        {t('memory_basis_line', [say(memory.precision.basis)])} {t('memory_note')}
        {memory.atLeast && ` ${t('memory_at_least')}`}
      </p>
    </section>
  );
}
