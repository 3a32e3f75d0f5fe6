import { describe, expect, it } from 'vitest';
import { ApiError, withQuery } from './api.js';
import { matchPath } from '../app/router.js';

describe('ApiError.fieldErrors', () => {
  it('maps details[].field to messages, marking parent paths too', () => {
    const err = new ApiError(400, 'VALIDATION_FAILED', 'Data tidak valid', [
      { field: 'nip', code: 'INVALID_FORMAT', message: 'NIP 18 digit angka' },
      { field: 'roles.0', code: 'X', message: 'peran tidak dikenal' },
    ]);
    expect(err.fieldErrors).toEqual({ nip: 'NIP 18 digit angka', 'roles.0': 'peran tidak dikenal', roles: 'peran tidak dikenal' });
  });

  it('uses the error message for a single-field detail without its own message', () => {
    const err = new ApiError(409, 'USERNAME_TAKEN', 'Nama pengguna "a" sudah dipakai.', { field: 'username' });
    expect(err.fieldErrors).toEqual({ username: 'Nama pengguna "a" sudah dipakai.' });
  });

  it('strips the querystring/params prefix so a filter form finds its field', () => {
    const err = new ApiError(400, 'VALIDATION_FAILED', 'x', [{ field: 'querystring.from', message: 'tanggal salah' }]);
    expect(err.fieldErrors.from).toBe('tanggal salah');
  });

  it('has no field errors for a plain error', () => {
    expect(new ApiError(500, 'INTERNAL_ERROR', 'x', { requestId: 'r' }).fieldErrors).toEqual({});
  });
});

describe('console helpers', () => {
  it('withQuery drops empty values', () => {
    expect(withQuery('/audit', { action: 'staff.created', actor: '', limit: 50, x: undefined })).toBe('/audit?action=staff.created&limit=50');
  });

  it('matchPath reads params and refuses other shapes', () => {
    expect(matchPath('/staff/:id', '/staff/abc')).toEqual({ id: 'abc' });
    expect(matchPath('/staff/new', '/staff/abc')).toBeNull();
    expect(matchPath('/', '/')).toEqual({});
    expect(matchPath('/staff', '/staff/abc')).toBeNull();
  });
});
