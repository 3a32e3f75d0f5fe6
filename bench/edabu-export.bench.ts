/**
 * e-Dabu export and BPJS answer parsing at the size of a large regency's yearly re-registration
 * (100,000 members). Each case runs in its own child process so that its peak RSS is its own
 * (process.resourceUsage().maxRSS), not the leftovers of the case before it.
 *
 * Run alone: npx tsx bench/edabu-export.bench.ts
 */
import { fork } from 'node:child_process';
import { createReadStream, createWriteStream, rmSync, statSync } from 'node:fs';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import ExcelJS from 'exceljs';
import { parseAnswerFile } from '../src/modules/batches/edabu/answer-file.js';
import { simulateBpjsAnswer, writeAnswerFile } from '../src/modules/batches/edabu/answer-simulator.js';
import { rowTexts, type EdabuRow } from '../src/modules/batches/edabu/edabu-row.js';
import { edabuTemplate } from '../src/modules/batches/edabu/edabu-templates.js';
import { waitForZip } from '../src/modules/batches/edabu/xlsx-backpressure.js';
import { writeEdabuXlsx } from '../src/modules/batches/edabu/edabu-xlsx-writer.js';
import { buildEdabuOffice, buildEdabuRow } from '../src/modules/batches/edabu/edabu.fixtures.js';

export interface BenchResult {
  name: string;
  value: number;
  unit: string;
  baseline?: { name: string; value: number };
  ratio?: number;
  target?: string;
}

const ROWS = 100_000;

function* members(): Generator<EdabuRow> {
  for (let i = 0; i < ROWS; i++) {
    yield buildEdabuRow(i, {
      name: `ANGGOTA KELUARGA NOMOR ${i}`,
      sex: i % 2 ? 'L' : 'P',
      relation: i % 4 === 0 ? 'peserta' : 'anak',
      maritalStatus: i % 4 === 0 ? 'kawin' : 'belum_kawin',
      rt: String((i % 30) + 1).padStart(3, '0'),
    });
  }
}

interface CaseOutcome {
  seconds: number;
  /** User + system CPU of the case (all threads, zlib included): steadier than wall time on a
   * shared machine. */
  cpuSeconds: number;
  maxRssMb: number;
  rows: number;
}

type CaseName = 'edabu-xlsx' | 'plain-xlsx' | 'answer-xlsx' | 'answer-xlsx-raw' | 'answer-csv';

async function runCase(name: CaseName, file: string): Promise<CaseOutcome> {
  const start = performance.now();
  const cpuStart = process.cpuUsage();
  let rows = 0;
  if (name === 'edabu-xlsx') {
    const out = createWriteStream(file);
    const result = await writeEdabuXlsx(out, { changeType: 'new', office: buildEdabuOffice(), rows: () => members() });
    rows = result.rowCount;
  } else if (name === 'plain-xlsx') {
    // The floor: exceljs streaming the same cell texts, 36 columns wide, with the same
    // backpressure, but no header block, no styles and no validation.
    const out = createWriteStream(file);
    const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: false, useSharedStrings: false });
    const ws = wb.addWorksheet('PLAIN');
    const template = edabuTemplate('new');
    for (const m of members()) {
      ws.addRow(rowTexts(template, m, ++rows)).commit();
      if (rows % 512 === 0) await waitForZip(ws);
    }
    ws.commit();
    await wb.commit();
  } else if (name === 'answer-xlsx-raw') {
    // The floor for parsing: exceljs's streaming reader alone.
    const reader = new ExcelJS.stream.xlsx.WorkbookReader(createReadStream(file), { sharedStrings: 'cache', styles: 'cache', worksheets: 'emit' });
    for await (const ws of reader) for await (const _row of ws) rows++;
    rows--; // header
  } else {
    for await (const item of parseAnswerFile(createReadStream(file), name === 'answer-xlsx' ? 'xlsx' : 'csv')) {
      if (!item.ok) throw new Error(`row ${item.rowNumber} invalid`);
      rows++;
    }
  }
  const cpu = process.cpuUsage(cpuStart);
  return {
    seconds: (performance.now() - start) / 1000,
    cpuSeconds: (cpu.user + cpu.system) / 1e6,
    maxRssMb: process.resourceUsage().maxRSS / 1024,
    rows,
  };
}

/** Runs one case in a fresh process (same loader flags, e.g. tsx) and returns its outcome. */
function inChild(name: CaseName, file: string): Promise<CaseOutcome> {
  return new Promise((resolve, reject) => {
    const child = fork(fileURLToPath(import.meta.url), ['--case', name, file], { execArgv: process.execArgv });
    let outcome: CaseOutcome | null = null;
    child.on('message', (m) => (outcome = m as CaseOutcome));
    child.on('error', reject);
    child.on('exit', (code) => (outcome ? resolve(outcome) : reject(new Error(`${name} exited with ${code}`))));
  });
}

async function writeAnswer(file: string, kind: 'xlsx' | 'csv'): Promise<void> {
  const out = createWriteStream(file);
  await writeAnswerFile(out, simulateBpjsAnswer(() => members(), { seed: 1, rejectRate: 0.05 }), kind);
  if (!out.closed) await once(out, 'close');
}

const round = (n: number, digits = 2) => Math.round(n * 10 ** digits) / 10 ** digits;

export async function run(): Promise<BenchResult[]> {
  const dir = tmpdir();
  const tag = `${process.pid}-${Date.now()}`;
  const files = {
    edabu: join(dir, `edabu-bench-${tag}.xlsx`),
    plain: join(dir, `edabu-bench-plain-${tag}.xlsx`),
    answerXlsx: join(dir, `edabu-bench-answer-${tag}.xlsx`),
    answerCsv: join(dir, `edabu-bench-answer-${tag}.csv`),
  };
  try {
    const plain = await inChild('plain-xlsx', files.plain);
    const edabu = await inChild('edabu-xlsx', files.edabu);
    if (edabu.rows !== ROWS) throw new Error(`exported ${edabu.rows} rows`);
    await writeAnswer(files.answerXlsx, 'xlsx');
    await writeAnswer(files.answerCsv, 'csv');
    const rawRead = await inChild('answer-xlsx-raw', files.answerXlsx);
    const answerXlsx = await inChild('answer-xlsx', files.answerXlsx);
    const answerCsv = await inChild('answer-csv', files.answerCsv);
    if (answerXlsx.rows !== ROWS || answerCsv.rows !== ROWS) throw new Error('answer rows lost');

    const plainName = `exceljs streaming the same ${ROWS} rows unstyled`;
    return [
      {
        name: `e-Dabu XLSX export, ${ROWS} rows (form header, styled, validated twice)`,
        value: round(edabu.seconds),
        unit: 's',
        baseline: { name: plainName, value: round(plain.seconds) },
        ratio: round(edabu.seconds / plain.seconds),
        target: '< 5 s',
      },
      {
        name: 'e-Dabu XLSX export CPU time',
        value: round(edabu.cpuSeconds),
        unit: 's',
        baseline: { name: `${plainName}, CPU time`, value: round(plain.cpuSeconds) },
        ratio: round(edabu.cpuSeconds / plain.cpuSeconds),
      },
      {
        name: `e-Dabu XLSX export peak RSS (${round(statSync(files.edabu).size / 1e6, 1)} MB file)`,
        value: Math.round(edabu.maxRssMb),
        unit: 'MB',
        baseline: { name: `${plainName}, peak RSS`, value: Math.round(plain.maxRssMb) },
        ratio: round(edabu.maxRssMb / plain.maxRssMb),
        target: '< 200 MB',
      },
      {
        name: `BPJS answer parse, ${ROWS} rows XLSX (validated)`,
        value: round(answerXlsx.seconds),
        unit: 's',
        baseline: { name: 'exceljs streaming read of the same file', value: round(rawRead.seconds) },
        ratio: round(answerXlsx.seconds / rawRead.seconds),
        target: '< 15 s',
      },
      { name: 'BPJS answer parse peak RSS (XLSX)', value: Math.round(answerXlsx.maxRssMb), unit: 'MB' },
      { name: `BPJS answer parse, ${ROWS} rows CSV (validated)`, value: round(answerCsv.seconds), unit: 's', target: '< 15 s' },
    ];
  } finally {
    for (const f of Object.values(files)) rmSync(f, { force: true });
  }
}

const invokedDirectly = process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href;
if (invokedDirectly) {
  const at = process.argv.indexOf('--case');
  if (at > 0) {
    const outcome = await runCase(process.argv[at + 1] as CaseName, process.argv[at + 2]!);
    if (process.send) process.send(outcome);
    else console.log(JSON.stringify(outcome)); // run by hand: one case, e.g. under --cpu-prof
  } else {
    for (const r of await run()) {
      const base = r.baseline ? `  (baseline ${r.baseline.value} ${r.unit}: ${r.baseline.name}; ratio ${r.ratio})` : '';
      console.log(`${r.name}: ${r.value} ${r.unit}${r.target ? ` [target ${r.target}]` : ''}${base}`);
    }
  }
}
