import type { LetterData, LetterPerson } from '../../letters/index.js';
import type { Relation } from '../../registry/registry.codes.js';
import type { ApplicationRow, MemberRow } from '../applications.repository.js';
import type { Service } from '../../standards/standard-service.schema.js';

/** Relation as printed on a KK, for letters ("Hubungan"). */
export const RELATION_LABELS: Record<Relation, string> = {
  kepala_keluarga: 'Kepala Keluarga',
  suami: 'Suami',
  istri: 'Istri',
  anak: 'Anak',
  menantu: 'Menantu',
  cucu: 'Cucu',
  orang_tua: 'Orang Tua',
  mertua: 'Mertua',
  famili_lain: 'Famili Lain',
  lainnya: 'Lainnya',
};

export const CHANNEL_LABELS: Record<string, string> = {
  counter: 'loket pelayanan',
  web: 'portal layanan daring',
  whatsapp: 'WhatsApp',
  kelurahan_batch: 'usulan kelurahan',
};

export function addressOf(row: Pick<ApplicationRow, 'family'>): string {
  const f = row.family;
  const rtRw = [f.rt && `RT ${f.rt}`, f.rw && `RW ${f.rw}`].filter(Boolean).join(' ');
  return [f.address, rtRw].filter(Boolean).join(' ');
}

function person(m: MemberRow, row: ApplicationRow): LetterPerson {
  return {
    name: m.name,
    nik: m.nik,
    kkNumber: row.family.kkNumber,
    birthPlace: m.birthPlace,
    birthDate: m.birthDate,
    sex: m.sex === 'M' ? 'L' : 'P',
    relationship: RELATION_LABELS[m.relation as Relation] ?? m.relation,
    kisNumber: m.isApplicant ? (row.details.kisNumber ?? null) : null,
    address: addressOf(row),
  };
}

export function letterDataOf(
  row: ApplicationRow,
  service: Service,
  members: MemberRow[],
  extra: { assessmentDate?: string | null; localDate: (d: Date) => string },
): LetterData {
  const applicant = members.find((m) => m.isApplicant) ?? members[0]!;
  const d = row.details;
  const decision = (row.decision ?? {}) as Record<string, unknown>;
  return {
    applicant: person(applicant, row),
    members: members.map((m) => person(m, row)),
    application: {
      receiptNumber: row.receiptNumber,
      service: service.name,
      channel: CHANNEL_LABELS[row.channel] ?? row.channel,
      receivedAt: row.receivedAt,
      dueAt: row.dueAt,
      reason: d.reason ?? null,
      previousSegment: d.previousSegment ?? null,
      hospital: d.hospital ?? null,
      admissionDate: d.admissionDate ?? null,
      statementDate: d.statementDate ?? null,
      referenceIssuer: d.referenceIssuer ?? null,
      referenceNumber: d.referenceNumber ?? null,
      referenceDate: d.referenceDate ?? null,
      proposer: d.proposer ?? null,
      assessmentDate: extra.assessmentDate ?? null,
      decisionDate: typeof decision.at === 'string' ? extra.localDate(new Date(decision.at)) : null,
      decisionNote: typeof decision.reason === 'string' ? decision.reason : null,
    },
    dataChanges: d.dataChanges ?? [],
  };
}
