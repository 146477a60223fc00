import type { Evidence } from '../../lib/facts/schema';
import type { Translator } from '../../lib/i18n/translator';

/** Where a fact comes from and how sure it is, in the reader's words: "from the name: the word "AWQ" · likely". */
export function evidenceText({ t }: Translator, evidence: Evidence): string {
  const detail = evidence.key ? t(evidence.key, evidence.args) : evidence.detail;
  const sure = evidence.source === 'hub' ? ` · ${t('evidence_confirmed')}` : evidence.source === 'name' ? ` · ${t('evidence_guess')}` : '';
  const overruled = evidence.overruled !== undefined ? ` · ${t('evidence_overruled', [evidence.overruled])}` : '';
  return `${t(`source_${evidence.source.replace('-', '_')}`)}: ${detail}${sure}${overruled}`;
}
