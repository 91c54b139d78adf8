import { randomBytes } from 'node:crypto';
import { hashPassword, verifyPassword } from '@finsam-se/persistence';

/** Hashing and checking passwords; injectable so tests can count the work done. */
export type PasswordHasher = {
  hash(password: string): Promise<string>;
  /** False for a wrong password and for a hash that is not a password hash. */
  verify(passwordHash: string, password: string): Promise<boolean>;
};

export const argon2Passwords: PasswordHasher = { hash: hashPassword, verify: verifyPassword };

/**
 * A hash of a random password made with the same function and parameters as real ones:
 * a log-in with no usable hash (unknown e-mail, deactivated account, no password set) is
 * checked against it, so every failed log-in costs the same.
 */
export function dummyHash(passwords: PasswordHasher): () => Promise<string> {
  let made: Promise<string> | undefined;
  return () => {
    made ??= passwords.hash(randomBytes(16).toString('hex'));
    return made;
  };
}
