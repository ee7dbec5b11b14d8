import { useWords } from '../i18n/use-words';
import { setLanguage } from '../i18n';
import './language-toggle.css';

export function LanguageToggle() {
  const { t, i18n } = useWords();
  const next = i18n.language === 'en' ? 'zh-CN' : 'en';
  return (
    <button
      type="button"
      className="language-toggle"
      data-testid="language-toggle"
      aria-label={t('connection.languageLabel')}
      onClick={() => setLanguage(next)}
    >
      {t('connection.language')}
    </button>
  );
}
