// Hand-written SQL per report: the floor the cold gateway is compared with. Each report
// lists candidate statements computing the same figures as the gateway; the bench times
// them all, interleaved with the gateway, and the fastest is the floor (so a slow
// hand-written query can never flatter the gateway). Parameters: $1 association, $2 project.

// The 24 months of the caseload chart (2023-11 … 2025-10), each with its first day and the
// first day of the next.
const caseloadMonths = `SELECT g::date AS first, (g + interval '1 month')::date AS next
  FROM generate_series('2023-11-01'::timestamp, '2025-10-01'::timestamp, interval '1 month') AS g`;

export const sqlFloors = {
  caseloadSeries: {
    // Active enrollments per month by municipality and by coach in one pass (GROUPING SETS,
    // as the gateway counts them), and the posts' FTE-days per municipality and month.
    groupingSets: `
      WITH months AS (${caseloadMonths})
      SELECT m.first, e.municipality_id, e.coach_id, count(*)::int AS active, NULL::numeric AS fte_days
      FROM months m
      JOIN enrollments e ON e.enrolled_on < m.next AND (e.discharged_on IS NULL OR e.discharged_on > m.first)
      WHERE e.association_id = $1 AND e.project_id = $2
        AND e.enrolled_on < '2025-11-01' AND (e.discharged_on IS NULL OR e.discharged_on > '2023-11-01')
      GROUP BY GROUPING SETS ((m.first, e.municipality_id), (m.first, e.coach_id))
      UNION ALL
      SELECT m.first, p.municipality_id, NULL, NULL,
        sum(p.fte * (least(upper(p.period), m.next) - greatest(lower(p.period), m.first)))
      FROM months m JOIN posts p ON p.period && daterange(m.first, m.next)
      WHERE p.association_id = $1 AND p.project_id = $2
      GROUP BY 1, 2`,
    // Tighter: each enrollment's active months as a span, +1 where it starts and −1 the
    // month after it ends, summed per unit in month order (2n rows instead of n × months),
    // then spread back over every month so the rows are the same figures.
    runningSum: `
      WITH spans AS (
        SELECT municipality_id, coach_id,
          greatest(date_trunc('month', enrolled_on::timestamp), '2023-11-01'::timestamp) AS first_month,
          least(coalesce(date_trunc('month', (discharged_on - 1)::timestamp), '2025-10-01'::timestamp),
                '2025-10-01'::timestamp) AS last_month
        FROM enrollments
        WHERE association_id = $1 AND project_id = $2
          AND enrolled_on < '2025-11-01' AND (discharged_on IS NULL OR discharged_on > '2023-11-01')),
      deltas AS (
        SELECT first_month AS month, municipality_id, coach_id, 1 AS d FROM spans
        UNION ALL
        SELECT last_month + interval '1 month', municipality_id, coach_id, -1 FROM spans
        WHERE last_month < '2025-10-01'),
      changes AS (
        SELECT month, municipality_id, coach_id, sum(d)::int AS d FROM deltas
        GROUP BY GROUPING SETS ((month, municipality_id), (month, coach_id))),
      running AS (
        SELECT month, municipality_id, coach_id,
          sum(d) OVER w AS active,
          lead(month, 1, '2025-11-01'::timestamp) OVER w AS until
        FROM changes WINDOW w AS (PARTITION BY municipality_id, coach_id ORDER BY month))
      SELECT g.month::date AS first, r.municipality_id, r.coach_id, r.active::int, NULL::numeric AS fte_days
      FROM running r, generate_series(r.month, r.until - interval '1 month', interval '1 month') AS g(month)
      WHERE r.active > 0
      UNION ALL
      SELECT m.first, p.municipality_id, NULL, NULL,
        sum(p.fte * (least(upper(p.period), m.next) - greatest(lower(p.period), m.first)))
      FROM (${caseloadMonths}) m JOIN posts p ON p.period && daterange(m.first, m.next)
      WHERE p.association_id = $1 AND p.project_id = $2
      GROUP BY 1, 2`,
    // The first floor (rounds 1–2): a correlated count per municipality and month, by
    // municipality only. Kept to show it is not the fastest.
    correlated: `
      WITH months AS (SELECT generate_series('2023-11-01'::date, '2025-10-01'::date, interval '1 month')::date AS m)
      SELECT mu.id, months.m,
        (SELECT count(*) FROM enrollments e WHERE e.association_id = $1 AND e.project_id = $2 AND e.municipality_id = mu.id
           AND e.enrolled_on < (months.m + interval '1 month') AND (e.discharged_on IS NULL OR e.discharged_on > months.m)) AS active,
        (SELECT coalesce(sum(p.fte * (least(upper(p.period), (months.m + interval '1 month')::date) - greatest(lower(p.period), months.m))), 0)
           FROM posts p WHERE p.association_id = $1 AND p.project_id = $2 AND p.municipality_id = mu.id
             AND p.period && daterange(months.m, (months.m + interval '1 month')::date)) AS fte_days
      FROM municipalities mu CROSS JOIN months WHERE mu.association_id = $1`,
  },
  outcomeReport: {
    // The gateway's own tally: discharges by municipality, gender and raw occupation code.
    rawCodes: `
      SELECT e.municipality_id, p.gender, e.occupation_after, count(*)::int AS n
      FROM enrollments e JOIN participants p ON p.association_id = e.association_id AND p.id = e.participant_id
      WHERE e.association_id = $1 AND e.project_id = $2 AND e.discharged_on >= '2021-01-01' AND e.discharged_on < '2026-01-01'
      GROUP BY 1, 2, 3`,
    // Outcome kinds resolved in SQL through the code list.
    codeListJoin: `
      SELECT e.municipality_id, p.gender, count(*) AS discharged,
        count(*) FILTER (WHERE c.outcome IN ('work', 'studies')) AS to_work_or_studies
      FROM enrollments e JOIN participants p ON p.association_id = e.association_id AND p.id = e.participant_id
      LEFT JOIN code_list_entries c ON c.list_id = 'occupation_after' AND c.version = 1 AND c.code = e.occupation_after
      WHERE e.association_id = $1 AND e.project_id = $2 AND e.discharged_on >= '2021-01-01' AND e.discharged_on < '2026-01-01'
      GROUP BY 1, 2`,
  },
  transitionMatrix: {
    firstCodes: `
      SELECT e.compensation_at_start[1] AS before, e.compensation_at_end[1] AS after, count(*)
      FROM enrollments e
      WHERE e.association_id = $1 AND e.project_id = $2 AND e.discharged_on >= '2021-01-01' AND e.discharged_on < '2026-01-01'
      GROUP BY 1, 2`,
  },
  reallocationPlan: {
    // Per municipality, the three figures the plan weighs: the FTE in force and the active
    // enrollments on the plan's date (2026-07-01), and the mean active enrollments over the
    // six whole months before it (January–June 2026, `caseloadWindow`). Rounds 1–3 left the
    // window out, so the floor computed less than the gateway; the settings, salaries and
    // budget the plan also reads are a few rows each and are not in the floor.
    groupedJoins: `
      WITH months AS (
        SELECT g::date AS first, (g + interval '1 month')::date AS next
        FROM generate_series('2026-01-01'::timestamp, '2026-06-01'::timestamp, interval '1 month') AS g)
      SELECT m.id, coalesce(f.fte, 0) AS fte, coalesce(a.n, 0) AS active, coalesce(w.n, 0) / 6.0 AS mean_active
      FROM municipalities m
      LEFT JOIN (SELECT municipality_id, sum(fte) AS fte FROM posts
                 WHERE association_id = $1 AND project_id = $2 AND period @> '2026-07-01'::date GROUP BY 1) f
        ON f.municipality_id = m.id
      LEFT JOIN (SELECT municipality_id, count(*) AS n FROM enrollments
                 WHERE association_id = $1 AND project_id = $2 AND enrolled_on <= '2026-07-01'
                   AND (discharged_on IS NULL OR discharged_on > '2026-07-01') GROUP BY 1) a
        ON a.municipality_id = m.id
      LEFT JOIN (SELECT e.municipality_id, count(*) AS n FROM months mo
                 JOIN enrollments e ON e.enrolled_on < mo.next AND (e.discharged_on IS NULL OR e.discharged_on > mo.first)
                 WHERE e.association_id = $1 AND e.project_id = $2 AND e.enrolled_on < '2026-07-01'
                   AND (e.discharged_on IS NULL OR e.discharged_on > '2026-01-01') GROUP BY 1) w
        ON w.municipality_id = m.id
      WHERE m.association_id = $1`,
    // Tighter: each enrollment's months in the window by arithmetic on month numbers (first
    // month it is active to the month before its discharge day, cut to the window), one
    // pass over the enrollments instead of a join with the months.
    monthArithmetic: `
      SELECT m.id, coalesce(f.fte, 0) AS fte, coalesce(a.active, 0) AS active, coalesce(a.months, 0) / 6.0 AS mean_active
      FROM municipalities m
      LEFT JOIN (SELECT municipality_id, sum(fte) AS fte FROM posts
                 WHERE association_id = $1 AND project_id = $2 AND period @> '2026-07-01'::date GROUP BY 1) f
        ON f.municipality_id = m.id
      LEFT JOIN (SELECT municipality_id,
                   count(*) FILTER (WHERE enrolled_on <= '2026-07-01' AND (discharged_on IS NULL OR discharged_on > '2026-07-01')) AS active,
                   sum(greatest(0,
                     least(coalesce((extract(year FROM discharged_on - 1) * 12 + extract(month FROM discharged_on - 1))::int, 2026 * 12 + 6), 2026 * 12 + 6)
                     - greatest((extract(year FROM enrolled_on) * 12 + extract(month FROM enrolled_on))::int, 2026 * 12 + 1) + 1)) AS months
                 FROM enrollments
                 WHERE association_id = $1 AND project_id = $2 AND enrolled_on <= '2026-07-01'
                   AND (discharged_on IS NULL OR discharged_on > '2026-01-01') GROUP BY 1) a
        ON a.municipality_id = m.id
      WHERE m.association_id = $1`,
  },
};
