import { inflateSync } from 'node:zlib';

/**
 * Test helper: the text drawn in a PDF made by pdfmake/PDFKit. PDFKit writes standard-font text as hex
 * strings in TJ arrays (WinAnsi), one array per inline, so the text is the concatenation of those strings.
 * Handles compressed content streams too (FlateDecode), so tests can also check production output.
 */
export function extractPdfText(pdf: Buffer): string {
  const raw = pdf.toString('latin1');
  const streams: string[] = [];
  const re = /stream\r?\n/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(raw)) !== null) {
    const start = m.index + m[0].length;
    const end = raw.indexOf('endstream', start);
    if (end < 0) break;
    const bytes = pdf.subarray(start, end);
    try {
      streams.push(inflateSync(bytes).toString('latin1'));
    } catch {
      streams.push(bytes.toString('latin1'));
    }
    re.lastIndex = end;
  }
  const decoder = new TextDecoder('windows-1252');
  const out: string[] = [];
  for (const stream of streams) {
    for (const tj of stream.matchAll(/\[([^\]]*)\]\s*TJ/g)) {
      const hex = [...(tj[1] ?? '').matchAll(/<([0-9a-fA-F]*)>/g)].map((h) => h[1] ?? '').join('');
      out.push(decoder.decode(Buffer.from(hex, 'hex')));
    }
  }
  return out.join('');
}

/** Whitespace-insensitive containment: line wrapping must not make a test fail. */
export function pdfTextContains(text: string, needle: string): boolean {
  const squash = (s: string) => s.replace(/\s+/g, '');
  return squash(text).includes(squash(needle));
}
