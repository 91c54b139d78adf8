import {
  type DomainErrorCode,
  type ImportErrorCode,
  domainErrorMessages,
  importErrorMessages,
} from '@finsam-se/domain';
import { type FundingErrorCode, fundingErrorMessages } from '@finsam-se/funding';
import type { DisclosureErrorCode } from '@finsam-se/reporting';
import type { CatalogueEntry } from './catalogue-entry.js';
import type { ErrorCode } from './error-code.js';

/**
 * The class each refusal of a pure package is sent under. Records over the packages' closed
 * unions: a code a package adds fails `typecheck` here until it is given a class, and the
 * catalogue test checks the running lists too. Almost every rule says "your input breaks
 * me"; a rule about who may decide is FORBIDDEN.
 */
const domainClasses: Record<DomainErrorCode, ErrorCode> = {
  'PERSONNUMMER.FORMAT': 'BAD_USER_INPUT',
  'PERSONNUMMER.CHECKSUM': 'BAD_USER_INPUT',
  'PERSONNUMMER.SERIAL': 'BAD_USER_INPUT',
  'PERSONNUMMER.DATE': 'BAD_USER_INPUT',
  'PERSONNUMMER.CENTURY': 'BAD_USER_INPUT',
  'ORGANISATION_NUMBER.FORMAT': 'BAD_USER_INPUT',
  'ID.FORMAT': 'BAD_USER_INPUT',
  'ORGANISATION_NUMBER.CHECKSUM': 'BAD_USER_INPUT',
  'ORGANISATION_NUMBER.NOT_LEGAL_ENTITY': 'BAD_USER_INPUT',
  'ALLOCATION.LATER_EXISTS': 'BAD_USER_INPUT',
  'MONEY.FORMAT': 'BAD_USER_INPUT',
  'MONEY.RANGE': 'BAD_USER_INPUT',
  'FTE.FORMAT': 'BAD_USER_INPUT',
  'FTE.RANGE': 'BAD_USER_INPUT',
  'DATE.FORMAT': 'BAD_USER_INPUT',
  'PERIOD.FORMAT': 'BAD_USER_INPUT',
  'PERIOD.EMPTY': 'BAD_USER_INPUT',
  'MUNICIPALITY.CODE': 'BAD_USER_INPUT',
  'REFERRAL.INVALID_TRANSITION': 'BAD_USER_INPUT',
  'REFERRAL.FORBIDDEN': 'FORBIDDEN',
  'PROJECT.NOT_RUNNING': 'BAD_USER_INPUT',
  'ENROLLMENT.DISCHARGED': 'BAD_USER_INPUT',
  'ENROLLMENT.NOT_DISCHARGED': 'BAD_USER_INPUT',
  'ENROLLMENT.DATE_BEFORE_LAST': 'BAD_USER_INPUT',
  'ENROLLMENT.SAME_PHASE': 'BAD_USER_INPUT',
  'ENROLLMENT.DISCHARGE_INCOMPLETE': 'BAD_USER_INPUT',
  'DATE.IN_FUTURE': 'BAD_USER_INPUT',
  'PLACEMENT.BEFORE_ENROLLMENT': 'BAD_USER_INPUT',
  'FOLLOW_UP.TOO_EARLY': 'BAD_USER_INPUT',
  'CODE_LIST.UNKNOWN_CODE': 'BAD_USER_INPUT',
  'CODE_LIST.EXCLUSIVE': 'BAD_USER_INPUT',
  'SURVEY.DEFINITION': 'BAD_USER_INPUT',
  'SURVEY.UNKNOWN_QUESTION': 'BAD_USER_INPUT',
  'SURVEY.ANSWER': 'BAD_USER_INPUT',
  'SURVEY.REQUIRED': 'BAD_USER_INPUT',
  'ASSESSMENT.UNKNOWN_ITEM': 'BAD_USER_INPUT',
  'ASSESSMENT.SCORE': 'BAD_USER_INPUT',
};

/** Every funding rule refuses input (a proposal already reviewed is input too). */
const fundingClass: ErrorCode = 'BAD_USER_INPUT';

type Entries<K extends string> = { readonly [C in K]: CatalogueEntry };

function withClasses<K extends string>(
  messages: { readonly [C in K]: { readonly sv: string; readonly en: string } },
  classOf: (code: K) => ErrorCode,
): Entries<K> {
  const entries = {} as Record<K, CatalogueEntry>;
  for (const code of Object.keys(messages) as K[]) {
    entries[code] = { code: classOf(code), sv: messages[code].sv, en: messages[code].en };
  }
  return entries;
}

/** The domain's refusals with their messages from the domain's own catalogue. */
export const domainErrors: Entries<DomainErrorCode> = withClasses(
  domainErrorMessages,
  (code) => domainClasses[code],
);

/**
 * The import's own refusals (a file that is not a spreadsheet, a mapping that cannot be
 * used) and row checks, with their messages from the domain's import catalogue. Each is
 * the uploader's input; the dry run lists the row checks, the upload refuses the others.
 */
export const importErrors: Entries<ImportErrorCode> = withClasses(
  importErrorMessages,
  () => 'BAD_USER_INPUT',
);

/** The funding rules' refusals with their messages from funding's own catalogue. */
export const fundingErrors: Entries<FundingErrorCode> = withClasses(
  fundingErrorMessages,
  () => fundingClass,
);

/**
 * Reporting's one refusal: its result carries the message, repeated here so the catalogue
 * is whole (the catalogue test checks the two stay the same).
 */
export const reportingErrors: Entries<DisclosureErrorCode> = {
  'DISCLOSURE.UNPROTECTABLE': {
    code: 'FORBIDDEN',
    sv: 'Tabellen kan inte skyddas mot röjande: dolda små antal skulle kunna räknas fram. Den lämnas därför inte ut; välj en grövre indelning eller en längre period.',
    en: 'The table cannot be protected against disclosure: hidden small counts could be worked out. It is therefore not released; choose a coarser grouping or a longer period.',
  },
};
