// The five SE steps as a stepper: reached phases with their dates, the current one active.
import { Step, StepLabel, Stepper, Typography, useMediaQuery, type Theme } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import type { Phase } from '../api/types';
import { PHASES } from '../common/choices';
import { formatDate } from '../lib/format';

interface EnrollmentRecord {
  id: string;
  currentPhase: Phase | null;
  phases: { phase: Phase; on: string }[];
  dischargedOn: string | null;
}

/** Index of the current phase; -1 when none. */
export function phaseIndex(phase: Phase | null): number {
  return phase ? PHASES.indexOf(phase) : -1;
}

export function PhaseTimeline() {
  const record = useRecordContext<EnrollmentRecord>();
  const translate = useTranslate();
  // Five labelled steps side by side do not fit a phone: there they stand in a column.
  const phone = useMediaQuery((theme: Theme) => theme.breakpoints.down('sm'));
  if (!record) return null;
  const reached = new Map(record.phases.map((p) => [p.phase, p.on]));
  const active = record.dischargedOn ? PHASES.length : phaseIndex(record.currentPhase);
  return (
    <Stepper
      activeStep={active}
      alternativeLabel={!phone}
      orientation={phone ? 'vertical' : 'horizontal'}
      aria-label={translate('app.enrollment.timeline')}
      data-testid="phase-timeline"
    >
      {PHASES.map((phase) => {
        const on = reached.get(phase);
        return (
          <Step key={phase} completed={on !== undefined && phaseIndex(phase) < active}>
            <StepLabel
              optional={<Typography variant="caption">{on ? formatDate(on) : ''}</Typography>}
            >
              {translate(`app.enum.Phase.${phase}`)}
            </StepLabel>
          </Step>
        );
      })}
    </Stepper>
  );
}
