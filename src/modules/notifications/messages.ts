/**
 * Messages to applicants, in Bahasa Indonesia (the default; English when the office sets it). They carry
 * the receipt number and what to do, never a NIK or a health detail: a WhatsApp message can be read by
 * whoever holds the phone (UU PDP 27/2022).
 */
export interface MessageParams {
  receiptNumber: string;
  serviceName: string;
  officeName: string;
  trackingUrl: string;
  /** Requirements to complete (returned). */
  missing?: { label: string; reason: string }[];
  reason?: string | null;
  /** Formatted in the office's zone ("Senin, 2 Maret 2026 pukul 10.00 WIB"). */
  dueAt?: string | null;
  scheduledAt?: string | null;
}

export const MESSAGE_TEMPLATES = [
  'submitted',
  'returned',
  'checked',
  'assessment_scheduled',
  'decided_eligible',
  'decided_not_eligible',
  'letter_signed',
  'handed_to_bpjs',
  'completed',
  'archived',
  'withdrawn',
  'status_changed',
  /** Not a status: the card came back from BPJS (cards module). */
  'card_ready',
] as const;
export type MessageTemplate = (typeof MESSAGE_TEMPLATES)[number];

/** Which template reports a new status; statuses of purely internal moves use the generic one. */
export function templateFor(status: string): MessageTemplate {
  return (MESSAGE_TEMPLATES as readonly string[]).includes(status) ? (status as MessageTemplate) : 'status_changed';
}

const track = (p: MessageParams) => `Pantau status permohonan di ${p.trackingUrl} dengan nomor ${p.receiptNumber} dan tanggal lahir pemohon.`;

export function renderMessage(template: MessageTemplate, p: MessageParams, statusLabel: string): string {
  const head = `${p.officeName}: permohonan ${p.serviceName} nomor ${p.receiptNumber}`;
  switch (template) {
    case 'submitted':
      return `${head} telah diterima.${p.dueAt ? ` Perkiraan selesai: ${p.dueAt}.` : ''} ${track(p)}`;
    case 'returned': {
      const list = (p.missing ?? []).map((m, i) => `${i + 1}. ${m.label}${m.reason ? ` (${m.reason})` : ''}`).join('; ');
      return `${head} dikembalikan karena berkas belum lengkap. Yang perlu dilengkapi: ${list}. Setelah lengkap, serahkan kembali ke petugas dengan membawa bukti pendaftaran.`;
    }
    case 'checked':
      return `${head}: berkas sudah lengkap dan sedang diproses. ${track(p)}`;
    case 'assessment_scheduled':
      return `${head}: petugas lapangan akan berkunjung untuk asesmen${p.scheduledAt ? ` pada ${p.scheduledAt}` : ''}. Mohon berada di rumah.`;
    case 'decided_eligible':
      return `${head}: pemohon dinyatakan layak. Proses kepesertaan dilanjutkan.`;
    case 'decided_not_eligible':
      return `${head}: berdasarkan hasil asesmen dan pembahasan, pemohon dinyatakan tidak layak.${p.reason ? ` Alasan: ${p.reason}.` : ''} Berkas diarsipkan; usulan dapat diajukan kembali bila kondisi berubah.`;
    case 'letter_signed':
      return `${head}: surat sudah ditandatangani dan dapat diambil di kantor.`;
    case 'handed_to_bpjs':
      return `${head}: data sudah diserahkan ke BPJS Kesehatan untuk didaftarkan.`;
    case 'completed':
      return `${head} telah selesai. ${track(p)}`;
    case 'archived':
      return `${head} telah ditutup dan berkas diarsipkan.`;
    case 'withdrawn':
      return `${head} telah dibatalkan.`;
    case 'status_changed':
      return `${head}: status sekarang "${statusLabel}". ${track(p)}`;
    case 'card_ready':
      return cardReadyMessage(p.officeName, p.receiptNumber);
  }
}

/** The card is at the office; a representative needs a power of attorney (the card pick-up register asks for it). */
export function cardReadyMessage(officeName: string, receiptNumber: string | null): string {
  return `${officeName}: kartu JKN-KIS${receiptNumber ? ` untuk permohonan nomor ${receiptNumber}` : ''} sudah tersedia. `
    + 'Silakan ambil di kantor pada jam layanan dengan membawa KTP-el/KK asli; wakil keluarga membawa surat kuasa.';
}
