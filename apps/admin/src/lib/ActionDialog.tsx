// One form for the panel's action dialogs (accept a referral, move a phase, discharge, sign,
// record a consent …): react-admin's Form and inputs with their validation, the gateway's
// refusal shown as a notification and on the field it names (api/errors.ts), and dialog
// semantics from MUI: the title labels the dialog, focus moves in and goes back to the
// button that opened it, Escape and Cancel close it without sending anything.
import { type MouseEvent, type ReactNode, useId } from 'react';
import {
  Button,
  type ButtonProps,
  Dialog,
  DialogActions,
  DialogContent,
  type DialogProps,
  DialogTitle,
  Stack,
} from '@mui/material';
import { Form, useNotify, useTranslate } from 'react-admin';
import { type FieldValues, useFormState, useWatch } from 'react-hook-form';
import { GraphQLRequestError } from '../api/errors';

export interface ActionDialogProps<V extends FieldValues, R = unknown> {
  open: boolean;
  onClose: () => void;
  /** Translation key (or text) of the dialog's title, which is also its accessible name. */
  title: string;
  /** The form's values when the dialog opens (the dialog's content mounts on each opening). */
  defaultValues: V;
  /** Sends the action; throws (a GraphQLRequestError) when the gateway refuses. */
  onSubmit: (values: V) => Promise<R>;
  /** After a success, once the dialog is closed: refresh, redirect, reload. */
  onDone?: (result: R) => void;
  /** Translation key notified on success. */
  successMessage?: string;
  /** Translation key of the submit button (default "Bekräfta"). */
  submitLabel?: string;
  submitColor?: ButtonProps['color'];
  /** A rule beyond the inputs' own validation, e.g. a date not before the start. */
  ready?: (values: V) => boolean;
  /** Inputs (react-admin's, with `source`) and any text; laid out in a column. */
  children: ReactNode;
  maxWidth?: DialogProps['maxWidth'];
  fullWidth?: boolean;
  minWidth?: number | Record<string, number>;
  /** The caller places focus itself after closing (the opener may be gone or disabled). */
  disableRestoreFocus?: boolean;
  /** Inside a clickable row: clicks in the dialog must not open the row. */
  stopPropagation?: boolean;
}

/** The message a failure is notified with: the gateway's own, or the generic one. */
export function failureMessage(error: unknown): string {
  return error instanceof Error ? error.message : 'app.error.INTERNAL_SERVER_ERROR';
}

/** The field errors react-admin puts on the form for a refusal (undefined: none). */
export function submissionErrors(error: unknown): Record<string, unknown> | undefined {
  return error instanceof GraphQLRequestError ? error.body?.errors : undefined;
}

export function ActionDialog<V extends FieldValues, R = unknown>(props: ActionDialogProps<V, R>) {
  const { open, onClose, onSubmit, onDone, successMessage } = props;
  const translate = useTranslate();
  const notify = useNotify();
  const titleId = useId();
  const stop = props.stopPropagation ? (event: MouseEvent) => event.stopPropagation() : undefined;
  const submit = async (values: FieldValues) => {
    try {
      const result = await onSubmit(values as V);
      if (successMessage) notify(successMessage, { type: 'success' });
      onClose();
      onDone?.(result);
      return undefined;
    } catch (error) {
      notify(failureMessage(error), { type: 'error' });
      return submissionErrors(error);
    }
  };
  return (
    <Dialog
      open={open}
      onClose={onClose}
      onClick={stop}
      aria-labelledby={titleId}
      maxWidth={props.maxWidth}
      fullWidth={props.fullWidth}
      disableRestoreFocus={props.disableRestoreFocus}
    >
      <Form
        record={props.defaultValues}
        defaultValues={props.defaultValues}
        onSubmit={submit}
        mode="onChange"
        noValidate
      >
        <DialogTitle id={titleId}>{translate(props.title, { _: props.title })}</DialogTitle>
        <DialogContent>
          <Stack spacing={1} sx={{ mt: 1, minWidth: props.minWidth ?? 320 }}>
            {props.children}
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>{translate('ra.action.cancel')}</Button>
          <SubmitButton
            label={props.submitLabel ?? 'ra.action.confirm'}
            color={props.submitColor}
            ready={props.ready}
          />
        </DialogActions>
      </Form>
    </Dialog>
  );
}

/** Enabled once every input is valid and the extra rule holds; disabled while sending. */
function SubmitButton<V extends FieldValues>(props: {
  label: string;
  color: ButtonProps['color'];
  ready: ((values: V) => boolean) | undefined;
}) {
  const translate = useTranslate();
  const { isValid, isSubmitting } = useFormState();
  const values = useWatch() as V;
  const ready = isValid && (props.ready ? props.ready(values) : true);
  return (
    <Button type="submit" variant="contained" color={props.color} disabled={!ready || isSubmitting}>
      {translate(props.label)}
    </Button>
  );
}
