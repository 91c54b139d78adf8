// Form toolbar without the delete button, for resources the gateway cannot delete.
import { SaveButton, Toolbar } from 'react-admin';

export function SaveOnlyToolbar() {
  return (
    <Toolbar>
      <SaveButton />
    </Toolbar>
  );
}
