import type { ErrorDetail } from '../../../platform/errors.js';
import { letterTemplateInvalid } from '../letters.errors.js';
import { LETTER_TEMPLATE_SCHEMA, LIST_INDEX_FIELD, type TemplateSchema } from './template-fields.js';

/**
 * A deliberately tiny template language (a Mustache subset) that an office admin can edit safely:
 *   {{applicant.name}}                 a value from LETTER_TEMPLATE_SCHEMA
 *   {{#members}} {{no}}. {{name}} {{/members}}   repeat for each item of a list
 *   {{#application.reason}} … {{/application.reason}}   only when the value is filled in
 *   {{^application.reason}} … {{/application.reason}}   only when it is empty
 *   {{members_table}}, {{changes_table}}   a table, alone in its paragraph
 * No expressions, no helpers, no partials: nothing a template can do reaches beyond the values given. Unknown
 * names are errors at save time, reported per field and rule with line and column. Values are inserted as
 * plain text after the template's structure is decided, so a value cannot add tags, rows or tables.
 */
export interface TemplateIssue extends ErrorDetail {
  field: string;
  code: string;
  /** Bahasa Indonesia (the console's default language). */
  message: string;
  en: string;
  line: number;
  column: number;
  placeholder?: string;
}

export interface ValidateTemplateOptions {
  /** Name of the template field, reported in issues ("body", "subject"). */
  field?: string;
  /** Block tags (tables) make sense only in a body. */
  allowBlocks?: boolean;
  /** Names that exist but cannot be used in this field (the subject cannot quote itself). */
  unavailable?: readonly string[];
  required?: boolean;
  schema?: TemplateSchema;
}

export const MAX_TEMPLATE_LENGTH = 20_000;

type TagKind = 'var' | 'open' | 'invert' | 'close';
type Token = { t: 'text'; s: string } | { t: 'tag'; kind: TagKind; name: string; pos: number };

export type TemplateNode =
  | { t: 'text'; s: string }
  | { t: 'var'; name: string; pos: number }
  | { t: 'block'; name: string; pos: number }
  | { t: 'section'; name: string; inverted: boolean; pos: number; children: TemplateNode[] };

const TAG = /^\s*([#^/]?)\s*([A-Za-z][A-Za-z0-9_]*(?:\.[A-Za-z][A-Za-z0-9_]*)*)\s*$/;

type Report = (code: string, pos: number, id: string, en: string, placeholder?: string) => void;

function tokenize(text: string, report: Report): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const open = text.indexOf('{{', i);
    if (open < 0) {
      tokens.push({ t: 'text', s: text.slice(i) });
      break;
    }
    if (open > i) tokens.push({ t: 'text', s: text.slice(i, open) });
    const close = text.indexOf('}}', open + 2);
    const nested = text.indexOf('{{', open + 2);
    if (close < 0 || (nested >= 0 && nested < close)) {
      report('TEMPLATE_SYNTAX', open, 'Tanda "{{" tidak ditutup dengan "}}".', 'A "{{" is not closed by "}}".');
      tokens.push({ t: 'text', s: '{{' });
      i = open + 2;
      continue;
    }
    const raw = text.slice(open + 2, close);
    const m = TAG.exec(raw);
    if (!m) {
      report('TEMPLATE_SYNTAX', open, `Isian "{{${raw}}}" tidak sah; tulis nama isian, mis. {{applicant.name}}.`,
        `"{{${raw}}}" is not a valid placeholder; write a name, e.g. {{applicant.name}}.`, raw);
    } else {
      const sigil = m[1];
      const kind: TagKind = sigil === '#' ? 'open' : sigil === '^' ? 'invert' : sigil === '/' ? 'close' : 'var';
      tokens.push({ t: 'tag', kind, name: m[2] as string, pos: open });
    }
    i = close + 2;
  }
  return stripStandaloneSectionLines(tokens);
}

/**
 * Mustache's "standalone" rule: a section tag alone on its line takes the line with it, so authors can put
 * {{#members}} on its own line without leaving blank lines (which would split paragraphs) in the letter.
 */
function stripStandaloneSectionLines(tokens: Token[]): Token[] {
  // Decide on the original text first: stripping one tag's line must not hide the next tag's line start.
  const standalone = tokens.map((tok, i) => {
    if (tok.t !== 'tag' || tok.kind === 'var') return false;
    const prev = tokens[i - 1];
    const next = tokens[i + 1];
    const prevOk = prev === undefined
      || (prev.t === 'text' && /(^|\n)[ \t]*$/.test(prev.s) && (i - 1 === 0 || prev.s.includes('\n')));
    const nextOk = next === undefined || (next.t === 'text' && /^[ \t]*(\n|$)/.test(next.s));
    return prevOk && nextOk;
  });
  tokens.forEach((tok, i) => {
    if (!standalone[i]) return;
    const prev = tokens[i - 1];
    const next = tokens[i + 1];
    if (prev?.t === 'text') prev.s = prev.s.replace(/[ \t]*$/, '');
    if (next?.t === 'text') next.s = next.s.replace(/^[ \t]*\n?/, '');
  });
  return tokens;
}

function buildTree(tokens: Token[], blocks: Readonly<Record<string, string>>, report: Report): TemplateNode[] {
  const root: TemplateNode[] = [];
  const stack: Array<{ node: Extract<TemplateNode, { t: 'section' }> }> = [];
  const current = () => stack[stack.length - 1]?.node.children ?? root;
  for (const tok of tokens) {
    if (tok.t === 'text') current().push({ t: 'text', s: tok.s });
    else if (tok.kind === 'var') current().push(tok.name in blocks ? { t: 'block', name: tok.name, pos: tok.pos } : { t: 'var', name: tok.name, pos: tok.pos });
    else if (tok.kind === 'open' || tok.kind === 'invert') {
      const node = { t: 'section' as const, name: tok.name, inverted: tok.kind === 'invert', pos: tok.pos, children: [] };
      current().push(node);
      stack.push({ node });
    } else if (stack[stack.length - 1]?.node.name === tok.name) {
      stack.pop();
    } else {
      report('TEMPLATE_UNMATCHED_CLOSE', tok.pos, `Penutup {{/${tok.name}}} tidak mempunyai pembuka {{#${tok.name}}}.`,
        `{{/${tok.name}}} closes nothing: no matching {{#${tok.name}}}.`, tok.name);
    }
  }
  for (const open of stack) {
    report('TEMPLATE_UNCLOSED_SECTION', open.node.pos, `Bagian {{#${open.node.name}}} belum ditutup dengan {{/${open.node.name}}}.`,
      `Section {{#${open.node.name}}} is not closed by {{/${open.node.name}}}.`, open.node.name);
  }
  return root;
}

const BLANK_LINE_BEFORE = /\n[ \t]*\n[ \t]*$/;
const BLANK_LINE_AFTER = /^[ \t]*\n[ \t]*\n/;

function blockIsAlone(siblings: TemplateNode[], index: number): boolean {
  const prev = siblings[index - 1];
  const next = siblings[index + 1];
  const prevOk = prev === undefined
    || (prev.t === 'text' && (BLANK_LINE_BEFORE.test(prev.s) || (index - 1 === 0 && /^\s*$/.test(prev.s))));
  const nextOk = next === undefined
    || (next.t === 'text' && (BLANK_LINE_AFTER.test(next.s) || (index + 1 === siblings.length - 1 && /^\s*$/.test(next.s))));
  return prevOk && nextOk;
}

function checkNames(nodes: TemplateNode[], listScope: string | null, inSection: boolean, opts: Required<Pick<ValidateTemplateOptions, 'allowBlocks' | 'unavailable' | 'schema'>>, report: Report): void {
  const { schema } = opts;
  const itemFields = listScope === null ? null : schema.lists[listScope];
  const known = (name: string) => (itemFields !== null && itemFields !== undefined && (name in itemFields || name === LIST_INDEX_FIELD)) || name in schema.scalars;
  const unknown = (name: string, pos: number) => {
    const inSomeList = Object.entries(schema.lists).find(([, fields]) => name in fields || name === LIST_INDEX_FIELD)?.[0];
    if (listScope === null && inSomeList) {
      report('TEMPLATE_FIELD_OUTSIDE_LIST', pos, `{{${name}}} hanya dapat dipakai di dalam {{#${inSomeList}}}…{{/${inSomeList}}}.`,
        `{{${name}}} can only be used inside {{#${inSomeList}}}…{{/${inSomeList}}}.`, name);
    } else {
      report('TEMPLATE_UNKNOWN_PLACEHOLDER', pos, `Isian {{${name}}} tidak dikenal.`, `Unknown placeholder {{${name}}}.`, name);
    }
  };
  nodes.forEach((node, index) => {
    if (node.t === 'text') return;
    if (node.t === 'block') {
      if (!opts.allowBlocks) {
        report('TEMPLATE_BLOCK_NOT_ALLOWED', node.pos, `Tabel {{${node.name}}} hanya dapat dipakai di isi surat.`,
          `Table {{${node.name}}} can only be used in the letter body.`, node.name);
      } else if (inSection || !blockIsAlone(nodes, index)) {
        report('TEMPLATE_BLOCK_NOT_ALONE', node.pos, `Tabel {{${node.name}}} harus berdiri sendiri sebagai satu paragraf, di luar bagian {{#…}}.`,
          `Table {{${node.name}}} must stand alone as its own paragraph, outside any {{#…}} section.`, node.name);
      }
      return;
    }
    if (opts.unavailable.includes(node.name)) {
      report('TEMPLATE_PLACEHOLDER_UNAVAILABLE', node.pos, `Isian {{${node.name}}} tidak dapat dipakai pada bagian ini.`,
        `Placeholder {{${node.name}}} cannot be used in this part.`, node.name);
    } else if (node.name in schema.lists) {
      if (node.t === 'var') {
        report('TEMPLATE_LIST_AS_VALUE', node.pos, `{{${node.name}}} adalah daftar; tulis {{#${node.name}}}…{{/${node.name}}}.`,
          `{{${node.name}}} is a list; write {{#${node.name}}}…{{/${node.name}}}.`, node.name);
      } else if (listScope !== null) {
        report('TEMPLATE_NESTED_LIST', node.pos, `Daftar {{#${node.name}}} tidak dapat berada di dalam daftar {{#${listScope}}}.`,
          `List {{#${node.name}}} cannot be inside list {{#${listScope}}}.`, node.name);
      }
    } else if (!known(node.name)) {
      unknown(node.name, node.pos);
    }
    if (node.t === 'section') {
      const scope = node.name in schema.lists && !node.inverted && listScope === null ? node.name : listScope;
      checkNames(node.children, scope, true, opts, report);
    }
  });
}

function positionOf(text: string, pos: number): { line: number; column: number } {
  const before = text.slice(0, pos);
  const line = before.split('\n').length;
  return { line, column: pos - before.lastIndexOf('\n') };
}

export interface ParsedTemplate {
  nodes: TemplateNode[];
  issues: TemplateIssue[];
}

export function parseTemplate(text: string, options: ValidateTemplateOptions = {}): ParsedTemplate {
  const field = options.field ?? 'template';
  const issues: TemplateIssue[] = [];
  const report: Report = (code, pos, message, en, placeholder) =>
    issues.push({ field, code, message, en, ...positionOf(text, pos), ...(placeholder === undefined ? {} : { placeholder }) });
  if (text.length > MAX_TEMPLATE_LENGTH) {
    report('TEMPLATE_TOO_LONG', 0, `Templat paling panjang ${MAX_TEMPLATE_LENGTH} karakter.`, `A template is at most ${MAX_TEMPLATE_LENGTH} characters.`);
    return { nodes: [], issues };
  }
  if (options.required && text.trim() === '') {
    report('TEMPLATE_EMPTY', 0, 'Bagian ini wajib diisi.', 'This part is required.');
  }
  const schema = options.schema ?? LETTER_TEMPLATE_SCHEMA;
  const nodes = buildTree(tokenize(text, report), schema.blocks, report);
  checkNames(nodes, null, false, { allowBlocks: options.allowBlocks ?? true, unavailable: options.unavailable ?? [], schema }, report);
  issues.sort((a, b) => a.line - b.line || a.column - b.column);
  return { nodes, issues };
}

/** Field + rule issues of a template text; empty when it can be saved. */
export function validateTemplate(text: string, options: ValidateTemplateOptions = {}): TemplateIssue[] {
  return parseTemplate(text, options).issues;
}

/** Parses or throws LETTER_TEMPLATE_INVALID with the issues as details. */
export function compileTemplate(text: string, options: ValidateTemplateOptions = {}): TemplateNode[] {
  const { nodes, issues } = parseTemplate(text, options);
  if (issues.length > 0) throw letterTemplateInvalid(issues);
  return nodes;
}
