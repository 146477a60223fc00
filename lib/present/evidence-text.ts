import type { Evidence } from '../facts/schema';
import type { Translator } from '../i18n/translator';

/** Where a fact comes from and how sure it is, in the reader's words: "from the name: the word "AWQ" · likely",
 * "confirmed by the Hub: task "text-generation"". */
export function evidenceText({ t }: Translator, evidence: Evidence): string {
  const detail = evidence.key ? t(evidence.key, evidence.args) : evidence.detail;
  // Hub facts say "confirmed by the Hub" in their source word; name-only ones are "likely".
  const sure = evidence.source === 'name' ? ` · ${t('evidence_guess')}` : '';
  const overruled = evidence.overruled !== undefined ? ` · ${t('evidence_overruled', [evidence.overruled])}` : '';
  return `${t(`source_${evidence.source.replace('-', '_')}`)}: ${detail}${sure}${overruled}`;
}
