// Reference fields and inputs used by many resources.
import {
  AutocompleteInput,
  ReferenceField,
  ReferenceInput,
  TextField,
  type Validator,
} from 'react-admin';

export function MunicipalityField({ source, label }: { source: string; label?: string }) {
  return (
    <ReferenceField source={source} reference="Municipality" label={label} link="show">
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

export function ProjectField({ source }: { source: string }) {
  return (
    <ReferenceField source={source} reference="Project" link="show">
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

export function CoachField({ source }: { source: string }) {
  return (
    <ReferenceField source={source} reference="Coach" link="show">
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
