import { describe, expect, it } from 'vitest';
import { setIn } from './standard-draft.js';

describe('setIn', () => {
  const doc = { services: [{ fee: { amount: 0, text: 'Gratis' } }, { fee: { amount: 0, text: 'Gratis' } }], office: { slug: 'kota-pasuruan' } };

  it('sets a value by the dotted path the server names, copying only the branch it touches', () => {
    const next = setIn(doc, 'services.1.fee.amount'.split('.'), 5000) as typeof doc;
    expect(next.services[1]!.fee).toEqual({ amount: 5000, text: 'Gratis' });
    expect(Array.isArray(next.services)).toBe(true);
    expect(next.services[0]).toBe(doc.services[0]);
    expect(next.office).toBe(doc.office);
    expect(doc.services[1]!.fee.amount).toBe(0);
  });

  it('replaces a whole branch, and creates missing objects on the way', () => {
    expect((setIn(doc, ['officeHours'], null) as Record<string, unknown>).officeHours).toBeNull();
    expect(setIn({}, ['letterNumbering', 'values', 'unitCode'], '423.104')).toEqual({ letterNumbering: { values: { unitCode: '423.104' } } });
  });
});
