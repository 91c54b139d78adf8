// The charts' own words in both languages (the figures' labels come from the gateway).
export const CHART_TEXTS = {
  sv: {
    empty: 'Inga siffror att visa för perioden.',
    category: 'Grupp',
    month: 'Månad',
    step: 'Steg',
    incomeFirst: 'Försörjning före',
    caption: (title: string) => `${title} som diagram`,
    outcomeByGender: 'Utfall mot mål per kön',
    budgetTitle: 'Budget och förbrukat',
    budgetLineTitle: 'Budget mot förbrukat per månad',
    budgetToDate: 'Budget hittills',
    usedToDate: 'Förbrukat hittills',
    budget: 'Budget',
    committed: 'Förbrukat',
    goal: 'Mål',
    toWorkOrStudies: 'Till arbete eller studier',
    amount: 'Belopp',
    suppressed: '–',
  },
  en: {
    empty: 'No figures to show for the period.',
    category: 'Group',
    month: 'Month',
    step: 'Step',
    incomeFirst: 'Income before',
    caption: (title: string) => `${title} as a chart`,
    outcomeByGender: 'Outcome against goal by gender',
    budgetTitle: 'Budget and used',
    budgetLineTitle: 'Budget against used by month',
    budgetToDate: 'Budget to date',
    usedToDate: 'Used to date',
    budget: 'Budget',
    committed: 'Used',
    goal: 'Goal',
    toWorkOrStudies: 'To work or studies',
    amount: 'Amount',
    suppressed: '–',
  },
} as const;

export type ChartTexts = (typeof CHART_TEXTS)['sv' | 'en'];

export function chartTextsOf(locale: string): ChartTexts {
  return CHART_TEXTS[locale === 'en' ? 'en' : 'sv'];
}
