// One question as an accessible radio group: a fieldset whose legend is the question,
// large touch targets (at least 48 px), works on a phone.
import { FormControl, FormControlLabel, FormLabel, Radio, RadioGroup } from '@mui/material';
import type { SurveyQuestion } from '../api/types';
import { type Lang, scaleOptions } from './scales';

export function QuestionField({
  question,
  lang,
  value,
  onChange,
}: {
  question: SurveyQuestion;
  lang: Lang;
  value: number | undefined;
  onChange: (value: number) => void;
}) {
  const text = lang === 'sv' ? question.textSv : question.textEn;
  const id = `q-${question.key}`;
  const wide = question.scale === 'SCALE_0_10';
  return (
    <FormControl component="fieldset" required={question.required} sx={{ width: '100%' }}>
      <FormLabel
        component="legend"
        id={id}
        sx={{ fontSize: '1.1rem', color: 'text.primary', mb: 1 }}
      >
        {text}
      </FormLabel>
      <RadioGroup
        aria-labelledby={id}
        name={question.key}
        row={wide}
        value={value === undefined ? '' : String(value)}
        onChange={(e) => onChange(Number(e.target.value))}
      >
        {scaleOptions(question.scale, lang).map((option) => (
          <FormControlLabel
            key={option.value}
            value={String(option.value)}
            control={<Radio sx={{ p: 1.5 }} />}
            label={option.label}
            sx={{
              minHeight: 48,
              minWidth: wide ? 56 : undefined,
              mr: wide ? 0.5 : 0,
              border: 1,
              borderColor: 'divider',
              borderRadius: 1,
              mb: 1,
              mx: 0,
              pr: 1.5,
            }}
          />
        ))}
      </RadioGroup>
    </FormControl>
  );
}
