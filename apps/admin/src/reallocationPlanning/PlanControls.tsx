// Method and step pickers and the "Hämta förslag" button.
import {
  Button,
  FormControl,
  FormControlLabel,
  FormLabel,
  Radio,
  RadioGroup,
  Stack,
  TextField,
  Typography,
} from '@mui/material';
import AutoFixHighIcon from '@mui/icons-material/AutoFixHigh';
import { useTranslate } from 'react-admin';
import type { ApportionMethod } from '../api/types';
import { formatFte } from '../lib/format';
import { STEPS, type Step } from './draft';
import { METHODS, methodHelpKey, methodLabelKey } from './methods';

export interface PlanControlsProps {
  method: ApportionMethod;
  step: Step;
  windowMonths: number;
  onWindowMonths: (months: number) => void;
  loading: boolean;
  disabled: boolean;
  onMethod: (method: ApportionMethod) => void;
  onStep: (step: Step) => void;
  onSuggest: () => void;
}

export function PlanControls(props: PlanControlsProps) {
  const translate = useTranslate();
  return (
    <Stack direction={{ xs: 'column', md: 'row' }} spacing={3} alignItems="flex-start">
      <FormControl>
        <FormLabel id="method-label">{translate('app.reallocation.method')}</FormLabel>
        <RadioGroup
          aria-labelledby="method-label"
          value={props.method}
          onChange={(e) => props.onMethod(e.target.value as ApportionMethod)}
        >
          {METHODS.map((m) => (
            <FormControlLabel
              key={m}
              value={m}
              control={<Radio size="small" />}
              label={
                <span>
                  <strong>{translate(methodLabelKey(m))}</strong>
                  <Typography component="span" variant="body2" color="text.secondary">
                    {' – '}
                    {translate(methodHelpKey(m))}
                  </Typography>
                </span>
              }
            />
          ))}
        </RadioGroup>
      </FormControl>
      <Stack spacing={2}>
        <FormControl>
          <FormLabel id="step-label">{translate('app.reallocation.step')}</FormLabel>
          <RadioGroup
            row
            aria-labelledby="step-label"
            value={String(props.step)}
            onChange={(e) => props.onStep(Number(e.target.value) === 0.25 ? 0.25 : 0.5)}
          >
            {STEPS.map((s) => (
              <FormControlLabel
                key={s}
                value={String(s)}
                control={<Radio size="small" />}
                label={translate('app.reallocation.step_value', { step: formatFte(s) })}
              />
            ))}
          </RadioGroup>
        </FormControl>
        <TextField
          type="number"
          size="small"
          label={translate('app.reallocation.rules.window')}
          helperText={translate('app.reallocation.rules.window_help')}
          value={props.windowMonths}
          onChange={(e) => {
            const months = Number(e.target.value);
            if (Number.isInteger(months) && months >= 1 && months <= 36)
              props.onWindowMonths(months);
          }}
          slotProps={{ htmlInput: { min: 1, max: 36, 'data-testid': 'window-months' } }}
        />
        <Button
          variant="outlined"
          startIcon={<AutoFixHighIcon />}
          onClick={props.onSuggest}
          disabled={props.disabled || props.loading}
        >
          {translate('app.reallocation.suggest')}
        </Button>
      </Stack>
    </Stack>
  );
}
