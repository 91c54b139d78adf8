// "Avsluta": ends a placement by setting endedOn (updatePlacement through the data provider).
import { useState, type MouseEvent } from 'react';
import { Button, Dialog, DialogActions, DialogContent, DialogTitle } from '@mui/material';
import { useNotify, useRecordContext, useRefresh, useTranslate, useUpdate } from 'react-admin';
import { canWriteResource } from '../auth/roles';
import { usePolicy } from '../auth/permissions';
import { IsoDateInput } from '../common/IsoDateInput';
import { isIsoDate, toIsoDate } from '../lib/format';

interface PlacementRecord {
  id: string;
  startedOn: string;
  endedOn: string | null;
}

export function EndPlacementButton() {
  const record = useRecordContext<PlacementRecord>();
  const policy = usePolicy();
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const [update, { isPending }] = useUpdate();
  const [open, setOpen] = useState(false);
  const [on, setOn] = useState(toIsoDate(new Date()));
  if (!record || record.endedOn || !canWriteResource(policy, 'Placement')) return null;
  const stop = (event: MouseEvent) => event.stopPropagation();
  const submit = () =>
    update(
      'Placement',
      { id: record.id, data: { endedOn: on }, previousData: record },
      {
        mutationMode: 'pessimistic',
        onSuccess: () => {
          notify('app.placement.ended', { type: 'success' });
          setOpen(false);
          refresh();
        },
        onError: (error) =>
          notify(error instanceof Error ? error.message : 'app.error.INTERNAL_SERVER_ERROR', {
            type: 'error',
          }),
      },
    );
  const tooEarly = isIsoDate(on) && on < record.startedOn;
  return (
    <>
      <Button
        size="small"
        onClick={(event) => {
          stop(event);
          setOpen(true);
        }}
      >
        {translate('app.placement.end')}
      </Button>
      <Dialog
        open={open}
        onClose={() => setOpen(false)}
        onClick={stop}
        aria-labelledby="end-placement-title"
      >
        <DialogTitle id="end-placement-title">{translate('app.placement.end')}</DialogTitle>
        <DialogContent>
          <IsoDateInput
            label={translate('resources.Placement.fields.endedOn')}
            value={on}
            onChange={setOn}
            required
          />
          {tooEarly && <p role="alert">{translate('app.placement.before_start')}</p>}
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setOpen(false)}>{translate('ra.action.cancel')}</Button>
          <Button
            variant="contained"
            disabled={isPending || !isIsoDate(on) || tooEarly}
            onClick={() => void submit()}
          >
            {translate('ra.action.confirm')}
          </Button>
        </DialogActions>
      </Dialog>
    </>
  );
}
