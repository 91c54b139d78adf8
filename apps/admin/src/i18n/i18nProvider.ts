// Swedish by default, English selectable from the app bar.
import polyglotI18nProvider from 'ra-i18n-polyglot';
import englishMessages from 'ra-language-english';
import type { TranslationMessages } from 'react-admin';
import { swedishMessages } from './sv';
import { appSv } from './appSv';
import { appEn } from './appEn';
import { resourcesSv } from './resourcesSv';
import { resourcesEn } from './resourcesEn';
import { personalDataSv } from './personalDataSv';
import { personalDataEn } from './personalDataEn';
import { surveySv } from './surveySv';
import { surveyEn } from './surveyEn';
import { assessmentSv, auditSv, susSv } from './followUpSv';
import { assessmentEn, auditEn, susEn } from './followUpEn';
import { followUpSv, placementSv, questionnaireSv } from './editingSv';
import { followUpEn, placementEn, questionnaireEn } from './editingEn';
import { withPluralDefault } from './pluralDefault';
import { startSv } from './startSv';
import { startEn } from './startEn';
import { importSv } from '../import/importSv';
import { importEn } from '../import/importEn';

export type Locale = 'sv' | 'en';

export const messages: Record<Locale, TranslationMessages> = {
  sv: {
    ...swedishMessages,
    app: {
      ...appSv,
      personalData: personalDataSv,
      survey: surveySv,
      assessment: assessmentSv,
      audit: auditSv,
      sus: susSv,
      placement: placementSv,
      followUp: followUpSv,
      questionnaire: questionnaireSv,
      start: startSv,
      import: importSv,
    },
    resources: resourcesSv,
  },
  en: {
    ...englishMessages,
    app: {
      ...appEn,
      personalData: personalDataEn,
      survey: surveyEn,
      assessment: assessmentEn,
      audit: auditEn,
      sus: susEn,
      placement: placementEn,
      followUp: followUpEn,
      questionnaire: questionnaireEn,
      start: startEn,
      import: importEn,
    },
    resources: resourcesEn,
  },
};

export function buildI18nProvider() {
  const polyglot = polyglotI18nProvider(
    (locale) => (locale === 'en' ? messages.en : messages.sv),
    'sv',
    [
      { locale: 'sv', name: 'Svenska' },
      { locale: 'en', name: 'English' },
    ],
    { allowMissing: true },
  );
  return withPluralDefault(polyglot);
}
