import { LocalDate } from '@finsam-se/domain';

/** A date column as ISO text (`YYYY-MM-DD`) under an alias, for the resource queries. */
export const day = (column: string, alias: string) =>
  `to_char(${column}, 'YYYY-MM-DD') AS ${alias}`;

/** An ISO date text from the database as a LocalDate (null stays null). */
export const date = (text: string | null): LocalDate | null =>
  text === null ? null : LocalDate.from(text);

/** An ISO date text from a NOT NULL column as a LocalDate. */
export const requiredDate = (text: string): LocalDate => LocalDate.from(text);
