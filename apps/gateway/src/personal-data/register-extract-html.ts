/** Swedish labels of the columns an extract shows (others are shown by their name). */
const COLUMN_LABELS: Readonly<Record<string, string>> = {
  id: 'Id',
  first_name: 'Förnamn',
  last_name: 'Efternamn',
  gender: 'Kön',
  birth_date: 'Födelsedatum',
  home_municipality_id: 'Hemkommun (id)',
  target_group_factors: 'Målgruppsfaktorer',
  education_level: 'Utbildningsnivå',
  created_at: 'Registrerad',
  anonymised_on: 'Anonymiserad',
  version: 'Version',
  participant_id: 'Deltagare (id)',
  purpose: 'Ändamål',
  given_on: 'Lämnat',
  method: 'Sätt',
  recorded_by: 'Registrerat av (id)',
  recorded_at: 'Registrerat',
  withdrawn_on: 'Återkallat',
  withdrawn_by: 'Återkallat av (id)',
  changed_at: 'Ändrat',
  changed_by: 'Ändrat av (id)',
  field: 'Uppgift',
  old_value: 'Före',
  new_value: 'Efter',
  municipality_id: 'Kommun (id)',
  project_id: 'Projekt (id)',
  referred_by: 'Remitterad av (id)',
  referrer_organisation: 'Remitterande organisation',
  received_on: 'Mottagen',
  state: 'Status',
  referral_id: 'Remiss (id)',
  action: 'Åtgärd',
  decided_on: 'Beslutad',
  decided_by: 'Beslutad av (id)',
  meeting_id: 'SE-gruppsmöte (id)',
  note: 'Anteckning',
  coach_id: 'Jobbcoach (id)',
  enrolled_on: 'Inskriven',
  compensation_at_start: 'Försörjning vid start',
  current_phase: 'Aktuell fas',
  discharged_on: 'Avslutad',
  discharge_reason: 'Avslutsorsak',
  compensation_at_end: 'Försörjning vid avslut',
  occupation_after: 'Sysselsättning efter',
  first_employer_contact_on: 'Första arbetsgivarkontakt',
  first_job_on: 'Första anställning',
  enrollment_id: 'Inskrivning (id)',
  seq: 'Ordning',
  phase: 'Fas',
  on_date: 'Datum',
  started_on: 'Start',
  ended_on: 'Slut',
  reason: 'Orsak',
  employer_id: 'Arbetsgivare (id)',
  kind: 'Typ',
  hours_per_week: 'Timmar per vecka',
  months_after: 'Månader efter avslut',
  due_on: 'Planerad',
  done_on: 'Genomförd',
  working: 'Arbetar',
  studying: 'Studerar',
  at: 'Tidpunkt',
  user_id: 'Användare (id)',
  role: 'Roll',
  entity: 'Uppgiftstyp',
  entity_ids: 'Poster (id)',
  request_id: 'Anrop',
  detail: 'Detaljer',
};

const escapeHtml = (text: string): string =>
  text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');

function cell(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'boolean') return value ? 'Ja' : 'Nej';
  if (Array.isArray(value)) return escapeHtml(value.map((v) => String(v)).join(', '));
  if (typeof value === 'object') return escapeHtml(JSON.stringify(value));
  return escapeHtml(String(value));
}

/** The register extract as a self-contained, printable Swedish HTML document. */
export function renderRegisterExtractHtml(extract: {
  controller: string;
  generatedAt: string;
  generatedBy: string;
  personnummer: string;
  sections: readonly {
    table: string;
    label: string;
    rows: readonly Record<string, unknown>[];
  }[];
}): string {
  const person = extract.sections.find((s) => s.table === 'participants')?.rows[0] ?? {};
  const pnr = extract.personnummer;
  const shownPnr = pnr.length === 12 ? `${pnr.slice(0, 8)}-${pnr.slice(8)}` : pnr;
  const sections = extract.sections
    .map((section) => {
      if (section.rows.length === 0)
        return `<section><h2>${escapeHtml(section.label)}</h2><p>Inga uppgifter.</p></section>`;
      const columns = [...new Set(section.rows.flatMap((row) => Object.keys(row)))];
      const head = columns
        .map((c) => `<th scope="col">${escapeHtml(COLUMN_LABELS[c] ?? c)}</th>`)
        .join('');
      const body = section.rows
        .map((row) => `<tr>${columns.map((c) => `<td>${cell(row[c])}</td>`).join('')}</tr>`)
        .join('\n');
      return `<section><h2>${escapeHtml(section.label)} (${section.rows.length})</h2>
<table><thead><tr>${head}</tr></thead><tbody>
${body}
</tbody></table></section>`;
    })
    .join('\n');
  return `<!doctype html>
<html lang="sv">
<head>
<meta charset="utf-8">
<title>Registerutdrag – ${escapeHtml(String(person.first_name ?? ''))} ${escapeHtml(String(person.last_name ?? ''))}</title>
<style>
body { font-family: system-ui, sans-serif; margin: 2rem; color: #1b1b1b; }
table { border-collapse: collapse; margin-bottom: 1.5rem; font-size: 0.85rem; }
th, td { border: 1px solid #999; padding: 0.25rem 0.5rem; text-align: left; vertical-align: top; }
th { background: #eee; }
@media print { section { page-break-inside: avoid; } }
</style>
</head>
<body>
<h1>Registerutdrag</h1>
<p>Utdrag enligt artikel 15 i dataskyddsförordningen (EU) 2016/679 över de personuppgifter
som ${escapeHtml(extract.controller)} behandlar om dig.</p>
<dl>
<dt>Namn</dt><dd>${escapeHtml(String(person.first_name ?? ''))} ${escapeHtml(String(person.last_name ?? ''))}</dd>
<dt>Personnummer</dt><dd>${escapeHtml(shownPnr)}</dd>
<dt>Personuppgiftsansvarig</dt><dd>${escapeHtml(extract.controller)}</dd>
<dt>Utdraget skapat</dt><dd>${escapeHtml(extract.generatedAt)} av ${escapeHtml(extract.generatedBy)}</dd>
</dl>
<h2>Ändamål och rättslig grund</h2>
<p>Uppgifterna behandlas för att genomföra insatsen Supported Employment (samordnad
rehabilitering enligt lagen (2003:1210) om finansiell samordning av
rehabiliteringsinsatser), för uppföljning och statistik samt, med ditt samtycke,
för registrering i SUS, enkäter och uppföljningskontakt. Uppgifter om hälsa är
känsliga personuppgifter (artikel 9) och skyddas särskilt. Du har rätt att begära
rättelse, radering eller begränsning av behandlingen och att återkalla lämnade samtycken.
Uppgifterna gallras enligt förbundets gallringsregler.</p>
${sections}
</body>
</html>
`;
}
