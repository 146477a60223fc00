import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { useI18n } from '../../components/i18n';
import { COMMAND_LABELS } from '../../utils/commands';

// The keyboard shortcuts as the browser has them now (the user may have changed them), read with commands.getAll().

interface Shortcut {
  name: string;
  shortcut: string;
}

export function Shortcuts() {
  const { t } = useI18n();
  const [shortcuts, setShortcuts] = useState<Shortcut[] | null>(null);
  useEffect(() => {
    browser.commands
      .getAll()
      .then((commands) =>
        setShortcuts(
          commands
            .filter((command) => command.name && Object.hasOwn(COMMAND_LABELS, command.name))
            .map((command) => ({ name: command.name!, shortcut: command.shortcut ?? '' })),
        ),
      )
      .catch(() => setShortcuts([]));
  }, []);
  if (shortcuts === null || shortcuts.length === 0) return null;
  return (
    <fieldset data-shortcuts>
      <legend>{t('options_shortcuts')}</legend>
      <dl class="shortcuts" style={{ margin: 0 }}>
        {shortcuts.map(({ name, shortcut }) => (
          <div
            key={name}
            data-command={name}
            style={{ display: 'flex', justifyContent: 'space-between', gap: '1rem', padding: '0.25rem 0' }}
          >
            <dt>{t(COMMAND_LABELS[name]!)}</dt>
            <dd style={{ margin: 0 }}>
              {shortcut ? (
                <kbd
                  style={{
                    padding: '0.1rem 0.4rem',
                    border: '1px solid var(--lens-border)',
                    borderRadius: '0.25rem',
                    fontFamily: 'inherit',
                  }}
                >
                  {shortcut}
                </kbd>
              ) : (
                <span class="note">{t('shortcut_not_set')}</span>
              )}
            </dd>
          </div>
        ))}
      </dl>
      <p class="note">{t('options_shortcuts_hint')}</p>
    </fieldset>
  );
}
