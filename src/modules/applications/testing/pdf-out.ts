import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** Writes a generated PDF where a person can look at it (PDF_OUT_DIR, default /tmp/pbi-pdfs). */
export async function savePdf(name: string, bytes: Buffer): Promise<void> {
  const dir = process.env.PDF_OUT_DIR ?? '/tmp/pbi-pdfs';
  await mkdir(dir, { recursive: true });
  await writeFile(join(dir, `${name}.pdf`), bytes);
}
