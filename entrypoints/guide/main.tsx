import { render } from 'preact';
import '../../assets/styles/lens.css';
import '../../assets/styles/pages.css';
import { I18nContext } from '../../components/i18n';
import { loadTranslator } from '../../utils/language';
import { loadSettings } from '../../utils/settings-item';
import { Guide } from './Guide';

async function main() {
  const settings = await loadSettings();
  const i18n = await loadTranslator(settings.language);
  document.documentElement.lang = i18n.lang;
  document.title = i18n.t('guide_title');
  render(
    <I18nContext.Provider value={i18n}>
      <Guide />
    </I18nContext.Provider>,
    document.getElementById('app')!,
  );
  // The sections exist only now: follow the link's anchor (guide.html#stage) once they do.
  if (location.hash) document.getElementById(decodeURIComponent(location.hash.slice(1)))?.scrollIntoView();
}

void main();
