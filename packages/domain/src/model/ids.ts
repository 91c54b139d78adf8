/** Identifiers are opaque strings (UUIDs in the database). */
export type Id = string;

/** Every row of tenant data belongs to one samordningsförbund. */
export type TenantScoped = { readonly associationId: Id };
