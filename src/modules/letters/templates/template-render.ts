import type { LetterBlock } from '../letter.types.js';
import { compileTemplate, type TemplateNode, type ValidateTemplateOptions } from './template-engine.js';
import { LETTER_TEMPLATE_SCHEMA, LIST_INDEX_FIELD, type TemplateSchema } from './template-fields.js';

/** Values for a template, already formatted as text (dates in Indonesian, NIP grouped). */
export interface TemplateContext {
  scalars: Readonly<Record<string, string | null | undefined>>;
  lists: Readonly<Record<string, ReadonlyArray<Readonly<Record<string, string | null | undefined>>>>>;
}

export interface RenderResult<T> {
  value: T;
  /** Placeholders that had no value (printed as "-"): the caller decides whether to refuse the letter. */
  missing: string[];
}

/** Printed for an empty value: the usual mark on Indonesian forms, and visibly not a real value. */
export const EMPTY_VALUE = '-';

// A private marker for a table; values cannot contain it (control characters are removed from values).
const BLOCK_MARK = '\u0000';
const blockMarker = (name: string) => `${BLOCK_MARK}${name}${BLOCK_MARK}`;

/**
 * Values are data, never structure: line breaks would split paragraphs and a leading "|" would make a
 * table row, so both are neutralised (no NIK, name or address legitimately contains them).
 */
export function sanitizeValue(value: string): string {
  // eslint-disable-next-line no-control-regex
  return value.replace(/[\u0000-\u001f\u007f]+/g, ' ').replace(/\|/g, '/').replace(/\s+/g, ' ').trim();
}

const isFilled = (v: string | null | undefined): v is string => typeof v === 'string' && v.trim() !== '';

interface Output {
  parts: string[];
  missing: Set<string>;
  /** The last thing written was a value ending in "." (see the text case). */
  afterDottedValue: boolean;
  schema: TemplateSchema;
}

function renderNodes(
  nodes: TemplateNode[],
  ctx: TemplateContext,
  item: { list: string; values: Readonly<Record<string, string | null | undefined>> } | null,
  out: Output,
): void {
  const lookup = (name: string): { value: string | null | undefined; key: string } =>
    item && (name === LIST_INDEX_FIELD || name in (out.schema.lists[item.list] ?? {}))
      ? { value: item.values[name], key: `${item.list}.${name}` }
      : { value: ctx.scalars[name], key: name };
  for (const node of nodes) {
    if (node.t === 'text') {
      // Template text cannot forge a table marker either.
      const text = node.s.split(BLOCK_MARK).join('');
      // "Alasan: {{application.reason}}." must not print ".." when the officer typed the full stop.
      out.parts.push(out.afterDottedValue && text.startsWith('.') && !text.startsWith('..') ? text.slice(1) : text);
      out.afterDottedValue = false;
    } else if (node.t === 'block') {
      out.parts.push(blockMarker(node.name));
      out.afterDottedValue = false;
    } else if (node.t === 'var') {
      const { value, key } = lookup(node.name);
      const text = isFilled(value) ? sanitizeValue(value) : EMPTY_VALUE;
      if (!isFilled(value)) out.missing.add(key);
      out.parts.push(text);
      out.afterDottedValue = text.endsWith('.');
    } else {
      const list = item === null ? ctx.lists[node.name] : undefined;
      if (list !== undefined) {
        if (node.inverted) {
          if (list.length === 0) renderNodes(node.children, ctx, item, out);
        } else {
          list.forEach((values, i) => renderNodes(node.children, ctx, { list: node.name, values: { ...values, [LIST_INDEX_FIELD]: String(i + 1) } }, out));
        }
      } else if (isFilled(lookup(node.name).value) !== node.inverted) {
        renderNodes(node.children, ctx, item, out);
      }
    }
  }
}

function renderText(text: string, ctx: TemplateContext, options: ValidateTemplateOptions): RenderResult<string> {
  const nodes = compileTemplate(text, options);
  const out: Output = { parts: [], missing: new Set(), afterDottedValue: false, schema: options.schema ?? LETTER_TEMPLATE_SCHEMA };
  renderNodes(nodes, ctx, null, out);
  return { value: out.parts.join(''), missing: [...out.missing] };
}

/** A one-line or few-line text (subject, title, recipient): lines trimmed, empty lines dropped. */
export function renderInline(text: string, ctx: TemplateContext, options: ValidateTemplateOptions = {}): RenderResult<string> {
  const { value, missing } = renderText(text, ctx, { ...options, allowBlocks: false });
  const lines = value.split(/\r?\n/).map((l) => l.replace(/\s+/g, ' ').trim()).filter(Boolean);
  return { value: lines.join('\n'), missing };
}

const LIST_ITEM = /^\s*((?:\d{1,2}|[a-z])[.)]|-)\s+(.*)$/;

type LineKind = 'fields' | 'list' | 'paragraph';
const lineKind = (line: string): LineKind => (/^\s*\|/.test(line) ? 'fields' : LIST_ITEM.test(line) ? 'list' : 'paragraph');

function runToBlock(kind: LineKind, lines: string[]): LetterBlock {
  if (kind === 'fields') {
    return {
      type: 'fields',
      rows: lines.map((line) => {
        const [label = '', ...rest] = line.trim().slice(1).split('|');
        return { label: label.trim(), value: rest.join(' ').trim() };
      }),
    };
  }
  if (kind === 'list') {
    return {
      type: 'list',
      items: lines.map((line) => {
        const m = LIST_ITEM.exec(line);
        return { marker: m?.[1] ?? '-', text: (m?.[2] ?? line).trim() };
      }),
    };
  }
  // A single line break inside a paragraph is the author's wrapping, not the letter's (as in Markdown).
  return { type: 'paragraph', text: lines.map((l) => l.trim()).join(' ').replace(/\s+/g, ' ') };
}

/**
 * Expanded body text → blocks. Paragraphs are separated by a blank line; lines starting with "|" are
 * "Label | value" rows (printed "Label : value", the "Nama : …, NIK : …" block of Indonesian letters);
 * lines starting with "1.", "a." or "-" are list items with that marker; a table tag is a table.
 */
export function textToBlocks(text: string): LetterBlock[] {
  const blocks: LetterBlock[] = [];
  for (const chunk of text.replace(/\r\n?/g, '\n').split(/\n[ \t]*\n/)) {
    const trimmed = chunk.trim();
    if (trimmed === '') continue;
    const table = new RegExp(`^${BLOCK_MARK}(\\w+)${BLOCK_MARK}$`).exec(trimmed)?.[1];
    if (table === 'members_table' || table === 'changes_table') {
      blocks.push({ type: table });
      continue;
    }
    let run: { kind: LineKind; lines: string[] } | null = null;
    for (const line of trimmed.split('\n')) {
      if (line.trim() === '') continue;
      const kind = lineKind(line);
      if (run && run.kind === kind) run.lines.push(line);
      else {
        if (run) blocks.push(runToBlock(run.kind, run.lines));
        run = { kind, lines: [line] };
      }
    }
    if (run) blocks.push(runToBlock(run.kind, run.lines));
  }
  return blocks.filter((b) => b.type !== 'paragraph' || b.text !== '');
}

/** A letter body: template + values → blocks. Throws LETTER_TEMPLATE_INVALID for an invalid template. */
export function renderBody(text: string, ctx: TemplateContext, options: ValidateTemplateOptions = {}): RenderResult<LetterBlock[]> {
  const { value, missing } = renderText(text, ctx, { field: 'body', ...options, allowBlocks: true });
  return { value: textToBlocks(value), missing };
}
