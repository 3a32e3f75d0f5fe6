import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../testing/test-app.js';
import { buildOffice, buildStaff, loginAs } from '../testing/factories.js';

describe('HTTP basics', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => t?.close());

  it('reports health with the database engine', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/health' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ status: 'ok', database: t.database.engine });
  });

  it('serves an OpenAPI document built from the route schemas', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/openapi.json' });
    expect(res.statusCode).toBe(200);
    const doc = res.json();
    expect(doc.openapi).toBe('3.1.0');
    expect(doc.paths['/api/v1/offices'].get).toBeDefined();
    expect(doc.paths['/api/v1/staff'].post.requestBody).toBeDefined();
  });

  it('answers unknown routes with the error shape, in Indonesian by default and English on request', async () => {
    const id = await t.app.inject({ method: 'GET', url: '/api/v1/nope' });
    expect(id.statusCode).toBe(404);
    expect(id.json().error).toMatchObject({ code: 'ROUTE_NOT_FOUND', message: expect.stringContaining('Alamat tidak dikenal') });
    const en = await t.app.inject({ method: 'GET', url: '/api/v1/nope', headers: { 'accept-language': 'en-US,en;q=0.9' } });
    expect(en.json().error.message).toContain('No such address');
  });

  it('rejects malformed JSON with 400 naming the problem', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      headers: { 'content-type': 'application/json' },
      payload: '{"username": "a", ',
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('MALFORMED_JSON');
    expect(res.json().error.message).toMatch(/JSON/);
  });

  it('rejects unknown fields and wrong types, naming each field', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { username: 'abc', password: 5, extra: true },
    });
    expect(res.statusCode).toBe(400);
    const err = res.json().error;
    expect(err.code).toBe('VALIDATION_FAILED');
    const fields = err.details.map((d: { field: string }) => d.field);
    expect(fields).toContain('password');
    expect(fields).toContain('extra');
    expect(err.message).toMatch(/Data tidak valid/);
  });

  it('rejects oversized bodies with 413 and wrong content types with 415', async () => {
    const big = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { username: 'a'.repeat(2 * 1024 * 1024), password: 'x' },
    });
    expect(big.statusCode).toBe(413);
    expect(big.json().error.code).toBe('BODY_TOO_LARGE');
    const xml = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', headers: { 'content-type': 'application/xml' }, payload: '<a/>' });
    expect(xml.statusCode).toBe(415);
    expect(xml.json().error.code).toBe('UNSUPPORTED_MEDIA_TYPE');
  });

  it('sets security headers and a request id', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/offices', headers: { 'x-request-id': 'req-12345678' } });
    expect(res.headers['content-security-policy']).toContain("default-src 'self'");
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['x-request-id']).toBe('req-12345678');
  });

  it('marks responses of staff routes no-store', async () => {
    const office = await buildOffice(t.database);
    const admin = await buildStaff(t.database, t.config.sessionSecret, { officeId: office.id, roles: ['office_admin'] });
    const s = await loginAs(t.app, admin);
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/staff', headers: s.headers });
    expect(res.statusCode).toBe(200);
    expect(res.headers['cache-control']).toBe('no-store');
  });
});
