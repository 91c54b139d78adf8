// The import page's texts in Swedish (app.import).
export const importSv = {
  menu: 'Import',
  title: 'Import från kalkylblad',
  choose: 'Välj fil',
  help: 'Deltagare med inskrivningar, remisser eller placeringar från en .xlsx- eller .csv-fil (semikolon eller komma). Remisser och placeringar gäller personer som redan finns. Provkörningen kontrollerar varje rad och sparar ingenting.',
  register: 'Register',
  registers: {
    participants: 'Deltagare och inskrivningar',
    referrals: 'Remisser',
    placements: 'Placeringar (praktik, anställning, studier)',
  },
  file: 'Välj .xlsx- eller .csv-fil',
  noFile: 'Ingen fil vald',
  dryRun: 'Provkör',
  again: 'Provkör igen',
  mapping: 'Kolumner',
  notInFile: '(finns inte i filen)',
  summary:
    'Rader i filen: %{total}. Kan importeras: %{valid}. Med fel: %{errors}. Personer som redan finns (lämnas som de är): %{existing}.',
  summaryRecords:
    'Rader i filen: %{total}. Kan importeras: %{valid}. Med fel: %{errors}. Redan importerade (hoppas över): %{existing}.',
  errors: 'Fel per rad',
  row: 'Rad',
  column: 'Kolumn',
  error: 'Fel',
  run: 'Importera %{smart_count} rad |||| Importera %{smart_count} rader',
  progress: 'Importens förlopp',
  running: 'Importerar … %{done} av %{of} rader klara.',
  done: 'Importen är klar. Nya deltagare: %{participants}. Nya inskrivningar: %{enrollments}. Fanns redan: %{skipped}. Rader med fel som inte importerades: %{errors}.',
  doneReferrals:
    'Importen är klar. Nya remisser: %{referrals}. Fanns redan: %{skipped}. Rader med fel som inte importerades: %{errors}.',
  donePlacements:
    'Importen är klar. Nya placeringar: %{placements}. Nya arbetsgivare: %{employers}. Fanns redan: %{skipped}. Rader med fel som inte importerades: %{errors}.',
  stoppedRecords:
    'Importen avbröts efter %{done} av %{of} rader. Importera samma fil igen för att fortsätta där den slutade.',
  stopped:
    'Importen avbröts efter %{participants} deltagare och %{enrollments} inskrivningar. Importera samma fil igen för att fortsätta där den slutade.',
  failed: 'Importen kunde inte göras. Försök igen.',
  runs: 'Senaste importerna till registret',
  fileName: 'Fil',
  noRuns: 'Inga importer till det här registret ännu.',
  started: 'Startad',
  status: 'Status',
  rows: 'Rader',
  statuses: { running: 'Pågår', done: 'Klar', failed: 'Avbruten' },
};
