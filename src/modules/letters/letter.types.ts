/**
 * The letters the offices issue, as values. The seeds name them (products of the Standar Pelayanan):
 * - proof_of_registration: "bukti pendaftaran" (Pasuruan, seed 000: walk-in and WhatsApp both end with it);
 * - activation_cover_letter: "surat pengantar aktivasi" the resident takes to BPJS (Karangasem, seed 001);
 * - termination_letter: "surat pemutusan peserta PBI JKN-KIS" (Karangasem, seed 001);
 * - data_change_recommendation: "surat rekomendasi perubahan data pada KIS" (Palembang, seed 002);
 * - deactivation_recommendation: "surat rekomendasi penonaktifan dari PBI KIS" (Palembang, seed 002);
 * - temporary_card_letter: "surat untuk penerbitan kartu kepesertaan sementara" for a hospitalised resident,
 *   "Ka. Bid paraf serta tanda tangan Kepala Dinas" (Malinau, seed 004; Karangasem's emergency service too);
 * - kis_proposal: "usulan KIS" (Palembang, seed 002) and Tarakan's transfer into PBI Pemda (seed 003);
 * - not_eligible_notice: Tarakan tells the proposer the resident is not eligible (seed 003, step e).
 */
export const LETTER_KINDS = [
  'proof_of_registration',
  'activation_cover_letter',
  'termination_letter',
  'data_change_recommendation',
  'deactivation_recommendation',
  'temporary_card_letter',
  'kis_proposal',
  'not_eligible_notice',
] as const;

export type LetterKind = (typeof LETTER_KINDS)[number];

/**
 * The kop surat. Pasuruan's seed guarantees authenticity by "kertas dengan kop" (component 14), so the
 * letterhead is office data, printed on every letter. Any contact field may be missing from an office's
 * standard (Karangasem and Palembang publish no street address): null means "not printed", never invented.
 */
export interface Letterhead {
  /** "PEMERINTAH KOTA PASURUAN". */
  governmentName: string;
  /** "DINAS KESEHATAN". */
  agencyName: string;
  address: string | null;
  phone: string | null;
  fax: string | null;
  email: string | null;
  website: string | null;
  postalCode: string | null;
  /** Regional emblem as a PNG/JPEG data URL; without it the kop is text only. */
  logo?: string | null;
}

/** What a letter needs to know about the issuing office (filled by the lead from the office's standard). */
export interface LetterOffice {
  slug: string;
  /** IANA zone of the office (Asia/Jakarta, Asia/Makassar, Asia/Jayapura) or WIB/WITA/WIT. */
  timeZone: string;
  letterhead: Letterhead;
  /** Place written before the date: Karangasem signs in "Amlapura" (seed 001), not "Karangasem". */
  place: string;
  /** "Kota Pasuruan", "Kabupaten Karangasem": used in texts ("penduduk Kabupaten Malinau"). */
  regionName: string;
  /** Formal title of the head of office: "Kepala Dinas Kesehatan Kota Pasuruan". */
  headTitle: string;
  /** "BPJS Kesehatan Kantor Cabang Tarakan"; null when the office has not configured it. */
  bpjsBranch: string | null;
}

/**
 * The chain of approval printed on the letter: heads of division initial (paraf) before the head of office
 * signs (Malinau, seed 004: "Ka. Bid paraf serta tanda tangan Kepala Dinas").
 */
export interface ApprovalStep {
  action: 'initial' | 'sign';
  /** "Kepala Bidang Pelayanan Kesehatan"; for the signer the full title printed above the signature. */
  title: string;
  name: string;
  /** 18-digit NIP; null for an official who is not a civil servant. */
  nip: string | null;
  /** Pangkat/golongan line, e.g. "Pembina Utama Muda" (Karangasem's and Tarakan's signatures show it). */
  rank?: string | null;
  /** Signing "a.n." (atas nama) another official, e.g. a secretary signing for the head of office. */
  onBehalfOf?: string | null;
  /** When the step was recorded in the system; the wet paraf/signature still goes on paper. */
  at?: Date;
}

/** A person named in a letter. Letters to BPJS carry full NIK and KK numbers: BPJS matches on them. */
export interface LetterPerson {
  name: string;
  nik: string;
  kkNumber?: string | null;
  birthPlace?: string | null;
  /** Calendar date 'YYYY-MM-DD' (a birth date has no time zone). */
  birthDate?: string | null;
  sex?: 'L' | 'P' | null;
  /** Hubungan keluarga: "Kepala Keluarga", "Istri", "Anak". */
  relationship?: string | null;
  /** Nomor kartu JKN-KIS, when the person already has one (data change, deactivation, termination). */
  kisNumber?: string | null;
  address?: string | null;
}

/** One corrected item of a KIS data-change recommendation (Palembang, seed 002 service 2). */
export interface DataChange {
  field: string;
  oldValue: string;
  newValue: string;
}

/** Facts of the application that templates may quote. Calendar dates are 'YYYY-MM-DD' strings. */
export interface LetterApplicationData {
  receiptNumber?: string | null;
  /** Service label as the office's standard names it ("Reaktivasi PBI JKN-KIS"). */
  service?: string | null;
  channel?: string | null;
  receivedAt?: Date | null;
  dueAt?: Date | null;
  reason?: string | null;
  /** Segment the person leaves (PBPU, PPU) for a mutation into PBI. */
  previousSegment?: string | null;
  /** Hospital of an emergency (temporary card) letter. */
  hospital?: string | null;
  admissionDate?: string | null;
  /** Date of the statement on stamp duty (termination, Karangasem; deactivation, Palembang). */
  statementDate?: string | null;
  /** The kelurahan letter the service starts from (Palembang, Tarakan). */
  referenceIssuer?: string | null;
  referenceNumber?: string | null;
  referenceDate?: string | null;
  /** Who proposed the resident (Tarakan: the kelurahan); recipient of a not-eligible notice. */
  proposer?: string | null;
  assessmentDate?: string | null;
  decisionDate?: string | null;
  decisionNote?: string | null;
}

export interface LetterData {
  applicant: LetterPerson;
  /** The persons the letter is about (may include the applicant), in the order they are listed. */
  members: LetterPerson[];
  application: LetterApplicationData;
  dataChanges?: DataChange[];
}

/** Surat dinas (Nomor/Sifat/Lampiran/Hal and "Yth.") or a titled letter (SURAT REKOMENDASI, Nomor …). */
export type LetterLayout = 'official' | 'titled';

/** A body after its template has been filled in. */
export type LetterBlock =
  | { type: 'paragraph'; text: string }
  | { type: 'fields'; rows: Array<{ label: string; value: string }> }
  | { type: 'list'; items: Array<{ marker: string; text: string }> }
  | { type: 'members_table' }
  | { type: 'changes_table' };

export interface Letter {
  id: string;
  kind: LetterKind;
  layout: LetterLayout;
  office: LetterOffice;
  number: string;
  issuedAt: Date;
  place: string;
  /** Heading of a titled letter ("SURAT REKOMENDASI"); null for a surat dinas. */
  title: string | null;
  subject: string;
  /** Sifat: "Biasa", "Segera"; null hides the line. */
  urgency: string | null;
  /** "Kepala BPJS Kesehatan Kantor Cabang Tarakan"; may contain line breaks. */
  recipient: string;
  /** Line under "di" in the address block; usually "Tempat". */
  recipientPlace: string | null;
  body: LetterBlock[];
  members: LetterPerson[];
  dataChanges: DataChange[];
  approvals: ApprovalStep[];
  attachments: string[];
  carbonCopies: string[];
  /** URL encoded in the verification QR code; null prints no QR (e.g. a draft). */
  verificationUrl: string | null;
}

/** A per-office, per-kind template. Every string may contain placeholders (see template-engine.ts). */
export interface LetterTemplate {
  kind: LetterKind;
  layout: LetterLayout;
  title: string | null;
  subject: string;
  urgency: string | null;
  recipient: string;
  recipientPlace: string | null;
  body: string;
  carbonCopies: string[];
}

/** What an office may change in a default template. */
export type LetterTemplateOverride = Partial<Omit<LetterTemplate, 'kind'>>;

/** The receipt handed over (or sent by WhatsApp) when an application is received (Pasuruan, seed 000). */
export interface RegistrationReceipt {
  office: Pick<LetterOffice, 'slug' | 'timeZone' | 'letterhead' | 'regionName'>;
  receiptNumber: string;
  receivedAt: Date;
  service: string;
  /** "Loket MPP", "WhatsApp Pelangi Istimewa". */
  channel: string;
  applicant: { name: string; nik: string };
  members: Array<{ name: string; nik: string; relationship?: string | null }>;
  documents: string[];
  /** Null when the office's standard states no completion time (Palembang, seed 002). */
  dueAt: Date | null;
  trackingUrl: string;
  officerName?: string | null;
  /** Office-configured remarks, e.g. "Layanan ini tidak dipungut biaya." */
  notes?: string[];
}
