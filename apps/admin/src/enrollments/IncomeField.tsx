// Income sources (before, during or after participation) as words, in the order registered.
import { Labeled, useRecordContext, useTranslate } from 'react-admin';
import { Typography } from '@mui/material';

export function IncomeField({ source }: { source: string }) {
  const record = useRecordContext<Record<string, unknown>>();
  const translate = useTranslate();
  const value = record?.[source];
  const codes = Array.isArray(value) ? value.map(String) : [];
  return (
    <Labeled label={`resources.Enrollment.fields.${source}`}>
      <Typography variant="body2" data-testid={`income-${source}`}>
        {codes.length === 0
          ? translate('app.enrollment.income_not_recorded')
          : codes.map((code) => translate(`app.enum.income.${code}`)).join(', ')}
      </Typography>
    </Labeled>
  );
}
