// i18next set-up: Chinese first, English available, the choice remembered on this screen.
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from './en';
import { zhCN, type Messages } from './zh-CN';
import type { adminZhCN } from './zh-CN-admin';

export const LANGUAGES = ['zh-CN', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

const STORAGE_KEY = 'caohu.lang';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    // The admin screen's words load with its chunk (registerMessages) but are typed here.
    resources: { translation: Messages & typeof adminZhCN };
  }
}

function readStoredLanguage(): Language {
  try {
    const stored = localStorage.getItem(STORAGE_KEY);
    return stored === 'en' ? 'en' : 'zh-CN';
  } catch {
    return 'zh-CN';
  }
}

export function initI18n(): typeof i18next {
  const lng = readStoredLanguage();
  void i18next.use(initReactI18next).init({
    resources: { 'zh-CN': { translation: zhCN }, en: { translation: en } },
    lng,
    fallbackLng: 'zh-CN',
    interpolation: { escapeValue: false }, // React escapes
    initAsync: false,
  });
  showLanguage(lng);
  return i18next;
}

function showLanguage(lng: Language): void {
  document.documentElement.lang = lng;
  document.title = i18next.t('app.title');
}

export function setLanguage(lng: Language): void {
  void i18next.changeLanguage(lng);
  showLanguage(lng);
  try {
    localStorage.setItem(STORAGE_KEY, lng);
  } catch {
    // Private mode: the choice just is not remembered.
  }
}

export function currentLanguage(): Language {
  return i18next.language === 'en' ? 'en' : 'zh-CN';
}

/** Adds the words of a lazily loaded screen, in both languages. */
export function registerMessages(bundles: Record<Language, object>): void {
  for (const lng of LANGUAGES) i18next.addResourceBundle(lng, 'translation', bundles[lng], true, false);
}
