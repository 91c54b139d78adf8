// The strings of "Att göra" and the outbox (merged into app.* by appSv/appEn).
export const todoSv = {
  todo: {
    menu: 'Att göra',
    title: 'Att göra',
    empty: 'Inget är på tur just nu.',
    due: 'Senast %{date}',
    overdue: 'Försenad',
    open: 'Öppna',
    kind: {
      FOLLOW_UP: 'Uppföljning',
      ATTESTATION: 'Attest',
      SE_GROUP: 'SE-grupp',
      FAILED_MAIL: 'E-post',
      FAILED_JOB: 'Schemalagt jobb',
    },
  },
  outbox: {
    menu: 'Utkorg',
    title: 'Utkorg: e-post från systemet',
    intro:
      'Allt systemet skrivit som e-post. Utan SMTP_URL skickas inget: meddelandena hålls kvar här så att demon visar vad som skulle ha skickats.',
    empty: 'Utkorgen är tom.',
    recipient: 'Mottagare',
    subject: 'Ämne',
    state: 'Läge',
    createdAt: 'Skrivet',
    attempts: 'Försök',
    states: { PENDING: 'Väntar', HELD: 'Kvar i utkorgen', SENT: 'Skickat', FAILED: 'Misslyckades' },
    failures: 'Misslyckade jobb',
    noFailures: 'Inga misslyckade jobb.',
    task: 'Jobb',
    lastError: 'Senaste fel',
    final: 'Ges upp',
  },
};

export const todoEn: typeof todoSv = {
  todo: {
    menu: 'To do',
    title: 'To do',
    empty: 'Nothing is due right now.',
    due: 'By %{date}',
    overdue: 'Overdue',
    open: 'Open',
    kind: {
      FOLLOW_UP: 'Follow-up',
      ATTESTATION: 'Attestation',
      SE_GROUP: 'SE group',
      FAILED_MAIL: 'E-mail',
      FAILED_JOB: 'Scheduled job',
    },
  },
  outbox: {
    menu: 'Outbox',
    title: 'Outbox: e-mail from the system',
    intro:
      'Everything the system wrote as e-mail. Without SMTP_URL nothing is sent: messages are held here so the demo shows what would have been sent.',
    empty: 'The outbox is empty.',
    recipient: 'Recipient',
    subject: 'Subject',
    state: 'State',
    createdAt: 'Written',
    attempts: 'Attempts',
    states: { PENDING: 'Waiting', HELD: 'Held in the outbox', SENT: 'Sent', FAILED: 'Failed' },
    failures: 'Failed jobs',
    noFailures: 'No failed jobs.',
    task: 'Job',
    lastError: 'Last error',
    final: 'Given up',
  },
};
