import { render } from 'preact';
import '../../assets/styles/lens.css';
import '../../assets/styles/pages.css';
import { I18nContext } from '../../components/i18n';
import { askBackground } from '../../utils/background-client';
import { loadTranslator } from '../../utils/language';
import { loadSettings } from '../../utils/settings-item';
import { OptionsForm } from './OptionsForm';

async function main() {
  const settings = await loadSettings();
  // The engines come from the background, which holds the registry (the page stays free of engine data).
  const engines = await askBackground({ type: 'engines' }).catch(() => []);
  const mount = document.getElementById('app')!;
  const draw = async (current: typeof settings) => {
    const i18n = await loadTranslator(current.language);
    document.documentElement.lang = i18n.lang;
    document.title = i18n.t('options_title');
    render(
      <I18nContext.Provider value={i18n}>
        <OptionsForm initial={current} engines={engines ?? []} onLanguageChange={(next) => void draw(next)} />
      </I18nContext.Provider>,
      mount,
    );
  };
  await draw(settings);
}

void main();
