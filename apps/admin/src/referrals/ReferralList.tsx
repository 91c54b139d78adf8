import { Datagrid, List, SelectInput, TextField } from 'react-admin';
import { EnumField, IsoDateField } from '../common/fields';
import { MunicipalityField, MunicipalityInput } from '../common/refs';
import { referralStateChoices } from '../common/choices';

const filters = [
  <MunicipalityInput source="municipalityId" key="municipalityId" alwaysOn />,
  <SelectInput key="state" source="state" choices={referralStateChoices} alwaysOn />,
];

export function ReferralList() {
  return (
    <List filters={filters} sort={{ field: 'receivedOn', order: 'DESC' }} perPage={25}>
      <Datagrid rowClick="show" bulkActionButtons={false}>
        <IsoDateField source="receivedOn" />
        <TextField source="participantName" />
        <MunicipalityField source="municipalityId" />
        <TextField source="referrerOrganisation" />
        <EnumField source="state" type="ReferralState" />
      </Datagrid>
    </List>
  );
}
