import { describe, expect, it } from 'vitest';
import { WorkerConfigError, loadWorkerConfig } from './worker-config.js';

describe('loadWorkerConfig', () => {
  it('runs in the gateway with an outbox only by default', () => {
    const config = loadWorkerConfig({});
    expect(config.inGateway).toBe(true);
    expect(config.mailer.mode).toBe('outbox');
    expect(config.mailAttempts).toBe(5);
  });
  it('sends over SMTP when SMTP_URL is set, and can be left to its own process', () => {
    const config = loadWorkerConfig({ SMTP_URL: 'smtp://127.0.0.1:2525', WORKER: 'off' });
    expect(config.mailer.mode).toBe('smtp');
    expect(config.inGateway).toBe(false);
  });
  it('refuses what it cannot use', () => {
    expect(() => loadWorkerConfig({ WORKER: 'maybe' })).toThrow(WorkerConfigError);
    expect(() => loadWorkerConfig({ SMTP_URL: 'http://mail' })).toThrow(WorkerConfigError);
    expect(() => loadWorkerConfig({ MAIL_ATTEMPTS: '0' })).toThrow(WorkerConfigError);
  });
});
