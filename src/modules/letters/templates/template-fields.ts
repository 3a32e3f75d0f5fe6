/**
 * The placeholders a letter template may use, with the label an office admin sees in the template editor.
 * It is the whole vocabulary: anything else is refused when the template is saved (validateTemplate), so a
 * typo never reaches a letter to BPJS as "{{aplicant.nik}}".
 */
export interface TemplateSchema {
  /** Dotted names of single values. */
  scalars: Readonly<Record<string, string>>;
  /** Lists usable as `{{#name}}…{{/name}}`, with the fields of one item (plus `no`, the 1-based index). */
  lists: Readonly<Record<string, Readonly<Record<string, string>>>>;
  /** Tags that stand for a whole block (a table), alone in their paragraph. */
  blocks: Readonly<Record<string, string>>;
}

const person = (who: string): Record<string, string> => ({
  name: `Nama ${who}`,
  nik: `NIK ${who}`,
  kkNumber: `Nomor KK ${who}`,
  birthPlace: `Tempat lahir ${who}`,
  birthDate: `Tanggal lahir ${who}`,
  sex: `Jenis kelamin ${who}`,
  relationship: `Hubungan keluarga ${who}`,
  kisNumber: `Nomor kartu JKN-KIS ${who}`,
  address: `Alamat ${who}`,
});

const prefixed = (prefix: string, fields: Record<string, string>) =>
  Object.fromEntries(Object.entries(fields).map(([k, v]) => [`${prefix}.${k}`, v]));

export const LETTER_TEMPLATE_SCHEMA: TemplateSchema = {
  scalars: {
    'office.governmentName': 'Nama pemerintah daerah (kop)',
    'office.agencyName': 'Nama dinas (kop)',
    'office.regionName': 'Nama daerah ("Kota Pasuruan")',
    'office.place': 'Tempat penandatanganan ("Amlapura")',
    'office.headTitle': 'Jabatan kepala dinas',
    'office.bpjsBranch': 'Kantor cabang BPJS Kesehatan',
    'letter.number': 'Nomor surat',
    'letter.date': 'Tanggal surat',
    'letter.day': 'Hari surat',
    'letter.subject': 'Perihal surat',
    'letter.recipient': 'Tujuan surat',
    'signer.title': 'Jabatan penanda tangan',
    'signer.name': 'Nama penanda tangan',
    'signer.nip': 'NIP penanda tangan',
    'signer.rank': 'Pangkat/golongan penanda tangan',
    ...prefixed('applicant', person('pemohon')),
    'application.receiptNumber': 'Nomor pendaftaran',
    'application.service': 'Jenis layanan',
    'application.channel': 'Saluran pendaftaran',
    'application.receivedAt': 'Tanggal berkas diterima',
    'application.receivedDay': 'Hari berkas diterima',
    'application.receivedTime': 'Jam berkas diterima',
    'application.dueAt': 'Batas waktu penyelesaian',
    'application.reason': 'Alasan',
    'application.previousSegment': 'Segmen kepesertaan asal',
    'application.hospital': 'Rumah sakit tempat dirawat',
    'application.admissionDate': 'Tanggal masuk rawat inap',
    'application.statementDate': 'Tanggal surat pernyataan bermeterai',
    'application.referenceIssuer': 'Penerbit surat pengantar (kelurahan)',
    'application.referenceNumber': 'Nomor surat pengantar',
    'application.referenceDate': 'Tanggal surat pengantar',
    'application.proposer': 'Pengusul',
    'application.assessmentDate': 'Tanggal asesmen',
    'application.decisionDate': 'Tanggal keputusan',
    'application.decisionNote': 'Pertimbangan keputusan',
    'application.memberCount': 'Jumlah orang ("3 (tiga)")',
  },
  lists: {
    members: person('anggota'),
    dataChanges: { field: 'Data yang diubah', oldValue: 'Data semula', newValue: 'Data baru' },
  },
  blocks: {
    members_table: 'Tabel orang yang diusulkan/didaftarkan',
    changes_table: 'Tabel perubahan data (semula/menjadi)',
  },
};

/** The 1-based position of an item, available inside every list section. */
export const LIST_INDEX_FIELD = 'no';
