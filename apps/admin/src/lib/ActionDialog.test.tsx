import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { useState } from 'react';
import { AdminContext, Notification, TextInput, memoryStore, required } from 'react-admin';
import { GraphQLRequestError } from '../api/errors';
import { buildI18nProvider } from '../i18n/i18nProvider';
import { ActionDialog, type ActionDialogProps } from './ActionDialog';

afterEach(cleanup);

type Values = { reason: string; on: string };

function Harness(props: Partial<ActionDialogProps<Values>> & { sent: Values[] }) {
  const [open, setOpen] = useState(false);
  const { sent, ...rest } = props;
  return (
    <>
      <button type="button" onClick={() => setOpen(true)}>
        Öppna
      </button>
      <ActionDialog<Values>
        open={open}
        onClose={() => setOpen(false)}
        title="Skriv ut"
        defaultValues={{ reason: '', on: '2026-10-01' }}
        successMessage="Klart"
        onSubmit={async (values) => {
          sent.push(values);
        }}
        {...rest}
      >
        <TextInput source="reason" label="Orsak" validate={required()} />
        <TextInput source="on" label="Datum" />
      </ActionDialog>
    </>
  );
}

function renderHarness(props: Partial<ActionDialogProps<Values>> = {}) {
  const sent: Values[] = [];
  render(
    <AdminContext i18nProvider={buildI18nProvider()} store={memoryStore()}>
      <Harness sent={sent} {...props} />
      <Notification />
    </AdminContext>,
  );
  const opener = screen.getByRole('button', { name: 'Öppna' });
  // A click focuses the button in a browser; happy-dom leaves that to the test.
  opener.focus();
  fireEvent.click(opener);
  return { sent, opener };
}

const confirm = () => screen.getByRole('button', { name: 'Bekräfta' });

describe('ActionDialog', () => {
  it('is a dialog named by its title with focus inside, sends once valid, then closes and gives focus back', async () => {
    const { sent, opener } = renderHarness();
    const dialog = await screen.findByRole('dialog', { name: 'Skriv ut' });
    // MUI focuses the modal's container around the dialog, as the keyboard suite checks.
    const modal = dialog.closest('.MuiModal-root');
    await waitFor(() => expect(modal?.contains(document.activeElement)).toBe(true));
    await waitFor(() => expect(confirm()).toHaveProperty('disabled', true));
    fireEvent.change(screen.getByLabelText(/^Orsak/), { target: { value: 'Fått arbete' } });
    await waitFor(() => expect(confirm()).toHaveProperty('disabled', false));
    fireEvent.click(confirm());
    await screen.findByText('Klart');
    expect(sent).toEqual([{ reason: 'Fått arbete', on: '2026-10-01' }]);
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    await waitFor(() => expect(document.activeElement).toBe(opener));
  });

  it('closes on Escape and on Cancel without sending', async () => {
    const { sent } = renderHarness();
    const dialog = await screen.findByRole('dialog', { name: 'Skriv ut' });
    fireEvent.keyDown(dialog, { key: 'Escape' });
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    fireEvent.click(screen.getByRole('button', { name: 'Öppna' }));
    await screen.findByRole('dialog');
    fireEvent.click(screen.getByRole('button', { name: 'Avbryt' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(sent).toEqual([]);
  });

  it('keeps the dialog open on a refusal, notifies it and shows it on the field the gateway names', async () => {
    renderHarness({
      onSubmit: () =>
        Promise.reject(
          new GraphQLRequestError('Datumet ligger före inskrivningen.', 'BAD_USER_INPUT', 400, [
            {
              message: 'Datumet ligger före inskrivningen.',
              extensions: { code: 'BAD_USER_INPUT', field: 'on' },
            },
          ]),
        ),
    });
    await screen.findByRole('dialog');
    fireEvent.change(screen.getByLabelText(/^Orsak/), { target: { value: 'Flytt' } });
    await waitFor(() => expect(confirm()).toHaveProperty('disabled', false));
    fireEvent.click(confirm());
    // Once in the notification, once under the date field.
    await waitFor(() =>
      expect(screen.getAllByText('Datumet ligger före inskrivningen.').length).toBe(2),
    );
    expect(screen.getByRole('dialog')).toBeTruthy();
  });

  it('stays disabled while a rule beyond the inputs fails', async () => {
    renderHarness({ ready: (values) => values.on >= '2026-11-01' });
    await screen.findByRole('dialog');
    fireEvent.change(screen.getByLabelText(/^Orsak/), { target: { value: 'Flytt' } });
    await waitFor(() => expect(screen.getByLabelText(/^Orsak/)).toHaveProperty('value', 'Flytt'));
    expect(confirm()).toHaveProperty('disabled', true);
    fireEvent.change(screen.getByLabelText(/^Datum/), { target: { value: '2026-11-02' } });
    await waitFor(() => expect(confirm()).toHaveProperty('disabled', false));
  });
});
