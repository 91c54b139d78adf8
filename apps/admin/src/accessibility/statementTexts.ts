// The accessibility statement's words in Swedish and English, after DIGG's model
// (tillgänglighetsredogörelse): status, what is not accessible, how to report, supervision,
// how it was assessed. The figures come from axe-results.json (statementFacts).
import { enumsEn } from '../i18n/enumsEn';
import { enumsSv } from '../i18n/enumsSv';

/** Where a user reports a problem; each förbund running the panel puts its own office here. */
export const ACCESSIBILITY_CONTACT = 'tillganglighet@demo.hoglandet.se';

export const statementTexts = {
  sv: {
    link: 'Tillgänglighet',
    title: 'Tillgänglighetsredogörelse för Höglandet SE',
    intro:
      'Samordningsförbundet står bakom Höglandet SE, förbundets system för Supported Employment. Vi vill att så många som möjligt ska kunna använda det. Här beskriver vi hur tjänsten uppfyller lagen (2018:1937) om tillgänglighet till digital offentlig service, kända brister och hur du kan rapportera problem till oss.',
    statusTitle: 'Hur tillgänglig är tjänsten?',
    status: {
      full: 'Tjänsten är helt förenlig med lagen om tillgänglighet till digital offentlig service.',
      partial:
        'Tjänsten är delvis förenlig med lagen om tillgänglighet till digital offentlig service, på grund av de brister som beskrivs nedan.',
    },
    gapsTitle: 'Innehåll som inte är tillgängligt',
    noViolations:
      'De automatiska kontrollerna hittade inga brister mot WCAG 2.1 nivå A och AA på de sidor som anges nedan.',
    violationsFound: 'De automatiska kontrollerna hittade följande brister:',
    manualGap:
      'Ingen manuell granskning av en tillgänglighetsexpert har gjorts ännu. Automatiska verktyg bedömer bara en del av kraven, till exempel inte om en textbeskrivning är begriplig eller om läsordningen är rimlig. Därför anger vi att tjänsten är delvis förenlig.',
    uncheckedTitle: 'Sidor som inte har kontrollerats',
    reportTitle: 'Vad kan du göra om du inte kan använda delar av tjänsten?',
    report:
      'Om du behöver innehåll i ett annat format eller inte kan använda en del av tjänsten, eller om du upptäcker en brist som inte står här, kontakta oss:',
    reportEmail: 'E-post',
    enforcementTitle: 'Tillsyn',
    enforcement:
      'Myndigheten för digital förvaltning (Digg) har tillsyn över lagen om tillgänglighet till digital offentlig service. Om du inte är nöjd med hur vi hanterar dina synpunkter kan du kontakta Digg och påtala det:',
    methodTitle: 'Hur vi har testat tjänsten',
    method: (f: MethodFigures) =>
      `Vi har gjort en egen bedömning (intern testning). Webbläsartester kör ${f.engine} i Chromium med reglerna för ${f.tags} på ${f.addresses} adresser, som ${f.roles}, på ${f.languages} (${f.checks} sidvisningar, med data och tomma listor, ${f.rules} regler som gällde). Andra tester gör omfördelningsbeslutet och jobbcoachens fasbyte och utskrivning med enbart tangentbord och kontrollerar att sidorna ryms utan sidledes rullning i 320 pixlars bredd.`,
    assessedOn: (date: string) => `Senaste bedömningen gjordes den ${date}.`,
    updatedOn: (date: string) => `Redogörelsen uppdaterades senast den ${date}.`,
    addressesTitle: 'Kontrollerade adresser',
    languages: { sv: 'svenska', en: 'engelska' },
    and: 'och',
    roles: enumsSv.Role as Record<string, string>,
    publicRole: 'utan inloggning',
    back: 'Till Höglandet SE',
    otherLanguage: 'English',
  },
  en: {
    link: 'Accessibility',
    title: 'Accessibility statement for Höglandet SE',
    intro:
      'The samordningsförbund is responsible for Höglandet SE, its system for Supported Employment. We want as many people as possible to be able to use it. This statement describes how the service complies with the Swedish law on accessibility of digital public services (2018:1937), known gaps, and how to report problems to us.',
    statusTitle: 'How accessible is the service?',
    status: {
      full: 'The service is fully compliant with the law on accessibility of digital public services.',
      partial:
        'The service is partially compliant with the law on accessibility of digital public services, due to the gaps described below.',
    },
    gapsTitle: 'Non-accessible content',
    noViolations:
      'The automated checks found no failures of WCAG 2.1 level A and AA on the pages listed below.',
    violationsFound: 'The automated checks found these failures:',
    manualGap:
      'No manual review by an accessibility expert has been made yet. Automated tools judge only part of the requirements, for example not whether a text alternative makes sense or the reading order is sensible. That is why we state partial compliance.',
    uncheckedTitle: 'Pages not checked',
    reportTitle: 'What can you do if you cannot use parts of the service?',
    report:
      'If you need content in another format, cannot use part of the service, or find a problem not described here, contact us:',
    reportEmail: 'Email',
    enforcementTitle: 'Enforcement',
    enforcement:
      'The Agency for Digital Government (Digg) supervises the law on accessibility of digital public services. If you are not satisfied with how we handle your report, you can contact Digg:',
    methodTitle: 'How we tested the service',
    method: (f: MethodFigures) =>
      `We assessed the service ourselves (internal testing). Browser tests run ${f.engine} in Chromium with the rules for ${f.tags} on ${f.addresses} addresses, as ${f.roles}, in ${f.languages} (${f.checks} page views, with data and with empty lists, ${f.rules} rules that applied). Other tests make the reallocation decision and a coach's phase move and discharge with the keyboard alone, and check that pages fit 320 pixels wide without sideways scrolling.`,
    assessedOn: (date: string) => `The latest assessment was made on ${date}.`,
    updatedOn: (date: string) => `This statement was last updated on ${date}.`,
    addressesTitle: 'Addresses checked',
    languages: { sv: 'Swedish', en: 'English' },
    and: 'and',
    roles: enumsEn.Role as Record<string, string>,
    publicRole: 'signed out',
    back: 'To Höglandet SE',
    otherLanguage: 'Svenska',
  },
} as const;

export interface MethodFigures {
  engine: string;
  tags: string;
  addresses: number;
  roles: string;
  languages: string;
  checks: number;
  rules: number;
}

export type StatementLocale = keyof typeof statementTexts;
