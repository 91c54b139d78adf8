import type { ReactNode } from 'react';
import { Layout as RaLayout, useLocaleState } from 'react-admin';
import type { Theme } from '@mui/material';
import { Menu } from './Menu';
import { AccessibilityLink } from './AccessibilityLink';
import { PanelAppBar } from './PanelAppBar';
import { useScrollableTables } from './scrollableTables';
import { useDocumentLanguage } from './documentLanguage';

/**
 * Below desktop width the page keeps to the screen: react-admin's layout grows to fit its
 * widest content (min-width: fit-content), so one wide table (consents, an enrollment's
 * follow-ups, a report) made every page scroll sideways, on a phone and, beside the open
 * menu, on a tablet (601-899 px) too. There a table scrolls within its own box (a named
 * tab stop while it does: useScrollableTables) and a page's actions wrap.
 */
const pageFit = (theme: Theme) => ({
  [theme.breakpoints.down('md')]: {
    minWidth: 0,
    '& .RaLayout-appFrame, & .RaLayout-contentWithSidebar, & .RaLayout-content': { minWidth: 0 },
    // A list's main column is a flex item: left at min-width auto it grows to its table.
    '& .RaList-main, & .RaList-content': { minWidth: 0 },
    '& .RaLayout-content .MuiTable-root': { display: 'block', overflowX: 'auto', maxWidth: '100%' },
    '& .RaLayout-content .MuiTable-root:focus-visible': {
      outline: `2px solid ${theme.palette.primary.main}`,
      outlineOffset: 2,
    },
    // A simple list's line breaks inside a long word (an e-mail address) rather than widen it.
    '& .RaLayout-content .MuiListItemText-root': { minWidth: 0, overflowWrap: 'anywhere' },
    // A page's actions (an enrollment has five) wrap onto lines instead of overlapping.
    '& .RaLayout-content .MuiToolbar-root': {
      flexWrap: 'wrap',
      justifyContent: 'flex-start',
      height: 'auto',
      minHeight: 0,
    },
  },
});

/** What a table that scrolls sideways is called when it has no name of its own. */
const SCROLLING_TABLE = {
  sv: 'Tabell, rullas i sidled',
  en: 'Table, scrolls sideways',
} as const;

export function Layout({ children }: { children: ReactNode }) {
  const [locale] = useLocaleState();
  useDocumentLanguage();
  useScrollableTables(SCROLLING_TABLE[locale === 'en' ? 'en' : 'sv']);
  return (
    <RaLayout menu={Menu} appBar={PanelAppBar} sx={pageFit}>
      {children}
      <AccessibilityLink />
    </RaLayout>
  );
}
