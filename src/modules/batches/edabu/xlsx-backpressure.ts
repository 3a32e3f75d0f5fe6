import { once } from 'node:events';
import type ExcelJS from 'exceljs';

interface ZipInternals {
  zip?: { abort?: () => void };
}
interface SheetStreamInternals {
  stream?: { pipes?: { _writableState?: { needDrain?: boolean }; once?: unknown }[] };
}

/**
 * exceljs's sheet stream (StreamBuf) ignores the return value of write() on its way into the
 * zip, so without this the whole uncompressed sheet (about 1 MB per 1,000 rows) piles up in
 * memory while deflate lags behind. We wait for the compressor's 'drain' ourselves. The shape
 * is exceljs 4.4 internals: if it changes we only lose the memory bound, never correctness.
 */
export async function waitForZip(ws: ExcelJS.Worksheet): Promise<void> {
  const dest = (ws as unknown as SheetStreamInternals).stream?.pipes?.[0];
  if (dest?._writableState?.needDrain && typeof dest.once === 'function') {
    await once(dest as unknown as NodeJS.EventEmitter, 'drain');
  }
}

/** Stops the zip of a streaming workbook that will not be finished. */
export function abortWorkbook(workbook: ExcelJS.stream.xlsx.WorkbookWriter): void {
  (workbook as unknown as ZipInternals).zip?.abort?.();
}
