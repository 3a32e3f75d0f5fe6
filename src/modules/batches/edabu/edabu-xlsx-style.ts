import type ExcelJS from 'exceljs';
import type { EdabuColumn } from './edabu-templates.js';

/**
 * Cell styles of the 2018 e-Dabu forms (read from xl/styles.xml of the reference files).
 *
 * Every style is ONE shared object: exceljs caches a style's id per object (WeakMap), so reusing
 * the same object for 3.6 million cells costs a lookup, while a fresh object per cell would be
 * re-serialised each time and makes a 100,000-row export several times slower.
 */
const TEXT = '@';
const GREEN: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF92D050' } };
const YELLOW: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFFF00' } };
// No colour: Excel's automatic border colour, which is what the forms' indexed colour 64 means.
const THIN: Partial<ExcelJS.Border> = { style: 'thin' };
const BOX: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };
const CALIBRI = { name: 'Calibri', family: 2, scheme: 'minor' as const };

export const headerLabelStyle: Partial<ExcelJS.Style> = {
  numFmt: TEXT,
  font: { ...CALIBRI, size: 12, bold: true },
  fill: GREEN,
};
export const headerBlankStyle: Partial<ExcelJS.Style> = {
  numFmt: TEXT,
  fill: GREEN,
  alignment: { horizontal: 'center', wrapText: true },
};
// bpjs-mutasi's generator left-aligns the values it writes in C1:C5.
export const headerValueStyle: Partial<ExcelJS.Style> = {
  numFmt: TEXT,
  fill: GREEN,
  alignment: { horizontal: 'left' },
};
export const bannerStyle: Partial<ExcelJS.Style> = {
  numFmt: TEXT,
  font: { ...CALIBRI, size: 16, bold: true },
  fill: YELLOW,
  alignment: { horizontal: 'center' },
};

// The mutation forms fill white (theme colour 0) the titles they do not ask for.
const WHITE: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { theme: 0 } as ExcelJS.Color };
const titleBase = { numFmt: TEXT, font: { ...CALIBRI, size: 11, bold: true }, border: BOX };
const centred: Partial<ExcelJS.Alignment> = { horizontal: 'center', vertical: 'middle' };
const centredWrap: Partial<ExcelJS.Alignment> = { ...centred, wrapText: true };
const FILLS = { yellow: YELLOW, white: WHITE, none: undefined } as const;

// Built once per (fill, wrap) pair so that the cells share style objects (see above).
const titleStyles = new Map<string, Partial<ExcelJS.Style>>();
export function titleStyle(column: EdabuColumn): Partial<ExcelJS.Style> {
  const id = `${column.titleFill}:${column.titleWrap}`;
  let s = titleStyles.get(id);
  if (!s) {
    const fill = FILLS[column.titleFill];
    s = { ...titleBase, ...(fill ? { fill } : {}), alignment: column.titleWrap ? centredWrap : centred };
    titleStyles.set(id, s);
  }
  return s;
}

export const numberStyle: Partial<ExcelJS.Style> = {
  numFmt: TEXT,
  fill: GREEN,
  border: BOX,
  alignment: { horizontal: 'center' },
};
export const numberWrapStyle: Partial<ExcelJS.Style> = { ...numberStyle, alignment: { horizontal: 'center', wrapText: true } };
/** The forms colour five more cells of row 8 (AK8:AO8) green, without border. */
export const numberTrailStyle: Partial<ExcelJS.Style> = { fill: GREEN, alignment: { horizontal: 'center' } };
export const NUMBER_TRAIL_CELLS = 5;

// Data cells are text ('@') so that an officer who edits the file in Excel before uploading
// cannot turn a NIK into 3.20101E+15 or drop a leading zero of a code.
const dataStyles = {
  left: { numFmt: TEXT, border: BOX },
  center: { numFmt: TEXT, border: BOX, alignment: { horizontal: 'center' } },
  centerWrap: { numFmt: TEXT, border: BOX, alignment: { horizontal: 'center', wrapText: true } },
  right: { numFmt: TEXT, border: BOX, alignment: { horizontal: 'right', vertical: 'middle' } },
} satisfies Record<string, Partial<ExcelJS.Style>>;

export function dataStyle(column: EdabuColumn): Partial<ExcelJS.Style> {
  if (column.dataAlign === 'center' && column.columnWrap) return dataStyles.centerWrap;
  return dataStyles[column.dataAlign];
}

/**
 * exceljs gives every new row a fresh `{}` style and serialises it once per row (the WeakMap
 * cache misses on a new object): 100,000 needless style look-ups. One shared empty object hits
 * the cache; an empty style writes no attribute, as before.
 */
export const dataRowStyle: Partial<ExcelJS.Style> = {};

/** Column styles of the forms: text, centred, so rows typed in by hand stay text as well. */
export const columnStyle: Partial<ExcelJS.Style> = { numFmt: TEXT, alignment: { horizontal: 'center' } };
const columnWrapStyle: Partial<ExcelJS.Style> = { numFmt: TEXT, alignment: { horizontal: 'center', wrapText: true } };

export function columnStyleOf(column: EdabuColumn): Partial<ExcelJS.Style> {
  return column.columnWrap ? columnWrapStyle : columnStyle;
}

export const HEADER_ROW_HEIGHTS: Readonly<Record<number, number>> = { 1: 15.75, 2: 15.75, 3: 15.75, 4: 15.75, 5: 21, 7: 75 };
