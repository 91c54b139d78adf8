import type { ReactNode } from 'react';
import { Layout as RaLayout } from 'react-admin';
import type { Theme } from '@mui/material';
import { Menu } from './Menu';
import { AccessibilityLink } from './AccessibilityLink';
import { PanelAppBar } from './PanelAppBar';

/**
 * On a phone the page keeps to the screen: react-admin's layout grows to fit its widest
 * content (min-width: fit-content), so one wide table (consents, an enrollment's
 * follow-ups) made every page scroll sideways. There a table scrolls within its own box
 * and a page's actions wrap.
 */
const phoneFit = (theme: Theme) => ({
  [theme.breakpoints.down('sm')]: {
    minWidth: 0,
    '& .RaLayout-appFrame, & .RaLayout-contentWithSidebar, & .RaLayout-content': { minWidth: 0 },
    '& .RaLayout-content .MuiTable-root': { display: 'block', overflowX: 'auto', maxWidth: '100%' },
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

export function Layout({ children }: { children: ReactNode }) {
  return (
    <RaLayout menu={Menu} appBar={PanelAppBar} sx={phoneFit}>
      {children}
      <AccessibilityLink />
    </RaLayout>
  );
}
