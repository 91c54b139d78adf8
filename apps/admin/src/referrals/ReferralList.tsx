import { useMediaQuery, type Theme } from '@mui/material';
import {
  Datagrid,
  List,
  SelectInput,
  SimpleList,
  TextField,
  useTranslate,
  type RaRecord,
} from 'react-admin';
import { ExcelListActions } from '../lib/ExcelListActions';
import { useRole } from '../auth/useRole';
import { EnumField, IsoDateField } from '../common/fields';
import { MunicipalityField, MunicipalityInput } from '../common/refs';
import { referralStateChoices } from '../common/choices';
import { csvExporter } from '../lib/csvExport';

const filters = [
  <MunicipalityInput source="municipalityId" key="municipalityId" alwaysOn />,
  <SelectInput key="state" source="state" choices={referralStateChoices} alwaysOn />,
];

/** One line per referral on a phone: who (if the role sees names), when, state. */
function PhoneList({ names }: { names: boolean }) {
  const translate = useTranslate();
  const label = (type: string, value: unknown) =>
    typeof value === 'string' ? translate(`app.enum.${type}.${value}`, { _: value }) : '';
  return (
    <SimpleList
      linkType="show"
      primaryText={(r: RaRecord) =>
        names ? String(r.participantName) : label('ReferrerOrganisation', r.referrerOrganisation)
      }
      secondaryText={(r: RaRecord) => String(r.receivedOn)}
      tertiaryText={(r: RaRecord) => label('ReferralState', r.state)}
    />
  );
}

export function ReferralList() {
  const phone = useMediaQuery((theme: Theme) => theme.breakpoints.down('sm'));
  // A referrer sees the status of their own referrals, never a name.
  const names = useRole() !== 'REFERRER';
  return (
    <List
      actions={<ExcelListActions />}
      exporter={csvExporter}
      filters={filters}
      sort={{ field: 'receivedOn', order: 'DESC' }}
      perPage={25}
    >
      {phone ? (
        <PhoneList names={names} />
      ) : (
        <Datagrid rowClick="show" bulkActionButtons={false}>
          <IsoDateField source="receivedOn" />
          {names && <TextField source="participantName" sortable={false} />}
          <MunicipalityField source="municipalityId" />
          <EnumField source="referrerOrganisation" sortable={false} type="ReferrerOrganisation" />
          <EnumField source="state" type="ReferralState" />
        </Datagrid>
      )}
    </List>
  );
}
