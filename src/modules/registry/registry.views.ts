import type { z } from 'zod';
import { maskNik } from '../identity/index.js';
import type { EventRow, FamilyRow, ListRow, MembershipRow, PersonRow } from './registry.repository.js';
import type { eventView, familyView, membershipView, personListItem } from './registry.schema.js';
import type { MaritalStatus, MembershipStatus, Relation, Segment } from './registry.codes.js';

/** Presenters: database rows to API shapes. Lists never carry a full NIK. */
export function listItem(r: ListRow): z.infer<typeof personListItem> {
  return {
    id: r.id,
    nikMasked: maskNik(r.nik),
    name: r.name,
    birthDate: r.birth_date,
    sex: r.sex,
    familyId: r.family_id,
    villageCode: r.village_code,
    villageName: r.village_name,
    membershipSegment: (r.segment as Segment | null) ?? null,
    membershipStatus: (r.status as MembershipStatus | null) ?? null,
    left: r.left,
  };
}

export function personCore(p: PersonRow) {
  return {
    id: p.id,
    nik: p.nik,
    name: p.name,
    birthPlace: p.birth_place,
    birthDate: p.birth_date,
    sex: p.sex,
    maritalStatus: p.marital_status as MaritalStatus | null,
    relation: p.relation as Relation,
    phone: p.phone,
    deathDate: p.death_date,
    leftFamilyDate: p.left_family_date,
    leftReason: p.left_reason,
  };
}

export function membershipOut(m: MembershipRow | undefined): z.infer<typeof membershipView> | null {
  if (!m) return null;
  return {
    id: m.id,
    segment: m.segment as Segment,
    status: m.status as MembershipStatus,
    cardNumber: m.card_number,
    careClass: Number(m.care_class),
    faskes: m.faskes_id ? { id: m.faskes_id, code: m.faskes_code ?? '', name: m.faskes_name ?? '' } : null,
    effectiveFrom: m.effective_from,
    effectiveTo: m.effective_to,
  };
}

export function familyOut(f: FamilyRow): z.infer<typeof familyView> {
  return {
    id: f.id,
    kkNumber: f.kk_number,
    address: f.address,
    rt: f.rt,
    rw: f.rw,
    villageCode: f.village_code,
    villageName: f.village_name,
    districtCode: f.district_code,
    districtName: f.district_name,
    headPersonId: f.head_person_id,
  };
}

const parsed = (v: unknown) => (typeof v === 'string' ? JSON.parse(v) : (v ?? null));

export function eventOut(e: EventRow): z.infer<typeof eventView> {
  return {
    id: Number(e.id),
    kind: e.kind,
    before: parsed(e.before),
    after: parsed(e.after),
    reason: e.reason,
    applicationId: e.application_id,
    bpjsChange: e.bpjs_change,
    effectiveDate: e.effective_date,
    batchId: e.batch_id,
    createdAt: e.created_at,
  };
}

/** What a history row remembers of a person: enough to fill an e-Dabu form later, nothing more. */
export function personSnapshot(p: { nik: string; name: string; relation: string; familyId?: string; kkNumber?: string }) {
  return { nik: p.nik, name: p.name, relation: p.relation, ...(p.kkNumber ? { kkNumber: p.kkNumber } : {}) };
}
