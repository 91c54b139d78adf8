// The reallocation's project rules (who decides, min/max FTE) and the board's proposals.
import type { GraphQLCall } from './graphqlFetch';
import type { ApportionMethod, DecideReallocationInput } from './types';

export type DecisionMode = 'DELEGATED' | 'BOARD_APPROVAL';
export type ProposalStatus = 'PENDING' | 'APPROVED' | 'REJECTED';

export interface FteBound {
  municipalityId: string;
  municipalityName: string;
  min: number | null;
  max: number | null;
}
export interface ReallocationSettings {
  projectId: string;
  decisionMode: DecisionMode;
  delegationReference: string | null;
  defaultMinFte: number;
  bounds: FteBound[];
  updatedAt: string | null;
  updatedByName: string | null;
}
export interface ReallocationSettingsInput {
  projectId: string;
  decisionMode: DecisionMode;
  delegationReference: string | null;
  bounds: { municipalityId: string; min: number | null; max: number | null }[];
}
export interface ReallocationProposal {
  id: string;
  projectId: string;
  effectiveFrom: string;
  reason: string;
  method: ApportionMethod | null;
  proposedByName: string;
  proposedAt: string;
  status: ProposalStatus;
  reviewedByName: string | null;
  reviewedAt: string | null;
  reviewNote: string | null;
  lines: {
    municipalityId: string;
    municipalityName: string;
    fteBefore: number;
    fteAfter: number;
  }[];
}

const SETTINGS_FIELDS =
  'projectId decisionMode delegationReference defaultMinFte updatedAt updatedByName bounds { municipalityId municipalityName min max }';
const PROPOSAL_FIELDS =
  'id projectId effectiveFrom reason method proposedByName proposedAt status reviewedByName reviewedAt reviewNote lines { municipalityId municipalityName fteBefore fteAfter }';

export const REALLOCATION_SETTINGS = `query ReallocationSettings($projectId: ID!) {
  reallocationSettings(projectId: $projectId) { ${SETTINGS_FIELDS} }
}`;
export const UPDATE_REALLOCATION_SETTINGS = `mutation UpdateReallocationSettings($input: ReallocationSettingsInput!) {
  updateReallocationSettings(input: $input) { ${SETTINGS_FIELDS} }
}`;
export const REALLOCATION_PROPOSALS = `query ReallocationProposals($projectId: ID!, $status: ProposalStatus) {
  reallocationProposals(projectId: $projectId, status: $status) { ${PROPOSAL_FIELDS} }
}`;
export const PROPOSE_REALLOCATION = `mutation ProposeReallocation($input: DecideReallocationInput!) {
  proposeReallocation(input: $input) { ${PROPOSAL_FIELDS} }
}`;
export const REVIEW_REALLOCATION_PROPOSAL = `mutation ReviewReallocationProposal($id: ID!, $approve: Boolean!, $note: String) {
  reviewReallocationProposal(id: $id, approve: $approve, note: $note) { ${PROPOSAL_FIELDS} }
}`;

export interface ReallocationRulesOperations {
  reallocationSettings(p: { projectId: string }): Promise<ReallocationSettings>;
  updateReallocationSettings(input: ReallocationSettingsInput): Promise<ReallocationSettings>;
  reallocationProposals(p: {
    projectId: string;
    status?: ProposalStatus;
  }): Promise<ReallocationProposal[]>;
  proposeReallocation(input: DecideReallocationInput): Promise<ReallocationProposal>;
  reviewReallocationProposal(p: {
    id: string;
    approve: boolean;
    note?: string | null;
  }): Promise<ReallocationProposal>;
}

export function buildReallocationRulesOperations(call: GraphQLCall): ReallocationRulesOperations {
  return {
    reallocationSettings: async (p) =>
      (await call<{ reallocationSettings: ReallocationSettings }>(REALLOCATION_SETTINGS, { ...p }))
        .reallocationSettings,
    updateReallocationSettings: async (input) =>
      (
        await call<{ updateReallocationSettings: ReallocationSettings }>(
          UPDATE_REALLOCATION_SETTINGS,
          { input },
        )
      ).updateReallocationSettings,
    reallocationProposals: async (p) =>
      (
        await call<{ reallocationProposals: ReallocationProposal[] }>(REALLOCATION_PROPOSALS, {
          ...p,
        })
      ).reallocationProposals,
    proposeReallocation: async (input) =>
      (await call<{ proposeReallocation: ReallocationProposal }>(PROPOSE_REALLOCATION, { input }))
        .proposeReallocation,
    reviewReallocationProposal: async (p) =>
      (
        await call<{ reviewReallocationProposal: ReallocationProposal }>(
          REVIEW_REALLOCATION_PROPOSAL,
          { ...p },
        )
      ).reviewReallocationProposal,
  };
}
