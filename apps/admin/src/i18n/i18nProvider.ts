// Swedish by default, English selectable from the app bar.
import polyglotI18nProvider from 'ra-i18n-polyglot';
import englishMessages from 'ra-language-english';
import type { TranslationMessages } from 'react-admin';
import { swedishMessages } from './sv';
import { appSv } from './appSv';
import { appEn } from './appEn';
import { resourcesSv } from './resourcesSv';
import { resourcesEn } from './resourcesEn';

export type Locale = 'sv' | 'en';

export const messages: Record<Locale, TranslationMessages> = {
  sv: { ...swedishMessages, app: appSv, resources: resourcesSv },
  en: { ...englishMessages, app: appEn, resources: resourcesEn },
};

export function buildI18nProvider() {
  return polyglotI18nProvider(
    (locale) => (locale === 'en' ? messages.en : messages.sv),
    'sv',
    [
      { locale: 'sv', name: 'Svenska' },
      { locale: 'en', name: 'English' },
    ],
    { allowMissing: true },
  );
}
