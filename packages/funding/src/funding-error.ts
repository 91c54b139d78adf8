import { type Err, err } from '@finsam-se/domain';

/** Swedish first, English too. */
export type FundingLocale = 'sv' | 'en';
export type FundingMessages = { readonly sv: string; readonly en: string };

/**
 * Every expected failure of the funding package. The code is stable and closed; the message
 * is the catalogue's English text (for developers' logs); `field` names the input that was
 * wrong; `municipalityId` names the municipality a reallocation rule was broken for.
 */
export type FundingError<C extends string = FundingErrorCode> = {
  readonly code: C;
  readonly message: string;
  readonly field?: string;
  readonly municipalityId?: string;
};

export const fundingErrorMessages = {
  'FUNDING.ON_COST_FORMAT': {
    sv: 'PO-pålägget har fel format. Ange procent med högst två decimaler, t.ex. 40,15.',
    en: 'The on-cost has the wrong format. Give a percentage with at most two decimals, e.g. 40.15.',
  },
  'FUNDING.ON_COST_MISSING': {
    sv: 'Det finns inget PO-pålägg inlagt för året.',
    en: 'There is no on-cost rate set for the year.',
  },
  'FUNDING.BUDGET_MISSING': {
    sv: 'Det finns ingen budget inlagd för året.',
    en: 'There is no budget set for the year.',
  },
  'FUNDING.BAD_MONTHS': {
    sv: 'Antalet månader ska vara ett heltal, noll eller större.',
    en: 'The number of months must be a whole number, zero or more.',
  },
  'FUNDING.BAD_COUNT': {
    sv: 'Antalet deltagare ska vara ett heltal, noll eller större.',
    en: 'The number of participants must be a whole number, zero or more.',
  },
  'FUNDING.BAD_SALARY': {
    sv: 'Månadslönen ska vara noll kronor eller mer, i hela ören.',
    en: 'The monthly salary must be zero or more, in whole öre.',
  },
  'FUNDING.BAD_FTE': {
    sv: 'Tjänstegraden ska vara noll eller mer, i hundradelar av en heltid.',
    en: 'The FTE must be zero or more, in hundredths of a full-time post.',
  },
  'FUNDING.BAD_AMOUNT': {
    sv: 'Beloppet ska vara noll kronor eller mer, i hela ören.',
    en: 'The amount must be zero or more, in whole öre.',
  },
  'FUNDING.TOO_LARGE': {
    sv: 'Beloppet blir för stort för att räknas exakt i ören. Kontrollera lön, tjänstegrad och budget.',
    en: 'The amount is too large to be computed exactly in öre. Check salary, FTE and budget.',
  },
  'FUNDING.BAD_PERIOD': {
    sv: 'Perioden måste sluta efter att den börjar.',
    en: 'The period must end after it starts.',
  },
  'SALARY.SETTING_MISSING': {
    sv: 'Det finns ingen standardmånadslön inlagd för året (löneinställningar), och kommunen har ingen anställd coach att räkna med.',
    en: 'There is no standard monthly salary set for the year (salary settings), and the municipality has no employed coach to go by.',
  },
  'APPORTION.BAD_STEP': {
    sv: 'Steget ska vara större än noll och i hundradelar, och totalen samt golv och tak ska vara jämna multiplar av steget.',
    en: 'The step must be above zero and in hundredths, and the total, minimums and maximums must be whole multiples of it.',
  },
  'APPORTION.BAD_TOTAL': {
    sv: 'Totalen ska vara noll eller större och anges i hundradelar av en heltid.',
    en: 'The total must be zero or more, in hundredths of a full-time post.',
  },
  'APPORTION.BAD_BOUNDS': {
    sv: 'Golvet är högre än taket.',
    en: 'The minimum is above the maximum.',
  },
  'APPORTION.NO_WEIGHT': {
    sv: 'Vikterna ska vara noll eller större och minst en ska vara större än noll.',
    en: 'Weights must be zero or more and at least one must be above zero.',
  },
  'APPORTION.DUPLICATE_KEY': {
    sv: 'Samma nyckel förekommer två gånger.',
    en: 'The same key occurs twice.',
  },
  'APPORTION.INFEASIBLE': {
    sv: 'Golven summerar till mer än totalen, eller taken till mindre.',
    en: 'The minimums add up to more than the total, or the maximums to less.',
  },
  'REALLOCATION.TOTAL_CHANGED': {
    sv: 'Den totala tjänstegraden ändras, men budgeten tillåter ingen ökning.',
    en: 'The total FTE changes, but growth is not allowed.',
  },
  'REALLOCATION.NOT_A_STEP': {
    sv: 'Tjänstegraden är inte en jämn multipel av steget.',
    en: 'The FTE is not a whole multiple of the step.',
  },
  'REALLOCATION.BELOW_MINIMUM': {
    sv: 'Kommunen får mindre än sitt golv.',
    en: 'The municipality gets less than its minimum.',
  },
  'REALLOCATION.ABOVE_MAXIMUM': {
    sv: 'Kommunen får mer än sitt tak.',
    en: 'The municipality gets more than its maximum.',
  },
  'REALLOCATION.OVER_BUDGET': {
    sv: 'Lönekostnaden för året blir högre än budgeten.',
    en: 'The salary cost for the year exceeds the budget.',
  },
  'REALLOCATION.UNKNOWN_MUNICIPALITY': {
    sv: 'Kommunen finns inte i nuvarande fördelning.',
    en: 'The municipality is not in the current allocation.',
  },
  'REALLOCATION.MISSING_MUNICIPALITY': {
    sv: 'Kommunen finns i nuvarande fördelning men saknas i förslaget.',
    en: 'The municipality is in the current allocation but missing from the proposal.',
  },
  'REALLOCATION.DUPLICATE_MUNICIPALITY': {
    sv: 'Samma kommun förekommer två gånger.',
    en: 'The same municipality occurs twice.',
  },
  'REALLOCATION.MISSING_SALARY': {
    sv: 'Det finns ingen månadslön inlagd för kommunen.',
    en: 'There is no monthly salary set for the municipality.',
  },
  'SCENARIO.EMPTY': {
    sv: 'Ange minst ett scenario att jämföra.',
    en: 'Give at least one scenario to compare.',
  },
  'SCENARIO.DUPLICATE_NAME': {
    sv: 'Två scenarier har samma namn.',
    en: 'Two scenarios have the same name.',
  },
  'REALLOCATION.BAD_WINDOW': {
    sv: 'Perioden för deltagarantalet ska vara 1–36 hela månader.',
    en: 'The caseload window must be 1–36 whole months.',
  },
  'REALLOCATION.BOARD_DECIDES': {
    sv: 'Styrelsen beslutar om omfördelning i det här projektet. Lämna ett förslag till styrelsen.',
    en: 'The board decides reallocations in this project. Submit a proposal to the board.',
  },
  'REALLOCATION.DELEGATED': {
    sv: 'Beredningsgruppen beslutar på delegation från styrelsen i det här projektet; det finns inga förslag att pröva.',
    en: 'The steering group decides under the board’s delegation in this project; there are no proposals to review.',
  },
  'REALLOCATION.NO_DELEGATION': {
    sv: 'Ange styrelsens delegationsbeslut (t.ex. protokollsparagraf) när beredningsgruppen beslutar på delegation.',
    en: 'Give the board’s delegation decision (e.g. the minute reference) when the steering group decides under delegation.',
  },
  'REALLOCATION.PROPOSAL_CLOSED': {
    sv: 'Förslaget är redan prövat.',
    en: 'The proposal has already been reviewed.',
  },
  'REALLOCATION.PROPOSAL_STALE': {
    sv: 'Fördelningen har ändrats sedan förslaget lämnades. Avslå det och be beredningsgruppen om ett nytt.',
    en: 'The allocation has changed since the proposal was made. Reject it and ask the steering group for a new one.',
  },
} as const satisfies Record<string, FundingMessages>;

export type FundingErrorCode = keyof typeof fundingErrorMessages;

export const fundingErrorCodes = Object.keys(fundingErrorMessages) as FundingErrorCode[];

/** Builds an error value with the catalogue's English message. */
export function fundingError<C extends FundingErrorCode>(
  code: C,
  details: { readonly field?: string; readonly municipalityId?: string } = {},
): FundingError<C> {
  const error: { code: C; message: string; field?: string; municipalityId?: string } = {
    code,
    message: fundingErrorMessages[code].en,
  };
  if (details.field !== undefined) error.field = details.field;
  if (details.municipalityId !== undefined) error.municipalityId = details.municipalityId;
  return error;
}

/** Builds a failed result with the catalogue's English message. */
export function fundingFail<C extends FundingErrorCode>(
  code: C,
  details: { readonly field?: string; readonly municipalityId?: string } = {},
): Err<FundingError<C>> {
  return err(fundingError(code, details));
}

/** The message of a code in the given locale. */
export function describeFundingError(code: FundingErrorCode, locale: FundingLocale = 'sv'): string {
  return fundingErrorMessages[code][locale];
}
