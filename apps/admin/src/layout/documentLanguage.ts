// The page's language is the panel's (WCAG 3.1.1): index.html says Swedish, the default, and
// an English panel must say English, or a screen reader reads its English in Swedish and a
// Swedish text marked lang="sv" is not told apart from the rest (3.1.2). The public survey
// page sets its own, from its respondent's choice.
import { useEffect } from 'react';
import { useLocaleState } from 'react-admin';

export function useDocumentLanguage(): void {
  const [locale] = useLocaleState();
  useEffect(() => {
    document.documentElement.lang = locale === 'en' ? 'en' : 'sv';
  }, [locale]);
}
