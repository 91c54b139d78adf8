import {
  Fte,
  LocalDate,
  Money,
  Period,
  allocationOn,
  attestationsDue,
  meetingWindow,
  type Uuid,
} from '@finsam-se/domain';
import {
  type BudgetMonth,
  type BudgetStatusInput,
  budgetByMonth,
  budgetStatus,
  settingInForce,
} from '@finsam-se/funding';
import {
  municipalities,
  projects,
  reportRowsRepository,
  reportTalliesRepository,
} from '@finsam-se/persistence';
import { type Table, cellAt, countOf, outcomeReport } from '@finsam-se/reporting';
import { permitted } from '../auth/authorize.js';
import type { RequestContext } from '../context.js';
import { refuse } from '../errors/refuse.js';
import { costedPosts, fundingRefusal } from '../report/report.service.js';
import { capacityRow } from '../reallocation/reallocation.service.js';
import type { MeetingCadenceType } from '../meeting/meeting-cadence.type.js';
import { cadenceRows } from '../meeting/meeting.service.js';

const GENDERS = ['female', 'male', 'other'] as const;
/** Longer than any project: the meeting window is the project's months before asOf. */
const MAX_PROJECT_MONTHS = 1200;

export type DashboardResult = {
  projectId: string;
  asOf: LocalDate;
  outcome: {
    goal: number;
    discharged: number;
    toWorkOrStudies: number;
    share: number | null;
    byGender: {
      gender: (typeof GENDERS)[number];
      discharged: number;
      toWorkOrStudies: number;
      share: number | null;
    }[];
  };
  capacity: {
    municipalityId: string;
    municipalityName: string;
    fte: number;
    activeParticipants: number;
    caseloadPerFte: number | null;
    band: number | null;
    referralsWaiting: number;
  }[];
  referralsWaiting: number;
  attestationsDue: { municipalityId: string; municipalityName: string; halfYear: string }[];
  meetingCadence: MeetingCadenceType[];
  budget: Money;
  committed: Money;
  budgetMonths: readonly BudgetMonth[];
};

function tallyOf(table: Table, rowKey: string) {
  const discharged = countOf(cellAt(table, rowKey, 'discharged')) ?? 0;
  const toWorkOrStudies = countOf(cellAt(table, rowKey, 'work_or_studies')) ?? 0;
  return {
    discharged,
    toWorkOrStudies,
    share: discharged === 0 ? null : toWorkOrStudies / discharged,
  };
}

/** The year's salary cost committed through asOf, and the budget line month by month. */
function usedOfYear(budgetInput: BudgetStatusInput): {
  committed: Money;
  budgetMonths: readonly BudgetMonth[];
} {
  const status = budgetStatus(budgetInput);
  if (!status.ok) throw fundingRefusal(status.error.code, 'asOf');
  const months = budgetByMonth(budgetInput);
  if (!months.ok) throw fundingRefusal(months.error.code, 'asOf');
  return { committed: status.value.committed, budgetMonths: months.value };
}

/** The steering group's start page: outcome against goal, capacity, queue, attestations, money. */
export const dashboardService = {
  async dashboard(ctx: RequestContext, projectId: Uuid, asOf: LocalDate): Promise<DashboardResult> {
    const actor = permitted(ctx.actor, 'dashboard.read');
    let onlyMunicipality: string | undefined;
    if (actor.role === 'municipal_chief') {
      if (!actor.municipalityId) throw refuse('FORBIDDEN');
      onlyMunicipality = actor.municipalityId;
    }
    return ctx.inTenant(async (tx) => {
      const project = await projects.findById(tx, projectId);
      if (!project) throw refuse('PROJECT.NOT_FOUND');
      const scope = {
        projectId,
        ...(onlyMunicipality === undefined ? {} : { municipalityId: onlyMunicipality }),
      };

      // Outcome: discharges from the project start through asOf, against the project goal.
      const end = LocalDate.min(LocalDate.addDays(asOf, 1), project.period.end);
      const goal =
        project.goals.find(
          (g) => g.metric === 'work_or_studies_at_discharge' && Period.contains(g.period, asOf),
        ) ?? project.goals.find((g) => g.metric === 'work_or_studies_at_discharge');
      const goalShare = goal ? goal.target / 10_000 : 0;
      let outcome: DashboardResult['outcome'] = {
        goal: goalShare,
        discharged: 0,
        toWorkOrStudies: 0,
        share: null,
        byGender: GENDERS.map((gender) => ({
          gender,
          discharged: 0,
          toWorkOrStudies: 0,
          share: null,
        })),
      };
      if (end > project.period.start) {
        const period = { start: project.period.start, end };
        const rows = await reportRowsRepository.enrollments(tx, { ...scope, period });
        const table = outcomeReport(rows, { period, by: 'gender', goalShare });
        outcome = {
          goal: goalShare,
          ...tallyOf(table, 'total'),
          byGender: GENDERS.map((gender) => ({ gender, ...tallyOf(table, gender) })),
        };
      }

      // Capacity per municipality on asOf.
      const allMunicipalities = await municipalities.list(tx, { limit: 1000, offset: 0 });
      const shown = allMunicipalities.filter(
        (m) => onlyMunicipality === undefined || m.id === onlyMunicipality,
      );
      const posts = await reportRowsRepository.posts(tx, scope);
      const { active } = await reportTalliesRepository.demandByMunicipality(tx, projectId, {
        on: asOf,
      });
      const waiting = await reportRowsRepository.referralsWaiting(tx, projectId);
      const fteOn = allocationOn(posts, asOf);
      const capacity = shown.map((m) =>
        capacityRow(m, fteOn.get(m.id) ?? Fte.zero, active.get(m.id) ?? 0, waiting.get(m.id) ?? 0),
      );

      // Attestations: every half-year ended by asOf not yet signed, for the municipalities
      // that have posts in the project.
      const signed = await reportRowsRepository.signedAttestations(tx, projectId);
      const participating = new Set(posts.map((p) => p.municipalityId));
      const due = shown
        .filter((m) => participating.has(m.id))
        .flatMap((m) =>
          attestationsDue(
            project.period,
            asOf,
            signed.filter((s) => s.municipalityId === m.id).map((s) => s.halfYear),
          ).map((halfYear) => ({ municipalityId: m.id, municipalityName: m.name, halfYear })),
        );

      // SE-group meetings: every whole month of the project before asOf's month.
      const meetingCadence = await cadenceRows(
        tx,
        shown.filter((m) => participating.has(m.id)),
        meetingWindow(asOf, MAX_PROJECT_MONTHS, project.period),
      );

      // Budget of the year of asOf and the salary cost committed through asOf (whole project).
      const year = LocalDate.parts(asOf).year;
      const allPosts = onlyMunicipality
        ? await reportRowsRepository.posts(tx, { projectId })
        : posts;
      const coachesPaid = await reportRowsRepository.coachSalaries(tx);
      const settings = await reportRowsRepository.salarySettings(tx);
      const setting = settingInForce(settings, year);
      const budget = project.yearlyBudgets.find((b) => b.year === year)?.amount ?? Money.zero;
      const { committed, budgetMonths } = setting
        ? usedOfYear({
            budget,
            year,
            asOf,
            posts: costedPosts(
              allPosts,
              Period.year(year),
              coachesPaid,
              settings,
              'asOf',
              Period.of(asOf, LocalDate.addDays(asOf, 1)),
            ),
            onCost: setting.onCostPercent,
          })
        : { committed: Money.zero, budgetMonths: [] };
      return {
        projectId,
        asOf,
        outcome,
        capacity,
        referralsWaiting: capacity.reduce((sum, row) => sum + row.referralsWaiting, 0),
        attestationsDue: due,
        meetingCadence,
        budget,
        committed,
        budgetMonths,
      };
    });
  },
};
