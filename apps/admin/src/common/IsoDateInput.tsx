// A date typed as YYYY-MM-DD whatever the browser's locale (native date inputs follow the
// browser's locale, e.g. MM/DD/YYYY in an English browser).
import { TextField } from '@mui/material';
import { TextInput, type TextInputProps, useTranslate } from 'react-admin';
import { isIsoDate } from '../lib/format';

export interface IsoDateInputProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  required?: boolean;
  size?: 'small' | 'medium';
  testId?: string;
}

export function IsoDateInput({
  label,
  value,
  onChange,
  required,
  size,
  testId,
}: IsoDateInputProps) {
  const translate = useTranslate();
  const invalid = value !== '' && !isIsoDate(value);
  return (
    <TextField
      label={label}
      value={value}
      required={required}
      size={size}
      fullWidth={false}
      error={invalid}
      helperText={invalid ? translate('app.validation.date') : undefined}
      placeholder={translate('app.help.date')}
      onChange={(e) => onChange(e.target.value.trim())}
      slotProps={{
        inputLabel: { shrink: true },
        htmlInput: {
          inputMode: 'numeric',
          maxLength: 10,
          style: { width: '7.5em' },
          ...(testId ? { 'data-testid': testId } : {}),
        },
      }}
    />
  );
}

const isoDate = (value: unknown) =>
  typeof value === 'string' && value !== '' && !isIsoDate(value.trim())
    ? 'app.validation.date'
    : undefined;

/**
 * react-admin's DateInput is the browser's native picker, which shows mm/dd/yyyy in an
 * English browser beside our ÅÅÅÅ-MM-DD fields: every form date is this text input instead.
 */
export function IsoDateTextInput({ validate, ...props }: TextInputProps) {
  const translate = useTranslate();
  const rules = [...(Array.isArray(validate) ? validate : validate ? [validate] : []), isoDate];
  return (
    <TextInput
      {...props}
      validate={rules}
      placeholder={translate('app.help.date')}
      parse={(value: string) => (value.trim() === '' ? null : value.trim())}
      slotProps={{
        inputLabel: { shrink: true },
        htmlInput: { inputMode: 'numeric', maxLength: 10 },
      }}
    />
  );
}
