import type { ComposeLetterInput } from './letters.service.js';
import type { ApprovalStep, LetterKind, LetterOffice, LetterPerson, RegistrationReceipt } from './letter.types.js';

/**
 * Test factories. Letterheads use what the seeds publish (Pasuruan's kop is printed in seed 000; the others
 * give only phones, e-mail and websites, so their street address stays null rather than invented). People
 * and officials are fictitious: a test letter must never carry a real official's name and NIP.
 */
export type OfficeSlug = 'pasuruan' | 'karangasem' | 'palembang' | 'tarakan' | 'malinau';

export const OFFICES: Record<OfficeSlug, LetterOffice> = {
  pasuruan: {
    slug: 'pasuruan',
    timeZone: 'Asia/Jakarta',
    place: 'Pasuruan',
    regionName: 'Kota Pasuruan',
    headTitle: 'Kepala Dinas Kesehatan Kota Pasuruan',
    bpjsBranch: 'BPJS Kesehatan Kantor Cabang Pasuruan',
    letterhead: {
      governmentName: 'Pemerintah Kota Pasuruan',
      agencyName: 'Dinas Kesehatan',
      address: 'Jl. Cakraningrat No. 2',
      phone: '(0343) 423453',
      fax: '(0343) 422563',
      email: 'dinkes@pasuruankota.go.id',
      website: 'https://dinkes.pasuruankota.go.id',
      postalCode: '67129',
    },
  },
  karangasem: {
    slug: 'karangasem',
    timeZone: 'Asia/Makassar',
    place: 'Amlapura',
    regionName: 'Kabupaten Karangasem',
    headTitle: 'Kepala Dinas Sosial, Pemberdayaan Perempuan dan Perlindungan Anak, Pengendalian Penduduk dan Keluarga Berencana Kabupaten Karangasem',
    // The seed names no BPJS branch; each office configures its own.
    bpjsBranch: 'BPJS Kesehatan Kantor Cabang Klungkung',
    letterhead: {
      governmentName: 'Pemerintah Kabupaten Karangasem',
      agencyName: 'Dinas Sosial, Pemberdayaan Perempuan dan Perlindungan Anak, Pengendalian Penduduk dan Keluarga Berencana',
      address: null,
      phone: '(0363) 21154',
      fax: null,
      email: 'disospppappkbkab.karangasem@gmail.com',
      website: 'http://disosp3ppkb.karangasemkab.go.id',
      postalCode: null,
    },
  },
  palembang: {
    slug: 'palembang',
    timeZone: 'Asia/Jakarta',
    place: 'Palembang',
    regionName: 'Kota Palembang',
    headTitle: 'Kepala Dinas Sosial Kota Palembang',
    bpjsBranch: 'BPJS Kesehatan Kantor Cabang Palembang',
    letterhead: {
      governmentName: 'Pemerintah Kota Palembang',
      agencyName: 'Dinas Sosial',
      address: null,
      phone: '0821-7906-4442',
      fax: null,
      email: null,
      website: null,
      postalCode: null,
    },
  },
  tarakan: {
    slug: 'tarakan',
    timeZone: 'Asia/Makassar',
    place: 'Tarakan',
    regionName: 'Kota Tarakan',
    headTitle: 'Kepala Dinas Sosial dan Pemberdayaan Masyarakat Kota Tarakan',
    bpjsBranch: 'BPJS Kesehatan Kantor Cabang Tarakan',
    letterhead: {
      governmentName: 'Pemerintah Kota Tarakan',
      agencyName: 'Dinas Sosial dan Pemberdayaan Masyarakat',
      address: null,
      phone: '0822 5560 0445',
      fax: null,
      email: 'dinsospmkotatarakan@gmail.com',
      website: null,
      postalCode: null,
    },
  },
  malinau: {
    slug: 'malinau',
    timeZone: 'Asia/Makassar',
    place: 'Malinau',
    regionName: 'Kabupaten Malinau',
    headTitle: 'Kepala Dinas Kesehatan, Pengendalian Penduduk dan Keluarga Berencana Kabupaten Malinau',
    bpjsBranch: 'BPJS Kesehatan Kantor Cabang Malinau',
    letterhead: {
      governmentName: 'Pemerintah Kabupaten Malinau',
      agencyName: 'Dinas Kesehatan, Pengendalian Penduduk dan Keluarga Berencana',
      address: null,
      phone: null,
      fax: null,
      email: null,
      website: null,
      postalCode: null,
    },
  },
};

/** The office each kind comes from in the seeds (the fixture issues it there). */
export const KIND_OFFICE: Record<LetterKind, OfficeSlug> = {
  proof_of_registration: 'pasuruan',
  activation_cover_letter: 'karangasem',
  termination_letter: 'karangasem',
  data_change_recommendation: 'palembang',
  deactivation_recommendation: 'palembang',
  temporary_card_letter: 'malinau',
  kis_proposal: 'tarakan',
  not_eligible_notice: 'tarakan',
};

const HEADS: Record<OfficeSlug, { sign: ApprovalStep; initial: ApprovalStep }> = {
  pasuruan: {
    initial: { action: 'initial', title: 'Kepala Bidang Pelayanan Kesehatan', name: 'Rina Kusumawati, S.KM', nip: '197805122005012008' },
    sign: { action: 'sign', title: 'KEPALA DINAS KESEHATAN\nKOTA PASURUAN', name: 'dr. ANDI PRASETYO, M.M.', nip: '197501012000031001' },
  },
  karangasem: {
    initial: { action: 'initial', title: 'Kepala Bidang Perlindungan dan Jaminan Sosial', name: 'I Wayan Sudarma, S.Sos.', nip: '197204101998031005' },
    sign: { action: 'sign', title: 'Kepala Dinas Sosial, PPPA dan PPKB\nKabupaten Karangasem', name: 'I Made Suarsana, S.Sos., M.Si.', nip: '197202022000031002', rank: 'Pembina Utama Muda' },
  },
  palembang: {
    initial: { action: 'initial', title: 'Kepala Bidang Rehabilitasi Sosial', name: 'Hendra Saputra, S.E.', nip: '197901152006041011' },
    sign: { action: 'sign', title: 'Kepala Dinas Sosial\nKota Palembang', name: 'Drs. Muhammad Ridwan, M.Si.', nip: '197303032000031003', rank: 'Pembina Utama Muda' },
  },
  tarakan: {
    initial: { action: 'initial', title: 'Kepala Bidang Sosial', name: 'Yuliana Pasang, S.Sos.', nip: '198003252008012012' },
    sign: { action: 'sign', title: 'Kepala Dinas Sosial dan\nPemberdayaan Masyarakat Kota Tarakan', name: 'Ahmad Fauzi, S.E., M.AP.', nip: '197404042000031004', rank: 'Pembina Utama Muda/IV-c' },
  },
  malinau: {
    initial: { action: 'initial', title: 'Kepala Bidang Pelayanan Kesehatan', name: 'Lusia Ilang, S.Kep.', nip: '198106062006042015' },
    sign: { action: 'sign', title: 'Kepala Dinas Kesehatan, Pengendalian\nPenduduk dan Keluarga Berencana\nKabupaten Malinau', name: 'dr. Yohanes Lawing, M.P.H.', nip: '197505052000031005', rank: 'Pembina Utama Muda' },
  },
};

export function buildApprovals(office: OfficeSlug, options: { withInitial?: boolean; at?: Date } = {}): ApprovalStep[] {
  const { sign, initial } = HEADS[office];
  const stamp = options.at ? { at: options.at } : {};
  return options.withInitial === false ? [{ ...sign, ...stamp }] : [{ ...initial, ...stamp }, { ...sign, ...stamp }];
}

export function buildFamily(size = 3): LetterPerson[] {
  const family: LetterPerson[] = [
    { name: 'Siti Nurhaliza Putri', nik: '3575016502850003', kkNumber: '3575010101120045', birthPlace: 'Pasuruan', birthDate: '1985-02-25', sex: 'P', relationship: 'Kepala Keluarga', address: 'Jl. Mawar No. 5 RT 002 RW 003, Kelurahan Bugul Kidul' },
    { name: 'Ahmad Fikri Ramadhan', nik: '3575011203080001', kkNumber: '3575010101120045', birthPlace: 'Pasuruan', birthDate: '2008-03-12', sex: 'L', relationship: 'Anak' },
    { name: 'Nur Aini Salsabila', nik: '3575015710120002', kkNumber: '3575010101120045', birthPlace: 'Pasuruan', birthDate: '2012-10-17', sex: 'P', relationship: 'Anak' },
    { name: 'Muhammad Rizky Pratama', nik: '3575010905150004', kkNumber: '3575010101120045', birthPlace: 'Pasuruan', birthDate: '2015-05-09', sex: 'L', relationship: 'Anak' },
  ];
  return family.slice(0, size);
}

export const FIXED_ISSUED_AT = new Date('2026-11-23T02:30:00Z');

/** A complete compose input for a kind, issued by the office the seeds give that letter to. */
export function buildComposeInput(kind: LetterKind, overrides: Partial<ComposeLetterInput> = {}): ComposeLetterInput {
  const slug = KIND_OFFICE[kind];
  const members = buildFamily(kind === 'temporary_card_letter' || kind === 'data_change_recommendation' ? 1 : 3);
  const applicant = members[0] as LetterPerson;
  const withKis = kind === 'termination_letter' || kind === 'deactivation_recommendation' || kind === 'data_change_recommendation';
  return {
    id: `01JD${kind.slice(0, 4).toUpperCase()}TEST0000000000`,
    kind,
    office: OFFICES[slug],
    number: '400.9/017/Dinsos/XI/2026',
    issuedAt: FIXED_ISSUED_AT,
    data: {
      applicant: withKis ? { ...applicant, kisNumber: '0001234567891' } : applicant,
      members: withKis ? members.map((m, i) => ({ ...m, kisNumber: `000123456789${i + 1}` })) : members,
      application: {
        receiptNumber: 'PSR-2026-000123',
        service: 'Pengaktifan Kembali Status Kepesertaan',
        channel: 'WhatsApp Pelangi Istimewa',
        receivedAt: new Date('2026-11-22T02:15:00Z'),
        dueAt: new Date('2026-11-23T02:15:00Z'),
        reason: kind === 'termination_letter' ? 'telah menjadi peserta pekerja penerima upah (PPU) sejak November 2026' : null,
        hospital: 'RSUD Malinau',
        admissionDate: '2026-11-21',
        statementDate: '2026-11-20',
        referenceIssuer: kind === 'data_change_recommendation' || kind === 'deactivation_recommendation' ? 'Lurah 20 Ilir D II' : 'Lurah Karang Anyar',
        referenceNumber: '470/215/KA/2026',
        referenceDate: '2026-11-16',
        proposer: 'Lurah Karang Anyar\nKecamatan Tarakan Barat',
        assessmentDate: '2026-11-18',
        decisionDate: '2026-11-20',
        decisionNote: kind === 'not_eligible_notice' ? 'keluarga memiliki penghasilan tetap di atas kriteria fakir miskin dan orang tidak mampu' : null,
      },
      dataChanges: [
        { field: 'Nama', oldValue: 'Siti Nurhalizah', newValue: 'Siti Nurhaliza Putri' },
        { field: 'Tanggal lahir', oldValue: '25 Februari 1958', newValue: '25 Februari 1985' },
      ],
    },
    approvals: buildApprovals(slug, { withInitial: kind !== 'proof_of_registration' }),
    attachments: ['Fotokopi Kartu Keluarga', 'Fotokopi KTP elektronik'],
    verificationUrl: 'https://layanan-pbi.example.go.id/v/djF8MDFKRDRYN0syTVFUOFZOM0g1Wlc5QzJCNkV8a2FyYW5nYXNlbXx4.Yk2f0pQm3uV8aZ1cD4eF7g',
    ...overrides,
  };
}

export function buildReceipt(overrides: Partial<RegistrationReceipt> = {}): RegistrationReceipt {
  const family = buildFamily(3);
  return {
    office: OFFICES.pasuruan,
    receiptNumber: 'PSR-2026-000123',
    receivedAt: new Date('2026-11-23T02:15:00Z'),
    service: 'Penambahan Anggota Keluarga',
    channel: 'WhatsApp Pelangi Istimewa',
    applicant: { name: family[0]?.name ?? '', nik: family[0]?.nik ?? '' },
    members: family.map((m) => ({ name: m.name, nik: m.nik, relationship: m.relationship ?? null })),
    documents: ['Fotokopi Kartu Keluarga Kota Pasuruan', 'Fotokopi KTP elektronik', 'Fotokopi akta kelahiran (anak)'],
    dueAt: new Date('2026-11-24T02:15:00Z'),
    trackingUrl: 'https://layanan-pbi.example.go.id/lacak',
    officerName: 'Dewi Lestari',
    notes: ['Layanan ini tidak dipungut biaya (gratis).'],
    ...overrides,
  };
}
