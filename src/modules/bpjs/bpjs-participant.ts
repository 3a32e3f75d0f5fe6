import { z } from 'zod';

/**
 * Participant status as the intake screen needs it, mapped from VClaim's `peserta` object
 * (field names as in ssecd/jkn src/vclaim/peserta.ts).
 */
export type ParticipantStatusText = 'AKTIF' | 'TIDAK AKTIF' | (string & {});

export interface BpjsParticipant {
  nik: string;
  name: string;
  cardNumber: string;
  /** statusPeserta.keterangan as BPJS writes it (AKTIF, TIDAK AKTIF, MENINGGAL, …). */
  status: ParticipantStatusText;
  active: boolean;
  /** jenisPeserta.keterangan: 'PBI (APBN)', 'PBI (APBD)', 'PBPU', 'PPU', … */
  segment: string;
  /** hakKelas: 1, 2 or 3; null when BPJS sends something else. */
  class: 1 | 2 | 3 | null;
  faskes: { code: string; name: string } | null;
  /** tglTMT: membership start (ISO date), if given. */
  since: string | null;
}

export type BpjsFailureCode = 'BPJS_TIMEOUT' | 'BPJS_ERROR' | 'BPJS_UNAVAILABLE';

export type ParticipantLookup =
  | { ok: true; participant: BpjsParticipant | null }
  | { ok: false; code: BpjsFailureCode; message: string; messageEn: string };

/**
 * Looks a resident up at BPJS. Never throws: BPJS being slow or down must not stop intake at the
 * counter, so every failure comes back as a value the screen can show next to the form.
 */
export interface ParticipantStatusClient {
  /** `date` is the service date (tglSEP): an ISO date, or a Date read in the office's time zone. */
  byNik(nik: string, date: string | Date): Promise<ParticipantLookup>;
}

// All failures say what happened and that the officer can go on: the status is checked again
// when the batch is prepared, so nothing is lost by continuing.
const CONTINUE_ID = 'Pendaftaran tetap dapat dilanjutkan; status kepesertaan akan diperiksa ulang saat batch disiapkan.';
const CONTINUE_EN = 'Intake can continue; membership status will be checked again when the batch is prepared.';

export function failure(code: BpjsFailureCode, reason: 'timeout' | 'unavailable' | 'credentials' | 'unreadable' | 'refused' | 'invalid_request', detail?: string): ParticipantLookup {
  const texts: Record<typeof reason, [string, string]> = {
    timeout: ['Layanan BPJS Kesehatan tidak menjawab tepat waktu.', 'The BPJS Kesehatan service did not answer in time.'],
    unavailable: [
      'Layanan BPJS Kesehatan sedang tidak dapat dihubungi (gangguan jaringan atau server BPJS).',
      'The BPJS Kesehatan service cannot be reached (network or BPJS server problem).',
    ],
    credentials: [
      'BPJS Kesehatan menolak kredensial kantor (cons-id, secret atau user key). Minta admin memeriksa pengaturan BPJS.',
      'BPJS Kesehatan rejected the office credentials (cons-id, secret or user key). Ask an administrator to check the BPJS settings.',
    ],
    unreadable: ['Jawaban BPJS Kesehatan tidak dapat dibaca.', 'The answer from BPJS Kesehatan could not be read.'],
    refused: [`BPJS Kesehatan menjawab: ${detail ?? 'kesalahan'}.`, `BPJS Kesehatan answered: ${detail ?? 'error'}.`],
    invalid_request: [
      'Pemeriksaan BPJS memerlukan NIK 16 angka dan tanggal layanan yang sah.',
      'A BPJS check needs a 16-digit NIK and a valid service date.',
    ],
  };
  const [id, en] = texts[reason];
  return { ok: false, code, message: `${id} ${CONTINUE_ID}`, messageEn: `${en} ${CONTINUE_EN}` };
}

const coded = z.object({ kode: z.coerce.string(), keterangan: z.string() });

/** The part of VClaim's `peserta` we read; everything else is ignored. */
export const vclaimPesertaSchema = z.object({
  nik: z.string(),
  nama: z.string(),
  noKartu: z.string(),
  statusPeserta: coded,
  jenisPeserta: coded,
  hakKelas: coded.nullish(),
  provUmum: z.object({ kdProvider: z.string(), nmProvider: z.string() }).nullish(),
  tglTMT: z.string().nullish(),
});
export type VclaimPeserta = z.infer<typeof vclaimPesertaSchema>;

export function fromVclaimPeserta(p: VclaimPeserta): BpjsParticipant {
  const cls = Number(p.hakKelas?.kode);
  return {
    nik: p.nik,
    name: p.nama,
    cardNumber: p.noKartu,
    status: p.statusPeserta.keterangan,
    // VClaim uses kode "0" for AKTIF; the text is checked too because some gateways send only it.
    active: p.statusPeserta.kode === '0' || p.statusPeserta.keterangan.toUpperCase() === 'AKTIF',
    segment: p.jenisPeserta.keterangan,
    class: cls === 1 || cls === 2 || cls === 3 ? cls : null,
    faskes: p.provUmum ? { code: p.provUmum.kdProvider, name: p.provUmum.nmProvider } : null,
    since: p.tglTMT && /^\d{4}-\d{2}-\d{2}$/.test(p.tglTMT) ? p.tglTMT : null,
  };
}

/** For the simulator: our participant in VClaim's shape. */
export function toVclaimPeserta(p: BpjsParticipant): VclaimPeserta {
  const romans = { 1: 'KELAS I', 2: 'KELAS II', 3: 'KELAS III' } as const;
  return {
    nik: p.nik,
    nama: p.name,
    noKartu: p.cardNumber,
    statusPeserta: { kode: p.active ? '0' : '1', keterangan: p.status },
    // Segment codes are not published; the client reads only the text.
    jenisPeserta: { kode: '', keterangan: p.segment },
    hakKelas: p.class ? { kode: String(p.class), keterangan: romans[p.class] } : null,
    provUmum: p.faskes ? { kdProvider: p.faskes.code, nmProvider: p.faskes.name } : null,
    tglTMT: p.since,
  };
}
