// The import page's texts in Swedish (app.import).
export const importSv = {
  menu: 'Import',
  title: 'Import från kalkylblad',
  choose: 'Välj fil',
  help: 'Deltagare och deras inskrivningar från en .xlsx- eller .csv-fil (semikolon eller komma). Provkörningen kontrollerar varje rad och sparar ingenting.',
  file: 'Välj .xlsx- eller .csv-fil',
  noFile: 'Ingen fil vald',
  dryRun: 'Provkör',
  again: 'Provkör igen',
  mapping: 'Kolumner',
  notInFile: '(finns inte i filen)',
  summary:
    'Rader i filen: %{total}. Kan importeras: %{valid}. Med fel: %{errors}. Personer som redan finns (lämnas som de är): %{existing}.',
  errors: 'Fel per rad',
  row: 'Rad',
  column: 'Kolumn',
  error: 'Fel',
  run: 'Importera %{smart_count} rad |||| Importera %{smart_count} rader',
  progress: 'Importens förlopp',
  running: 'Importerar … %{done} av %{of} rader klara.',
  done: 'Importen är klar. Nya deltagare: %{participants}. Nya inskrivningar: %{enrollments}. Fanns redan: %{skipped}. Rader med fel som inte importerades: %{errors}.',
  stopped:
    'Importen avbröts efter %{participants} deltagare och %{enrollments} inskrivningar. Importera samma fil igen för att fortsätta där den slutade.',
  failed: 'Importen kunde inte göras. Försök igen.',
};
