// The deterministic synthetic national-scale data the reporting benches run on: 290
// municipalities, their coaches' posts, enrollments over six years from 2019, referrals,
// follow-ups, placements, re-contacts, costs and SUS registrations. The same count gives
// the same rows on every run and machine (a seeded PRNG).

/** The synthetic rows for `count` enrollments. */
export function syntheticData(count) {
  /** mulberry32: a small seeded PRNG, so every run sees the same data. */
  function prng(seed) {
    let a = seed >>> 0;
    return () => {
      a = (a + 0x6d2b79f5) >>> 0;
      let t = a;
      t = Math.imul(t ^ (t >>> 15), t | 1);
      t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
  }
  const random = prng(20240601);
  const pick = (list) => list[Math.floor(random() * list.length)];
  const int = (min, max) => min + Math.floor(random() * (max - min + 1));

  const EPOCH_2019 = Date.UTC(2019, 0, 1) / 86_400_000;
  const dayText = (offset) =>
    new Date((EPOCH_2019 + offset) * 86_400_000).toISOString().slice(0, 10);
  const addDays = (text, days) =>
    new Date(Date.parse(`${text}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

  const municipalities = Array.from({ length: 290 }, (_, i) => `m${String(i).padStart(3, '0')}`);
  const coachesOf = new Map(
    municipalities.map((m) => [m, Array.from({ length: int(1, 4) }, (_, j) => `${m}-c${j}`)]),
  );
  const genders = ['female', 'male', 'female', 'male', 'other'];
  const occupations = [
    'employment',
    'self_employment',
    'subsidised_employment',
    'studies',
    'job_seeking',
    'other_intervention',
    'sick_leave',
    'other',
    'unknown',
  ];
  const incomes = [
    'activity_compensation',
    'sickness_compensation',
    'sickness_benefit',
    'activity_support',
    'financial_assistance',
    'salary',
    'student_aid',
    'no_public_support',
  ];
  const phaseNames = [
    'agreement',
    'vocational_profile',
    'job_finding',
    'employer_engagement',
    'support_on_off_job',
  ];
  const factors = ['disability', 'mental_ill_health', 'substance_abuse'];
  const DAYS = 6 * 365;

  const enrollments = [];
  for (let i = 0; i < count; i += 1) {
    const municipalityId = pick(municipalities);
    const enrolledOn = dayText(int(0, DAYS - 30));
    const stay = int(20, 900);
    const dischargedOn = random() < 0.7 ? addDays(enrolledOn, stay) : null;
    const phases = [];
    let on = enrolledOn;
    for (const phase of phaseNames.slice(0, int(0, 5))) {
      phases.push({ phase, on });
      on = addDays(on, int(5, 120));
    }
    enrollments.push({
      enrollmentId: `e${i}`,
      participantId: `p${i % Math.floor(count * 0.95)}`,
      coachId: pick(coachesOf.get(municipalityId)),
      municipalityId,
      projectId: 'se',
      gender: pick(genders),
      birthDate: `${int(1960, 2006)}-0${int(1, 9)}-1${int(0, 9)}`,
      targetGroupFactors: factors.filter(() => random() < 0.3),
      enrolledOn,
      dischargedOn,
      dischargeReason: dischargedOn ? 'other' : null,
      incomeBefore: [pick(incomes)],
      incomeDuring: [],
      incomeAfter: dischargedOn ? [pick(incomes)] : [],
      occupationAfter: dischargedOn ? pick(occupations) : null,
      phases,
      firstEmployerContactOn: random() < 0.8 ? addDays(enrolledOn, int(0, 90)) : null,
      firstJobOn: random() < 0.4 ? addDays(enrolledOn, int(20, 400)) : null,
    });
  }
  const posts = [...coachesOf].flatMap(([municipalityId, coaches]) =>
    coaches.map((coachId) => ({
      municipalityId,
      coachId,
      fte: pick([50, 75, 100, 100]),
      period: { start: '2019-01-01', end: '2026-01-01' },
    })),
  );
  const referrals = Array.from({ length: Math.floor(count * 1.3) }, (_, i) => {
    const receivedOn = dayText(int(0, DAYS));
    const state = pick([
      'received',
      'accepted',
      'accepted',
      'accepted',
      'not_now',
      'declined',
      'escalated',
    ]);
    return {
      referralId: `r${i}`,
      municipalityId: pick(municipalities),
      receivedOn,
      state,
      decidedOn: state === 'received' ? null : addDays(receivedOn, int(0, 45)),
    };
  });
  const followUps = enrollments
    .filter((row) => row.dischargedOn)
    .flatMap((row) =>
      [3, 6, 12].map((offsetMonths) => ({
        enrollmentId: row.enrollmentId,
        gender: row.gender,
        municipalityId: row.municipalityId,
        dischargedOn: row.dischargedOn,
        offsetMonths,
        status: pick(['work', 'work', 'studies', 'neither', 'unknown']),
      })),
    );
  const placements = enrollments
    .filter(() => random() < 0.6)
    .map((row) => ({
      enrollmentId: row.enrollmentId,
      municipalityId: row.municipalityId,
      kind: pick(['job_tasting', 'work_trial', 'employment', 'subsidised_employment', 'studies']),
      startedOn: addDays(row.enrolledOn, int(10, 300)),
    }));
  const reContacts = enrollments
    .filter((row) => row.dischargedOn && random() < 0.2)
    .map((row) => ({
      enrollmentId: row.enrollmentId,
      participantId: row.participantId,
      gender: row.gender,
      municipalityId: row.municipalityId,
      on: addDays(row.dischargedOn, int(10, 300)),
    }));
  const costs = municipalities.flatMap((municipalityId) =>
    [2022, 2023, 2024].map((year) => ({ year, municipalityId, cost: int(1_000_000, 500_000_000) })),
  );
  const registrations = enrollments.slice(0, 20_000).map((row) => ({
    registrationId: row.enrollmentId,
    anonymous: random() < 0.05,
    budgetYear: Number(row.enrolledOn.slice(0, 4)),
    gender: row.gender,
    birthDate: row.birthDate,
    registeredOn: row.enrolledOn,
    incomeBefore: row.incomeBefore,
    educationLevel: 'upper_secondary',
    monthsOnPublicSupportBefore: int(0, 120),
    incomeDuring: row.incomeDuring,
    dischargedOn: row.dischargedOn,
    incomeAfter: row.incomeAfter,
    occupationAfter: row.occupationAfter,
    workOrStudyStartedOrGrew: row.dischargedOn ? random() < 0.5 : null,
    dischargeReason: row.dischargeReason,
  }));
  return {
    municipalities,
    enrollments,
    posts,
    referrals,
    followUps,
    placements,
    reContacts,
    costs,
    registrations,
  };
}
