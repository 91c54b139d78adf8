import { Create, Edit } from 'react-admin';
import { CoachForm } from './CoachForm';

export function CoachEdit() {
  return (
    <Edit mutationMode="pessimistic">
      <CoachForm />
    </Edit>
  );
}

export function CoachCreate() {
  return (
    <Create redirect="show">
      <CoachForm />
    </Create>
  );
}
