/** Who runs the import, for `registered_by` and the audit rows. */
export type ImportActor = {
  readonly userId: string | null;
  readonly role: string | null;
  readonly requestId: string | null;
};
