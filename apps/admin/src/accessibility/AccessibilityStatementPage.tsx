// /tillganglighet: the accessibility statement, public (no log-in), in Swedish or English.
import { Box, Button, Container, Stack } from '@mui/material';
import { Link, useLocaleState } from 'react-admin';
import results from './axe-results.json';
import type { AxeResults } from './axeResults';
import { StatementContent } from './StatementContent';
import { statementTexts } from './statementTexts';
import { useDocumentLanguage } from '../layout/documentLanguage';

export function AccessibilityStatementPage() {
  useDocumentLanguage();
  const [locale, setLocale] = useLocaleState();
  const lang = locale === 'en' ? 'en' : 'sv';
  const t = statementTexts[lang];
  return (
    // The heading is one long word ("Tillgänglighetsredogörelse", 402 px in h4): at 320 px it
    // breaks rather than make the page scroll sideways (WCAG 1.4.10).
    <Container
      component="main"
      maxWidth="md"
      sx={{ py: 3, overflowWrap: 'break-word', hyphens: 'auto' }}
    >
      <Stack direction="row" spacing={2} sx={{ mb: 2, flexWrap: 'wrap' }}>
        <Button component={Link} to="/">
          {t.back}
        </Button>
        <Button
          lang={lang === 'sv' ? 'en' : 'sv'}
          onClick={() => setLocale(lang === 'sv' ? 'en' : 'sv')}
        >
          {t.otherLanguage}
        </Button>
      </Stack>
      <Box>
        <StatementContent results={results as AxeResults} locale={lang} />
      </Box>
    </Container>
  );
}
