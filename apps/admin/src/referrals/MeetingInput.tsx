// The SE-group meeting a referral decision is recorded against (both referral dialogs).
import { SelectInput, required as requiredRule } from 'react-admin';

export interface MeetingInputProps {
  meetings: readonly { id: string; heldOn: string }[];
  /** A decision on a referral the SE group has not met about needs its meeting. */
  required?: boolean;
}

export function MeetingInput({ meetings, required }: MeetingInputProps) {
  return (
    <SelectInput
      source="meetingId"
      label="app.referral.meeting"
      choices={meetings.map((m) => ({ id: m.id, name: m.heldOn }))}
      translateChoice={false}
      emptyText="–"
      emptyValue=""
      validate={required ? requiredRule() : undefined}
    />
  );
}
