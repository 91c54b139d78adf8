import { LocalDate } from '@finsam-se/domain';
import type { AssociationSpec } from '../generate/association-spec.js';

/** Fixed so that the demo is the same on every machine. */
export const SECOND_DEMO_ASSOCIATION_ID = '5d7a1c3e-8b2f-4e6a-9c1d-2f4b6a8c0e02';

/**
 * The demo's second förbund: Samordningsförbundet Södra Vätterbygden (Jönköping, Habo,
 * Mullsjö), whose documents (seed 003) describe the project Efterstöd and its goals. A small
 * data set: one half-time operative post in Jönköping from the board's decision in March
 * 2018 to the hand-over to ordinary services in August 2020. No accounts can sign in to it
 * (a generated manager and chiefs only, with no password).
 */
export function secondDemoAssociationSpec(today: string): AssociationSpec {
  return {
    id: SECOND_DEMO_ASSOCIATION_ID,
    name: 'Samordningsförbundet Södra Vätterbygden',
    organisationNumber: '222000-2187',
    emailDomain: 'demo.sodravatterbygden.se',
    seed: 20180401,
    dataUntil: LocalDate.addDays(LocalDate.from(today), 1),
    participantsPerYear: 24,
    municipalities: [
      { code: '0680', name: 'Jönköping', weight: 88 },
      { code: '0643', name: 'Habo', weight: 7 },
      { code: '0642', name: 'Mullsjö', weight: 5 },
    ],
    projects: [
      {
        name: 'Efterstöd',
        // "I mars 2018 tog styrelsen beslut om att bevilja medel till projekt Efterstöd";
        // "förbereda implementering i ordinarie verksamheter senast augusti 2020".
        startsOn: '2018-04-01',
        endsOn: '2020-09-01',
        // The demo's assumption (the budget document is not in the seeds): the half-time
        // operative post at the demo's salary and on-cost, prorated in the first and last year.
        budgetPerYearOre: 32_000_000,
        budgetByYearOre: { 2018: 24_000_000, 2020: 21_500_000 },
        targetGroup:
          'Personer med funktionsnedsättning och/eller komplex problematik som fått stöd till arbete eller studier och riskerar att förlora det utan fortsatt stöd, i första hand tidigare deltagare i Enter.',
        totalFte: 0.5,
        // "50% av tjänst avsätts ... för att arbeta operativt med aktuell målgrupp".
        initialFteByCode: { '0680': 50, '0643': 0, '0642': 0 },
        goals: [
          {
            metric: 'still_working_after_support',
            targetBasisPoints: 7500,
            description:
              'Att 75 % av de individer som är aktuella för efterstöd ska kunna behålla sitt arbete eller fullfölja sina studier. Avstämning vid årsskifte och avslut av projekt.',
          },
          {
            metric: 'satisfied_participants',
            targetBasisPoints: 8000,
            description:
              'Att 80 % av individer och arbetsgivare upplever att verksamheten organiseras utifrån deras behov av samordnat efterstöd (individerna).',
          },
          {
            metric: 'satisfied_employers',
            targetBasisPoints: 8000,
            description:
              'Att 80 % av individer och arbetsgivare upplever att verksamheten organiseras utifrån deras behov av samordnat efterstöd (arbetsgivarna).',
          },
        ],
        reallocations: [],
      },
    ],
  };
}
