import { Readable } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';

export interface CsvRecord {
  /** 1-based line where the record starts (a quoted field may span lines). */
  line: number;
  fields: string[];
}

/**
 * Streaming RFC 4180 reader: quoted fields with doubled quotes and line breaks, CRLF or LF, an
 * optional UTF-8 BOM. The delimiter (',' or ';') is taken from the first line: Indonesian Excel
 * saves CSV with ';' because ',' is the decimal separator there.
 *
 * Hand-written instead of a dependency: the format is small, and we need line numbers for the
 * per-row errors shown to officers.
 */
export async function* readCsv(input: Buffer | Readable | string): AsyncGenerator<CsvRecord> {
  const source: Iterable<Buffer | string> | AsyncIterable<Buffer | string> =
    typeof input === 'string' || Buffer.isBuffer(input) ? [input] : (input as AsyncIterable<Buffer | string>);
  const decoder = new StringDecoder('utf8');

  let delimiter: string | null = null;
  let pending = ''; // text before the first line break, while the delimiter is still unknown
  let field = '';
  let fields: string[] = [];
  let inQuotes = false;
  let quoteSeen = false; // a quote inside quotes: either an escaped "" or the closing quote
  let line = 1;
  let recordLine = 1;
  let started = false;
  let first = true;
  const out: CsvRecord[] = [];

  const endRecord = () => {
    fields.push(field);
    out.push({ line: recordLine, fields });
    fields = [];
    field = '';
    started = false;
  };

  const feed = (text: string) => {
    for (let i = 0; i < text.length; i++) {
      const ch = text[i]!;
      if (!started) {
        started = true;
        recordLine = line;
      }
      if (inQuotes) {
        if (quoteSeen) {
          quoteSeen = false;
          if (ch === '"') {
            field += '"';
            continue;
          }
          inQuotes = false; // the previous quote closed the field; handle ch below
        } else if (ch === '"') {
          quoteSeen = true;
          continue;
        } else {
          if (ch === '\n') line++;
          field += ch;
          continue;
        }
      }
      if (ch === '"' && field === '') inQuotes = true;
      else if (ch === delimiter) {
        fields.push(field);
        field = '';
      } else if (ch === '\n') {
        if (field.endsWith('\r')) field = field.slice(0, -1);
        endRecord();
        line++;
      } else field += ch;
    }
  };

  const detect = (head: string) => {
    const firstLine = head.split('\n', 1)[0] ?? '';
    delimiter = (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ';' : ',';
  };

  for await (const chunk of source) {
    let text = typeof chunk === 'string' ? chunk : decoder.write(chunk);
    if (first && text.length) {
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
      first = false;
    }
    if (delimiter === null) {
      pending += text;
      if (!pending.includes('\n')) continue;
      detect(pending);
      text = pending;
      pending = '';
    }
    feed(text);
    yield* out.splice(0);
  }
  const rest = (typeof input === 'string' ? '' : decoder.end()) + pending;
  if (delimiter === null) detect(rest);
  feed(rest);
  if (quoteSeen) {
    quoteSeen = false;
    inQuotes = false;
  }
  if (started || field !== '' || fields.length) {
    if (field.endsWith('\r')) field = field.slice(0, -1);
    endRecord();
  }
  yield* out.splice(0);
}
