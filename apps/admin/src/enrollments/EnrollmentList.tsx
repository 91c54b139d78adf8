import { useMediaQuery, type Theme } from '@mui/material';
import { Datagrid, List, SimpleList, TextField, useTranslate, type RaRecord } from 'react-admin';
import { EnumField, IsoDateField } from '../common/fields';
import {
  CoachField,
  CoachInput,
  MunicipalityField,
  MunicipalityInput,
  ProjectInput,
} from '../common/refs';
import { csvExporter } from '../lib/csvExport';
import { ExcelListActions } from '../lib/ExcelListActions';

const filters = [
  <MunicipalityInput source="municipalityId" key="municipalityId" alwaysOn />,
  <CoachInput source="coachId" key="coachId" />,
  <ProjectInput source="projectId" key="projectId" />,
];

/** One line per enrollment on a phone: who, since when, which step (or discharged). */
function PhoneList() {
  const translate = useTranslate();
  return (
    <SimpleList
      linkType="show"
      primaryText={(r: RaRecord) => String(r.participantName)}
      secondaryText={(r: RaRecord) => String(r.enrolledOn)}
      tertiaryText={(r: RaRecord) =>
        r.dischargedOn
          ? String(r.dischargedOn)
          : translate(`app.enum.Phase.${String(r.currentPhase)}`, { _: String(r.currentPhase) })
      }
    />
  );
}

export function EnrollmentList() {
  const phone = useMediaQuery((theme: Theme) => theme.breakpoints.down('sm'));
  return (
    <List
      exporter={csvExporter}
      actions={<ExcelListActions />}
      filters={filters}
      sort={{ field: 'enrolledOn', order: 'DESC' }}
      perPage={25}
    >
      {phone ? (
        <PhoneList />
      ) : (
        <Datagrid rowClick="show" bulkActionButtons={false}>
          <TextField source="participantName" />
          <MunicipalityField source="municipalityId" sortable={false} />
          <CoachField source="coachId" sortable={false} />
          <IsoDateField source="enrolledOn" />
          <EnumField source="currentPhase" type="Phase" />
          <IsoDateField source="dischargedOn" />
        </Datagrid>
      )}
    </List>
  );
}
