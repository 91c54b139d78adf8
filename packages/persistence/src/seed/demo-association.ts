import { LocalDate } from '@finsam-se/domain';
import type { AssociationSpec, DemoUserSpec, GoalSpec } from '../generate/association-spec.js';

/** Fixed so that the demo is the same on every machine. */
export const DEMO_ASSOCIATION_ID = '0e5f7d2a-4c1b-4f6e-9a3d-6b8c2e1f0a01';
/**
 * The "today" tests seed with, so that their figures do not move with the calendar. The
 * CLI and the gateway seed with the real Stockholm date instead (the demo is never stale).
 */
export const DEMO_TEST_TODAY = '2026-10-31';
/** The first day with no data when seeded with {@link DEMO_TEST_TODAY}. */
export const DEMO_DATA_UNTIL = '2026-11-01';

/** The project description's goal, in its words (001, "3. Syfte och mål"). */
const goalOfTheDescription: GoalSpec = {
  metric: 'work_or_studies_at_discharge',
  targetBasisPoints: 3500,
  description:
    'Målsättningen är att 35 % av de deltagande personerna som skrivs ut ur projektet varaktigt ska kunna upprätthålla ett arbete på den reguljära arbetsmarknaden eller studera.',
};

/**
 * Demo accounts, one per role. Their passwords are public on purpose (printed by
 * `npm start` for the embedded demo and listed in the README); never use them on a
 * server database with real data.
 */
export const demoAccounts: readonly (Omit<DemoUserSpec, 'passwordHash'> & { password: string })[] =
  [
    {
      email: 'styrelse@demo.hoglandet.se',
      name: 'Styrelsens ordförande',
      role: 'board',
      password: 'demo-styrelse',
    },
    {
      email: 'beredning@demo.hoglandet.se',
      name: 'Beredningsgruppen',
      role: 'steering',
      password: 'demo-beredning',
    },
    {
      email: 'chef@demo.hoglandet.se',
      name: 'Förbundschef Karin Holm',
      role: 'manager',
      password: 'demo-chef',
    },
    {
      email: 'kommunchef.nassjo@demo.hoglandet.se',
      name: 'Kommunchef Nässjö',
      role: 'municipal_chief',
      municipalityCode: '0682',
      password: 'demo-kommunchef',
    },
    {
      email: 'coach.nassjo@demo.hoglandet.se',
      name: 'Jobbcoach Nässjö',
      role: 'coach',
      municipalityCode: '0682',
      password: 'demo-coach',
    },
    {
      email: 'handlaggare@demo.hoglandet.se',
      name: 'Handläggare Arbetsförmedlingen',
      role: 'referrer',
      organisation: 'AF',
      municipalityCode: '0682',
      password: 'demo-handlaggare',
    },
    {
      email: 'extern@demo.sodravatterbygden.se',
      name: 'Södra Vätterbygdens samordningsförbund',
      role: 'external',
      password: 'demo-extern',
    },
  ];

/**
 * Höglandet's demo, with data up to and including `today` (a YYYY-MM-DD date the caller
 * takes from its clock: the generator has none).
 */
export function demoAssociationSpec(
  passwordHashes: ReadonlyMap<string, string>,
  today: string = DEMO_TEST_TODAY,
): AssociationSpec {
  return {
    id: DEMO_ASSOCIATION_ID,
    name: 'Höglandets samordningsförbund',
    organisationNumber: '222000-1511',
    emailDomain: 'demo.hoglandet.se',
    seed: 20180101,
    dataUntil: LocalDate.addDays(LocalDate.from(today), 1),
    participantsPerYear: 150,
    municipalities: [
      { code: '0604', name: 'Aneby', weight: 6.8 },
      { code: '0686', name: 'Eksjö', weight: 17.6 },
      { code: '0682', name: 'Nässjö', weight: 31.8 },
      { code: '0684', name: 'Sävsjö', weight: 11.4 },
      { code: '0687', name: 'Tranås', weight: 19.2 },
      { code: '0685', name: 'Vetlanda', weight: 27.5 },
    ],
    projects: [
      {
        name: 'Supported Employment – fortsättning',
        startsOn: '2018-01-01',
        endsOn: '2021-01-01',
        // "Från 2018-01-01 – 2020-12-31 beräknas förbundet bidra med cirka 3 800 000 SEK/år."
        budgetPerYearOre: 380_000_000,
        goals: [goalOfTheDescription],
        targetGroup:
          'Personer 19–29 år med eller i risk för aktivitetsersättning, med funktionshinder eller psykisk ohälsa, som är motiverade till arbete.',
        totalFte: 6,
        initialFteByCode: {
          '0604': 100,
          '0686': 100,
          '0682': 100,
          '0684': 100,
          '0687': 100,
          '0685': 100,
        },
        reallocations: [
          {
            effectiveFrom: '2019-07-01',
            fromCode: '0604',
            toCode: '0682',
            hundredths: 50,
            reason:
              'Nässjö har haft över 25 aktiva deltagare per heltid sedan hösten 2018, Aneby under 10.',
          },
        ],
      },
      {
        name: 'Supported Employment – Höglandet 2021–2027',
        startsOn: '2021-01-01',
        endsOn: '2028-01-01',
        // The demo's assumption: the board indexed the contribution for the wage revisions
        // (4.05 M) and raised it when the pension on-cost rose in 2023 (4.2 M). Six posts at
        // the 2021 contract salary cost 4.00–4.03 M in 2021–2022 and 4.15 M from 2023.
        budgetPerYearOre: 405_000_000,
        budgetByYearOre: {
          2023: 420_000_000,
          2024: 420_000_000,
          2025: 420_000_000,
          2026: 420_000_000,
          2027: 420_000_000,
        },
        goals: [
          {
            ...goalOfTheDescription,
            description: `Som i föregående projekt: ${goalOfTheDescription.description}`,
          },
        ],
        targetGroup: 'Personer långt från arbetsmarknaden som vill arbeta, främst 19–29 år.',
        totalFte: 6,
        initialFteByCode: {
          '0604': 50,
          '0686': 100,
          '0682': 150,
          '0684': 100,
          '0687': 100,
          '0685': 100,
        },
        reallocations: [
          {
            effectiveFrom: '2023-01-01',
            fromCode: '0684',
            toCode: '0685',
            hundredths: 50,
            reason: 'Vetlanda har längre kö till SE-gruppen; Sävsjö har färre remisser.',
          },
        ],
      },
    ],
    demoUsers: demoAccounts.map(({ password: _password, ...account }) => ({
      ...account,
      passwordHash: passwordHashes.get(account.email) ?? '!',
    })),
  };
}
