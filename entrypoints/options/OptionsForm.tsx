import { useRef, useState } from 'preact/hooks';
import { guideUrl } from '../../utils/guide-url';
import { useI18n } from '../../components/i18n';
import { Logo } from '../../components/Logo';
import { usePageTheme } from '../../components/theme';
import { LANGUAGES, type LanguageChoice, type Settings } from '../../lib/settings/settings';
import type { EngineChoice } from '../../lib/messages/protocol';
import { saveSettings } from '../../utils/settings-item';
import { Shortcuts } from './Shortcuts';
import { HardwareFieldset } from './HardwareFieldset';

/** What shows where, Hub data, language and badge style; each change is saved at once and reaches open tabs. */
export function OptionsForm({
  initial,
  engines,
  onLanguageChange,
}: {
  initial: Settings;
  engines: readonly EngineChoice[];
  onLanguageChange: (settings: Settings) => void;
}) {
  const { t } = useI18n();
  const theme = usePageTheme();
  const [settings, setSettings] = useState(initial);
  // A message key, not text: after a language change the status is shown in the new language (its lang is the page's).
  const [status, setStatus] = useState<'' | 'options_saved' | 'options_save_failed'>('');

  // The latest settings, not the ones of the render a handler was made in: a number field saves after a pause.
  const latest = useRef(initial);
  const change = (patch: Partial<Settings>) => {
    const next = { ...latest.current, ...patch };
    latest.current = next;
    setSettings(next);
    saveSettings(next).then(
      () => {
        setStatus('options_saved');
        if (patch.language !== undefined) onLanguageChange(next);
      },
      () => setStatus('options_save_failed'),
    );
  };

  const checkbox = (
    key: 'modelPages' | 'listings' | 'listingFilters' | 'files' | 'hubData',
    label: string,
    hint?: string,
  ) => (
    <label>
      <input
        type="checkbox"
        name={key}
        checked={settings[key]}
        onChange={(event) => change({ [key]: (event.currentTarget as HTMLInputElement).checked })}
      />
      <span>
        {label}
        {hint && (
          <span class="note" style={{ display: 'block' }}>
            {hint}
          </span>
        )}
      </span>
    </label>
  );

  return (
    <main class="lens-page options" data-theme={theme}>
      <h1>
        <Logo /> {t('options_title')}
      </h1>
      <p>
        <a class="guide-link" href={guideUrl()} target="_blank" rel="noopener" data-guide-link="">
          {t('guide_link')}
        </a>
      </p>
      <form onSubmit={(event) => event.preventDefault()}>
        <fieldset>
          <legend>{t('options_show')}</legend>
          {checkbox('modelPages', t('options_model_pages'))}
          {checkbox('listings', t('options_listings'))}
          {checkbox('listingFilters', t('options_listing_filters'), t('options_listing_filters_hint'))}
          {checkbox('files', t('options_files'))}
        </fieldset>
        <fieldset>
          <legend>{t('options_hub')}</legend>
          {checkbox('hubData', t('options_hub_data'), t('options_hub_data_hint'))}
        </fieldset>
        <HardwareFieldset settings={settings} change={change} />
        <fieldset>
          <legend>{t('options_language')}</legend>
          <label>
            <span class="sr">{t('options_language')}</span>
            <select
              name="language"
              value={settings.language}
              onChange={(event) =>
                change({ language: (event.currentTarget as HTMLSelectElement).value as LanguageChoice })
              }
            >
              {LANGUAGES.map((language) => (
                <option key={language} value={language} lang={language === 'my' ? 'my' : undefined}>
                  {t(`language_${language}`)}
                </option>
              ))}
            </select>
          </label>
        </fieldset>
        <fieldset data-engines>
          <legend>{t('options_engines')}</legend>
          <p class="note">{t('options_engines_hint')}</p>
          {engines.map((engine) => (
            <label key={engine.id}>
              <input
                type="checkbox"
                name={`engine-${engine.id}`}
                checked={!settings.hiddenEngines.includes(engine.id)}
                onChange={(event) => {
                  const shown = (event.currentTarget as HTMLInputElement).checked;
                  const others = settings.hiddenEngines.filter((id) => id !== engine.id);
                  change({ hiddenEngines: shown ? others : [...others, engine.id] });
                }}
              />
              <span>{engine.label}</span>
            </label>
          ))}
        </fieldset>
        <fieldset>
          <legend>{t('options_style')}</legend>
          <label>
            <input
              type="radio"
              name="style"
              value="detailed"
              checked={!settings.compact}
              onChange={() => change({ compact: false })}
            />
            <span>{t('options_detailed')}</span>
          </label>
          <label>
            <input
              type="radio"
              name="style"
              value="compact"
              checked={settings.compact}
              onChange={() => change({ compact: true })}
            />
            <span>{t('options_compact')}</span>
          </label>
        </fieldset>
        <Shortcuts />
      </form>
      <p class="note" role="status" data-options-status>
        {status && t(status)}
      </p>
    </main>
  );
}
