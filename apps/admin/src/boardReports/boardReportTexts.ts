// The board reports page's words in Swedish and English.
export const BOARD_REPORT_TEXTS = {
  sv: {
    title: 'Rapporter till styrelsen',
    intro:
      'Delårsrapport T1 (januari–april), T2 (januari–augusti) och Årsrapport för ett projekt. Varje framtagen rapport sparas som PDF och ändras aldrig, så att styrelsen ser exakt det som skickades.',
    project: 'Projekt',
    association: 'Förbundets id (annat förbund)',
    projectId: 'Projektets id',
    year: 'År',
    period: 'Rapport',
    produce: 'Ta fram PDF',
    producing: 'Tar fram rapporten …',
    produced: 'Rapporten är framtagen och sparad.',
    stored: 'Sparade rapporter',
    none: 'Inga rapporter har tagits fram än.',
    producedAt: 'Framtagen',
    producedBy: 'Av',
    checksum: 'SHA-256',
    download: 'Ladda ner',
    T1: 'Delårsrapport T1',
    T2: 'Delårsrapport T2',
    ANNUAL: 'Årsrapport',
  },
  en: {
    title: 'Board reports',
    intro:
      'Interim report T1 (January–April), T2 (January–August) and the annual report for a project. Each produced report is stored as a PDF and never changes, so the board sees exactly what was sent.',
    project: 'Project',
    association: "Association's id (another association)",
    projectId: "Project's id",
    year: 'Year',
    period: 'Report',
    produce: 'Produce PDF',
    producing: 'Producing the report …',
    produced: 'The report is produced and stored.',
    stored: 'Stored reports',
    none: 'No reports have been produced yet.',
    producedAt: 'Produced',
    producedBy: 'By',
    checksum: 'SHA-256',
    download: 'Download',
    T1: 'Interim report T1',
    T2: 'Interim report T2',
    ANNUAL: 'Annual report',
  },
} as const;

export type BoardReportTexts = Readonly<Record<keyof (typeof BOARD_REPORT_TEXTS)['sv'], string>>;
