// The import page's texts in English (app.import).
import type { importSv } from './importSv';

export const importEn: typeof importSv = {
  menu: 'Import',
  title: 'Import from spreadsheets',
  choose: 'Choose a file',
  help: 'Participants with their enrollments, referrals or placements from an .xlsx or .csv file (semicolon or comma). Referrals and placements concern people already registered. The dry run checks every row and saves nothing.',
  register: 'Register',
  registers: {
    participants: 'Participants and enrollments',
    referrals: 'Referrals',
    placements: 'Placements (work trials, employment, studies)',
  },
  file: 'Choose an .xlsx or .csv file',
  noFile: 'No file chosen',
  dryRun: 'Dry run',
  again: 'Dry run again',
  mapping: 'Columns',
  notInFile: '(not in the file)',
  summary:
    'Rows in the file: %{total}. Can be imported: %{valid}. With errors: %{errors}. People already registered (left as they are): %{existing}.',
  summaryRecords:
    'Rows in the file: %{total}. Can be imported: %{valid}. With errors: %{errors}. Already imported (skipped): %{existing}.',
  errors: 'Errors per row',
  row: 'Row',
  column: 'Column',
  error: 'Error',
  run: 'Import %{smart_count} row |||| Import %{smart_count} rows',
  progress: 'Import progress',
  running: 'Importing … %{done} of %{of} rows done.',
  done: 'The import is done. New participants: %{participants}. New enrollments: %{enrollments}. Already there: %{skipped}. Rows with errors not imported: %{errors}.',
  doneReferrals:
    'The import is done. New referrals: %{referrals}. Already there: %{skipped}. Rows with errors not imported: %{errors}.',
  donePlacements:
    'The import is done. New placements: %{placements}. New employers: %{employers}. Already there: %{skipped}. Rows with errors not imported: %{errors}.',
  stoppedRecords:
    'The import stopped after %{done} of %{of} rows. Import the same file again to go on where it stopped.',
  stopped:
    'The import stopped after %{participants} participants and %{enrollments} enrollments. Import the same file again to go on where it stopped.',
  failed: 'The import could not be done. Try again.',
  runs: 'Latest imports into the register',
  fileName: 'File',
  noRuns: 'No imports into this register yet.',
  started: 'Started',
  status: 'Status',
  rows: 'Rows',
  statuses: { running: 'Running', done: 'Done', failed: 'Stopped' },
};
