// What has been done in an enrollment, on its page: its placements and its follow-ups (with
// "Registrera uppföljning"), so a coach finds and records them where the person's work is.
import { useMediaQuery, type Theme } from '@mui/material';
import {
  BooleanField,
  Datagrid,
  Labeled,
  NumberField,
  ReferenceField,
  ReferenceManyField,
  SimpleList,
  TextField,
  type RaRecord,
} from 'react-admin';
import { EnumField, IsoDateField } from '../common/fields';
import { RecordFollowUpButton } from '../followUps/RecordFollowUpButton';

export function EnrollmentPlacements() {
  return (
    <Labeled label="resources.Placement.name" fullWidth data-testid="enrollment-placements">
      <ReferenceManyField
        reference="Placement"
        target="enrollmentId"
        sort={{ field: 'startedOn', order: 'ASC' }}
      >
        <Datagrid rowClick="show" bulkActionButtons={false} empty={<span>–</span>}>
          <ReferenceField source="employerId" reference="Employer" link={false} sortable={false}>
            <TextField source="name" />
          </ReferenceField>
          <EnumField source="kind" type="PlacementKind" sortable={false} />
          <IsoDateField source="startedOn" sortable={false} />
          <IsoDateField source="endedOn" sortable={false} />
        </Datagrid>
      </ReferenceManyField>
    </Labeled>
  );
}

/** On a phone: one line per follow-up (months after, due, done) with its record button. */
function FollowUpLines() {
  return (
    <SimpleList
      linkType={false}
      primaryText={(r: RaRecord) => `${String(r.monthsAfter)} mån · ${String(r.dueOn)}`}
      secondaryText={(r: RaRecord) => (r.doneOn ? `✓ ${String(r.doneOn)}` : '–')}
      tertiaryText={<RecordFollowUpButton />}
    />
  );
}

export function EnrollmentFollowUps() {
  const phone = useMediaQuery((theme: Theme) => theme.breakpoints.down('sm'));
  return (
    <Labeled label="resources.FollowUp.name" fullWidth data-testid="enrollment-follow-ups">
      <ReferenceManyField
        reference="FollowUp"
        target="enrollmentId"
        sort={{ field: 'dueOn', order: 'ASC' }}
      >
        {phone ? (
          <FollowUpLines />
        ) : (
          <Datagrid rowClick={false} bulkActionButtons={false} empty={<span>–</span>}>
            <NumberField source="monthsAfter" sortable={false} />
            <IsoDateField source="dueOn" sortable={false} />
            <IsoDateField source="doneOn" sortable={false} />
            <BooleanField source="working" sortable={false} />
            <BooleanField source="studying" sortable={false} />
            <RecordFollowUpButton />
          </Datagrid>
        )}
      </ReferenceManyField>
    </Labeled>
  );
}
