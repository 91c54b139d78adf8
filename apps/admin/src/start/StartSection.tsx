// One card of a start page: a heading with how many there are, its rows, and a way to all.
import type { ReactNode } from 'react';
import {
  Alert,
  Button,
  Card,
  CardContent,
  CircularProgress,
  Stack,
  Typography,
} from '@mui/material';
import { Link, useTranslate } from 'react-admin';

export interface StartSectionProps {
  /** Accessible name and visible heading. */
  title: string;
  /** Shown after the title, e.g. "(12)"; omitted while unknown. */
  total?: number;
  isPending: boolean;
  error: unknown;
  /** Text for an empty section: what being empty means here. */
  empty: string;
  isEmpty: boolean;
  /** Where "Visa alla" leads. */
  allTo?: string;
  children: ReactNode;
}

export function StartSection(props: StartSectionProps) {
  const translate = useTranslate();
  const { title, total, isPending, error, empty, isEmpty, allTo, children } = props;
  const heading = total === undefined ? title : `${title} (${total})`;
  return (
    <Card component="section" aria-label={title}>
      <CardContent>
        <Stack direction="row" justifyContent="space-between" alignItems="baseline">
          <Typography variant="h6" component="h2">
            {heading}
          </Typography>
          {allTo && (
            <Button component={Link} to={allTo} size="small">
              {translate('app.start.showAll')}
            </Button>
          )}
        </Stack>
        {error != null && <Alert severity="error">{translate('app.error.load')}</Alert>}
        {error == null && isPending && (
          <CircularProgress size={24} aria-label={translate('ra.page.loading')} />
        )}
        {error == null && !isPending && isEmpty && (
          <Typography color="text.secondary">{empty}</Typography>
        )}
        {error == null && !isPending && !isEmpty && children}
      </CardContent>
    </Card>
  );
}

/** A start page's frame: its title in the app bar, a heading and its cards. */
export function StartGrid({ heading, children }: { heading: string; children: ReactNode }) {
  return (
    <Stack spacing={2} sx={{ my: 2 }}>
      <Typography variant="h5" component="h1">
        {heading}
      </Typography>
      <Stack sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', lg: '1fr 1fr' } }}>
        {children}
      </Stack>
    </Stack>
  );
}

/** Days from one ISO date to another (both calendar dates, no time zone involved). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}
