import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import { adjacencyGraphs, dictionary as commonDictionary } from '@zxcvbn-ts/language-common';
import { dictionary as englishDictionary } from '@zxcvbn-ts/language-en';

/** Why a new password is refused (the error's stable `reason`). */
export type PasswordProblem = 'PASSWORD.LENGTH' | 'PASSWORD.PERSONAL' | 'PASSWORD.COMMON';

export const passwordMessages: Record<
  PasswordProblem,
  { readonly sv: string; readonly en: string }
> = {
  'PASSWORD.LENGTH': {
    sv: 'Lösenordet ska vara 12–200 tecken.',
    en: 'The password must be 12–200 characters.',
  },
  'PASSWORD.PERSONAL': {
    sv: 'Lösenordet får inte innehålla användarens namn eller e-postadress.',
    en: 'The password must not contain the user’s name or e-mail address.',
  },
  'PASSWORD.COMMON': {
    sv: 'Lösenordet är för lätt att gissa: det är vanligt, har läckt eller följer ett mönster (som aaaa eller 1234). Välj en längre fras av flera ord.',
    en: 'The password is too easy to guess: it is common, has been breached or follows a pattern (like aaaa or 1234). Choose a longer phrase of several words.',
  },
};

export const MIN_PASSWORD_LENGTH = 12;
export const MAX_PASSWORD_LENGTH = 200;
/** zxcvbn's score 3: about 10^8 guesses, "safely unguessable" for an online attack. */
const MIN_SCORE = 3;
/** Words of this service that make a password guessable to anyone who knows it. */
const SERVICE_WORDS = ['finsam', 'hoglandet', 'höglandet', 'samordningsförbund', 'jobbcoach'];

let estimator: ZxcvbnFactory | undefined;
/** Built on first use: unpacking the dictionaries takes a moment. */
function strength(): ZxcvbnFactory {
  estimator ??= new ZxcvbnFactory({
    graphs: adjacencyGraphs,
    dictionary: { ...commonDictionary, ...englishDictionary },
  });
  return estimator;
}

/** The user's own words: name parts and the e-mail's parts, four letters or more. */
function personalWords(user: { readonly email: string; readonly name: string }): string[] {
  const email = user.email.trim().toLowerCase();
  const [local = ''] = email.split('@');
  const parts = [
    ...user.name.toLowerCase().split(/[^\p{L}\p{N}]+/u),
    ...local.split(/[^\p{L}\p{N}]+/u),
  ];
  return [local, ...parts].filter((word) => [...word].length >= 4);
}

/**
 * NIST SP 800-63B for a password someone chooses: 12–200 characters (any characters, no
 * composition rules), not containing the user's name or e-mail, and not common, breached or
 * a simple pattern (zxcvbn's dictionaries of leaked passwords and words, with the user's and
 * the service's own words added). Null when the password is acceptable.
 */
export function passwordProblem(
  password: string,
  user: { readonly email: string; readonly name: string },
): PasswordProblem | null {
  const length = [...password].length;
  if (length < MIN_PASSWORD_LENGTH || length > MAX_PASSWORD_LENGTH) return 'PASSWORD.LENGTH';
  const lower = password.toLowerCase();
  const own = personalWords(user);
  if (own.some((word) => lower.includes(word))) return 'PASSWORD.PERSONAL';
  const { score } = strength().check(password, [...own, ...SERVICE_WORDS]);
  return score < MIN_SCORE ? 'PASSWORD.COMMON' : null;
}
