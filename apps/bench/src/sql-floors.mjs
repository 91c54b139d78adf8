// One hand-written SQL query per report: the floor the gateway is compared with.
export const sqlFloors = {
  caseloadSeries: `
    WITH months AS (SELECT generate_series('2023-11-01'::date, '2025-10-01'::date, interval '1 month')::date AS m)
    SELECT mu.id, months.m,
      (SELECT count(*) FROM enrollments e WHERE e.association_id = $1 AND e.project_id = $2 AND e.municipality_id = mu.id
         AND e.enrolled_on < (months.m + interval '1 month') AND (e.discharged_on IS NULL OR e.discharged_on > months.m)) AS active,
      (SELECT coalesce(sum(p.fte * (least(upper(p.period), (months.m + interval '1 month')::date) - greatest(lower(p.period), months.m))), 0)
         FROM posts p WHERE p.association_id = $1 AND p.project_id = $2 AND p.municipality_id = mu.id
           AND p.period && daterange(months.m, (months.m + interval '1 month')::date)) AS fte_days
    FROM municipalities mu CROSS JOIN months WHERE mu.association_id = $1`,
  outcomeReport: `
    SELECT e.municipality_id, p.gender, count(*) AS discharged,
      count(*) FILTER (WHERE c.outcome IN ('work', 'studies')) AS to_work_or_studies
    FROM enrollments e JOIN participants p ON p.association_id = e.association_id AND p.id = e.participant_id
    LEFT JOIN code_list_entries c ON c.list_id = 'occupation_after' AND c.version = 1 AND c.code = e.occupation_after
    WHERE e.association_id = $1 AND e.project_id = $2 AND e.discharged_on >= '2021-01-01' AND e.discharged_on < '2026-01-01'
    GROUP BY 1, 2`,
  transitionMatrix: `
    SELECT e.compensation_at_start[1] AS before, e.compensation_at_end[1] AS after, count(*)
    FROM enrollments e
    WHERE e.association_id = $1 AND e.project_id = $2 AND e.discharged_on >= '2021-01-01' AND e.discharged_on < '2026-01-01'
    GROUP BY 1, 2`,
  reallocationPlan: `
    SELECT m.id, (SELECT coalesce(sum(fte), 0) FROM posts p WHERE p.association_id = $1 AND p.project_id = $2 AND p.municipality_id = m.id AND p.period @> '2026-07-01'::date) AS fte,
      (SELECT count(*) FROM enrollments e WHERE e.association_id = $1 AND e.project_id = $2 AND e.municipality_id = m.id
        AND e.enrolled_on <= '2026-07-01' AND (e.discharged_on IS NULL OR e.discharged_on > '2026-07-01')) AS active
    FROM municipalities m WHERE m.association_id = $1`,
};
