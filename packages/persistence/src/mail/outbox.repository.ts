import type { TenantTx } from '../db/database.js';

export type MailTemplate =
  'follow_up_due' | 'survey_link' | 'attestation_due' | 'se_group_missed' | 'retention_report';

export type OutboxState = 'pending' | 'held' | 'sent' | 'failed';

export type OutboxMessage = {
  readonly id: string;
  readonly template: MailTemplate;
  readonly recipientUserId: string | null;
  readonly recipient: string;
  readonly subject: string;
  readonly text: string;
  readonly html: string;
  readonly state: OutboxState;
  readonly attempts: number;
  readonly lastError: string | null;
  readonly createdAt: string;
  readonly sentAt: string | null;
};

export type NewMessage = {
  readonly template: MailTemplate;
  readonly recipientUserId: string | null;
  readonly recipient: string;
  readonly subject: string;
  readonly text: string;
  readonly html: string;
};

type Row = {
  id: string;
  template: MailTemplate;
  recipient_user_id: string | null;
  recipient: string;
  subject: string;
  text_body: string;
  html_body: string;
  state: OutboxState;
  attempts: number;
  last_error: string | null;
  created_at: Date;
  sent_at: Date | null;
};

const COLUMNS = `id, template, recipient_user_id, recipient, subject, text_body, html_body, state, attempts, last_error, created_at, sent_at`;

const toMessage = (r: Row): OutboxMessage => ({
  id: r.id,
  template: r.template,
  recipientUserId: r.recipient_user_id,
  recipient: r.recipient,
  subject: r.subject,
  text: r.text_body,
  html: r.html_body,
  state: r.state,
  attempts: r.attempts,
  lastError: r.last_error,
  createdAt: r.created_at.toISOString(),
  sentAt: r.sent_at?.toISOString() ?? null,
});

/** Every e-mail the system writes, sent or waiting (without SMTP: held, shown in the panel). */
export const outboxRepository = {
  /** Queues messages in the caller's transaction (the effect that caused them commits with them). */
  async add(
    tx: TenantTx,
    effectKey: string | null,
    messages: readonly NewMessage[],
    state: 'pending' | 'held',
  ): Promise<string[]> {
    if (messages.length === 0) return [];
    const rows = await tx.query<{ id: string }>(
      `INSERT INTO mail_outbox (association_id, effect_key, template, recipient_user_id, recipient, subject, text_body, html_body, state)
       SELECT $1, $2, m.template, m.recipient_user_id, m.recipient, m.subject, m.text_body, m.html_body, $4
       FROM jsonb_to_recordset($3::jsonb) AS m(template text, recipient_user_id uuid, recipient text, subject text, text_body text, html_body text)
       RETURNING id`,
      [
        tx.associationId,
        effectKey,
        JSON.stringify(
          messages.map((m) => ({
            template: m.template,
            recipient_user_id: m.recipientUserId,
            recipient: m.recipient,
            subject: m.subject,
            text_body: m.text,
            html_body: m.html,
          })),
        ),
        state,
      ],
    );
    return rows.map((r) => r.id);
  },

  /** One message, locked for this transaction so two workers never send it at once. */
  async lockForSending(tx: TenantTx, id: string): Promise<OutboxMessage | undefined> {
    const rows = await tx.query<Row>(
      `SELECT ${COLUMNS} FROM mail_outbox WHERE association_id = $1 AND id = $2 FOR UPDATE`,
      [tx.associationId, id],
    );
    return rows[0] ? toMessage(rows[0]) : undefined;
  },

  async markSent(tx: TenantTx, id: string, attempts: number): Promise<void> {
    await tx.query(
      `UPDATE mail_outbox SET state = 'sent', sent_at = now(), attempts = $3, last_error = NULL
       WHERE association_id = $1 AND id = $2`,
      [tx.associationId, id, attempts],
    );
  },

  async markAttemptFailed(
    tx: TenantTx,
    id: string,
    attempts: number,
    error: string,
    final: boolean,
  ): Promise<void> {
    await tx.query(
      `UPDATE mail_outbox SET attempts = $3, last_error = left($4, 500), state = CASE WHEN $5 THEN 'failed' ELSE state END
       WHERE association_id = $1 AND id = $2 AND state = 'pending'`,
      [tx.associationId, id, attempts, error, final],
    );
  },

  /** Messages still to send (after a crash, the flush job enqueues them again). */
  async pendingIds(tx: TenantTx, limit = 500): Promise<string[]> {
    const rows = await tx.query<{ id: string }>(
      `SELECT id FROM mail_outbox WHERE association_id = $1 AND state = 'pending' ORDER BY created_at, id LIMIT $2`,
      [tx.associationId, limit],
    );
    return rows.map((r) => r.id);
  },

  async list(
    tx: TenantTx,
    page: { readonly limit: number; readonly offset: number; readonly state?: OutboxState },
  ): Promise<{ messages: OutboxMessage[]; total: number }> {
    const rows = await tx.query<Row & { total: number }>(
      `SELECT ${COLUMNS}, count(*) OVER ()::int AS total FROM mail_outbox
       WHERE association_id = $1 AND ($4::text IS NULL OR state = $4)
       ORDER BY created_at DESC, id LIMIT $2 OFFSET $3`,
      [tx.associationId, page.limit, page.offset, page.state ?? null],
    );
    return { messages: rows.map(toMessage), total: rows[0]?.total ?? 0 };
  },
};
