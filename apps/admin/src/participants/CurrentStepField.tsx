import { FunctionField, useTranslate, type RaRecord } from 'react-admin';

/**
 * The SE step of the person's enrollment, shown only while they are enrolled: after a
 * discharge the latest enrollment's step is history, not where the person is now.
 */
export function CurrentStepField({ label }: { label?: string }) {
  const translate = useTranslate();
  return (
    <FunctionField
      source="currentPhase"
      label={label}
      sortable={false}
      render={(record: RaRecord) =>
        record.status === 'ACTIVE' && typeof record.currentPhase === 'string'
          ? translate(`app.enum.Phase.${record.currentPhase}`, { _: record.currentPhase })
          : '–'
      }
    />
  );
}
