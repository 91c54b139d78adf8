import { describe, expect, it } from 'vitest';
import { ConfigError } from '../config/database-config.js';
import { describeFailure } from './describe-failure.js';

describe('describeFailure', () => {
  it('says a configuration error as such', () => {
    expect(describeFailure(new ConfigError('PII_KEY is required with DATABASE_URL'))).toBe(
      'Configuration error: PII_KEY is required with DATABASE_URL',
    );
  });

  it('keeps the first line only and never a password in a database URL', () => {
    const error = new Error(
      'could not open postgres://finsam:s3cret@db.example:5432/finsam\n    at connect (pg.js:1:1)',
    );
    expect(describeFailure(error)).toBe(
      'could not open postgres://finsam:***@db.example:5432/finsam',
    );
  });

  it('names a connection error by its code when it has no message', () => {
    const refused = Object.assign(new AggregateError([], ''), { code: 'ECONNREFUSED' });
    expect(describeFailure(refused)).toBe('ECONNREFUSED');
    expect(describeFailure(new AggregateError([], ''))).toBe('AggregateError');
    expect(describeFailure('plain text')).toBe('plain text');
  });
});
