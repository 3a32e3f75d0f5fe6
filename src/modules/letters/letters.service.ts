import { letterApprovalChainInvalid } from './letters.errors.js';
import { dayNameId, formatCalendarDateId, formatDateId, formatDateTimeId, formatTimeId } from './letter-dates.js';
import { formatNip, numberWordsId } from './letter-format.js';
import type {
  ApprovalStep, Letter, LetterData, LetterKind, LetterOffice, LetterPerson, LetterTemplateOverride,
} from './letter.types.js';
import { resolveTemplate } from './templates/letter-templates.js';
import { renderBody, renderInline, type TemplateContext } from './templates/template-render.js';

/**
 * Composing a letter: the office's template for the kind, filled from the application's data, becomes a
 * Letter value the lead stores and renders. Pure: numbering, storage and signing happen elsewhere.
 */
export interface ComposeLetterInput {
  id: string;
  kind: LetterKind;
  office: LetterOffice;
  /** The office's override of the default template for this kind (from the office's standard). */
  template?: LetterTemplateOverride | null;
  /** Already formatted (formatLetterNumber) from a sequence allocated in the database. */
  number: string;
  issuedAt: Date;
  data: LetterData;
  approvals: ApprovalStep[];
  attachments?: string[];
  verificationUrl: string | null;
}

export interface ComposedLetter {
  letter: Letter;
  /** Placeholders printed as "-" for want of a value; the caller may refuse to issue such a letter. */
  missing: string[];
}

/**
 * Paraf before tanda tangan: heads of division initial, then one official signs (Malinau, seed 004: "Ka. Bid
 * paraf serta tanda tangan Kepala Dinas"). A letter without a signer would not be genuine under any seed.
 */
export function validateApprovalChain(steps: readonly ApprovalStep[]): void {
  const signIndex = steps.findIndex((s) => s.action === 'sign');
  if (signIndex < 0) {
    throw letterApprovalChainInvalid({ id: 'tidak ada pejabat penanda tangan.', en: 'no signing official.' });
  }
  if (steps.filter((s) => s.action === 'sign').length > 1) {
    throw letterApprovalChainInvalid({ id: 'hanya satu pejabat yang menandatangani.', en: 'only one official signs.' });
  }
  if (signIndex !== steps.length - 1) {
    throw letterApprovalChainInvalid({ id: 'paraf harus mendahului tanda tangan.', en: 'initials must come before the signature.' });
  }
  if (steps.some((s) => !s.name.trim() || !s.title.trim())) {
    throw letterApprovalChainInvalid({ id: 'nama dan jabatan wajib diisi.', en: 'name and title are required.' });
  }
}

export function signerOf(steps: readonly ApprovalStep[]): ApprovalStep {
  validateApprovalChain(steps);
  return steps[steps.length - 1] as ApprovalStep;
}

const SEX_LABEL = { L: 'Laki-laki', P: 'Perempuan' } as const;

/** Calendar dates are printed in Indonesian; a malformed one is printed as typed rather than dropped. */
function calendarDate(value: string | null | undefined): string | null {
  if (!value) return null;
  try {
    return formatCalendarDateId(value);
  } catch {
    return value;
  }
}

function personValues(p: LetterPerson): Record<string, string | null> {
  return {
    name: p.name,
    nik: p.nik,
    kkNumber: p.kkNumber ?? null,
    birthPlace: p.birthPlace ?? null,
    birthDate: calendarDate(p.birthDate),
    sex: p.sex ? SEX_LABEL[p.sex] : null,
    relationship: p.relationship ?? null,
    kisNumber: p.kisNumber ?? null,
    address: p.address ?? null,
  };
}

const prefixed = (prefix: string, values: Record<string, string | null>) =>
  Object.fromEntries(Object.entries(values).map(([k, v]) => [`${prefix}.${k}`, v]));

/** Values for templates, formatted as the letter prints them (dates in the office's zone). */
export function buildTemplateContext(
  input: Pick<ComposeLetterInput, 'office' | 'number' | 'issuedAt' | 'data' | 'approvals'>,
  heading: { subject?: string; recipient?: string } = {},
): TemplateContext {
  const { office, data, issuedAt } = input;
  const tz = office.timeZone;
  const app = data.application;
  const signer = signerOf(input.approvals);
  const count = data.members.length;
  return {
    scalars: {
      'office.governmentName': office.letterhead.governmentName,
      'office.agencyName': office.letterhead.agencyName,
      'office.regionName': office.regionName,
      'office.place': office.place,
      'office.headTitle': office.headTitle,
      'office.bpjsBranch': office.bpjsBranch,
      'letter.number': input.number,
      'letter.date': formatDateId(issuedAt, tz),
      'letter.day': dayNameId(issuedAt, tz),
      'letter.subject': heading.subject ?? null,
      'letter.recipient': heading.recipient ?? null,
      'signer.title': signer.title,
      'signer.name': signer.name,
      'signer.nip': signer.nip ? formatNip(signer.nip) : null,
      'signer.rank': signer.rank ?? null,
      ...prefixed('applicant', personValues(data.applicant)),
      'application.receiptNumber': app.receiptNumber ?? null,
      'application.service': app.service ?? null,
      'application.channel': app.channel ?? null,
      'application.receivedAt': app.receivedAt ? formatDateId(app.receivedAt, tz) : null,
      'application.receivedDay': app.receivedAt ? dayNameId(app.receivedAt, tz) : null,
      'application.receivedTime': app.receivedAt ? formatTimeId(app.receivedAt, tz) : null,
      'application.dueAt': app.dueAt ? formatDateTimeId(app.dueAt, tz) : null,
      'application.reason': app.reason ?? null,
      'application.previousSegment': app.previousSegment ?? null,
      'application.hospital': app.hospital ?? null,
      'application.admissionDate': calendarDate(app.admissionDate),
      'application.statementDate': calendarDate(app.statementDate),
      'application.referenceIssuer': app.referenceIssuer ?? null,
      'application.referenceNumber': app.referenceNumber ?? null,
      'application.referenceDate': calendarDate(app.referenceDate),
      'application.proposer': app.proposer ?? null,
      'application.assessmentDate': calendarDate(app.assessmentDate),
      'application.decisionDate': calendarDate(app.decisionDate),
      'application.decisionNote': app.decisionNote ?? null,
      'application.memberCount': count > 0 && count < 1000 ? `${count} (${numberWordsId(count)})` : null,
    },
    lists: {
      members: data.members.map(personValues),
      dataChanges: (data.dataChanges ?? []).map((c) => ({ ...c })),
    },
  };
}

export function composeLetter(input: ComposeLetterInput): ComposedLetter {
  const template = resolveTemplate(input.kind, input.template);
  const missing = new Set<string>();
  const collect = <T>(r: { value: T; missing: string[] }): T => {
    r.missing.forEach((m) => missing.add(m));
    return r.value;
  };
  const headingCtx = buildTemplateContext(input);
  const inline = (text: string | null, field: string) =>
    text === null ? null : collect(renderInline(text, headingCtx, { field }));
  const subject = inline(template.subject, 'subject') ?? '';
  const recipient = inline(template.recipient, 'recipient') ?? '';
  const bodyCtx = buildTemplateContext(input, { subject, recipient });
  const letter: Letter = {
    id: input.id,
    kind: input.kind,
    layout: template.layout,
    office: input.office,
    number: input.number,
    issuedAt: input.issuedAt,
    place: input.office.place,
    title: inline(template.title, 'title'),
    subject,
    urgency: inline(template.urgency, 'urgency'),
    recipient,
    recipientPlace: inline(template.recipientPlace, 'recipientPlace'),
    body: collect(renderBody(template.body, bodyCtx)),
    members: input.data.members,
    dataChanges: input.data.dataChanges ?? [],
    approvals: input.approvals,
    attachments: input.attachments ?? [],
    carbonCopies: template.carbonCopies.map((cc, i) => inline(cc, `carbonCopies.${i}`) ?? ''),
    verificationUrl: input.verificationUrl,
  };
  return { letter, missing: [...missing] };
}
