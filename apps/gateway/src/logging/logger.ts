import { type DestinationStream, pino, type Logger } from 'pino';

/**
 * Structured JSON logs. Tokens, passwords and personal identity numbers are redacted
 * wherever they appear in a logged object; messages never carry request variables.
 */
export function createLogger(level: string, destination?: DestinationStream): Logger {
  const options = {
    level,
    base: { service: 'finsam-se-gateway' },
    redact: {
      paths: [
        'req.headers.authorization',
        'token',
        'password',
        '*.password',
        '*.token',
        'personnummer',
        '*.personnummer',
        'variables',
      ],
      censor: '[redacted]',
    },
    timestamp: pino.stdTimeFunctions.isoTime,
  };
  // Standard output unless told otherwise (tests read the lines they log).
  return destination ? pino(options, destination) : pino(options);
}

export type { Logger };
