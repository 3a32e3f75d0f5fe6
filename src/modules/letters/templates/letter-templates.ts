import { letterTemplateInvalid } from '../letters.errors.js';
import { LETTER_KINDS, type LetterKind, type LetterTemplate, type LetterTemplateOverride } from '../letter.types.js';
import { DEFAULT_LETTER_TEMPLATES } from './default-templates.js';
import { validateTemplate, type TemplateIssue, type ValidateTemplateOptions } from './template-engine.js';

/** The office's template for a kind: the default with the office's overrides on top. */
export function resolveTemplate(kind: LetterKind, override?: LetterTemplateOverride | null): LetterTemplate {
  const base = DEFAULT_LETTER_TEMPLATES[kind];
  if (!override) return base;
  const defined = Object.fromEntries(Object.entries(override).filter(([, v]) => v !== undefined));
  return { ...base, ...defined, kind };
}

// The heading parts are rendered before the body and may not quote themselves.
const HEADING_UNAVAILABLE = ['letter.subject', 'letter.recipient'] as const;

const PARTS: ReadonlyArray<{ part: 'title' | 'subject' | 'urgency' | 'recipient' | 'recipientPlace' | 'body'; options: ValidateTemplateOptions }> = [
  { part: 'title', options: { allowBlocks: false, unavailable: HEADING_UNAVAILABLE } },
  { part: 'subject', options: { allowBlocks: false, unavailable: HEADING_UNAVAILABLE, required: true } },
  { part: 'urgency', options: { allowBlocks: false, unavailable: HEADING_UNAVAILABLE } },
  { part: 'recipient', options: { allowBlocks: false, unavailable: HEADING_UNAVAILABLE, required: true } },
  { part: 'recipientPlace', options: { allowBlocks: false, unavailable: HEADING_UNAVAILABLE } },
  { part: 'body', options: { allowBlocks: true, required: true } },
];

/**
 * Every issue of a whole template, each with the field it belongs to ("body", "carbonCopies.1"), so the
 * office admin's editor can show it next to the right input.
 */
export function validateLetterTemplate(template: LetterTemplate): TemplateIssue[] {
  const issues: TemplateIssue[] = [];
  if (!LETTER_KINDS.includes(template.kind)) {
    issues.push({ field: 'kind', code: 'TEMPLATE_UNKNOWN_KIND', message: 'Jenis surat tidak dikenal.', en: 'Unknown letter kind.', line: 1, column: 1 });
  }
  if (template.layout !== 'official' && template.layout !== 'titled') {
    issues.push({ field: 'layout', code: 'TEMPLATE_UNKNOWN_LAYOUT', message: 'Tata letak surat tidak dikenal.', en: 'Unknown letter layout.', line: 1, column: 1 });
  }
  if (template.layout === 'titled' && !template.title?.trim()) {
    issues.push({ field: 'title', code: 'TEMPLATE_EMPTY', message: 'Surat berjudul wajib mempunyai judul.', en: 'A titled letter needs a title.', line: 1, column: 1 });
  }
  for (const { part, options } of PARTS) {
    const text = template[part];
    if (text === null) continue;
    issues.push(...validateTemplate(text, { ...options, field: part }));
  }
  template.carbonCopies.forEach((text, i) => {
    issues.push(...validateTemplate(text, { allowBlocks: false, unavailable: HEADING_UNAVAILABLE, required: true, field: `carbonCopies.${i}` }));
  });
  return issues;
}

/** For the save path: throws LETTER_TEMPLATE_INVALID with field + rule details. */
export function assertValidLetterTemplate(template: LetterTemplate): void {
  const issues = validateLetterTemplate(template);
  if (issues.length > 0) throw letterTemplateInvalid(issues);
}
