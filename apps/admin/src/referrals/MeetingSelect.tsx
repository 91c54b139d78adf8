// The SE-group meeting a referral decision is recorded against (both referral dialogs).
import { MenuItem, TextField } from '@mui/material';
import { useTranslate } from 'react-admin';

export interface MeetingSelectProps {
  meetings: readonly { id: string; heldOn: string }[];
  value: string;
  onChange: (meetingId: string) => void;
  required?: boolean;
  /** Offer "–" (no meeting), for decisions that need none. */
  optional?: boolean;
}

export function MeetingSelect({
  meetings,
  value,
  onChange,
  required,
  optional,
}: MeetingSelectProps) {
  const translate = useTranslate();
  return (
    <TextField
      select
      label={translate('app.referral.meeting')}
      value={value}
      onChange={(e) => onChange(e.target.value)}
      required={required}
    >
      {optional && <MenuItem value="">–</MenuItem>}
      {meetings.map((m) => (
        <MenuItem key={m.id} value={m.id}>
          {m.heldOn}
        </MenuItem>
      ))}
    </TextField>
  );
}
