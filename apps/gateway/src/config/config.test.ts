import { describe, expect, it } from 'vitest';
import { GatewayConfigError, loadConfig } from './config.js';

const server = {
  DATABASE_URL: 'postgres://example.invalid/finsam',
  TOKEN_SECRET: 'x'.repeat(48),
};

describe('gateway configuration', () => {
  it('commits the audit rows of reads durably unless told otherwise', () => {
    expect(loadConfig(server, '/tmp').readAuditCommit).toBe('synchronous');
    expect(
      loadConfig({ ...server, AUDIT_READ_COMMIT: 'asynchronous' }, '/tmp').readAuditCommit,
    ).toBe('asynchronous');
  });

  it('refuses values it does not know, with a message naming the setting', () => {
    expect(() => loadConfig({ ...server, AUDIT_READ_COMMIT: 'later' }, '/tmp')).toThrow(
      GatewayConfigError,
    );
    expect(() => loadConfig({ ...server, SESSION_CACHE_MS: '-1' }, '/tmp')).toThrow(
      /SESSION_CACHE_MS/,
    );
    expect(() => loadConfig({ ...server, TOKEN_SECRET: 'short' }, '/tmp')).toThrow(/TOKEN_SECRET/);
  });

  it('reads the trusted proxies once and names a bad entry', () => {
    expect(loadConfig(server, '/tmp').trustProxy).toEqual([]);
    expect(
      loadConfig({ ...server, TRUST_PROXY: '10.0.0.2, 172.16.0.0/12' }, '/tmp').trustProxy,
    ).toEqual(['10.0.0.2', '172.16.0.0/12']);
    expect(() => loadConfig({ ...server, TRUST_PROXY: '10.0.0.2, lb.internal' }, '/tmp')).toThrow(
      /TRUST_PROXY.*lb\.internal/,
    );
  });

  it("serves the panel's source maps only when SERVE_SOURCE_MAPS=true", () => {
    expect(loadConfig(server, '/tmp').serveSourceMaps).toBe(false);
    expect(loadConfig({ ...server, SERVE_SOURCE_MAPS: 'true' }, '/tmp').serveSourceMaps).toBe(true);
    expect(() => loadConfig({ ...server, SERVE_SOURCE_MAPS: 'yes' }, '/tmp')).toThrow(
      /SERVE_SOURCE_MAPS/,
    );
  });
});
