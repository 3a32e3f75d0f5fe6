import type { SyntheticFamily } from '../../identity/index.js';
import { parseRelation } from '../../registry/registry.codes.js';

/**
 * A synthetic family as the intake API takes it (family + the first `count` members). Free of test-runner
 * imports: the demo data makes its cases with it too.
 */
export function familyBody(f: SyntheticFamily, count = 1) {
  return {
    family: { kkNumber: f.kk, address: f.address.street, rt: f.address.rt.replace(/^0+/, '') || '1', rw: f.address.rw.replace(/^0+/, '') || '1', villageCode: f.address.villageCode },
    members: f.members.slice(0, count).map((m) => ({
      nik: m.nik,
      name: m.name,
      birthPlace: m.birthPlace,
      birthDate: m.birthDate,
      sex: m.sex,
      relation: parseRelation(m.relation) ?? 'lainnya',
      ...(m.phone ? { phone: m.phone } : {}),
    })),
  };
}
