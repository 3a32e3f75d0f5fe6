import { DomainError, notFound } from '../../platform/errors.js';

export const batchNotFound = () => notFound({ id: 'Batch pendaftaran', en: 'Registration batch' });

export const batchWrongStatus = (status: string, action: string) =>
  new DomainError('BATCH_WRONG_STATUS', 409, {
    id: `Batch berstatus "${status}" tidak dapat diproses (${action}). Batch yang sudah ditutup tidak dapat diubah.`,
    en: `A batch in status "${status}" cannot be processed (${action}). A closed batch never changes.`,
  }, { status, action });

export const bpjsCodesMissing = (fields: string[]) =>
  new DomainError('BPJS_OFFICE_CODES_MISSING', 409, {
    id: 'Kode satker/KC/Dati II kantor untuk formulir e-Dabu belum diisi. Isi di pengaturan BPJS.',
    en: 'The office satker/KC/Dati II codes for the e-Dabu forms are not set. Fill them in the BPJS settings.',
  }, fields.map((f) => ({ field: f, code: 'REQUIRED', message: 'Wajib diisi' })));

export const resultsIncomplete = (missing: number) =>
  new DomainError('BATCH_RESULTS_INCOMPLETE', 409, {
    id: `${missing} baris belum mendapat jawaban BPJS; impor jawaban yang lengkap sebelum rekonsiliasi.`,
    en: `${missing} rows have no BPJS answer yet; import a complete answer before reconciling.`,
  }, { missing });
