/**
 * What a coach costs in the demo, year by year: the municipal on-cost rate (PO-pålägg) as
 * SKR published it for municipalities, and a monthly salary that rises each year with the
 * wage revision. Pure data and arithmetic, no clock: the generator and its test share it.
 *
 * On-cost: SKR's total PO-pålägg for municipal employees under AB (lagstadgade
 * arbetsgivaravgifter 31.42 % + avtalsförsäkringar + kalkylerat pensionspålägg). Each figure
 * names its source; where the figure is not known exactly here, the comment says so.
 */
const ON_COST_PERCENT_BY_YEAR: Readonly<Record<number, string>> = {
  // Not verified: SKL's page on 2019 says 2019 fell "marginellt" from 2018 because TGL-KL
  // was lowered, with the pension part unchanged at 7.70 %; 31.42 + 0.05 + 7.70 is our
  // reconstruction of 2018, not a figure read from the 2018 circular.
  2018: '39.17',
  // SKL, "Arbetsgivaravgifter" (published 2019-04-16): "totalt för kommuner 39,15 procent".
  2019: '39.15',
  // SKR, "Arbetsgivaravgifter och PO-pålägg" (2021-03-29): 2021 "oförändrat för kommuner",
  // so 2020 was the same 40.15 % (31.42 + 0.13 + 8.60).
  2020: '40.15',
  // SKR, "Arbetsgivaravgifter och PO-pålägg" (2021-03-29): "totalt för kommuner 40,15 procent".
  2021: '40.15',
  // SKR, same page (2023-01-18): the pension part for 2022 was 7.70 %, so 31.42 + 0.13 + 7.70.
  2022: '39.25',
  // SKR, same page (2023-01-18): pension part raised to 12.98 %, so 31.42 + 0.13 + 12.98.
  2023: '44.53',
  // Not verified: SKR raised the 2024 rate again (news 2023-12-08, "Höjt PO-pålägg 2024",
  // pension part +1.4 pp over the spring's preliminary figure), but the final total is not
  // known here; 2023's rate is carried forward until someone enters the circular's figure.
  2024: '44.53',
  2025: '44.53',
  2026: '44.53',
  2027: '44.53',
};

/** The on-cost rate for a year; after the last known year the last known rate. */
export function demoOnCostPercent(year: number): string {
  const known = Object.keys(ON_COST_PERCENT_BY_YEAR).map(Number);
  const last = Math.max(...known.filter((y) => y <= year), Math.min(...known));
  return ON_COST_PERCENT_BY_YEAR[last] ?? '40.15';
}

/**
 * Wage revision per year in percent. The coaches' agreements with SKR (Vision's and the
 * Akademikerna's HÖK) are "sifferlösa": they set no figure, so a local outcome near the
 * industry benchmark (märket) is the demo's assumption: 2019 the 2017 agreement's third
 * year (2.3), 2020–2022 the 2020 agreement's 5.4 % over 29 months (about 1.8 a year, not
 * verified per year), 2023 and 2024 the 2023 agreement (4.1 and 3.3), 2025 and 2026 the
 * 2025 agreement (3.4 and 3.0); 2027 is not yet negotiated (assumed 3.0).
 */
const WAGE_REVISION_PERCENT: Readonly<Record<number, number>> = {
  2019: 2.3,
  2020: 1.8,
  2021: 1.8,
  2022: 1.8,
  2023: 4.1,
  2024: 3.3,
  2025: 3.4,
  2026: 3.0,
  2027: 3.0,
};

/** A full-time SE coach's monthly salary in 2018, in kronor: chosen so that six posts cost
 * the project description's 3.8 M a year with 2018–2020's on-cost, never more. */
const MONTHLY_SALARY_2018_KR = 37_650;

/** The monthly salary (öre) a coach hired in this year is paid: 2018's, revised each year since. */
export function demoMonthlySalaryOre(year: number): number {
  let kronor = MONTHLY_SALARY_2018_KR;
  for (let y = 2019; y <= year; y += 1) kronor *= 1 + (WAGE_REVISION_PERCENT[y] ?? 3) / 100;
  return Math.round(kronor) * 100;
}
