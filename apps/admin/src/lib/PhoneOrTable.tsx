// Reflow (WCAG 1.4.10, issue 21 item 4): a table of four to seven columns cannot fit a
// 320 px screen, and sideways scrolling through one is what the criterion forbids. Below
// the theme's `sm` breakpoint a list shows each record as a short item of two or three
// lines instead (react-admin's SimpleList, as its demo does); wider screens keep the table.
// A list's tertiaryText is given as a function: SimpleList right-aligns only what it wraps
// itself, and puts an element bare against the end of the primary text.
import { useMediaQuery, type Theme } from '@mui/material';
import type { ReactElement } from 'react';
import { ReferenceField, TextField } from 'react-admin';

/** True on a phone-sized screen (narrower than the theme's `sm` breakpoint, 600 px). */
export function usePhone(): boolean {
  return useMediaQuery((theme: Theme) => theme.breakpoints.down('sm'));
}

/** The phone's simple list on a narrow screen, otherwise the table given as children. */
export function PhoneOrTable({
  phone,
  children,
}: {
  phone: ReactElement;
  children: ReactElement;
}): ReactElement {
  return usePhone() ? phone : children;
}

/**
 * A referenced record's name as plain text, for a line of a simple list: the whole item
 * is already a link to the record, and a link inside it would nest one link in another.
 */
export function ReferenceName({
  source,
  reference,
  field = 'name',
}: {
  source: string;
  reference: string;
  field?: string;
}): ReactElement {
  return (
    <ReferenceField source={source} reference={reference} link={false} emptyText="–">
      <TextField source={field} />
    </ReferenceField>
  );
}
