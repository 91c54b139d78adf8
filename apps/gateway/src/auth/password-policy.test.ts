import { beforeAll, describe, expect, it } from 'vitest';
import { passwordMessages, passwordProblem } from './password-policy.js';

const user = { email: 'anna.lindqvist@kommun.se', name: 'Anna Lindqvist' };

describe('password policy (NIST SP 800-63B)', () => {
  // The first check unpacks zxcvbn's dictionaries (seconds on a loaded two-core machine;
  // CI timed out the first test at 5 s): done once here, so the tests time the rules only.
  beforeAll(() => {
    passwordProblem('uppvärmning av ordlistorna', user);
  }, 60_000);

  it('refuses passwords shorter than 12 or longer than 200 characters', () => {
    expect(passwordProblem('kort-ord-1', user)).toBe('PASSWORD.LENGTH');
    expect(passwordProblem('x'.repeat(201), user)).toBe('PASSWORD.LENGTH');
  });

  it('refuses repeated characters, sequences, keyboard walks and common passwords', () => {
    for (const weak of [
      'aaaaaaaaaaaa',
      '123456789012',
      'qwertyuiopas',
      'password1234',
      'iloveyou1234',
    ])
      expect(passwordProblem(weak, user), weak).toBe('PASSWORD.COMMON');
  });

  it('refuses the service’s own words with a little decoration', () => {
    expect(passwordProblem('Hoglandet2024', user)).toBe('PASSWORD.COMMON');
  });

  it('refuses a password containing the user’s name or e-mail', () => {
    expect(passwordProblem('Lindqvist-1984!', user)).toBe('PASSWORD.PERSONAL');
    expect(passwordProblem('anna.lindqvist@kommun.se', user)).toBe('PASSWORD.PERSONAL');
  });

  it('accepts a long passphrase, with no composition rules', () => {
    expect(passwordProblem('korrekt häst batteri häftklammer', user)).toBeNull();
    expect(passwordProblem('blåbärssylt i novembermörkret', user)).toBeNull();
  });

  it('explains every refusal in Swedish and English', () => {
    for (const message of Object.values(passwordMessages)) {
      expect(message.sv.length).toBeGreaterThan(10);
      expect(message.en.length).toBeGreaterThan(10);
    }
  });
});
