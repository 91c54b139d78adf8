import { InitialSchema1732500000000 } from './1732500000000-initial-schema.js';

/** Every migration, in order. New ones are appended; committed ones never change. */
export const migrations = [InitialSchema1732500000000];
