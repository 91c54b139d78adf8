// A resource's name is a plural message ("Remiss |||| Remisser"). Translated without a
// count, as a section heading or a field label, polyglot returns both forms joined by
// "||||". Such a heading names the records below it, so it takes the plural form. A message
// that prints its count ("%{smart_count} poster") is left alone: guessing a number would lie.
import type { I18nProvider } from 'react-admin';

const PLURAL_SEPARATOR = '||||';
const COUNT_TOKEN = '%{smart_count}';
/** Any count above one selects the plural form in Swedish and English. */
const MANY = 2;

export function withPluralDefault(provider: I18nProvider): I18nProvider {
  return {
    ...provider,
    translate: (key: string, options?: Record<string, unknown>) => {
      const text = provider.translate(key, options);
      const countless = options?.smart_count === undefined;
      if (!countless || !text.includes(PLURAL_SEPARATOR) || text.includes(COUNT_TOKEN)) {
        return text;
      }
      return provider.translate(key, { ...options, smart_count: MANY });
    },
  };
}
