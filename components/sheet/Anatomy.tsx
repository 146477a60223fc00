import type { Facts } from '../../lib/facts/schema';
import { partMeaning } from '../../lib/present/labels';
import { useI18n } from '../i18n';

/** The name read part by part, like the domain reference's diagrams. */
export function Anatomy({ facts }: { facts: Facts }) {
  const { t, say } = useI18n();
  if (facts.anatomy.length === 0) return null;
  return (
    <section>
      <h3>{t('sheet_anatomy')}</h3>
      <ol class="anatomy">
        {facts.anatomy.map((part, index) => (
          <li key={`${index}-${part.text}`} class={`role-${part.role}`}>
            <span class="text">{part.text}</span>
            <span class="role">{t(`value_role_${part.role}`)}</span>
            <span class="meaning">{say(partMeaning(part))}</span>
          </li>
        ))}
      </ol>
    </section>
  );
}
