import { describe, expect, it } from 'vitest';
import {
  staleTemplates,
  templateName,
  templateRunPrefix,
  templateStartedAt,
} from './template-names.js';

const startedAt = new Date('2026-12-03T15:04:59Z');

describe('template database names', () => {
  it('name the run, its start minute and the kind, within PostgreSQL’s 63 characters', () => {
    const name = templateName(templateRunPrefix(startedAt), 'migrated');
    expect(name).toMatch(/^finsam_tpl_202612031504_[0-9a-f]{8}_migrated$/);
    expect(name.length).toBeLessThanOrEqual(63);
    expect(templateStartedAt(name)).toEqual(new Date('2026-12-03T15:04:00Z'));
  });

  it('differ between two runs started in the same minute', () => {
    expect(templateRunPrefix(startedAt)).not.toBe(templateRunPrefix(startedAt));
  });

  it('are stale only when a run older than a day made them', () => {
    const old = templateName(templateRunPrefix(new Date('2026-12-02T15:03:00Z')), 'demo');
    const recent = templateName(templateRunPrefix(new Date('2026-12-02T15:05:00Z')), 'demo');
    const names = [old, recent, 'finsam_tpl_garbage', 'finsam_test_123_abcd', 'postgres'];
    expect(staleTemplates(names, startedAt)).toEqual([old]);
  });
});
