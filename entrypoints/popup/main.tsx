import { render } from 'preact';
import '../../assets/styles/lens.css';
import '../../assets/styles/pages.css';
import { I18nContext } from '../../components/i18n';
import { loadTranslator } from '../../utils/language';
import { loadSettings } from '../../utils/settings-item';
import { Lookup } from './Lookup';

async function main() {
  const settings = await loadSettings();
  const i18n = await loadTranslator(settings.language);
  document.documentElement.lang = i18n.lang;
  document.title = i18n.t('extName');
  render(
    <I18nContext.Provider value={i18n}>
      <Lookup settings={settings} />
    </I18nContext.Provider>,
    document.getElementById('app')!,
  );
}

void main();
