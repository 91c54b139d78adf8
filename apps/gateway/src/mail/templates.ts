import type { MailTemplate } from '@finsam-se/persistence/jobs';

export type Rendered = {
  readonly template: MailTemplate;
  readonly subject: string;
  readonly text: string;
  readonly html: string;
};

const escapeHtml = (value: string) =>
  value.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );

/** Plain text and the same paragraphs as HTML (every value escaped). */
function render(template: MailTemplate, subject: string, paragraphs: readonly string[]): Rendered {
  const footer = 'Meddelandet skickades automatiskt av Höglandet SE. Svara inte på det.';
  return {
    template,
    subject,
    text: [...paragraphs, '', footer].join('\n\n').replace(/\n{3,}/g, '\n\n'),
    html: `<!doctype html><html lang="sv"><body>${paragraphs
      .map((p) => `<p>${escapeHtml(p).replace(/(https?:\/\/[^\s<]+)/g, '<a href="$1">$1</a>')}</p>`)
      .join('')}<p><small>${escapeHtml(footer)}</small></p></body></html>`,
  };
}

/**
 * The coach's reminder: the coach works with the person, so it names them (no
 * personnummer), with a link to the enrollment in the panel.
 */
export function followUpDueMail(input: {
  readonly participantName: string;
  readonly monthsAfter: number;
  readonly dueOn: string;
  readonly enrollmentUrl: string;
}): Rendered {
  return render(
    'follow_up_due',
    `Uppföljning efter ${input.monthsAfter} månader: ${input.participantName}`,
    [
      'Hej!',
      `Uppföljningen ${input.monthsAfter} månader efter avslut för ${input.participantName} ska göras senast ${input.dueOn}.`,
      `Registrera den under "Att göra" eller på inskrivningen: ${input.enrollmentUrl}`,
    ],
  );
}

/**
 * The survey link for the participant. It holds nothing but the link: it is written to be
 * passed on as it is (the system has no participant e-mail addresses).
 */
export function surveyLinkMail(input: {
  readonly surveyUrl: string;
  readonly expiresOn: string;
}): Rendered {
  return render('survey_link', 'Enkät från Supported Employment', [
    'Hej!',
    `Vi vill gärna veta hur du har det. Svara på några frågor här: ${input.surveyUrl}`,
    `Länken gäller till och med ${input.expiresOn} och kan användas en gång.`,
  ]);
}

/** The municipal chief's reminder: counts only, never a person. */
export function attestationDueMail(input: {
  readonly municipalityName: string;
  readonly projectName: string;
  readonly halfYear: string;
  readonly enrollments: number;
  readonly panelUrl: string;
}): Rendered {
  return render(
    'attestation_due',
    `Attest för ${input.halfYear} väntar: ${input.municipalityName}`,
    [
      'Hej!',
      `Halvåret ${input.halfYear} har tagit slut och attesten för ${input.municipalityName} i projektet ${input.projectName} är inte gjord.`,
      `Under halvåret hade ${input.enrollments} ${input.enrollments === 1 ? 'inskrivning' : 'inskrivningar'} pågått i kommunen.`,
      `Attestera i panelen: ${input.panelUrl}`,
    ],
  );
}

/** The manager's notice of a month without an SE group meeting. */
export function seGroupMissedMail(input: {
  readonly municipalityName: string;
  readonly month: string;
  readonly panelUrl: string;
}): Rendered {
  return render(
    'se_group_missed',
    `SE-gruppen i ${input.municipalityName} träffades inte ${input.month}`,
    [
      'Hej!',
      `SE-gruppen i ${input.municipalityName} har inget möte registrerat under ${input.month}. Grupperna ska träffas varje månad.`,
      `Se mötena i panelen: ${input.panelUrl}`,
    ],
  );
}

/** The manager's report before the nightly retention run: counts only. */
export function retentionReportMail(input: {
  readonly asOf: string;
  readonly participants: number;
  readonly auditRows: number;
  readonly identifyingYears: number;
  readonly auditYears: number;
}): Rendered {
  return render(
    'retention_report',
    `Gallring ${input.asOf}: ${input.participants} deltagare avidentifieras`,
    [
      'Hej!',
      `Nattens gallring (per ${input.asOf}) avidentifierar ${input.participants} deltagare vars uppgifter är äldre än ${input.identifyingYears} år och tar bort ${input.auditRows} loggrader äldre än ${input.auditYears} år.`,
      'Körningen görs direkt efter denna rapport och syns under Personuppgifter i panelen.',
    ],
  );
}
