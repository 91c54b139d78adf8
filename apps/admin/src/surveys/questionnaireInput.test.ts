import { describe, expect, it } from 'vitest';
import type { Questionnaire } from '../api/types';
import { formValuesFrom, sortVersions, toQuestionnaireInput } from './questionnaireInput';

const existing: Questionnaire = {
  id: 'q1',
  key: 'participant_satisfaction',
  version: 2,
  titleSv: 'Nöjdhet',
  titleEn: 'Satisfaction',
  respondent: 'PARTICIPANT',
  latest: true,
  questions: [
    {
      key: 'needs',
      scale: 'LIKERT5',
      textSv: 'Stödet utgår från mina behov',
      textEn: 'The support starts from my needs',
      metric: 'SATISFIED_PARTICIPANTS',
      agreeFrom: 4,
      required: true,
    },
  ],
};

describe('questionnaire input', () => {
  it('sends exactly the fields of QuestionnaireInput, trimmed, without empty optionals', () => {
    expect(
      toQuestionnaireInput({
        key: ' employer ',
        respondent: 'EMPLOYER',
        titleSv: ' Arbetsgivare ',
        titleEn: 'Employer',
        questions: [
          {
            key: 'ok',
            scale: 'YES_NO',
            textSv: ' Bra? ',
            textEn: 'Good?',
            agreeFrom: '',
            metric: null,
          },
          {
            key: 'n',
            scale: 'SCALE_0_10',
            textSv: 'a',
            textEn: 'b',
            agreeFrom: '7',
            required: false,
          },
        ],
      }),
    ).toEqual({
      key: 'employer',
      respondent: 'EMPLOYER',
      titleSv: 'Arbetsgivare',
      titleEn: 'Employer',
      questions: [
        { key: 'ok', scale: 'YES_NO', textSv: 'Bra?', textEn: 'Good?', required: true },
        { key: 'n', scale: 'SCALE_0_10', textSv: 'a', textEn: 'b', agreeFrom: 7, required: false },
      ],
    });
  });

  it('round-trips an existing version into the next one', () => {
    const input = toQuestionnaireInput(formValuesFrom(existing));
    expect(input).toEqual({
      key: 'participant_satisfaction',
      respondent: 'PARTICIPANT',
      titleSv: 'Nöjdhet',
      titleEn: 'Satisfaction',
      questions: [
        {
          key: 'needs',
          scale: 'LIKERT5',
          textSv: 'Stödet utgår från mina behov',
          textEn: 'The support starts from my needs',
          metric: 'SATISFIED_PARTICIPANTS',
          agreeFrom: 4,
          required: true,
        },
      ],
    });
  });

  it('sorts keys alphabetically, newest version first', () => {
    const list = [
      { ...existing, id: 'a', key: 'b', version: 1 },
      { ...existing, id: 'b', key: 'a', version: 1 },
      { ...existing, id: 'c', key: 'b', version: 3 },
    ];
    expect(sortVersions(list).map((q) => q.id)).toEqual(['b', 'c', 'a']);
  });
});
