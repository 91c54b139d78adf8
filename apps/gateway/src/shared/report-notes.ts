import type { Label } from '@finsam-se/reporting';

/**
 * Every note a report carries, in Swedish and English. The panel shows the reader's
 * language (an English page with Swedish notes fails WCAG 3.1.2); the CSV and the Excel
 * file keep the Swedish. One home, so a note is never written in one language only.
 */
export type ReportNote = Label;

export const reportNotes = {
  period: (start: string, lastDay: string, end: string): ReportNote => ({
    sv: `Period: ${start} till och med ${lastDay} (halvöppen: ${end} ingår inte).`,
    en: `Period: ${start} to ${lastDay} inclusive (half-open: ${end} is not included).`,
  }),
  project: (name: string): ReportNote => ({ sv: `Projekt: ${name}.`, en: `Project: ${name}.` }),
  municipality: (name: string): ReportNote => ({
    sv: `Kommun: ${name}.`,
    en: `Municipality: ${name}.`,
  }),
  gender: (label: Label): ReportNote => ({ sv: `Kön: ${label.sv}.`, en: `Gender: ${label.en}.` }),
  ageBand: (label: Label): ReportNote => ({
    sv: `Åldersgrupp vid inskrivning: ${label.sv}.`,
    en: `Age group at enrollment: ${label.en}.`,
  }),
  ownParticipantsOnly: {
    sv: 'Endast dina egna deltagare.',
    en: 'Your own participants only.',
  },
  association: (name: string): ReportNote => ({
    sv: `Förbund: ${name}.`,
    en: `Association: ${name}.`,
  }),
  noGoal: {
    sv: 'Inget mål är registrerat för perioden; målet visas som 0 %.',
    en: 'No goal is registered for the period; the goal is shown as 0 %.',
  },
  noSurveyGoal: (metric: string): ReportNote => ({
    sv: `Inget mål för ${metric} är registrerat för perioden; inget mål visas.`,
    en: `No goal for ${metric} is registered for the period; no goal is shown.`,
  }),
  ownNamedAnswersOnly: {
    sv: 'Endast dina egna deltagares namngivna svar; anonyma svar ingår inte.',
    en: "Only your own participants' named answers; anonymous answers are not included.",
  },
  anonymousAnswers: {
    sv: 'Anonyma svar sparar bara kön, år och kommun och räknas per kalenderår.',
    en: 'Anonymous answers keep only gender, year and municipality and are counted per calendar year.',
  },
  ongoingAsOf: (today: string): ReportNote => ({
    sv: `Pågående faser och inskrivningar mäts till och med ${today}.`,
    en: `Ongoing phases and enrollments are measured up to and including ${today}.`,
  }),
  followUpsDue: (today: string): ReportNote => ({
    sv: `Uppföljningar räknas när de har förfallit före ${today}.`,
    en: `Follow-ups are counted once they fell due before ${today}.`,
  }),
  durableCounting: (today: string): ReportNote => ({
    sv: `Personer räknas en gång, med sitt sista avslut i perioden. Uppföljningar räknas när de har förfallit före ${today}; okänd räknas som inte i arbete eller studier.`,
    en: `Persons are counted once, with their last discharge in the period. Follow-ups are counted once they fell due before ${today}; unknown counts as not in work or studies.`,
  }),
  selfSupportingCounting: (today: string): ReportNote => ({
    sv: `Personer räknas en gång, med sitt sista avslut i perioden. Uppföljningar räknas när de har förfallit före ${today}; okänd räknas som inte självförsörjande.`,
    en: `Persons are counted once, with their last discharge in the period. Follow-ups are counted once they fell due before ${today}; unknown counts as not self-supporting.`,
  }),
  costMethod: {
    sv: 'Kostnad = lönekostnad inklusive PO-pålägg för projektets tjänster (tjänstgöringsgrad × dagar), per hela kalenderår som perioden berör. Lön: medellönen för kommunens coacher det året, annars standardlönen i löneinställningarna. Belopp i öre.',
    en: "Cost = salary cost including employer's contributions for the project's posts (FTE × days), per whole calendar year the period touches. Salary: the average salary of the municipality's coaches that year, otherwise the standard salary in the salary settings. Amounts in öre.",
  },
  ownCaseload: {
    sv: 'Ärendemängd över din egen tjänstgöringsgrad; remisser ingår inte (de hör till kommunen).',
    en: 'Caseload over your own FTE; referrals are not included (they belong to the municipality).',
  },
  disclosureRule: (k: number): ReportNote => ({
    sv: `Röjandeskydd (k = ${k}): antal från 1 till ${k - 1} visas inte, och ytterligare celler döljs tills en granskning med linjärprogrammering visar att varje dolt litet antal, givet alla visade celler och tabellens alla summor, kan vara vad som helst från 0 till ${k}. Andelar och värden som bygger på ett dolt antal eller på färre än ${k} personer döljs också. Dolda celler har suppressed = true (".." i CSV) och är aldrig 0.`,
    en: `Disclosure control (k = ${k}): counts from 1 to ${k - 1} are not shown, and further cells are hidden until an audit by linear programming shows that every hidden small count, given all shown cells and all the table's totals, could be anything from 0 to ${k}. Shares and values built on a hidden count or on fewer than ${k} persons are hidden too. Hidden cells have suppressed = true (".." in the CSV) and are never 0.`,
  }),
  hiddenCells: (hidden: number): ReportNote =>
    hidden === 0
      ? {
          sv: 'Inga celler behövde döljas i den här tabellen.',
          en: 'No cells needed to be hidden in this table.',
        }
      : {
          sv: `${hidden} celler är dolda i den här tabellen.`,
          en: `${hidden} cells are hidden in this table.`,
        },
} as const;
