import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../platform/testing/test-app.js';
import type { SyntheticFamily } from '../../identity/index.js';
import { officeWithStaff, population, type OfficeFixture } from '../registry.test-helpers.js';
import { parseCsv } from './tabular.js';
import { parseDateCell } from './import-row.js';
import { importMemberList } from './import.service.js';
import { OfficeScope } from '../../../platform/tenancy.js';

const HEADER = 'NIK,NO_KK,NAMA,TEMPAT_LAHIR,TGL_LAHIR,JENIS_KELAMIN,STATUS_KAWIN,HUBUNGAN,ALAMAT,RT,RW,KODE_DESA,NO_KARTU,KODE_FASKES,STATUS';

function csvLines(families: SyntheticFamily[]): string[] {
  const lines: string[] = [];
  families.forEach((f, fi) =>
    f.members.forEach((m, mi) => {
      const [y, mo, d] = m.birthDate.split('-');
      const card = String(1_000_000_000_000 + fi * 100 + mi);
      lines.push([m.nik, f.kk, m.name, m.birthPlace, `${d}-${mo}-${y}`, m.sex === 'M' ? 'L' : 'P', m.maritalStatus, m.relation,
        `"${f.address.street}, ${f.address.villageName}"`, f.address.rt, f.address.rw, f.address.villageCode.replaceAll('.', ''), card, '', 'AKTIF'].join(','));
    }),
  );
  return lines;
}

describe('import of a member list', () => {
  let t: TestApp;
  let a: OfficeFixture;
  const pop = population('import-test');
  const families = Array.from({ length: 30 }, () => pop.family());
  const good = csvLines(families);
  const palembang = population('import-test-plg', '16.71').family();
  const bad = [
    // 15-digit NIK
    good[0]!.replace(/^\d{16}/, (n) => n.slice(0, 15)),
    // address outside the regency
    csvLines([palembang])[0]!,
    // a NIK repeated in the file
    good[1]!,
    // birth date that does not match the NIK, and an unknown relation
    good[2]!.replace(/,(\d{2})-(\d{2})-(\d{4}),/, (_m, d, mo, y) => `,${d}-${mo}-${Number(y) - 1},`).replace(/,(KEPALA KELUARGA|ISTRI|ANAK|SUAMI|ORANG TUA|MERTUA),/, ',TETANGGA,'),
  ];
  const file = [HEADER, ...good.slice(1), ...bad].join('\n');

  beforeAll(async () => {
    t = await createTestApp();
    a = await officeWithStaff(t);
  });
  afterAll(async () => t?.close());

  const upload = (body: string | Buffer, type = 'text/csv', who = a.as.bo) =>
    t.app.inject({ method: 'POST', url: '/api/v1/registry/imports?fileName=daftar.csv', headers: { ...who.headers, 'content-type': type }, payload: body });
  const counts = async () => (await t.database.query<{ p: string; e: string; m: string }>(
    `SELECT (SELECT count(*) FROM persons WHERE office_id = $1) AS p, (SELECT count(*) FROM membership_events WHERE office_id = $1) AS e,
            (SELECT count(*) FROM memberships WHERE office_id = $1 AND status = 'active') AS m`, [a.officeId]))[0]!;

  it('imports every valid row and reports the others with their reasons', async () => {
    const res = await upload(file);
    expect(res.statusCode).toBe(201);
    const imp = res.json().import;
    expect(imp).toMatchObject({ status: 'completed', totalRows: good.length - 1 + bad.length, rejected: bad.length, created: good.length - 1, unchanged: 0 });
    expect(Number((await counts()).p)).toBe(good.length - 1);
    const report = await t.app.inject({ method: 'GET', url: imp.reportUrl, headers: a.as.bo.headers });
    expect(report.statusCode).toBe(200);
    expect(report.headers['content-type']).toMatch(/text\/csv/);
    const rows = [...parseCsv(report.body)].map((r) => r.fields);
    expect(rows[0]!.slice(0, 4)).toEqual(['BARIS', 'KODE_ALASAN', 'ALASAN', 'NIK']);
    const codes = rows.slice(1).map((r) => r[1]);
    expect(codes[0]).toContain('NIK_FORMAT');
    expect(codes[1]).toContain('DOMICILE_OUTSIDE_REGION');
    expect(codes[2]).toContain('NIK_REPEATED');
    expect(codes[3]).toContain('NIK_BIRTHDATE_MISMATCH');
    expect(codes[3]).toContain('RELATION_INVALID');
    expect(rows[2]![2]).toContain('KOTA PALEMBANG');
    const audit = await t.database.query(`SELECT 1 FROM audit_log WHERE action = 'registry_import.report_downloaded' AND entity_id = $1`, [imp.id]);
    expect(audit).toHaveLength(1);
    // Heads are set from the relation column; the first family's head is the rejected 15-digit row.
    const heads = await t.database.query<{ n: string }>(`SELECT count(*) AS n FROM families WHERE office_id = $1 AND head_person_id IS NOT NULL`, [a.officeId]);
    expect(Number(heads[0]!.n)).toBe(families.length - 1);
  });

  it('changes nothing when the same file comes again, or the same rows in another file', async () => {
    const before = await counts();
    const again = await upload(file);
    expect(again.statusCode).toBe(200);
    expect(again.json().duplicate).toBe(true);
    const reordered = await upload([HEADER, ...good.slice(1).reverse()].join('\r\n'));
    expect(reordered.statusCode).toBe(201);
    expect(reordered.json().import).toMatchObject({ created: 0, updated: 0, unchanged: good.length - 1, rejected: 0 });
    expect(await counts()).toEqual(before);
  });

  it('updates a changed row and records the change in the history', async () => {
    const changed = [HEADER, good[3]!.replace(',AKTIF', ',NONAKTIF')].join('\n');
    const res = await upload(changed);
    expect(res.json().import).toMatchObject({ updated: 1, created: 0 });
    const nik = good[3]!.slice(0, 16);
    const ev = await t.database.query<{ kind: string; bpjs_change: string | null }>(
      `SELECT e.kind, e.bpjs_change FROM membership_events e JOIN persons p ON p.id = e.person_id WHERE p.nik = $1 ORDER BY e.id`, [nik]);
    expect(ev.map((e) => e.kind)).toEqual(['imported', 'import_updated']);
    expect(ev.every((e) => e.bpjs_change === null)).toBe(true);
  });

  it('writes small chunks in parallel with families spanning chunk boundaries, and resumes a failed import', async () => {
    const office = await officeWithStaff(t);
    const scope = new OfficeScope(t.database, office.officeId, { userId: null, label: 'test' });
    const fams = Array.from({ length: 12 }, () => pop.family());
    const body = Buffer.from([HEADER, ...csvLines(fams)].join('\n'));
    const r = await importMemberList(scope, body, 'csv', { fileName: null, segment: 'PBI_DAERAH', chunkSize: 7, parallel: 2 });
    const people = fams.reduce((n, f) => n + f.members.length, 0);
    expect(r.import).toMatchObject({ status: 'completed', createdCount: people, rejectedCount: 0, processedRows: people, totalRows: people });
    const heads = await t.database.query<{ n: string }>(`SELECT count(*) AS n FROM families WHERE office_id = $1 AND head_person_id IS NOT NULL`, [office.officeId]);
    expect(Number(heads[0]!.n)).toBe(fams.length);
    // An import left "failed" is taken over by the same file and completes without duplicating anyone.
    await t.database.query(`UPDATE registry_imports SET status = 'failed' WHERE id = $1`, [r.import.id]);
    const again = await importMemberList(scope, body, 'csv', { fileName: null, segment: 'PBI_DAERAH', chunkSize: 5 });
    expect(again.import).toMatchObject({ id: r.import.id, status: 'completed', createdCount: 0, unchangedCount: people });
  });

  it('reads XLSX, refusing NIKs stored as numbers', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Peserta');
    ws.addRow(HEADER.split(','));
    const f = pop.family();
    const m = f.members[0]!;
    ws.addRow([m.nik, f.kk, m.name, m.birthPlace, new Date(`${m.birthDate}T00:00:00Z`), m.sex === 'M' ? 'L' : 'P', 'KAWIN', 'KEPALA KELUARGA', f.address.street, f.address.rt, f.address.rw, f.address.villageCode, null, null, 'AKTIF']);
    const m2 = f.members[1] ?? pop.person();
    ws.addRow([Number(m2.nik), f.kk, m2.name, null, m2.birthDate, m2.sex === 'M' ? 1 : 2, 2, 3, f.address.street, null, null, f.address.villageCode, null, null, null]);
    const buffer = Buffer.from(await wb.xlsx.writeBuffer());
    const res = await upload(buffer, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(res.statusCode).toBe(201);
    expect(res.json().import).toMatchObject({ format: 'xlsx', created: 1, rejected: 1 });
    const report = await t.app.inject({ method: 'GET', url: res.json().import.reportUrl, headers: { ...a.as.bo.headers, 'accept-language': 'en' } });
    expect(report.body).toContain('NIK_NUMERIC_CELL');
    expect(report.body).toContain('stored as a number');
  });

  it('refuses a file without required columns, an empty body, other roles and other offices', async () => {
    const res = await upload('NIK,NAMA\n3575010101900001,Budi');
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('COLUMNS_MISSING');
    expect(res.json().error.details.map((d: { field: string }) => d.field)).toContain('NO_KK');
    expect((await t.app.inject({ method: 'POST', url: '/api/v1/registry/imports', headers: a.as.bo.headers, payload: {} })).statusCode).toBe(400);
    expect((await upload(file, 'text/csv', a.as.fo)).statusCode).toBe(403);
    const other = await officeWithStaff(t);
    const list = await t.app.inject({ method: 'GET', url: '/api/v1/registry/imports', headers: a.as.bo.headers });
    const id = list.json().imports[0].id;
    expect((await t.app.inject({ method: 'GET', url: `/api/v1/registry/imports/${id}`, headers: other.as.bo.headers })).statusCode).toBe(404);
    expect((await t.app.inject({ method: 'GET', url: `/api/v1/registry/imports/${id}/report.csv`, headers: other.as.bo.headers })).statusCode).toBe(404);
  });
});

describe('import parsing', () => {
  it('reads dates as lists write them', () => {
    expect(parseDateCell('05-03-1990')).toBe('1990-03-05');
    expect(parseDateCell('5/3/1990')).toBe('1990-03-05');
    expect(parseDateCell('1990-03-05')).toBe('1990-03-05');
    expect(parseDateCell(32937)).toBe('1990-03-05');
    expect(parseDateCell('31-02-1990')).toBeNull();
    expect(parseDateCell('kemarin')).toBeNull();
  });

  it('parses CSV with quotes, semicolons and CRLF', () => {
    const rows = [...parseCsv('\uFEFFA;B\r\n"x;1";"he said ""hi"""\r\n\r\n2;"multi\nline"\r\n')].map((r) => r.fields);
    expect(rows).toEqual([['A', 'B'], ['x;1', 'he said "hi"'], ['2', 'multi\nline']]);
  });
});
