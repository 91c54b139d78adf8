// Reference fields and inputs used by many resources.
import {
  AutocompleteInput,
  ReferenceField,
  ReferenceInput,
  TextField,
  type Validator,
} from 'react-admin';

/**
 * `sortable` is read by the Datagrid header from the element's props: false where the
 * gateway cannot sort the list by this column (it refuses unknown sort fields).
 */
type ReferenceColumnProps = { source: string; label?: string; sortable?: boolean };

export function MunicipalityField({ source, label, sortable }: ReferenceColumnProps) {
  return (
    <ReferenceField
      source={source}
      reference="Municipality"
      label={label}
      link="show"
      sortable={sortable}
    >
      <TextField source="name" />
    </ReferenceField>
  );
}

export function MunicipalityInput({
  source,
  label,
  alwaysOn,
  validate,
}: {
  source: string;
  label?: string;
  alwaysOn?: boolean;
  validate?: Validator | Validator[];
}) {
  return (
    <ReferenceInput
      source={source}
      reference="Municipality"
      sort={{ field: 'name', order: 'ASC' }}
      alwaysOn={alwaysOn}
    >
      <AutocompleteInput
        optionText="name"
        label={label}
        filterToQuery={(q: string) => ({ q })}
        validate={validate}
      />
    </ReferenceInput>
  );
}

export function ProjectField({ source, sortable }: ReferenceColumnProps) {
  return (
    <ReferenceField source={source} reference="Project" link="show" sortable={sortable}>
      <TextField source="name" />
    </ReferenceField>
  );
}

export function ProjectInput({ source, alwaysOn }: { source: string; alwaysOn?: boolean }) {
  return (
    <ReferenceInput source={source} reference="Project" alwaysOn={alwaysOn}>
      <AutocompleteInput optionText="name" filterToQuery={(q: string) => ({ q })} />
    </ReferenceInput>
  );
}

export function CoachField({ source, sortable }: ReferenceColumnProps) {
  return (
    <ReferenceField source={source} reference="Coach" link="show" sortable={sortable}>
      <TextField source="name" />
    </ReferenceField>
  );
}

export function CoachInput({ source, alwaysOn }: { source: string; alwaysOn?: boolean }) {
  return (
    <ReferenceInput source={source} reference="Coach" alwaysOn={alwaysOn}>
      <AutocompleteInput optionText="name" filterToQuery={(q: string) => ({ q })} />
    </ReferenceInput>
  );
}
