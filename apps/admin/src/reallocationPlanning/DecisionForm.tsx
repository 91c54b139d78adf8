// Reason and the "Besluta" button; the effective date is chosen at the top of the page.
import { Button, Stack, TextField, Typography } from '@mui/material';
import GavelIcon from '@mui/icons-material/Gavel';
import { useTranslate } from 'react-admin';

/** Where focus goes after a conflict is reloaded: the kept reason, ready to decide again. */
export const REASON_FIELD_ID = 'reallocation-reason';

export interface DecisionFormProps {
  reason: string;
  effectiveFrom: string;
  canDecide: boolean;
  deciding: boolean;
  /** The board decides: the button sends a proposal to the board instead. */
  boardDecides?: boolean;
  reasonError: boolean;
  onReason: (reason: string) => void;
  onDecide: () => void;
}

export function DecisionForm(props: DecisionFormProps) {
  const translate = useTranslate();
  return (
    <Stack spacing={2}>
      <TextField
        id={REASON_FIELD_ID}
        label={translate('app.reallocation.reason')}
        helperText={
          props.reasonError
            ? translate('app.reallocation.reason_required')
            : translate('app.reallocation.reason_help')
        }
        error={props.reasonError}
        required
        multiline
        minRows={3}
        value={props.reason}
        onChange={(e) => props.onReason(e.target.value)}
        slotProps={{ htmlInput: { 'data-testid': 'reallocation-reason' } }}
      />
      <Stack direction="row" spacing={2} alignItems="center">
        <Typography variant="body2" data-testid="decision-effective-from">
          {translate('app.reallocation.applies_from', { date: props.effectiveFrom })}
        </Typography>
        <Button
          variant="contained"
          size="large"
          startIcon={<GavelIcon />}
          disabled={!props.canDecide || props.deciding}
          onClick={props.onDecide}
        >
          {translate(
            props.boardDecides ? 'app.reallocation.proposals.propose' : 'app.reallocation.decide',
          )}
        </Button>
      </Stack>
    </Stack>
  );
}
