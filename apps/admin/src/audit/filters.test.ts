import { describe, expect, it } from 'vitest';
import { auditFilter, susFileName } from './filters';

describe('auditFilter', () => {
  it('trims and leaves out empty fields', () => {
    expect(auditFilter({ entityId: ' p1 ', userId: '', from: '2025-01-01', to: '' })).toEqual({
      entityId: 'p1',
      from: '2025-01-01',
    });
    expect(auditFilter({ entityId: '', userId: '', from: '', to: '' })).toEqual({});
  });
  it('rejects a period that is not YYYY-MM-DD', () => {
    expect(auditFilter({ entityId: '', userId: 'u1', from: '2025-13-01', to: '' })).toBeNull();
    expect(auditFilter({ entityId: '', userId: '', from: '', to: '1/2/2025' })).toBeNull();
  });
});

describe('susFileName', () => {
  it('names the file after the period', () => {
    expect(susFileName('2025-01-01', '2025-07-01')).toBe('sus-export_2025-01-01_2025-07-01.csv');
  });
});
