import { describe, expect, it } from 'vitest';
import { DomainError } from '../../../platform/errors.js';
import { validateTemplate } from './template-engine.js';
import { renderBody, renderInline, textToBlocks, type TemplateContext } from './template-render.js';

const ctx = (scalars: TemplateContext['scalars'] = {}, lists: TemplateContext['lists'] = {}): TemplateContext => ({ scalars, lists });

describe('validateTemplate', () => {
  it('accepts known placeholders, lists, conditions and tables', () => {
    const text = `Dengan hormat,\n\n| Nama | {{applicant.name}}\n\n{{#members}}\n{{no}}. {{name}} ({{nik}}) {{applicant.kkNumber}}\n{{/members}}\n\n{{#application.reason}}Alasan: {{application.reason}}{{/application.reason}}\n{{^application.reason}}Tanpa alasan.{{/application.reason}}\n\n{{members_table}}`;
    expect(validateTemplate(text, { field: 'body' })).toEqual([]);
  });

  it('refuses an unknown placeholder with field, rule, position and name', () => {
    const issues = validateTemplate('Dengan hormat,\nNama: {{aplicant.name}}', { field: 'body' });
    expect(issues).toEqual([
      expect.objectContaining({ field: 'body', code: 'TEMPLATE_UNKNOWN_PLACEHOLDER', line: 2, column: 7, placeholder: 'aplicant.name' }),
    ]);
    expect(issues[0]?.message).toContain('tidak dikenal');
    expect(issues[0]?.en).toContain('Unknown placeholder');
  });

  it.each([
    ['{{applicant.name', 'TEMPLATE_SYNTAX'],
    ['{{ applicant name }}', 'TEMPLATE_SYNTAX'],
    ['{{applicant.name()}}', 'TEMPLATE_SYNTAX'],
    ['{{#members}}{{name}}', 'TEMPLATE_UNCLOSED_SECTION'],
    ['{{name}}{{/members}}', 'TEMPLATE_UNMATCHED_CLOSE'],
    ['{{members}}', 'TEMPLATE_LIST_AS_VALUE'],
    ['{{nik}}', 'TEMPLATE_FIELD_OUTSIDE_LIST'],
    ['{{#members}}{{#dataChanges}}x{{/dataChanges}}{{/members}}', 'TEMPLATE_NESTED_LIST'],
    ['Tabel: {{members_table}}', 'TEMPLATE_BLOCK_NOT_ALONE'],
    ['{{#members}}\n\n{{members_table}}\n\n{{/members}}', 'TEMPLATE_BLOCK_NOT_ALONE'],
    ['{{#members}}{{field}}{{/members}}', 'TEMPLATE_UNKNOWN_PLACEHOLDER'],
  ])('%s → %s', (text, code) => {
    expect(validateTemplate(text, { field: 'body' }).map((i) => i.code)).toContain(code);
  });

  it('allows tables only where blocks are allowed', () => {
    expect(validateTemplate('{{members_table}}', { field: 'subject', allowBlocks: false })[0]).toMatchObject({
      field: 'subject', code: 'TEMPLATE_BLOCK_NOT_ALLOWED',
    });
  });

  it('reports unavailable names and empty required parts', () => {
    expect(validateTemplate('Hal {{letter.subject}}', { field: 'subject', unavailable: ['letter.subject'] })[0]?.code)
      .toBe('TEMPLATE_PLACEHOLDER_UNAVAILABLE');
    expect(validateTemplate('  ', { field: 'body', required: true })[0]?.code).toBe('TEMPLATE_EMPTY');
    expect(validateTemplate('x'.repeat(20_001))[0]?.code).toBe('TEMPLATE_TOO_LONG');
  });
});

describe('rendering', () => {
  it('fills values, repeats lists and drops standalone section lines', () => {
    const { value } = renderBody(
      'Peserta:\n{{#members}}\n{{no}}. {{name}} NIK {{nik}}\n{{/members}}\nSelesai.',
      ctx({}, { members: [{ name: 'Siti', nik: '1' }, { name: 'Budi', nik: '2' }] }),
    );
    expect(value).toEqual([
      { type: 'paragraph', text: 'Peserta:' },
      { type: 'list', items: [{ marker: '1.', text: 'Siti NIK 1' }, { marker: '2.', text: 'Budi NIK 2' }] },
      { type: 'paragraph', text: 'Selesai.' },
    ]);
  });

  it('renders a condition only when its value is filled, and the inverse otherwise', () => {
    const text = '{{#application.reason}}Alasan: {{application.reason}}.{{/application.reason}}{{^application.reason}}Tanpa alasan.{{/application.reason}}';
    expect(renderInline(text, ctx({ 'application.reason': 'pindah domisili' })).value).toBe('Alasan: pindah domisili.');
    expect(renderInline(text, ctx({ 'application.reason': '  ' })).value).toBe('Tanpa alasan.');
  });

  it('does not double the full stop the officer already typed', () => {
    expect(renderInline('Alasan: {{application.reason}}.', ctx({ 'application.reason': 'mampu membayar.' })).value)
      .toBe('Alasan: mampu membayar.');
  });

  it('prints "-" for a missing value and reports it', () => {
    const r = renderBody('| NIK | {{applicant.nik}}\n\n{{#members}}{{kisNumber}}{{/members}}', ctx({}, { members: [{ name: 'x' }] }));
    expect(r.value[0]).toEqual({ type: 'fields', rows: [{ label: 'NIK', value: '-' }] });
    expect(r.missing.sort()).toEqual(['applicant.nik', 'members.kisNumber']);
  });

  it('treats values as text: no line breaks, rows or tables can be injected', () => {
    const evil = 'Budi\n\n| NIK | 0000\n\u0000members_table\u0000 {{applicant.nik}}';
    const r = renderBody('| Nama | {{applicant.name}}\n\nAkhir.', ctx({ 'applicant.name': evil, 'applicant.nik': '3575' }));
    expect(r.value).toHaveLength(2);
    expect(r.value[0]).toEqual({ type: 'fields', rows: [{ label: 'Nama', value: 'Budi / NIK / 0000 members_table {{applicant.nik}}' }] });
  });

  it('turns a table tag into a table block', () => {
    expect(renderBody('Daftar:\n\n{{members_table}}\n\nDemikian.', ctx()).value).toEqual([
      { type: 'paragraph', text: 'Daftar:' },
      { type: 'members_table' },
      { type: 'paragraph', text: 'Demikian.' },
    ]);
  });

  it('throws LETTER_TEMPLATE_INVALID instead of rendering a broken template', () => {
    expect(() => renderBody('{{aplicant.name}}', ctx())).toThrow(DomainError);
  });
});

describe('textToBlocks', () => {
  it('joins wrapped lines into one paragraph and splits runs of different kinds', () => {
    expect(textToBlocks('Satu\ndua.\n| A | b\n- butir\n\n\nTiga')).toEqual([
      { type: 'paragraph', text: 'Satu dua.' },
      { type: 'fields', rows: [{ label: 'A', value: 'b' }] },
      { type: 'list', items: [{ marker: '-', text: 'butir' }] },
      { type: 'paragraph', text: 'Tiga' },
    ]);
  });
});
