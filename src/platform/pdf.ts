import { createRequire } from 'node:module';
import type { TDocumentDefinitions, TFontDictionary } from 'pdfmake/interfaces.js';

// pdfmake's server printer is CommonJS; the standard 14 PDF fonts need no font files,
// which keeps letters and reports identical on every machine (no system font lookup).
const require = createRequire(import.meta.url);
const PdfPrinter = require('pdfmake/src/printer.js') as new (fonts: TFontDictionary) => {
  createPdfKitDocument(doc: TDocumentDefinitions): NodeJS.ReadableStream & { end(): void };
};

const fonts: TFontDictionary = {
  Helvetica: {
    normal: 'Helvetica',
    bold: 'Helvetica-Bold',
    italics: 'Helvetica-Oblique',
    bolditalics: 'Helvetica-BoldOblique',
  },
  Times: {
    normal: 'Times-Roman',
    bold: 'Times-Bold',
    italics: 'Times-Italic',
    bolditalics: 'Times-BoldItalic',
  },
};

const printer = new PdfPrinter(fonts);

/** Renders a pdfmake document definition to a PDF buffer. Default font: Helvetica. */
export async function renderPdf(doc: TDocumentDefinitions): Promise<Buffer> {
  const pdf = printer.createPdfKitDocument({
    ...doc,
    defaultStyle: { font: 'Helvetica', fontSize: 10, ...(doc.defaultStyle ?? {}) },
  });
  const chunks: Buffer[] = [];
  return new Promise((resolve, reject) => {
    pdf.on('data', (chunk: Buffer) => chunks.push(chunk));
    pdf.on('end', () => resolve(Buffer.concat(chunks)));
    pdf.on('error', reject);
    pdf.end();
  });
}

export type { TDocumentDefinitions, Content } from 'pdfmake/interfaces.js';
