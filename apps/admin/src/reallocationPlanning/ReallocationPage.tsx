// "Omfördelning av tjänster": the steering group moves coach posts between municipalities.
import { lazy, Suspense, useEffect, useMemo, useReducer, useState } from 'react';
import { Alert, Box, Card, CardContent, CircularProgress, Stack, Typography } from '@mui/material';
import {
  Title,
  useGetList,
  useNotify,
  usePermissions,
  useRefresh,
  useTranslate,
} from 'react-admin';
import type { Allocation, ReallocationPlan } from '../api/types';
import { useFinsam } from '../api/useFinsam';
import { usePolicy } from '../auth/permissions';
import { canReallocate, isRole } from '../auth/roles';
import { firstOfMonthsAgo, firstOfNextMonth, isIsoDate, toIsoDate } from '../lib/format';
import { defaultProjectId, type ProjectLike } from '../lib/projects';
import { useFinsamQuery } from '../api/useFinsamQuery';
import { AllocationTable } from './AllocationTable';
import { ConflictDialog } from './ConflictDialog';
import { DecisionForm, REASON_FIELD_ID } from './DecisionForm';
import { DecisionHistory } from './DecisionHistory';
import { PlanControls } from './PlanControls';
import { ProjectPeriodBar } from './ProjectPeriodBar';
import { ValidationPanel } from './ValidationPanel';
import { useDecide } from './useDecide';
import { RulesPanel } from './RulesPanel';
import { ProposalList } from '../reallocations/ProposalList';
import { newIdempotencyKey } from '../lib/idempotency';
import { useDraftValidation } from './useDraftValidation';
import { assessDraft } from './assess';
import { draftReducer, hasChanges, initialDraft, reasonIsValid, toLineInputs } from './draft';

const CaseloadChart = lazy(() =>
  import('./CaseloadChart').then((m) => ({ default: m.CaseloadChart })),
);

/** After a conflict: to the kept reason, where the user decides again (WCAG 2.4.3). */
function focusReason(): void {
  requestAnimationFrame(() => document.getElementById(REASON_FIELD_ID)?.focus());
}

type ProjectRecord = ProjectLike & { id: string; name: string };

// The steering group's screen holds the draft, its validation, the decision and the conflict
// in one state the five browser suites drive; splitting it goes with moving the plan's rules
// into funding (issue 18 item 4), not with the lint rule.
// eslint-disable-next-line max-lines-per-function
export function ReallocationPage() {
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const finsam = useFinsam();
  const { permissions } = usePermissions();
  const role = isRole(permissions) ? permissions : undefined;
  const policy = usePolicy();
  const today = useMemo(() => new Date(), []);
  const [draft, dispatch] = useReducer(draftReducer, firstOfNextMonth(today), initialDraft);
  const [projectId, setProjectId] = useState<string | null>(null);
  const [plan, setPlan] = useState<ReallocationPlan | undefined>(undefined);
  const [suggesting, setSuggesting] = useState(false);
  const [conflict, setConflict] = useState<{ latest: Allocation | undefined } | null>(null);
  const [reasonTouched, setReasonTouched] = useState(false);
  const { decide, deciding } = useDecide();
  const [windowMonths, setWindowMonths] = useState(6);
  const [proposalsKey, setProposalsKey] = useState(0);

  const projects = useGetList<ProjectRecord>('Project', {
    pagination: { page: 1, perPage: 100 },
    sort: { field: 'startsOn', order: 'ASC' },
  });
  useEffect(() => {
    if (projectId === null && projects.data && projects.data.length > 0) {
      setProjectId(defaultProjectId(projects.data, toIsoDate(today)));
    }
  }, [projectId, projects.data, today]);

  const validDate = isIsoDate(draft.effectiveFrom);
  const allocation = useFinsamQuery(
    ['allocation', projectId, draft.effectiveFrom, windowMonths],
    projectId && validDate
      ? () => finsam.allocation({ projectId, asOf: draft.effectiveFrom, windowMonths })
      : null,
    { onLoaded: (loaded) => dispatch({ type: 'allocationLoaded', rows: loaded.rows }) },
  );
  const settings = useFinsamQuery(
    ['reallocationSettings', projectId],
    projectId ? () => finsam.reallocationSettings({ projectId }) : null,
  );
  const boardDecides = settings.data?.decisionMode === 'BOARD_APPROVAL';
  const series = useFinsamQuery(
    ['caseloadSeries', projectId, toIsoDate(today)],
    projectId
      ? () =>
          finsam.caseloadSeries({
            projectId,
            from: firstOfMonthsAgo(today, 24),
            to: firstOfNextMonth(today),
          })
      : null,
  );

  const changed = hasChanges(draft.lines);
  const lineInputs = useMemo(() => toLineInputs(draft.lines), [draft.lines]);
  const validation = useDraftValidation(
    projectId,
    draft.effectiveFrom,
    changed ? lineInputs : [],
    draft.step,
  );
  const {
    local,
    server: serverViolations,
    budgetEffect,
    invalidIds,
    canDecide,
  } = assessDraft(draft, validation.check, plan, allocation.data !== undefined && validDate);
  const names = new Map(draft.lines.map((l) => [l.municipalityId, l.municipalityName]));
  const nameOf = (id: string | null) => (id ? (names.get(id) ?? id) : '');

  if (role !== undefined && !canReallocate(policy)) {
    return <Alert severity="warning">{translate('ra.message.access_denied')}</Alert>;
  }

  const onSuggest = async () => {
    if (!projectId) return;
    setSuggesting(true);
    try {
      const result = await finsam.reallocationPlan({
        projectId,
        method: draft.method,
        step: draft.step,
        effectiveFrom: draft.effectiveFrom,
        windowMonths,
      });
      setPlan(result);
      dispatch({ type: 'planApplied', lines: result.lines, method: result.method });
    } catch (error) {
      notify(error instanceof Error ? error.message : 'app.error.INTERNAL_SERVER_ERROR', {
        type: 'error',
      });
    } finally {
      setSuggesting(false);
    }
  };

  const onDecide = async () => {
    setReasonTouched(true);
    if (!projectId || !allocation.data || !canDecide) return;
    if (boardDecides) {
      await onPropose(projectId, allocation.data.version);
      return;
    }
    const result = await decide({
      projectId,
      effectiveFrom: draft.effectiveFrom,
      reason: draft.reason.trim(),
      method: draft.suggestedBy,
      lines: lineInputs,
      expectedVersion: allocation.data.version,
    });
    if (result.ok) {
      notify('app.reallocation.decided', { type: 'success' });
      dispatch({ type: 'decisionRecorded' });
      setPlan(undefined);
      setReasonTouched(false);
      await allocation.reload();
      refresh();
      return;
    }
    if (result.code === 'CONFLICT') {
      const latest = await finsam
        .allocation({ projectId, asOf: draft.effectiveFrom })
        .catch(() => undefined);
      setConflict({ latest });
      return;
    }
    notify(result.code === 'BAD_USER_INPUT' ? result.message : `app.error.${result.code}`, {
      type: 'error',
    });
  };

  async function onPropose(id: string, version: number) {
    try {
      await finsam.proposeReallocation({
        projectId: id,
        effectiveFrom: draft.effectiveFrom,
        reason: draft.reason.trim(),
        method: draft.suggestedBy,
        lines: lineInputs,
        expectedVersion: version,
        idempotencyKey: newIdempotencyKey(),
      });
      notify('app.reallocation.proposals.sent', { type: 'success' });
      dispatch({ type: 'decisionRecorded' });
      setPlan(undefined);
      setReasonTouched(false);
      setProposalsKey((k) => k + 1);
    } catch (error) {
      notify(error instanceof Error ? error.message : 'app.error.INTERNAL_SERVER_ERROR', {
        type: 'error',
      });
    }
  }

  return (
    <Stack spacing={2} sx={{ my: 2 }}>
      <Title title={translate('app.reallocation.title')} />
      <Typography variant="h5" component="h1">
        {translate('app.reallocation.title')}
      </Typography>
      <Card>
        <CardContent>
          <ProjectPeriodBar
            projects={projects.data ?? []}
            projectId={projectId}
            effectiveFrom={draft.effectiveFrom}
            onProject={(id) => {
              setProjectId(id);
              setPlan(undefined);
              dispatch({ type: 'projectChanged' });
            }}
            onEffectiveFrom={(date) => dispatch({ type: 'effectiveFromSet', effectiveFrom: date })}
          />
        </CardContent>
      </Card>
      <Card>
        <CardContent sx={{ overflowX: 'auto' }}>
          {allocation.error != null && (
            <Alert severity="error">{translate('app.error.load')}</Alert>
          )}
          {allocation.loading && !allocation.data && (
            <CircularProgress aria-label={translate('ra.page.loading')} />
          )}
          {allocation.data && (
            <AllocationTable
              rows={allocation.data.rows}
              lines={draft.lines}
              step={draft.step}
              windowMonths={allocation.data.window.months}
              invalidIds={invalidIds}
              readOnly={deciding}
              onStep={(municipalityId, direction) =>
                dispatch({ type: 'stepped', municipalityId, direction })
              }
              onSet={(municipalityId, fte) => dispatch({ type: 'fteSet', municipalityId, fte })}
            />
          )}
        </CardContent>
      </Card>
      <Card component="section" aria-labelledby="chart-title">
        <CardContent>
          <Typography id="chart-title" variant="h6" component="h2">
            {translate('app.reallocation.chart')}
          </Typography>
          <Suspense fallback={<CircularProgress aria-label={translate('ra.page.loading')} />}>
            {series.data && <CaseloadChart series={series.data} />}
          </Suspense>
        </CardContent>
      </Card>
      <Card>
        <CardContent>
          <Box sx={{ display: 'grid', gap: 3, gridTemplateColumns: { xs: '1fr', lg: '1fr 1fr' } }}>
            <PlanControls
              method={draft.method}
              step={draft.step}
              windowMonths={windowMonths}
              onWindowMonths={setWindowMonths}
              loading={suggesting}
              disabled={!projectId || !validDate}
              onMethod={(method) => dispatch({ type: 'methodSet', method })}
              onStep={(step) => dispatch({ type: 'stepSet', step })}
              onSuggest={() => void onSuggest()}
            />
            <Stack spacing={2}>
              <ValidationPanel
                local={local}
                server={serverViolations}
                budgetEffect={budgetEffect}
                checking={validation.checking}
                nameOf={nameOf}
              />
              <DecisionForm
                reason={draft.reason}
                effectiveFrom={draft.effectiveFrom}
                canDecide={canDecide}
                deciding={deciding}
                boardDecides={boardDecides}
                reasonError={reasonTouched && !reasonIsValid(draft.reason)}
                onReason={(reason) => {
                  setReasonTouched(true);
                  dispatch({ type: 'reasonSet', reason });
                }}
                onDecide={() => void onDecide()}
              />
            </Stack>
          </Box>
        </CardContent>
      </Card>
      {settings.data && (
        <Card>
          <CardContent>
            <RulesPanel
              settings={settings.data}
              role={role}
              onSaved={() => {
                void settings.reload();
                void allocation.reload();
              }}
            />
          </CardContent>
        </Card>
      )}
      {projectId && (
        <ProposalList projectId={projectId} canReview={false} reloadKey={proposalsKey} />
      )}
      {projectId && <DecisionHistory projectId={projectId} />}
      <ConflictDialog
        open={conflict !== null}
        latest={conflict?.latest}
        lines={draft.lines}
        onClose={() => {
          setConflict(null);
          focusReason();
        }}
        onReload={() => {
          setConflict(null);
          focusReason();
          void allocation.reload();
          refresh();
        }}
      />
    </Stack>
  );
}
