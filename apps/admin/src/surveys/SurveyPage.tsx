// The public answering page for a one-time link, /survey/<token>: no log-in, no personal
// data, readable on a phone. Outside react-admin: the token is the only key.
import { useEffect, useMemo, useState } from 'react';
import {
  Alert,
  Box,
  Button,
  CircularProgress,
  Container,
  CssBaseline,
  Stack,
  ThemeProvider,
  Typography,
  createTheme,
} from '@mui/material';
import { createGraphQLCall } from '../api/graphqlFetch';
import { GraphQLRequestError } from '../api/errors';
import { buildPublicSurveyOperations } from '../api/namedOperations';
import type { SurveyForm } from '../api/types';
import { QuestionField } from './QuestionField';
import { type Lang, answerList, complete } from './scales';

const texts = {
  sv: {
    loading: 'Hämtar enkäten …',
    gone: 'Länken fungerar inte. Den kan redan ha använts eller ha gått ut.',
    error: 'Något gick fel. Försök igen om en stund.',
    anonymous: 'Dina svar är anonyma: vi sparar bara kön, år och kommun tillsammans med svaren.',
    named: 'Dina svar sparas tillsammans med din inskrivning så att din jobbcoach kan se dem.',
    submit: 'Skicka svar',
    incomplete: 'Besvara alla frågor som är markerade med *.',
    thanks: 'Tack för dina svar!',
    thanksDetail: 'Svaren är sparade. Länken kan inte användas igen.',
    other: 'English',
  },
  en: {
    loading: 'Loading the questionnaire …',
    gone: 'The link does not work. It may already have been used or have expired.',
    error: 'Something went wrong. Please try again later.',
    anonymous: 'Your answers are anonymous: only gender, year and municipality are kept with them.',
    named: 'Your answers are kept with your enrollment so that your job coach can see them.',
    submit: 'Send answers',
    incomplete: 'Answer every question marked with *.',
    thanks: 'Thank you for your answers!',
    thanksDetail: 'Your answers are saved. The link cannot be used again.',
    other: 'Svenska',
  },
} as const;

const theme = createTheme({
  palette: { primary: { main: '#1f4e79' } },
  typography: { fontSize: 16 },
});

type State =
  | { kind: 'loading' }
  | { kind: 'gone' }
  | { kind: 'error' }
  | { kind: 'form'; form: SurveyForm }
  | { kind: 'done' };

export function tokenFromPath(pathname: string): string | null {
  const match = /^\/survey\/([A-Za-z0-9_-]{1,100})\/?$/.exec(pathname);
  return match?.[1] ?? null;
}

export function SurveyPage({ token }: { token: string }) {
  const api = useMemo(
    () => buildPublicSurveyOperations(createGraphQLCall({ token: () => null })),
    [],
  );
  const [lang, setLang] = useState<Lang>('sv');
  const [state, setState] = useState<State>({ kind: 'loading' });
  const [values, setValues] = useState<Record<string, number | undefined>>({});
  const [busy, setBusy] = useState(false);
  const [tried, setTried] = useState(false);
  const t = texts[lang];

  useEffect(() => {
    // The token is in the address: never send it on as a referrer.
    const meta = document.createElement('meta');
    meta.name = 'referrer';
    meta.content = 'no-referrer';
    document.head.appendChild(meta);
    return () => meta.remove();
  }, []);

  useEffect(() => {
    let live = true;
    api
      .surveyByToken(token)
      .then((form) => live && setState({ kind: 'form', form }))
      .catch((error: unknown) => {
        if (!live) return;
        const gone = error instanceof GraphQLRequestError && error.code === 'NOT_FOUND';
        setState({ kind: gone ? 'gone' : 'error' });
      });
    return () => {
      live = false;
    };
  }, [api, token]);

  useEffect(() => {
    document.documentElement.lang = lang;
    document.title =
      state.kind === 'form' ? (lang === 'sv' ? state.form.titleSv : state.form.titleEn) : 'Enkät';
  }, [lang, state]);

  const submit = async (form: SurveyForm) => {
    setTried(true);
    if (!complete(form.questions, values)) return;
    setBusy(true);
    try {
      await api.submitSurveyResponse(token, answerList(form.questions, values));
      setState({ kind: 'done' });
    } catch (error) {
      const gone = error instanceof GraphQLRequestError && error.code === 'NOT_FOUND';
      setState({ kind: gone ? 'gone' : 'error' });
    } finally {
      setBusy(false);
    }
  };

  return (
    <ThemeProvider theme={theme}>
      <CssBaseline />
      <Container component="main" maxWidth="sm" sx={{ py: 2 }}>
        <Box sx={{ display: 'flex', justifyContent: 'flex-end' }}>
          <Button
            size="large"
            lang={lang === 'sv' ? 'en' : 'sv'}
            onClick={() => setLang(lang === 'sv' ? 'en' : 'sv')}
          >
            {t.other}
          </Button>
        </Box>
        {state.kind === 'loading' && (
          <Stack alignItems="center" sx={{ mt: 4 }}>
            <CircularProgress aria-label={t.loading} />
          </Stack>
        )}
        {state.kind === 'gone' && (
          <Alert severity="warning" role="alert">
            {t.gone}
          </Alert>
        )}
        {state.kind === 'error' && (
          <Alert severity="error" role="alert">
            {t.error}
          </Alert>
        )}
        {state.kind === 'done' && (
          <Alert severity="success" role="status">
            <Typography component="h1" variant="h6">
              {t.thanks}
            </Typography>
            {t.thanksDetail}
          </Alert>
        )}
        {state.kind === 'form' && (
          <Box
            component="form"
            noValidate
            onSubmit={(e) => {
              e.preventDefault();
              void submit(state.form);
            }}
          >
            <Typography component="h1" variant="h5" gutterBottom>
              {lang === 'sv' ? state.form.titleSv : state.form.titleEn}
            </Typography>
            <Typography variant="body1" sx={{ mb: 2 }}>
              {state.form.anonymous ? t.anonymous : t.named}
            </Typography>
            <Stack spacing={3}>
              {state.form.questions.map((question) => (
                <QuestionField
                  key={question.key}
                  question={question}
                  lang={lang}
                  value={values[question.key]}
                  onChange={(value) => setValues((prev) => ({ ...prev, [question.key]: value }))}
                />
              ))}
              {tried && !complete(state.form.questions, values) && (
                <Alert severity="error" role="alert">
                  {t.incomplete}
                </Alert>
              )}
              <Button
                type="submit"
                variant="contained"
                size="large"
                disabled={busy}
                sx={{ minHeight: 56, fontSize: '1.1rem' }}
              >
                {t.submit}
              </Button>
            </Stack>
          </Box>
        )}
      </Container>
    </ThemeProvider>
  );
}
