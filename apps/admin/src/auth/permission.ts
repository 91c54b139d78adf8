// One permission as `me { permissions }` returns it: an action of the gateway's access
// policy the signed-in user may take, and how far it reaches.
export type PermissionScope = 'OWN' | 'MUNICIPALITY' | 'ASSOCIATION' | 'AGGREGATES';
export interface Permission {
  readonly action: string;
  readonly scope: PermissionScope;
}
export type Permissions = readonly Permission[];
