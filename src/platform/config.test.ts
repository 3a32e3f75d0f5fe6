import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.js';

describe('configuration from the environment', () => {
  const dir = () => mkdtempSync(join(tmpdir(), 'pbi-cfg-'));

  it('defaults to embedded demo mode with a generated secret kept in the data folder', () => {
    const d = dir();
    const a = loadConfig({ DATA_DIR: d });
    expect(a).toMatchObject({ port: 3000, databaseUrl: null, demo: true, publicUrl: 'http://localhost:3000' });
    expect(a.sessionSecret).toHaveLength(64);
    expect(readFileSync(join(d, 'session-secret'), 'utf8').trim()).toBe(a.sessionSecret);
    expect(loadConfig({ DATA_DIR: d }).sessionSecret).toBe(a.sessionSecret);
  });

  it('names every wrong variable at once', () => {
    try {
      loadConfig({ NODE_ENV: 'production', PORT: '70000', DATABASE_URL: 'mysql://x', PUBLIC_URL: 'nope' });
      expect.unreachable();
    } catch (err) {
      expect(err).toBeInstanceOf(ConfigError);
      const text = (err as ConfigError).problems.join('\n');
      expect(text).toMatch(/PORT/);
      expect(text).toMatch(/DATABASE_URL/);
      expect(text).toMatch(/PUBLIC_URL/);
      expect(text).toMatch(/SESSION_SECRET wajib/);
    }
  });

  it('never enables demo data in production, and PostgreSQL gets it only with --demo', () => {
    const secret = 'x'.repeat(40);
    expect(loadConfig({ NODE_ENV: 'production', SESSION_SECRET: secret, DATABASE_URL: 'postgres://a@b/c' }).demo).toBe(false);
    expect(() => loadConfig({ NODE_ENV: 'production', SESSION_SECRET: secret }, { demo: true })).toThrow(/--demo/);
    expect(loadConfig({ DATABASE_URL: 'postgres://a@b/c', SESSION_SECRET: secret }).demo).toBe(false);
    expect(loadConfig({ DATABASE_URL: 'postgres://a@b/c', SESSION_SECRET: secret }, { demo: true }).demo).toBe(true);
  });
});
