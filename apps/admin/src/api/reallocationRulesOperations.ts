// The reallocation's project rules (who decides, min/max FTE) and the board's proposals.
import type { GraphQLCall } from './graphqlFetch';
import {
  ProposeReallocationDocument,
  ReallocationProposalsDocument,
  ReallocationSettingsDocument,
  ReviewReallocationProposalDocument,
  UpdateReallocationSettingsDocument,
  type DecideReallocationInput,
  type DecisionMode,
  type ProposalStatus,
  type ReallocationProposalFieldsFragment,
  type ReallocationSettingsFieldsFragment,
  type ReallocationSettingsInput,
  type ReviewReallocationProposalMutationVariables,
} from './generated/graphql';

export type { DecisionMode, ProposalStatus, ReallocationSettingsInput };
export type ReallocationSettings = ReallocationSettingsFieldsFragment;
export type FteBound = ReallocationSettings['bounds'][number];
export type ReallocationProposal = ReallocationProposalFieldsFragment;

export interface ReallocationRulesOperations {
  reallocationSettings(p: { projectId: string }): Promise<ReallocationSettings>;
  updateReallocationSettings(input: ReallocationSettingsInput): Promise<ReallocationSettings>;
  reallocationProposals(p: {
    projectId: string;
    status?: ProposalStatus;
  }): Promise<ReallocationProposal[]>;
  proposeReallocation(input: DecideReallocationInput): Promise<ReallocationProposal>;
  reviewReallocationProposal(
    p: ReviewReallocationProposalMutationVariables,
  ): Promise<ReallocationProposal>;
}

export function buildReallocationRulesOperations(call: GraphQLCall): ReallocationRulesOperations {
  return {
    reallocationSettings: async (p) =>
      (await call(ReallocationSettingsDocument, p)).reallocationSettings,
    updateReallocationSettings: async (input) =>
      (await call(UpdateReallocationSettingsDocument, { input })).updateReallocationSettings,
    reallocationProposals: async (p) =>
      (await call(ReallocationProposalsDocument, p)).reallocationProposals,
    proposeReallocation: async (input) =>
      (await call(ProposeReallocationDocument, { input })).proposeReallocation,
    reviewReallocationProposal: async (p) =>
      (await call(ReviewReallocationProposalDocument, p)).reviewReallocationProposal,
  };
}
