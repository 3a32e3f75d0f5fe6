import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { brotliCompressSync } from 'node:zlib';
import { createTestApp, type TestApp } from '../../platform/testing/test-app.js';

// webDistDir() is read when the routes are registered, so each app gets its own build folder.
async function appWithDist(dir: string): Promise<TestApp> {
  const before = process.env.WEB_DIST_DIR;
  process.env.WEB_DIST_DIR = dir;
  try {
    return await createTestApp();
  } finally {
    if (before === undefined) delete process.env.WEB_DIST_DIR;
    else process.env.WEB_DIST_DIR = before;
  }
}

describe('staff console serving', () => {
  let dir: string;
  let built: TestApp;
  let missing: TestApp;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'pbi-web-'));
    mkdirSync(join(dir, 'console'), { recursive: true });
    mkdirSync(join(dir, 'assets'), { recursive: true });
    writeFileSync(join(dir, 'console', 'index.html'), '<!doctype html><div id="root"></div><script type="module" src="/ui/assets/console-abc.js"></script>');
    const js = 'console.log("console app");'.repeat(40);
    writeFileSync(join(dir, 'assets', 'console-abc.js'), js);
    writeFileSync(join(dir, 'assets', 'console-abc.js.br'), brotliCompressSync(js));
    built = await appWithDist(dir);
    missing = await appWithDist(join(dir, 'nothing-here'));
  });
  afterAll(async () => {
    await built?.close();
    await missing?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('answers index.html for every console address (the app routes in the browser)', async () => {
    for (const url of ['/console', '/console/', '/console/staff/123', '/console/audit?action=x']) {
      const res = await built.app.inject({ method: 'GET', url });
      expect(res.statusCode, url).toBe(200);
      expect(res.body).toContain('<div id="root">');
      expect(res.headers['cache-control']).toBe('no-cache');
    }
  });

  it('serves hashed assets without login, precompressed, cached for a year', async () => {
    const res = await built.app.inject({ method: 'GET', url: '/ui/assets/console-abc.js', headers: { 'accept-encoding': 'br' } });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-encoding']).toBe('br');
    expect(res.headers['cache-control']).toContain('immutable');
    expect((await built.app.inject({ method: 'GET', url: '/ui/assets/none.js' })).statusCode).toBe(404);
    expect((await built.app.inject({ method: 'GET', url: '/ui/assets/../console/index.html' })).statusCode).not.toBe(200);
  });

  it('explains how to build when the build is missing', async () => {
    const res = await missing.app.inject({ method: 'GET', url: '/console/' });
    expect(res.statusCode).toBe(503);
    expect(res.body).toContain('npm run build');
    // The portal still works: its stylesheet comes from source and its script is optional.
    const home = await missing.app.inject({ method: 'GET', url: '/' });
    expect(home.statusCode).toBe(200);
    expect(home.body).not.toContain('<script');
  });
});
