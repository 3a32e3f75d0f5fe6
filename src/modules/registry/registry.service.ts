import type { OfficeScope } from '../../platform/tenancy.js';
import { invalid } from '../../platform/errors.js';
import { eventsOf, familyMembers, findFamily, findPerson, membershipsOf, searchByKk, searchByName, searchByNik, type ListRow } from './registry.repository.js';
import type { SearchInput } from './registry.schema.js';
import { eventOut, familyOut, listItem, membershipOut, personCore } from './registry.views.js';
import { familyNotFound, personNotFound } from './registry.errors.js';
import { maskNik } from '../identity/index.js';

const badCursor = () =>
  invalid('CURSOR_INVALID', { id: 'Penanda halaman (cursor) tidak valid.', en: 'Invalid page cursor.' }, [{ field: 'cursor', code: 'CURSOR_INVALID' }]);

function decodeCursor(cursor: string): { birthDate: string; id: string } {
  try {
    const [birthDate, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as [unknown, unknown];
    if (typeof birthDate === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(birthDate) && typeof id === 'string' && /^[0-9a-f-]{36}$/.test(id)) {
      return { birthDate, id };
    }
  } catch {
    // fall through
  }
  throw badCursor();
}

const encodeCursor = (r: ListRow) => Buffer.from(JSON.stringify([r.birth_date, r.id]), 'utf8').toString('base64url');

/**
 * Search by exactly one of NIK, KK number or name. NIK and KK arrive in a POST body, never in a URL
 * (URLs end up in logs and browser history). NIK and KK are exact; a name matches word by word, and the
 * results come oldest first (birth date order, see registry.repository.ts).
 */
export async function searchRegistry(scope: OfficeScope, input: SearchInput) {
  if (input.nik !== undefined) {
    const rows = await searchByNik(scope, input.nik.trim());
    return { results: rows.map(listItem), nextCursor: null };
  }
  if (input.kk !== undefined) {
    const rows = await searchByKk(scope, input.kk.trim(), 100);
    return { results: rows.map(listItem), nextCursor: null };
  }
  const words = (input.name ?? '').split(/\s+/).filter((w) => w.length > 0);
  const after = input.cursor !== undefined ? decodeCursor(input.cursor) : undefined;
  const rows = await searchByName(scope, words, input.limit + 1, after, input.villageCode);
  const page = rows.slice(0, input.limit);
  return { results: page.map(listItem), nextCursor: rows.length > input.limit ? encodeCursor(page[page.length - 1]!) : null };
}

/** A person's full record (NIK unmasked, family, membership, history); the read is audited. */
export async function getPersonRecord(scope: OfficeScope, id: string) {
  const person = await findPerson(scope, scope.db, id);
  if (!person) throw personNotFound();
  const family = await findFamily(scope, scope.db, person.family_id);
  if (!family) throw personNotFound();
  const [members, memberships, events] = await Promise.all([
    familyMembers(scope.db, family.id),
    membershipsOf(scope.db, [person.id]),
    eventsOf(scope.db, person.id, 100),
  ]);
  await scope.audit({ action: 'person.viewed', entityType: 'person', entityId: person.id });
  return {
    ...personCore(person),
    family: {
      ...familyOut(family),
      members: members.map((m) => ({
        id: m.id,
        nikMasked: maskNik(m.nik),
        name: m.name,
        relation: personCore(m).relation,
        left: m.left_family_date !== null || m.death_date !== null,
      })),
    },
    membership: membershipOut(memberships.get(person.id)),
    history: events.map(eventOut),
  };
}

/** A family with every member's full record; audited like a person's record. */
export async function getFamilyRecord(scope: OfficeScope, id: string) {
  const family = await findFamily(scope, scope.db, id);
  if (!family) throw familyNotFound();
  const members = await familyMembers(scope.db, family.id);
  const memberships = await membershipsOf(scope.db, members.map((m) => m.id));
  await scope.audit({ action: 'family.viewed', entityType: 'family', entityId: family.id });
  return {
    ...familyOut(family),
    members: members.map((m) => ({ ...personCore(m), membership: membershipOut(memberships.get(m.id)) })),
  };
}
