import type { EdabuOffice, EdabuRow } from './edabu-row.js';

/**
 * Test factories (used by the tests of this folder and by anyone testing the batch module).
 * Values follow Kabupaten Malinau (65.02), whose seed lists the fields entered per member.
 */
export function buildEdabuOffice(overrides: Partial<EdabuOffice> = {}): EdabuOffice {
  return {
    satkerCode: '65020001',
    satkerName: 'DINKES PPKB KAB. MALINAU',
    membershipType: 'PBI APBD',
    kcCode: '1701',
    dati2Code: '0277',
    ...overrides,
  };
}

/** A valid new-member row; `n` varies NIK and name so rows in one batch do not collide. */
export function buildEdabuRow(n = 0, overrides: Partial<EdabuRow> = {}): EdabuRow {
  return {
    nik: String(6502014101900001 + n),
    kkNumber: '6502010101150003',
    name: `MARIA UDAU ${n}`,
    birthPlace: 'MALINAU',
    birthDate: '1990-01-01',
    sex: 'P',
    maritalStatus: 'kawin',
    relation: 'istri',
    address: 'JL. PUSAT PEMERINTAHAN RT 003',
    rt: '003',
    rw: '001',
    postalCode: '77554',
    districtCode: '65.02.01',
    districtName: 'MALINAU KOTA',
    villageCode: '65.02.01.1001',
    villageName: 'MALINAU KOTA',
    faskesCode: '17050101',
    faskesName: 'PUSKESMAS MALINAU KOTA',
    phone: '081234567890',
    careClass: 3,
    ...overrides,
  };
}

/** The same person as an existing member, for changes and deactivations. */
export function buildMemberRow(n = 0, overrides: Partial<EdabuRow> = {}): EdabuRow {
  return buildEdabuRow(n, { cardNumber: String(1234567890000 + n).padStart(13, '0'), ...overrides });
}
