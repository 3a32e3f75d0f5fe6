import type { Message } from '../../../platform/errors.js';

/**
 * Where an application stands. The status is derived from the KIND of the last step done (see
 * machine.ts), never from the office: every office's procedure maps onto these words.
 *
 * - draft: entered by a kelurahan operator, not yet handed to the office (Palembang, seed 002:
 *   "Kelurahan mengkoordinir pengumpulan data tersebut dan diserahkan ke operator").
 * - submitted: received by the office (the receipt number exists from here on).
 * - returned: the file check found something missing (Malinau, seed 004: "Berkas tidak lengkap,
 *   berkas dikembalikan kepada peserta PBI untuk dilengkapi"); resubmission puts it back to submitted.
 * - forwarded: handed on inside the office (FO → BO, assessor → leadership).
 * - handed_to_bpjs: the office's part ended with an entry for the BPJS batch; later steps of the
 *   application (Edabu, letters) may still follow.
 * - completed / archived: closed; archived is the not-eligible end (Tarakan, seed 003: "berkas diarsipkan").
 */
export const APPLICATION_STATUSES = [
  'draft',
  'submitted',
  'returned',
  'checked',
  'forwarded',
  'recorded',
  'assessment_scheduled',
  'assessed',
  'decided_eligible',
  'decided_not_eligible',
  'letter_drafted',
  'letter_signed',
  'handed_to_bpjs',
  'completed',
  'archived',
  'withdrawn',
] as const;
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number];

export const CLOSED_STATUSES: readonly ApplicationStatus[] = ['completed', 'archived', 'withdrawn'];
export const isClosed = (s: ApplicationStatus) => CLOSED_STATUSES.includes(s);

export const STATUS_LABELS: Record<ApplicationStatus, Message> = {
  draft: { id: 'Disiapkan kelurahan', en: 'Being prepared by the kelurahan' },
  submitted: { id: 'Diterima, menunggu pemeriksaan berkas', en: 'Received, waiting for the file check' },
  returned: { id: 'Dikembalikan: berkas belum lengkap', en: 'Returned: the file is incomplete' },
  checked: { id: 'Berkas lengkap', en: 'File complete' },
  forwarded: { id: 'Diteruskan untuk diproses', en: 'Passed on for processing' },
  recorded: { id: 'Data sudah dicatat', en: 'Data recorded' },
  assessment_scheduled: { id: 'Menunggu kunjungan asesmen', en: 'Waiting for the assessment visit' },
  assessed: { id: 'Asesmen lapangan selesai', en: 'Field assessment done' },
  decided_eligible: { id: 'Dinyatakan layak', en: 'Found eligible' },
  decided_not_eligible: { id: 'Dinyatakan tidak layak', en: 'Found not eligible' },
  letter_drafted: { id: 'Surat sedang disiapkan', en: 'Letter being prepared' },
  letter_signed: { id: 'Surat sudah ditandatangani', en: 'Letter signed' },
  handed_to_bpjs: { id: 'Diserahkan ke BPJS Kesehatan', en: 'Handed to BPJS Kesehatan' },
  completed: { id: 'Selesai', en: 'Completed' },
  archived: { id: 'Selesai, berkas diarsipkan', en: 'Closed, file archived' },
  withdrawn: { id: 'Dibatalkan', en: 'Withdrawn' },
};

/** What the applicant should do next, shown by public tracking. */
export const CITIZEN_NEXT: Partial<Record<ApplicationStatus, Message>> = {
  draft: { id: 'Kelurahan akan menyerahkan usulan ke dinas.', en: 'The kelurahan will hand the proposal to the office.' },
  returned: {
    id: 'Lengkapi dokumen yang kurang lalu serahkan kembali ke petugas dengan membawa bukti pendaftaran.',
    en: 'Complete the missing documents and hand them to the officer, bringing your proof of registration.',
  },
  assessment_scheduled: {
    id: 'Tunggu kunjungan petugas lapangan di rumah sesuai jadwal.',
    en: 'Wait for the field officer\'s visit at home as scheduled.',
  },
  decided_not_eligible: { id: 'Hubungi kantor bila ada perubahan kondisi.', en: 'Contact the office if your situation changes.' },
  archived: { id: 'Permohonan ditutup. Hubungi kantor bila ada perubahan kondisi.', en: 'The application is closed. Contact the office if your situation changes.' },
  completed: { id: 'Permohonan selesai.', en: 'The application is complete.' },
};

export const DEFAULT_CITIZEN_NEXT: Message = {
  id: 'Permohonan sedang diproses petugas; tidak ada yang perlu Anda lakukan sekarang.',
  en: 'The office is processing the application; nothing to do for you now.',
};
