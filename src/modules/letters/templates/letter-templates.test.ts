import { describe, expect, it } from 'vitest';
import { DomainError } from '../../../platform/errors.js';
import { LETTER_KINDS } from '../letter.types.js';
import { DEFAULT_LETTER_TEMPLATES } from './default-templates.js';
import { assertValidLetterTemplate, resolveTemplate, validateLetterTemplate } from './letter-templates.js';

describe('default templates', () => {
  it.each(LETTER_KINDS)('%s has a valid default', (kind) => {
    const template = DEFAULT_LETTER_TEMPLATES[kind];
    expect(template.kind).toBe(kind);
    expect(validateLetterTemplate(template)).toEqual([]);
  });

  it('uses the correct closing formula ("sebagaimana mestinya")', () => {
    const all = Object.values(DEFAULT_LETTER_TEMPLATES).map((t) => t.body).join('\n');
    expect(all).toContain('dipergunakan sebagaimana mestinya.');
    expect(all).not.toMatch(/mestigunanya/);
  });
});

describe('office overrides', () => {
  it('replaces only what the office set', () => {
    const t = resolveTemplate('activation_cover_letter', { subject: 'Pengantar Aktivasi PBI JKN-KIS', urgency: undefined });
    expect(t.subject).toBe('Pengantar Aktivasi PBI JKN-KIS');
    expect(t.urgency).toBe(DEFAULT_LETTER_TEMPLATES.activation_cover_letter.urgency);
    expect(t.kind).toBe('activation_cover_letter');
  });

  it('reports each broken part under its own field', () => {
    const t = resolveTemplate('termination_letter', {
      subject: 'Pemutusan {{letter.subject}}',
      body: 'Dengan hormat, {{applicant.nama}}',
      carbonCopies: ['Arsip', '{{members_table}}'],
    });
    expect(validateLetterTemplate(t).map((i) => [i.field, i.code])).toEqual([
      ['subject', 'TEMPLATE_PLACEHOLDER_UNAVAILABLE'],
      ['body', 'TEMPLATE_UNKNOWN_PLACEHOLDER'],
      ['carbonCopies.1', 'TEMPLATE_BLOCK_NOT_ALLOWED'],
    ]);
    expect(() => assertValidLetterTemplate(t)).toThrow(DomainError);
  });

  it('requires a title for a titled letter', () => {
    const t = resolveTemplate('data_change_recommendation', { title: ' ' });
    expect(validateLetterTemplate(t)).toEqual([expect.objectContaining({ field: 'title', code: 'TEMPLATE_EMPTY' })]);
  });
});
