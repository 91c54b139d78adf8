import { describe, expect, it } from 'vitest';
import { createGraphQLCall } from './graphqlFetch';
import * as docs from './editingOperations';
import { fakeFetch } from '../testing/fakes';

describe('editing operations', () => {
  it('records a follow-up with its four arguments', async () => {
    const { fetch, requests } = fakeFetch(() => ({
      json: { data: { recordFollowUp: { id: 'f1', doneOn: '2025-05-01', working: true } } },
    }));
    const ops = docs.buildEditingOperations(createGraphQLCall({ fetch, token: () => 't' }));
    const p = { id: 'f1', doneOn: '2025-05-01', working: true, studying: false };
    await expect(ops.recordFollowUp(p)).resolves.toMatchObject({ id: 'f1' });
    expect(requests[0]?.body.variables).toEqual(p);
  });

  it('sends the questionnaire as one input object', async () => {
    const { fetch, requests } = fakeFetch(() => ({
      json: { data: { createQuestionnaireVersion: { id: 'q2', version: 2 } } },
    }));
    const ops = docs.buildEditingOperations(createGraphQLCall({ fetch, token: () => 't' }));
    const input = {
      key: 'k',
      respondent: 'PARTICIPANT' as const,
      titleSv: 'T',
      titleEn: 'T',
      questions: [{ key: 'a', scale: 'LIKERT5' as const, textSv: 'x', textEn: 'y' }],
    };
    await expect(ops.createQuestionnaireVersion(input)).resolves.toMatchObject({ id: 'q2' });
    expect(requests[0]?.body.variables).toEqual({ input });
  });
});
