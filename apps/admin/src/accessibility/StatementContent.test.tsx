import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import committed from './axe-results.json';
import type { AxeResults, CheckedPage } from './axeResults';
import { StatementContent, statementGaps } from './StatementContent';
import { panelRoutesFor } from './panelRoutes';

const results = committed as AxeResults;

const page = (path: string, role: CheckedPage['role']): CheckedPage => ({
  path,
  role,
  locale: 'sv',
  state: 'single',
  viewport: '1280x800',
});

describe('the accessibility statement', () => {
  afterEach(cleanup);

  it('claims exactly the addresses, roles and languages the committed axe results cover', () => {
    render(<StatementContent results={results} locale="sv" />);
    const listed = within(screen.getByTestId('statement-addresses'))
      .queryAllByRole('listitem')
      .map((item) => item.textContent);
    expect(listed).toEqual([...new Set(results.pages.map((p) => p.path))].sort());
    const method = screen.getByTestId('statement-method').textContent ?? '';
    expect(method).toContain(`${results.pages.length} sidvisningar`);
    if (!results.pages.some((p) => p.locale === 'en')) expect(method).not.toContain('engelska');
  });

  it('lists as not checked every address a role can open that the results lack', () => {
    const partial: AxeResults = { ...results, pages: [page('/', 'COACH')] };
    const gaps = statementGaps(partial);
    const coachPaths = panelRoutesFor('COACH').map((r) => r.path);
    expect(gaps.filter((g) => g.role === 'COACH').map((g) => g.path)).toEqual(
      coachPaths.filter((p) => p !== '/'),
    );
    render(<StatementContent results={partial} locale="en" />);
    const unchecked = within(screen.getByTestId('statement-unchecked')).getAllByRole('listitem');
    expect(unchecked.length).toBe(gaps.length);
    expect(screen.getByTestId('statement-method').textContent).toContain('as Coach, in Swedish');
  });

  it('never states full compliance from automated checks alone', () => {
    render(<StatementContent results={results} locale="sv" />);
    expect(screen.getByTestId('statement-status').textContent).toContain('delvis förenlig');
  });
});
