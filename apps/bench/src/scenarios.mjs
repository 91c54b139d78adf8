// The request shapes measured, for the gateway and (list, detail) for PostGraphile.
export function gatewayScenarios(f) {
  return {
    list: {
      query: `query L { allParticipants(page: 0, perPage: 25, sortField: "lastName", sortOrder: "ASC") {
        id personnummer firstName lastName gender homeMunicipalityId coachId currentPhase enrollmentId } }`,
    },
    detail: {
      query: `query D($id: UUID!) { Participant(id: $id) { id personnummer firstName lastName gender birthDate homeMunicipalityId targetGroupFactors coachId currentPhase enrollmentId } }`,
      variables: { id: f.participantId },
    },
    caseloadSeries: {
      query: `query C($p: UUID!) { caseloadSeries(projectId: $p, from: "2023-11-01", to: "2025-11-01") { months municipalities { label points { month activeParticipants fte perFte band } } } }`,
      variables: { p: f.projectId },
    },
    outcomeReport: {
      query: `query O($p: ID!) { outcomeReport(filter: { projectId: $p, from: "2021-01-01", to: "2026-01-01", groupBy: "genderComparison" }) { title rows { key label cells { column count share suppressed } } } }`,
      variables: { p: f.projectId },
    },
    transitionMatrix: {
      query: `query T($p: ID!) { transitionMatrix(filter: { projectId: $p, from: "2021-01-01", to: "2026-01-01" }) { rows { key cells { column count share } } } }`,
      variables: { p: f.projectId },
    },
    reallocationPlan: {
      query: `query R($p: UUID!) { reallocationPlan(projectId: $p, method: WEBSTER, step: 0.5, effectiveFrom: "2026-07-01") { totalFte lines { municipalityId suggestedFte caseloadAfter } budgetEffect { marginAfter } } }`,
      variables: { p: f.projectId },
    },
  };
}

export function postgraphileScenarios(f) {
  return {
    list: {
      query: `query L($a: UUID!) { allParticipants(first: 25, condition: { associationId: $a }, orderBy: LAST_NAME_ASC) { nodes {
        id firstName lastName gender homeMunicipalityId
        enrollmentsByAssociationIdAndParticipantId(first: 1, orderBy: ENROLLED_ON_DESC) { nodes { id coachId currentPhase } } } } }`,
      variables: { a: f.associationId },
    },
    detail: {
      query: `query D($a: UUID!, $id: UUID!) { participantByAssociationIdAndId(associationId: $a, id: $id) {
        id firstName lastName gender birthDate homeMunicipalityId targetGroupFactors
        enrollmentsByAssociationIdAndParticipantId(first: 1, orderBy: ENROLLED_ON_DESC) { nodes { id coachId currentPhase } } } }`,
      variables: { a: f.associationId, id: f.participantId },
    },
  };
}
