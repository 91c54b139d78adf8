// Swedish strings for placements, follow-ups and questionnaire versions
// (`app.placement.*`, `app.followUp.*`, `app.questionnaire.*`).
export const placementSv = {
  end: 'Avsluta',
  ended: 'Placeringen är avslutad.',
  before_start: 'Slutdatumet kan inte vara före startdatumet.',
};

export const followUpSv = {
  record: 'Registrera uppföljning',
  recorded: 'Uppföljningen är registrerad.',
  show: 'Visa',
  todo: 'Att göra (försenade och inom fyra veckor)',
  overdue: 'Försenade',
  later: 'Senare',
  done: 'Gjorda',
};

export const questionnaireSv = {
  menu: 'Enkätversioner',
  title: 'Enkätversioner',
  versions: 'Befintliga versioner',
  version: 'Version',
  latest: 'senaste',
  question_count: 'Antal frågor',
  next_version: 'Ny version',
  new: 'Ny enkätversion',
  new_help:
    'En befintlig nyckel ger nästa version av enkäten; en ny nyckel skapar en ny enkät. Redan givna svar behåller sin version.',
  created: 'Version %{version} av %{key} är skapad.',
  fields: {
    key: 'Nyckel',
    respondent: 'Svarande',
    titleSv: 'Titel (svenska)',
    titleEn: 'Titel (engelska)',
    questions: 'Frågor',
    scale: 'Skala',
    textSv: 'Fråga (svenska)',
    textEn: 'Fråga (engelska)',
    agreeFrom: 'Instämmer från',
    metric: 'Mål',
    required: 'Obligatorisk',
  },
  scale: { LIKERT5: '1–5', YES_NO: 'Ja/nej', SCALE_0_10: '0–10' },
  metric: {
    SATISFIED_PARTICIPANTS: 'Nöjda deltagare',
    SATISFIED_EMPLOYERS: 'Nöjda arbetsgivare',
    CLOSER_TO_LABOUR_MARKET: 'Närmare arbetsmarknaden',
  },
};
