import { describe, expect, it } from 'vitest';
import { DomainError } from '../../platform/errors.js';
import { composeLetter, validateApprovalChain } from './letters.service.js';
import { buildApprovals, buildComposeInput } from './letters.fixtures.js';
import { LETTER_KINDS, type LetterBlock } from './letter.types.js';

const bodyText = (blocks: LetterBlock[]) =>
  blocks.map((b) => (b.type === 'paragraph' ? b.text : b.type === 'fields' ? b.rows.map((r) => `${r.label}: ${r.value}`).join('\n') : b.type === 'list' ? b.items.map((i) => i.text).join('\n') : `[${b.type}]`)).join('\n');

describe('composeLetter', () => {
  it.each(LETTER_KINDS)('%s: fills every placeholder from a complete application', (kind) => {
    const { letter, missing } = composeLetter(buildComposeInput(kind));
    expect(missing).toEqual([]);
    expect(letter.subject.length).toBeGreaterThan(10);
    expect(letter.recipient).not.toContain('{{');
    expect(bodyText(letter.body)).not.toMatch(/\{\{|\}\}/);
  });

  it('writes the activation cover letter to the BPJS branch with the applicant and a members table', () => {
    const { letter } = composeLetter(buildComposeInput('activation_cover_letter'));
    expect(letter.recipient).toBe('Kepala BPJS Kesehatan Kantor Cabang Klungkung');
    expect(letter.body).toContainEqual({ type: 'members_table' });
    expect(bodyText(letter.body)).toContain('NIK: 3575016502850003');
    expect(letter.layout).toBe('official');
  });

  it('dates and counts in Indonesian, in the office zone', () => {
    const input = buildComposeInput('kis_proposal', { issuedAt: new Date('2026-11-22T16:30:00Z') });
    const text = bodyText(composeLetter(input).letter.body);
    expect(text).toContain('sebanyak 3 (tiga) orang');
    expect(text).toContain('tanggal 16 November 2026');
  });

  it('reports what it had to leave as "-"', () => {
    const input = buildComposeInput('temporary_card_letter');
    input.data.application = { ...input.data.application, hospital: null };
    const { letter, missing } = composeLetter(input);
    expect(missing).toEqual(['application.hospital']);
    expect(bodyText(letter.body)).toContain('rawat inap di - sejak');
  });

  it('leaves optional sentences out when their value is missing', () => {
    const input = buildComposeInput('not_eligible_notice');
    input.data.application = { ...input.data.application, referenceNumber: null, decisionNote: null };
    const { letter, missing } = composeLetter(input);
    const text = bodyText(letter.body);
    expect(missing).toEqual([]);
    expect(text).toContain('Menindaklanjuti usulan Saudara');
    expect(text).not.toContain('Pertimbangan tim');
  });

  it("applies the office's override", () => {
    const { letter } = composeLetter(buildComposeInput('termination_letter', { template: { subject: 'Surat Pemutusan Peserta PBI JKN-KIS a.n. {{applicant.name}}' } }));
    expect(letter.subject).toBe('Surat Pemutusan Peserta PBI JKN-KIS a.n. Siti Nurhaliza Putri');
  });
});

describe('approval chain', () => {
  const [initial, sign] = buildApprovals('malinau') as [never, never];

  it('accepts initials then one signature (Malinau: Ka. Bid paraf, Kepala Dinas tanda tangan)', () => {
    expect(() => validateApprovalChain([initial, sign])).not.toThrow();
    expect(() => validateApprovalChain([sign])).not.toThrow();
  });

  it.each([
    ['no signer', [initial]],
    ['signature before initials', [sign, initial]],
    ['two signers', [sign, sign]],
  ])('refuses %s', (_what, steps) => {
    expect(() => validateApprovalChain(steps)).toThrow(expect.objectContaining({ code: 'LETTER_APPROVAL_CHAIN_INVALID' }));
    expect(() => validateApprovalChain(steps)).toThrow(DomainError);
  });
});
