import { type Mailer, outboxOnly, smtpMailer } from '../mail/mailer.js';

export type WorkerConfig = {
  /** `WORKER=off` leaves the jobs to a separate `npm run worker` process. */
  readonly inGateway: boolean;
  readonly mailer: Mailer;
  readonly publicUrl: string | null;
  readonly mailAttempts: number;
};

export class WorkerConfigError extends Error {}

/** The worker's and mail's settings from the environment (docs/operations.md). */
export function loadWorkerConfig(env: Readonly<Record<string, string | undefined>>): WorkerConfig {
  const worker = (env.WORKER ?? 'on').toLowerCase();
  if (!['on', 'off'].includes(worker)) throw new WorkerConfigError('WORKER must be on or off.');
  const smtpUrl = env.SMTP_URL?.trim();
  if (smtpUrl && !/^smtps?:\/\//.test(smtpUrl))
    throw new WorkerConfigError('SMTP_URL must start with smtp:// or smtps://.');
  const attempts = Number(env.MAIL_ATTEMPTS ?? '5');
  if (!Number.isInteger(attempts) || attempts < 1 || attempts > 25)
    throw new WorkerConfigError('MAIL_ATTEMPTS must be a whole number from 1 to 25.');
  const from = env.MAIL_FROM?.trim() || 'Höglandet SE <no-reply@localhost>';
  return {
    inGateway: worker === 'on',
    mailer: smtpUrl ? smtpMailer(smtpUrl, from) : outboxOnly,
    publicUrl: env.PUBLIC_URL?.trim().replace(/\/+$/, '') || null,
    mailAttempts: attempts,
  };
}
