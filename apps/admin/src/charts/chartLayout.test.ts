import { describe, expect, it } from 'vitest';
import { chartLayoutOf, textPx, wrappedLines } from './chartLayout';

const MONTHS = Array.from({ length: 12 }, (_, i) => `2026-${String(i + 1).padStart(2, '0')}`);

describe('chartLayoutOf', () => {
  it('keeps columns while every label and figure fits its column', () => {
    const shape = chartLayoutOf({
      width: 950,
      categories: MONTHS,
      figures: [],
      barsPerCategory: 1,
      alwaysBars: false,
    });
    expect(shape.layout).toBe('columns');
    expect(shape.barsHeight).toBeUndefined();
  });

  it('turns to bars when twelve months do not fit 322 px (a 640 px window)', () => {
    const shape = chartLayoutOf({
      width: 322,
      categories: MONTHS,
      figures: [],
      barsPerCategory: 1,
      alwaysBars: false,
    });
    expect(shape.layout).toBe('bars');
    expect(shape.barsHeight).toBeGreaterThanOrEqual(12 * 44);
  });

  it('turns to bars when a figure is wider than its column', () => {
    const shape = chartLayoutOf({
      width: 322,
      categories: ['Budget', 'Förbrukat'],
      figures: ['4 200 000 kr', '3 834 985 kr', '4 200 000 kr', '3 834 985 kr'],
      barsPerCategory: 4,
      alwaysBars: false,
    });
    expect(shape.layout).toBe('bars');
    // The figures stand beside the bars, inside the drawing.
    expect(shape.rightPx).toBeGreaterThanOrEqual(textPx('4 200 000 kr'));
  });

  it('gives the bars’ labels room for their longest word, wrapping the rest', () => {
    const shape = chartLayoutOf({
      width: 322,
      categories: ['4 Arbetsgivarengagemang', 'Deltagare: stödet utgår från mina behov'],
      figures: ['39'],
      barsPerCategory: 1,
      alwaysBars: true,
    });
    expect(shape.layout).toBe('bars');
    expect(shape.categoryAxisPx).toBeGreaterThanOrEqual(textPx('Arbetsgivarengagemang'));
  });

  it('draws columns until it is measured', () => {
    expect(
      chartLayoutOf({
        width: 0,
        categories: MONTHS,
        figures: [],
        barsPerCategory: 1,
        alwaysBars: false,
      }).layout,
    ).toBe('columns');
  });
});

describe('wrappedLines', () => {
  it('breaks at spaces within the width and keeps a longer word whole', () => {
    expect(wrappedLines('Ingen offentlig försörjning', 1000)).toBe(1);
    expect(wrappedLines('Ingen offentlig försörjning', textPx('offentlig'))).toBe(3);
    expect(wrappedLines('Arbetslöshetsersättning', 10)).toBe(1);
  });
});
