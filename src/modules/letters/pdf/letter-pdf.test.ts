import { describe, expect, it } from 'vitest';
import { composeLetter } from '../letters.service.js';
import { OFFICES, buildComposeInput, buildFamily, buildReceipt } from '../letters.fixtures.js';
import { LETTER_KINDS } from '../letter.types.js';
import { extractPdfText, pdfTextContains } from '../testing/pdf-text.js';
import { renderLetterPdf } from './letter-pdf.js';
import { renderProofOfRegistrationPdf } from './receipt-pdf.js';

describe('renderLetterPdf', () => {
  it.each(LETTER_KINDS)('%s renders a PDF with its letterhead, number, subject and signer', async (kind) => {
    const input = buildComposeInput(kind, { number: `400.9/0${LETTER_KINDS.indexOf(kind) + 10}/Dinsos/XI/2026` });
    const { letter } = composeLetter(input);
    const pdf = await renderLetterPdf(letter, { compress: false });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const text = extractPdfText(pdf);
    expect(pdfTextContains(text, letter.number)).toBe(true);
    expect(pdfTextContains(text, letter.subject)).toBe(true);
    expect(pdfTextContains(text, letter.office.letterhead.agencyName.toUpperCase())).toBe(true);
    const signer = letter.approvals[letter.approvals.length - 1];
    expect(pdfTextContains(text, signer?.name ?? '?')).toBe(true);
    expect(pdfTextContains(text, 'Pindai untuk memeriksa keaslian surat')).toBe(true);
    expect(pdfTextContains(text, 'Halaman 1 dari 1')).toBe(true);
  });

  it('prints full NIKs in a letter to BPJS', async () => {
    const { letter } = composeLetter(buildComposeInput('termination_letter'));
    const text = extractPdfText(await renderLetterPdf(letter, { compress: false }));
    for (const m of letter.members) expect(pdfTextContains(text, m.nik)).toBe(true);
  });

  it('lays out a surat dinas and a titled letter differently', async () => {
    const official = extractPdfText(await renderLetterPdf(composeLetter(buildComposeInput('temporary_card_letter')).letter, { compress: false }));
    expect(pdfTextContains(official, 'Sifat')).toBe(true);
    expect(pdfTextContains(official, 'Segera')).toBe(true);
    expect(pdfTextContains(official, 'Yth.')).toBe(true);
    const titled = extractPdfText(await renderLetterPdf(composeLetter(buildComposeInput('data_change_recommendation')).letter, { compress: false }));
    expect(pdfTextContains(titled, 'SURAT REKOMENDASI')).toBe(true);
    expect(pdfTextContains(titled, 'Yth.')).toBe(false);
    expect(pdfTextContains(titled, 'Palembang, 23 November 2026')).toBe(true);
  });

  it('has a paraf box only when a head of division initials', async () => {
    const withInitial = extractPdfText(await renderLetterPdf(composeLetter(buildComposeInput('temporary_card_letter')).letter, { compress: false }));
    expect(pdfTextContains(withInitial, 'Paraf')).toBe(true);
    expect(pdfTextContains(withInitial, 'Kepala Bidang Pelayanan Kesehatan')).toBe(true);
    const without = extractPdfText(await renderLetterPdf(composeLetter(buildComposeInput('proof_of_registration')).letter, { compress: false }));
    expect(pdfTextContains(without, 'Paraf')).toBe(false);
  });

  it('omits the QR block for a letter without a verification URL', async () => {
    const { letter } = composeLetter(buildComposeInput('kis_proposal', { verificationUrl: null }));
    expect(pdfTextContains(extractPdfText(await renderLetterPdf(letter, { compress: false })), 'Pindai')).toBe(false);
  });

  it('continues a long batch on further pages with page numbers', async () => {
    const family = buildFamily(4);
    const input = buildComposeInput('kis_proposal');
    input.data.members = Array.from({ length: 40 }, (_, i) => ({ ...family[i % 4]!, nik: `35750100000${String(i).padStart(5, '0')}` }));
    const text = extractPdfText(await renderLetterPdf(composeLetter(input).letter, { compress: false }));
    expect(pdfTextContains(text, 'Halaman 2 dari 2')).toBe(true);
    expect(pdfTextContains(text, '3575010000000039')).toBe(true);
  });

  it('compresses by default and the text is still there', async () => {
    const { letter } = composeLetter(buildComposeInput('activation_cover_letter'));
    const pdf = await renderLetterPdf(letter);
    expect(pdf.toString('latin1')).toContain('/FlateDecode');
    expect(pdfTextContains(extractPdfText(pdf), letter.number)).toBe(true);
  });
});

describe('renderProofOfRegistrationPdf', () => {
  it('shows the receipt number, service, documents and tracking, with masked NIKs', async () => {
    const receipt = buildReceipt();
    const pdf = await renderProofOfRegistrationPdf(receipt, { compress: false });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const text = extractPdfText(pdf);
    for (const s of ['BUKTI PENDAFTARAN', 'PSR-2026-000123', 'Penambahan Anggota Keluarga', 'WhatsApp Pelangi Istimewa',
      'Senin, 23 November 2026 pukul 09.15 WIB', 'Selasa, 24 November 2026 pukul 09.15 WIB', 'Fotokopi KTP elektronik',
      'tanggal lahir pemohon', '3575********0003']) {
      expect(pdfTextContains(text, s), s).toBe(true);
    }
    for (const m of receipt.members) expect(pdfTextContains(text, m.nik)).toBe(false);
  });

  it('says the completion time is not stated instead of inventing one (Palembang)', async () => {
    const text = extractPdfText(await renderProofOfRegistrationPdf(buildReceipt({ office: OFFICES.palembang, dueAt: null }), { compress: false }));
    expect(pdfTextContains(text, 'Tidak ditetapkan dalam Standar Pelayanan')).toBe(true);
  });
});
