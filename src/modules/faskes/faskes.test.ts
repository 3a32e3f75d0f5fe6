import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../platform/testing/test-app.js';
import { ACTIVE_PBID, createFamily, familyBody, officeWithStaff, population, type OfficeFixture } from '../registry/registry.test-helpers.js';

describe('faskes (first-level health facilities) per office', () => {
  let t: TestApp;
  let a: OfficeFixture;
  let b: OfficeFixture;
  beforeAll(async () => {
    t = await createTestApp();
    a = await officeWithStaff(t);
    b = await officeWithStaff(t);
  });
  afterAll(async () => t?.close());

  const csv = 'kode;nama;jenis;alamat\n13170101;Puskesmas Bugul Kidul;PUSKESMAS;Jl. Hasanuddin\n13170102;Puskesmas Gadingrejo;puskesmas;\n0123B001;Klinik Pratama Sehat;KLINIK PRATAMA;Jl. Melati 3\n??;Tanpa Kode;PUSKESMAS;\n';
  const upload = (body: string | Buffer, who = a.as.admin, type = 'text/csv') =>
    t.app.inject({ method: 'POST', url: '/api/v1/faskes/imports', headers: { ...who.headers, 'content-type': type }, payload: body });

  it('imports a CSV list, reporting bad rows; a second import changes nothing', async () => {
    const res = await upload(csv);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ total: 4, created: 3, updated: 0, unchanged: 0 });
    expect(res.json().rejected).toEqual([expect.objectContaining({ row: 5, code: 'FASKES_CODE_INVALID' })]);
    const again = await upload(csv);
    expect(again.json()).toMatchObject({ created: 0, updated: 0, unchanged: 3 });
    const renamed = await upload(csv.replace('Puskesmas Gadingrejo', 'UPT Puskesmas Gadingrejo'));
    expect(renamed.json()).toMatchObject({ created: 0, updated: 1 });
  });

  it('imports XLSX too and refuses a list without the required columns', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Faskes');
    ws.addRow(['Kode', 'Nama', 'Jenis', 'Alamat']);
    ws.addRow(['13170201', 'dr. Ani Praktik Perorangan', 'DOKTER PRAKTIK PERORANGAN', 'Jl. Kartini 9']);
    const res = await upload(Buffer.from(await wb.xlsx.writeBuffer()), a.as.admin, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(res.json()).toMatchObject({ created: 1 });
    const bad = await upload('kode,nama\n1,2');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.code).toBe('COLUMNS_MISSING');
    expect((await upload(csv, a.as.fo)).statusCode).toBe(403);
  });

  it('lists and searches the office\'s own facilities only', async () => {
    const all = await t.app.inject({ method: 'GET', url: '/api/v1/faskes?limit=2', headers: a.as.fo.headers });
    expect(all.json().faskes).toHaveLength(2);
    expect(all.json().nextCursor).not.toBeNull();
    const q = await t.app.inject({ method: 'GET', url: '/api/v1/faskes?q=klinik', headers: a.as.viewer.headers });
    expect(q.json().faskes.map((f: { code: string }) => f.code)).toEqual(['0123B001']);
    const inB = await t.app.inject({ method: 'GET', url: '/api/v1/faskes', headers: b.as.fo.headers });
    expect(inB.json().faskes).toEqual([]);
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/faskes' })).statusCode).toBe(401);
  });

  it('picks one facility per member, from the own office\'s list only', async () => {
    const fam = (await createFamily(t, a.as.bo, familyBody(population('faskes-test').family(), ACTIVE_PBID))).family;
    const person = fam.members[0]!;
    const list = (await t.app.inject({ method: 'GET', url: '/api/v1/faskes?q=Bugul', headers: a.as.bo.headers })).json().faskes;
    const put = (faskesId: string, who = a.as.bo) =>
      t.app.inject({ method: 'PUT', url: `/api/v1/registry/persons/${person.id}/faskes`, headers: who.headers, payload: { faskesId } });
    const res = await put(list[0].id);
    expect(res.statusCode).toBe(200);
    expect(res.json().faskes).toMatchObject({ code: '13170101' });
    const rec = await t.app.inject({ method: 'GET', url: `/api/v1/registry/persons/${person.id}`, headers: a.as.bo.headers });
    expect(rec.json().membership.faskes.code).toBe('13170101');
    expect(rec.json().history[0]).toMatchObject({ kind: 'faskes_changed', bpjsChange: null });
    await upload('kode,nama,jenis\n99990001,Puskesmas B,PUSKESMAS', b.as.admin);
    const bList = (await t.app.inject({ method: 'GET', url: '/api/v1/faskes', headers: b.as.bo.headers })).json().faskes;
    const foreign = await put(bList[0].id);
    expect(foreign.statusCode).toBe(400);
    expect(foreign.json().error.code).toBe('FASKES_UNKNOWN');
    // Office B cannot reach A's member at all: not found, before any facility is looked at.
    expect((await put(list[0].id, b.as.bo)).statusCode).toBe(404);
  });
});
