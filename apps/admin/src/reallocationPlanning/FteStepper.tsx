// −/+ buttons and a numeric input for one municipality's proposed FTE.
import { useEffect, useState } from 'react';
import { IconButton, Stack, TextField } from '@mui/material';
import RemoveIcon from '@mui/icons-material/Remove';
import AddIcon from '@mui/icons-material/Add';
import { useTranslate } from 'react-admin';
import { formatFte, parseFte } from '../lib/format';

export interface FteStepperProps {
  municipalityName: string;
  value: number;
  step: number;
  invalid: boolean;
  disabled?: boolean;
  onStep: (direction: 1 | -1) => void;
  onSet: (fte: number) => void;
}

export function FteStepper(props: FteStepperProps) {
  const { municipalityName, value, step, invalid, disabled, onStep, onSet } = props;
  const translate = useTranslate();
  const [text, setText] = useState(formatFte(value));

  useEffect(() => {
    setText((current) => (parseFte(current) === value ? current : formatFte(value)));
  }, [value]);

  const name = { name: municipalityName };
  return (
    <Stack direction="row" alignItems="center" spacing={0.5}>
      <IconButton
        size="small"
        aria-label={translate('app.reallocation.decrease', { ...name, step: formatFte(step) })}
        onClick={() => onStep(-1)}
        disabled={disabled || value <= 0}
      >
        <RemoveIcon fontSize="small" />
      </IconButton>
      <TextField
        size="small"
        value={text}
        error={invalid}
        disabled={disabled}
        onChange={(event) => {
          setText(event.target.value);
          const parsed = parseFte(event.target.value);
          if (parsed !== null && parsed >= 0) onSet(parsed);
        }}
        onBlur={() => setText(formatFte(value))}
        slotProps={{
          htmlInput: {
            'aria-label': translate('app.reallocation.proposed_for', name),
            inputMode: 'decimal',
            'data-testid': `proposed-fte-${municipalityName}`,
            style: { width: '4.5em', textAlign: 'right' },
          },
        }}
      />
      <IconButton
        size="small"
        aria-label={translate('app.reallocation.increase', { ...name, step: formatFte(step) })}
        onClick={() => onStep(1)}
        disabled={disabled}
      >
        <AddIcon fontSize="small" />
      </IconButton>
    </Stack>
  );
}
