import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { renderPdf } from '../../platform/pdf.js';
import { countPdfPages, normaliseDocument } from './document-content.js';
import { FsDocumentStore, sha256Of } from './document-store.js';

const pdfOfPages = (n: number) =>
  renderPdf({ content: Array.from({ length: n }, (_, i) => ({ text: `Halaman ${i + 1}`, ...(i > 0 ? { pageBreak: 'before' as const } : {}) })) });

describe('document content rules', () => {
  it('turns a phone photo upright, strips its metadata (GPS) and limits it to 2000 px JPEG', async () => {
    // 3000×1000 stored sideways: EXIF orientation 6 means "rotate 90° clockwise to view".
    const photo = await sharp({ create: { width: 3000, height: 1000, channels: 3, background: '#c08040' } })
      .jpeg()
      .withMetadata({ orientation: 6, exif: { IFD0: { Make: 'PhoneMaker', Copyright: 'GPS 3.59 98.67' } } })
      .toBuffer();
    expect((await sharp(photo).metadata()).exif).toBeDefined();
    const out = await normaliseDocument(photo);
    expect(out.mimeType).toBe('image/jpeg');
    expect([out.width, out.height]).toEqual([667, 2000]);
    const meta = await sharp(out.bytes).metadata();
    expect(meta.exif).toBeUndefined();
    expect(meta.orientation).toBeUndefined();
    expect(out.bytes.includes(Buffer.from('PhoneMaker'))).toBe(false);
  });

  it('converts PNG scans to JPEG and keeps small images at their size', async () => {
    const png = await sharp({ create: { width: 800, height: 600, channels: 4, background: { r: 255, g: 255, b: 255, alpha: 0.5 } } }).png().toBuffer();
    const out = await normaliseDocument(png);
    expect(out).toMatchObject({ mimeType: 'image/jpeg', width: 800, height: 600 });
  });

  it('judges the type from the bytes, not the name: text, HTML and executables are refused', async () => {
    await expect(normaliseDocument(Buffer.from('<html><script>alert(1)</script></html>'))).rejects.toMatchObject({ code: 'DOCUMENT_TYPE_NOT_ALLOWED' });
    await expect(normaliseDocument(Buffer.from([0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00]))).rejects.toMatchObject({ code: 'DOCUMENT_TYPE_NOT_ALLOWED' });
    await expect(normaliseDocument(Buffer.alloc(0))).rejects.toMatchObject({ code: 'DOCUMENT_EMPTY' });
    await expect(normaliseDocument(Buffer.alloc(10 * 1024 * 1024 + 1, 1))).rejects.toMatchObject({ code: 'DOCUMENT_TOO_LARGE' });
  });

  it('counts PDF pages (plain and in compressed object streams) and refuses more than 20', async () => {
    expect(countPdfPages(await pdfOfPages(3))).toBe(3);
    const objStm = deflateSync(Buffer.from('1 0 2 26 << /Type /Page >>\n<< /Type /Page /Parent 3 0 R >>'));
    const packed = Buffer.concat([
      Buffer.from('%PDF-1.5\n4 0 obj\n<< /Type /ObjStm /N 2 /First 8 /Filter /FlateDecode /Length ' + objStm.length + ' >>\nstream\n'),
      objStm,
      Buffer.from('\nendstream\nendobj\n3 0 obj\n<< /Type /Pages /Count 2 >>\nendobj\n%%EOF\n'),
    ]);
    expect(countPdfPages(packed)).toBe(2);
    const ok = await normaliseDocument(await pdfOfPages(20));
    expect(ok).toMatchObject({ mimeType: 'application/pdf', pageCount: 20 });
    await expect(normaliseDocument(await pdfOfPages(21))).rejects.toMatchObject({ code: 'DOCUMENT_TOO_MANY_PAGES' });
    const scripted = Buffer.concat([await pdfOfPages(1), Buffer.from('\n1 0 obj << /S /JavaScript /JS (app.alert(1)) >> endobj\n')]);
    await expect(normaliseDocument(scripted)).rejects.toMatchObject({ code: 'DOCUMENT_PDF_ACTIVE_CONTENT' });
  });
});

describe('file document store', () => {
  it('stores by SHA-256, once, and never serves bytes that no longer match their key', async () => {
    const root = await mkdtemp(join(tmpdir(), 'pbi-docs-'));
    const store = new FsDocumentStore(root);
    const bytes = Buffer.from('scan of a family card');
    const sha = await store.put(bytes);
    expect(sha).toBe(sha256Of(bytes));
    expect(await store.put(bytes)).toBe(sha);
    expect(await store.exists(sha)).toBe(true);
    expect(await store.get(sha)).toEqual(bytes);
    const path = join(root, sha.slice(0, 2), sha.slice(2, 4), sha);
    expect(await readFile(path)).toEqual(bytes);
    await writeFile(path, 'tampered');
    expect(await store.get(sha)).toBeNull();
    expect(await store.get('0'.repeat(64))).toBeNull();
    expect(await store.get('../etc/passwd')).toBeNull();
    expect(await store.exists('../../x')).toBe(false);
  });
});
