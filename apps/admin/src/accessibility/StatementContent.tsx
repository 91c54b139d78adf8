// The accessibility statement's text, built from the axe results only (statementFacts): it
// names the addresses, roles and languages the browser suite checked and lists as gaps what
// it did not, so it cannot claim more than was tested.
import { Box, Link, List, ListItem, Typography } from '@mui/material';
import type { Role } from '../api/types';
import type { AxeResults } from './axeResults';
import { statementFacts, uncheckedPaths } from './axeResults';
import { panelRoutesFor } from './panelRoutes';
import { ACCESSIBILITY_CONTACT, type StatementLocale, statementTexts } from './statementTexts';
import { ROLES } from '../auth/roles';

/** "a, b och c" */
function joined(items: readonly string[], and: string): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${and} ${items[items.length - 1]}`;
}

/** axe-core's tag as a reader knows it: wcag21aa is "WCAG 2.1 AA". */
function tagName(tag: string): string {
  const match = /^wcag(\d)(\d?)(a+)$/.exec(tag);
  if (!match) return tag;
  return `WCAG ${match[1]}.${match[2] || '0'} ${match[3]?.toUpperCase()}`;
}

/** Every role's addresses the results do not cover, as "role: path". */
export function statementGaps(results: AxeResults): { role: Role; path: string }[] {
  return ROLES.flatMap((role) =>
    uncheckedPaths(
      results,
      role,
      panelRoutesFor(role).map((route) => route.path),
    ).map((path) => ({ role, path })),
  );
}

export function StatementContent({
  results,
  locale,
}: {
  results: AxeResults;
  locale: StatementLocale;
}) {
  const t = statementTexts[locale];
  const facts = statementFacts(results);
  const gaps = statementGaps(results);
  const roleName = (role: string) => (role === 'PUBLIC' ? t.publicRole : (t.roles[role] ?? role));
  return (
    <Box lang={locale} component="article" aria-labelledby="statement-title">
      <Typography id="statement-title" variant="h4" component="h1" gutterBottom>
        {t.title}
      </Typography>
      <Typography paragraph>{t.intro}</Typography>

      <Typography variant="h5" component="h2" gutterBottom>
        {t.statusTitle}
      </Typography>
      <Typography paragraph data-testid="statement-status">
        {t.status[facts.status]}
      </Typography>

      <Typography variant="h5" component="h2" gutterBottom>
        {t.gapsTitle}
      </Typography>
      {facts.violations.length === 0 ? (
        <Typography paragraph>{t.noViolations}</Typography>
      ) : (
        <>
          <Typography paragraph>{t.violationsFound}</Typography>
          <List data-testid="statement-violations">
            {facts.violations.map((violation) => (
              <ListItem key={violation.rule} sx={{ display: 'list-item' }}>
                {violation.help} ({violation.rule}): {violation.pages.join(', ')}
              </ListItem>
            ))}
          </List>
        </>
      )}
      <Typography paragraph>{t.manualGap}</Typography>
      {gaps.length > 0 && (
        <>
          <Typography variant="h6" component="h3">
            {t.uncheckedTitle}
          </Typography>
          <List data-testid="statement-unchecked">
            {gaps.map((gap) => (
              <ListItem key={`${gap.role} ${gap.path}`} sx={{ display: 'list-item' }}>
                {roleName(gap.role)}: {gap.path}
              </ListItem>
            ))}
          </List>
        </>
      )}

      <Typography variant="h5" component="h2" gutterBottom>
        {t.reportTitle}
      </Typography>
      <Typography paragraph>
        {t.report} {t.reportEmail}:{' '}
        <Link href={`mailto:${ACCESSIBILITY_CONTACT}`}>{ACCESSIBILITY_CONTACT}</Link>
      </Typography>

      <Typography variant="h5" component="h2" gutterBottom>
        {t.enforcementTitle}
      </Typography>
      <Typography paragraph>
        {t.enforcement} <Link href="https://www.digg.se/tdosanmalan">digg.se/tdosanmalan</Link>
      </Typography>

      <Typography variant="h5" component="h2" gutterBottom>
        {t.methodTitle}
      </Typography>
      <Typography paragraph data-testid="statement-method">
        {t.method({
          engine: facts.engine,
          tags: joined(facts.tags.map(tagName), t.and),
          addresses: facts.addresses.length,
          roles: joined(facts.roles.map(roleName), t.and),
          languages: joined(
            facts.locales.map((l) => t.languages[l]),
            t.and,
          ),
          checks: facts.pageChecks,
          rules: facts.rules,
        })}
      </Typography>
      <Typography variant="h6" component="h3">
        {t.addressesTitle}
      </Typography>
      <List dense data-testid="statement-addresses">
        {facts.addresses.map((path) => (
          <ListItem key={path} sx={{ display: 'list-item' }}>
            {path}
          </ListItem>
        ))}
      </List>
      <Typography paragraph>{t.assessedOn(facts.assessedOn)}</Typography>
      <Typography paragraph>{t.updatedOn(facts.assessedOn)}</Typography>
    </Box>
  );
}
