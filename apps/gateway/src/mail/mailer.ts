import nodemailer from 'nodemailer';

export type OutgoingMail = {
  readonly id: string;
  readonly to: string;
  readonly subject: string;
  readonly text: string;
  readonly html: string;
};

/**
 * Sends mail over SMTP (`SMTP_URL`), or, with none configured (the embedded demo), is an
 * outbox only: messages are kept as `held` and shown to the manager in the panel.
 */
export type Mailer =
  | { readonly mode: 'outbox' }
  | {
      readonly mode: 'smtp';
      send(mail: OutgoingMail): Promise<void>;
      close(): void;
    };

export const outboxOnly: Mailer = { mode: 'outbox' };

export function smtpMailer(smtpUrl: string, from: string): Mailer {
  const transport = nodemailer.createTransport(smtpUrl);
  return {
    mode: 'smtp',
    async send(mail) {
      await transport.sendMail({
        from,
        to: mail.to,
        subject: mail.subject,
        text: mail.text,
        html: mail.html,
        // The outbox id: a message sent again after a crash has the same Message-ID.
        messageId: `<${mail.id}@finsam-se.invalid>`,
      });
    },
    close: () => transport.close(),
  };
}
