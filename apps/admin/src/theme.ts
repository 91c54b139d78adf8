// Default react-admin theme with a darker primary for contrast (WCAG AA on white).
import { defaultTheme, type RaThemeOptions } from 'react-admin';

export const theme: RaThemeOptions = {
  ...defaultTheme,
  palette: { primary: { main: '#1f4e79' }, secondary: { main: '#0b5d3b' } },
  sidebar: { width: 270, closedWidth: 55 },
};
