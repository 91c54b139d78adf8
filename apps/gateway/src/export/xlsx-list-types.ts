// The shape of a list export, shared by the list registry and its column tables.
/** One column of a list export: its Swedish header, the GraphQL field and how it is written. */
export type ListColumn = {
  readonly header: string;
  readonly field: string;
  readonly kind: 'text' | 'date' | 'integer' | 'decimal' | 'boolean';
  /** For an object field: what is asked of it (`{ decidedOn }`) and the cell's value from it. */
  readonly of?: { readonly selection: string; readonly value: (field: unknown) => unknown };
};

/** A list that can be exported: the GraphQL list query the panel uses and its columns. */
export type ListExport = {
  readonly title: string;
  readonly query: string;
  /** The GraphQL input type of the list's `filter` argument. */
  readonly filterType: string;
  readonly columns: readonly ListColumn[];
  /** The sort the pages are read in, when the list cannot sort by id. */
  readonly sortField?: string;
};
