import type { TenancyFixture, TenancyWorld } from '../../platform/testing/tenancy-fixtures.js';
import type { SyntheticFamily } from '../identity/index.js';
import { ACTIVE_PBID, familyBody, personBody, population } from './registry.test-helpers.js';

/**
 * Office A's registry as the cross-office walk needs it: each route gets a family of its own,
 * recorded through the API as A, so a state change made by one route (a member leaving, a new KK)
 * never spoils another route's fixture.
 */
const pop = population('tenancy-walk');
const families = new Map<string, Promise<RecordedFamily>>();

interface RecordedFamily {
  synthetic: SyntheticFamily;
  id: string;
  headPersonId: string;
  members: { id: string; nik: string; name: string; relation: string }[];
}

function nextFamily(minMembers: number): SyntheticFamily {
  for (;;) {
    const f = pop.family();
    if (f.members.length >= minMembers) return f;
  }
}

export function familyOfA(w: TenancyWorld, key: string): Promise<RecordedFamily> {
  const k = `${w.officeA.id}:${key}`;
  let p = families.get(k);
  if (!p) {
    p = (async () => {
      const synthetic = nextFamily(3);
      const res = await w.app.inject({ method: 'POST', url: '/api/v1/registry/families', headers: w.asA.headers, payload: familyBody(synthetic, ACTIVE_PBID) });
      if (res.statusCode !== 201) throw new Error(`tenancy fixture: family of A not recorded: ${res.statusCode} ${res.body}`);
      const { family } = res.json() as { family: Omit<RecordedFamily, 'synthetic'> };
      return { synthetic, ...family };
    })();
    families.set(k, p);
  }
  return p;
}

const nonHead = (f: RecordedFamily) => f.members.find((m) => m.id !== f.headPersonId)!;

const imports = new Map<number, Promise<{ id: string }>>();
function importOfA(w: TenancyWorld): Promise<{ id: string }> {
  let p = imports.get(w.officeA.id);
  if (!p) {
    p = (async () => {
      const res = await w.app.inject({
        method: 'POST', url: '/api/v1/registry/imports?fileName=rahasia-a.csv',
        headers: { ...w.asA.headers, 'content-type': 'text/csv' }, payload: memberListCsv(nextFamily(1)),
      });
      if (res.statusCode !== 201) throw new Error(`tenancy fixture: import of A failed: ${res.statusCode} ${res.body}`);
      return { id: (res.json() as { import: { id: string } }).import.id };
    })();
    imports.set(w.officeA.id, p);
  }
  return p;
}

const HEADER = 'NIK,NO_KK,NAMA,TEMPAT_LAHIR,TGL_LAHIR,JENIS_KELAMIN,STATUS_KAWIN,HUBUNGAN,ALAMAT,RT,RW,KODE_DESA,NO_KARTU,KODE_FASKES,STATUS';
function memberListCsv(f: SyntheticFamily): string {
  const rows = f.members.map((m) => {
    const [y, mo, d] = m.birthDate.split('-');
    return [m.nik, f.kk, m.name, m.birthPlace, `${d}-${mo}-${y}`, m.sex === 'M' ? 'L' : 'P', m.maritalStatus, m.relation,
      `"${f.address.street}"`, f.address.rt, f.address.rw, f.address.villageCode.replaceAll('.', ''), '', '', 'AKTIF'].join(',');
  });
  return [HEADER, ...rows].join('\n');
}

const faskes = new Map<number, Promise<string>>();
/** A facility of office A (imported as A), by id. */
export function faskesOfA(w: TenancyWorld): Promise<string> {
  let p = faskes.get(w.officeA.id);
  if (!p) {
    p = (async () => {
      await w.app.inject({
        method: 'POST', url: '/api/v1/faskes/imports', headers: { ...w.asA.headers, 'content-type': 'text/csv' },
        payload: 'kode;nama;jenis;alamat\n13179901;Puskesmas Rahasia A;PUSKESMAS;Jl. A\n',
      });
      const list = await w.app.inject({ method: 'GET', url: '/api/v1/faskes?q=Rahasia', headers: w.asA.headers });
      const id = (list.json() as { faskes: { id: string }[] }).faskes[0]?.id;
      if (!id) throw new Error(`tenancy fixture: faskes of A missing: ${list.body}`);
      return id;
    })();
    faskes.set(w.officeA.id, p);
  }
  return p;
}

export const publicRoutes = ['POST /api/v1/identity/nik/check', 'POST /api/v1/identity/kk/check'];

export const tenancyFixtures: TenancyFixture[] = [
  {
    route: 'POST /api/v1/registry/search',
    request: async (w) => ({ body: { name: (await familyOfA(w, 'search')).members[0]!.name } }),
    markers: async (w) => [(await familyOfA(w, 'search')).id],
  },
  { route: 'GET /api/v1/registry/persons/:id', request: async (w) => ({ params: { id: (await familyOfA(w, 'person')).headPersonId } }) },
  { route: 'GET /api/v1/registry/families/:id', request: async (w) => ({ params: { id: (await familyOfA(w, 'family')).id } }) },
  {
    // B may record the same people for itself, but learns nothing of A's record of them.
    route: 'POST /api/v1/registry/families',
    request: async (w) => ({ body: familyBody((await familyOfA(w, 'create')).synthetic) }),
    markers: async (w) => {
      const f = await familyOfA(w, 'create');
      return [f.id, ...f.members.map((m) => m.id)];
    },
  },
  {
    route: 'POST /api/v1/registry/duplicates/check',
    request: async (w) => {
      const head = (await familyOfA(w, 'duplicates')).synthetic.members[0]!;
      return { body: { nik: head.nik, name: head.name, birthDate: head.birthDate } };
    },
    markers: async (w) => {
      const f = await familyOfA(w, 'duplicates');
      return [f.id, ...f.members.map((m) => m.id)];
    },
  },
  { route: 'POST /api/v1/registry/domicile/check', request: async (w) => ({ body: { villageCode: (await familyOfA(w, 'domicile')).synthetic.address.villageCode } }) },
  {
    route: 'POST /api/v1/registry/families/:id/members',
    request: async (w) => ({
      params: { id: (await familyOfA(w, 'members')).id },
      body: { person: { ...personBody(pop.person({ minAge: 0, maxAge: 0 })), relation: 'anak' }, evidence: { kind: 'kia' } },
    }),
  },
  {
    route: 'POST /api/v1/registry/persons/:id/leave',
    request: async (w) => ({ params: { id: nonHead(await familyOfA(w, 'leave')).id }, body: { reason: 'moved_away', date: '2026-01-15' } }),
  },
  {
    route: 'POST /api/v1/registry/families/:id/kk-change',
    request: async (w) => ({ params: { id: (await familyOfA(w, 'kk-change')).id }, body: { newKkNumber: nextFamily(1).kk, reason: 'reissued' } }),
  },
  {
    route: 'POST /api/v1/registry/families/:id/head',
    request: async (w) => {
      const f = await familyOfA(w, 'head');
      return { params: { id: f.id }, body: { personId: nonHead(f).id, previousHeadRelation: 'lainnya' } };
    },
  },
  {
    route: 'PUT /api/v1/registry/persons/:id/faskes',
    request: async (w) => ({ params: { id: (await familyOfA(w, 'faskes')).headPersonId }, body: { faskesId: await faskesOfA(w) } }),
  },
  {
    route: 'POST /api/v1/registry/imports',
    request: async () => ({ query: { fileName: 'milik-b.csv' }, headers: { 'content-type': 'text/csv' }, body: memberListCsv(nextFamily(1)) }),
    markers: async (w) => [(await importOfA(w)).id, 'rahasia-a.csv'],
  },
  { route: 'GET /api/v1/registry/imports', request: async () => ({}), markers: async (w) => [(await importOfA(w)).id, 'rahasia-a.csv'] },
  { route: 'GET /api/v1/registry/imports/:id', request: async (w) => ({ params: { id: (await importOfA(w)).id } }) },
  { route: 'GET /api/v1/registry/imports/:id/report.csv', request: async (w) => ({ params: { id: (await importOfA(w)).id } }) },
];
