import { describe, expect, it } from 'vitest';
import type { LocalDate } from '../core/local-date.js';
import type { Role } from '../model/people.js';
import {
  type Referral,
  type ReferralAction,
  type ReferralState,
  referralActions,
  referralStates,
} from '../model/referral.js';
import { decideReferral, mayDecideReferral, nextReferralStates } from './referral-transition.js';

const day = (text: string) => text as LocalDate;
const referral = (state: ReferralState): Referral => ({
  associationId: 'a1',
  id: 'r1',
  participantId: 'p1',
  municipalityId: 'm1',
  projectId: 'pr1',
  referredBy: 'u-ref',
  referrerOrganisation: 'AF',
  receivedOn: day('2019-03-01'),
  state,
  decisions: [],
  version: 1,
});
const by = (role: Role) => ({ userId: `u-${role}`, role });

const allowed: Record<ReferralState, Partial<Record<ReferralAction, ReferralState>>> = {
  received: { accept: 'accepted', not_now: 'not_now', decline: 'declined', escalate: 'escalated' },
  escalated: { accept: 'accepted', decline: 'declined' },
  accepted: {},
  not_now: {},
  declined: {},
};

describe('decideReferral', () => {
  for (const state of referralStates) {
    for (const action of referralActions) {
      const target = allowed[state][action];
      const role: Role = state === 'escalated' ? 'municipal_chief' : 'coach';
      it(`${state} + ${action} → ${target ?? 'REFERRAL.INVALID_TRANSITION'}`, () => {
        const result = decideReferral(referral(state), {
          action,
          actor: by(role),
          decidedOn: day('2019-03-10'),
          meetingId: 'meeting-1',
        });
        if (target === undefined) {
          expect(result).toMatchObject({
            ok: false,
            error: { code: 'REFERRAL.INVALID_TRANSITION' },
          });
        } else {
          expect(result).toMatchObject({ ok: true, value: { state: target } });
          expect(result.ok && result.value.decisions).toEqual([
            {
              action,
              state: target,
              decidedOn: '2019-03-10',
              decidedBy: `u-${role}`,
              meetingId: 'meeting-1',
              note: '',
            },
          ]);
        }
      });
    }
  }

  it.each(['board', 'steering', 'referrer', 'external'] as const)(
    '%s may not decide a received referral',
    (role) => {
      expect(
        decideReferral(referral('received'), {
          action: 'accept',
          actor: by(role),
          decidedOn: day('2019-03-10'),
        }),
      ).toMatchObject({ ok: false, error: { code: 'REFERRAL.FORBIDDEN' } });
    },
  );

  it.each(['coach', 'manager', 'steering', 'board', 'referrer', 'external'] as const)(
    'only the municipal chief decides an escalated referral, not %s',
    (role) => {
      expect(
        decideReferral(referral('escalated'), {
          action: 'accept',
          actor: by(role),
          decidedOn: day('2019-03-10'),
        }),
      ).toMatchObject({ ok: false, error: { code: 'REFERRAL.FORBIDDEN' } });
    },
  );

  it('refuses a decision dated before the referral arrived', () => {
    expect(
      decideReferral(referral('received'), {
        action: 'accept',
        actor: by('coach'),
        decidedOn: day('2019-02-28'),
      }),
    ).toMatchObject({
      ok: false,
      error: { code: 'REFERRAL.INVALID_TRANSITION', field: 'decidedOn' },
    });
  });

  it('keeps the history: escalation then the chief’s decision', () => {
    const escalated = decideReferral(referral('received'), {
      action: 'escalate',
      actor: by('coach'),
      decidedOn: day('2019-03-10'),
      note: 'Gruppen är oenig',
    });
    if (!escalated.ok) throw new Error('expected ok');
    const decided = decideReferral(escalated.value, {
      action: 'accept',
      actor: by('municipal_chief'),
      decidedOn: day('2019-03-12'),
    });
    expect(decided.ok && decided.value.decisions.map((d) => d.state)).toEqual([
      'escalated',
      'accepted',
    ]);
    expect(decided.ok && decided.value.decisions[0]?.note).toBe('Gruppen är oenig');
  });
});

describe('nextReferralStates and mayDecideReferral', () => {
  it('lists where a referral can go', () => {
    expect(nextReferralStates('received')).toEqual([
      'accepted',
      'not_now',
      'declined',
      'escalated',
    ]);
    expect(nextReferralStates('escalated')).toEqual(['accepted', 'declined']);
    expect(nextReferralStates('declined')).toEqual([]);
  });
  it('says who decides', () => {
    expect(mayDecideReferral('received', 'coach')).toBe(true);
    expect(mayDecideReferral('escalated', 'coach')).toBe(false);
    expect(mayDecideReferral('escalated', 'municipal_chief')).toBe(true);
    expect(mayDecideReferral('accepted', 'manager')).toBe(false);
  });
});
