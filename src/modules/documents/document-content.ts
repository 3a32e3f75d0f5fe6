import { fileTypeFromBuffer } from 'file-type';
import sharp from 'sharp';
import { inflateSync } from 'node:zlib';
import { DomainError } from '../../platform/errors.js';

/**
 * What an upload may be, judged from its bytes (never from its name or the browser's content type):
 * JPEG, PNG or PDF scans of the requirements, within size and page limits. Images are normalised so
 * that what is stored is what an officer needs and nothing more: turned upright by their EXIF
 * orientation, metadata (GPS position of the phone, camera serial) stripped, at most 2000 px, JPEG.
 */
export const DOCUMENT_LIMITS = {
  maxBytes: 10 * 1024 * 1024,
  maxPdfPages: 20,
  maxImageEdge: 2000,
  jpegQuality: 82,
} as const;

export const ACCEPTED_TYPES = ['image/jpeg', 'image/png', 'application/pdf'] as const;
export type AcceptedType = (typeof ACCEPTED_TYPES)[number];

export interface NormalisedDocument {
  bytes: Buffer;
  mimeType: 'image/jpeg' | 'application/pdf';
  pageCount: number | null;
  width: number | null;
  height: number | null;
}

const refuse = (code: string, id: string, en: string, details?: Record<string, unknown>) => new DomainError(code, 400, { id, en }, details);

export const documentTooLarge = (bytes: number) =>
  refuse('DOCUMENT_TOO_LARGE', `Berkas terlalu besar (${(bytes / 1048576).toFixed(1)} MB); paling besar 10 MB.`, `File too large (${(bytes / 1048576).toFixed(1)} MB); at most 10 MB.`, { maxBytes: DOCUMENT_LIMITS.maxBytes });

/** Pages of a PDF: page objects in plain text and in compressed object streams (PDF 1.5+). */
export function countPdfPages(pdf: Buffer): number {
  const pagePattern = /\/Type\s*\/Page(?![a-zA-Z])/g;
  const latin = pdf.toString('latin1');
  let pages = (latin.match(pagePattern) ?? []).length;
  // Object streams hide page objects inside FlateDecode streams: inflate and count there too.
  const streamPattern = /stream\r?\n/g;
  let m: RegExpExecArray | null;
  let inflated = 0;
  while ((m = streamPattern.exec(latin)) !== null && inflated < 2000) {
    const start = m.index + m[0].length;
    const end = latin.indexOf('endstream', start);
    if (end < 0) break;
    const header = latin.slice(Math.max(0, m.index - 300), m.index);
    if (/\/ObjStm/.test(header) && /\/FlateDecode/.test(header)) {
      try {
        const text = inflateSync(pdf.subarray(start, end)).toString('latin1');
        pages += (text.match(pagePattern) ?? []).length;
      } catch {
        // A damaged stream is judged by what can be read.
      }
      inflated++;
    }
    streamPattern.lastIndex = end;
  }
  return pages;
}

/** Active content has no place in a scanned letter and is how PDFs carry attacks. */
function pdfHasActiveContent(pdf: Buffer): boolean {
  return /\/(JavaScript|JS|Launch|EmbeddedFile)\b/.test(pdf.toString('latin1'));
}

export async function normaliseDocument(input: Buffer): Promise<NormalisedDocument> {
  if (input.length === 0) throw refuse('DOCUMENT_EMPTY', 'Berkas kosong.', 'The file is empty.');
  if (input.length > DOCUMENT_LIMITS.maxBytes) throw documentTooLarge(input.length);
  const type = await fileTypeFromBuffer(input);
  const mime = type?.mime;
  if (mime !== 'image/jpeg' && mime !== 'image/png' && mime !== 'application/pdf') {
    throw refuse(
      'DOCUMENT_TYPE_NOT_ALLOWED',
      `Jenis berkas tidak diterima${mime ? ` (${mime})` : ''}; unggah foto JPEG/PNG atau PDF.`,
      `File type not accepted${mime ? ` (${mime})` : ''}; upload a JPEG/PNG photo or a PDF.`,
      { detected: mime ?? null, accepted: ACCEPTED_TYPES },
    );
  }
  if (mime === 'application/pdf') {
    if (pdfHasActiveContent(input)) {
      throw refuse('DOCUMENT_PDF_ACTIVE_CONTENT', 'PDF berisi skrip atau lampiran tersembunyi; cetak ulang sebagai PDF biasa atau unggah fotonya.', 'The PDF contains scripts or embedded files; print it again as a plain PDF or upload a photo.');
    }
    const pages = countPdfPages(input);
    if (pages === 0) throw refuse('DOCUMENT_PDF_UNREADABLE', 'Halaman PDF tidak dapat dibaca; unggah ulang atau unggah fotonya.', 'The PDF pages cannot be read; upload it again or upload a photo.');
    if (pages > DOCUMENT_LIMITS.maxPdfPages) {
      throw refuse('DOCUMENT_TOO_MANY_PAGES', `PDF berisi ${pages} halaman; paling banyak ${DOCUMENT_LIMITS.maxPdfPages}.`, `The PDF has ${pages} pages; at most ${DOCUMENT_LIMITS.maxPdfPages}.`, { pages, maxPages: DOCUMENT_LIMITS.maxPdfPages });
    }
    return { bytes: input, mimeType: 'application/pdf', pageCount: pages, width: null, height: null };
  }
  try {
    // rotate() with no angle applies the EXIF orientation; sharp writes no metadata unless asked to.
    const { data, info } = await sharp(input, { failOn: 'error', limitInputPixels: 100_000_000 })
      .rotate()
      .resize({ width: DOCUMENT_LIMITS.maxImageEdge, height: DOCUMENT_LIMITS.maxImageEdge, fit: 'inside', withoutEnlargement: true })
      .flatten({ background: '#ffffff' })
      .jpeg({ quality: DOCUMENT_LIMITS.jpegQuality, mozjpeg: true })
      .toBuffer({ resolveWithObject: true });
    return { bytes: data, mimeType: 'image/jpeg', pageCount: 1, width: info.width, height: info.height };
  } catch {
    throw refuse('DOCUMENT_IMAGE_UNREADABLE', 'Gambar rusak atau tidak dapat dibaca.', 'The image is damaged or cannot be read.');
  }
}
