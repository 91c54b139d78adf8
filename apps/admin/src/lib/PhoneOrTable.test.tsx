import { cleanup, render, screen } from '@testing-library/react';
import { ThemeProvider, createTheme } from '@mui/material';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PhoneOrTable } from './PhoneOrTable';

/** A window whose media queries answer as a screen `width` px wide would. */
function screenWidth(width: number) {
  vi.stubGlobal('matchMedia', (query: string) => {
    const max = /max-width:\s*([\d.]+)px/.exec(query);
    return {
      matches: max ? width <= Number(max[1]) : false,
      media: query,
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
      addListener: () => undefined,
      removeListener: () => undefined,
    };
  });
}

function list() {
  render(
    <ThemeProvider theme={createTheme()}>
      <PhoneOrTable phone={<ul data-testid="simple" />}>
        <table data-testid="table" />
      </PhoneOrTable>
    </ThemeProvider>,
  );
}

describe('a list on a phone or a wider screen', () => {
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
  });

  it('is a simple list at 320 px', () => {
    screenWidth(320);
    list();
    expect(screen.queryByTestId('simple')).not.toBeNull();
    expect(screen.queryByTestId('table')).toBeNull();
  });

  it('is a table at 1280 px', () => {
    screenWidth(1280);
    list();
    expect(screen.queryByTestId('table')).not.toBeNull();
    expect(screen.queryByTestId('simple')).toBeNull();
  });
});
