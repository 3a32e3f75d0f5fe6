import type { ErrorDetail } from '../../../platform/errors.js';
import type { Requirement, Service } from '../../standards/standard-service.schema.js';

/**
 * The requirements checklist of one application, built from its service's requirements in the standard
 * (Persyaratan), for its variant and the applicant's facts. Pure.
 */

/** Facts the intake records about the applicant; requirements may depend on them (REQUIREMENT_FACTS). */
export interface Facts {
  /** Karangasem (seed 001): "KTP (yang sudah ber KTP)": children and others without one are not refused. */
  has_ktp?: boolean;
  /** Malinau (seed 004): the inpatient letter is for "peserta yang dirawat inap di Rumah Sakit". */
  hospitalised?: boolean;
}

export interface ChecklistItem {
  code: string;
  label: string;
  kind: Requirement['kind'];
  /** Documents are required; actions and schedules (Tarakan "menunggu jadwal", Malinau "tanggal 1 s.d 20") inform. */
  required: boolean;
  alternatives: string[] | null;
  materai: boolean;
  original: boolean | null;
  count: number | null;
  providedByOffice: boolean;
  localDomicile: boolean;
  conditionText: string | null;
}

export const CHECK_STATES = ['present', 'missing', 'invalid'] as const;
export type CheckState = (typeof CHECK_STATES)[number];

export interface CheckMark {
  code: string;
  state: CheckState;
  reason?: string | undefined;
  /** Which of the alternatives was brought (Pasuruan: KTP, KIA or birth certificate). */
  alternative?: string | undefined;
}

/**
 * A requirement applies when its variant matches and its fact is not known to be false. An unknown fact
 * keeps the requirement: asking for a KTP the person turns out not to have is corrected at the counter,
 * silently dropping it is not.
 */
export function requirementApplies(r: Requirement, variant: string | null, facts: Facts): boolean {
  const c = r.condition;
  if (!c) return true;
  if (c.variants && (variant === null || !c.variants.includes(variant))) return false;
  if (c.when && facts[c.when] === false) return false;
  return true;
}

export function buildChecklist(service: Service, variant: string | null, facts: Facts): ChecklistItem[] {
  return service.requirements
    .filter((r) => requirementApplies(r, variant, facts))
    .map((r) => ({
      code: r.code,
      label: r.label,
      kind: r.kind,
      required: r.kind === 'document',
      alternatives: r.alternatives,
      materai: r.materai,
      original: r.original,
      count: r.count,
      providedByOffice: r.providedByOffice,
      localDomicile: r.localDomicile,
      conditionText: r.condition?.text ?? null,
    }));
}

export interface CheckEvaluation {
  complete: boolean;
  /** What the applicant must bring: the required items not present, with the officer's reason. */
  missing: { code: string; label: string; state: 'missing' | 'invalid'; reason: string }[];
  problems: ErrorDetail[];
}

/**
 * Judges an officer's marks. Every required item must be marked; "missing" and "invalid" need a reason the
 * applicant can act on. A stamp-duty (materai) statement counts as present only with its scan attached:
 * the statement is the legal basis of a termination (Karangasem seed 001, Palembang seed 002).
 */
export function evaluateCheck(items: ChecklistItem[], marks: CheckMark[], attachments: ReadonlyMap<string, number>): CheckEvaluation {
  const problems: ErrorDetail[] = [];
  const byCode = new Map(items.map((i) => [i.code, i]));
  const seen = new Set<string>();
  marks.forEach((m, i) => {
    const item = byCode.get(m.code);
    const field = `items.${i}`;
    if (!item) {
      problems.push({ field: `${field}.code`, code: 'CHECK_ITEM_UNKNOWN', message: `Persyaratan "${m.code}" tidak ada dalam daftar periksa permohonan ini.` });
      return;
    }
    if (seen.has(m.code)) problems.push({ field: `${field}.code`, code: 'CHECK_ITEM_REPEATED', message: `Persyaratan "${m.code}" ditandai dua kali.` });
    seen.add(m.code);
    if (m.state !== 'present' && !m.reason?.trim()) {
      problems.push({ field: `${field}.reason`, code: 'CHECK_REASON_REQUIRED', message: `Sebutkan alasan "${item.label}" tidak ada atau tidak sah, agar pemohon tahu yang harus dilengkapi.` });
    }
    if (m.alternative !== undefined && !(item.alternatives ?? []).includes(m.alternative)) {
      problems.push({ field: `${field}.alternative`, code: 'CHECK_ALTERNATIVE_UNKNOWN', message: `"${m.alternative}" bukan salah satu pilihan untuk "${item.label}".` });
    }
    if (m.state === 'present' && item.materai && (attachments.get(item.code) ?? 0) === 0) {
      problems.push({ field: `${field}.state`, code: 'CHECK_MATERAI_DOCUMENT_REQUIRED', message: `Unggah pindaian "${item.label}" (bermeterai) sebelum menandainya ada.` });
    }
  });
  for (const item of items) {
    if (item.required && !seen.has(item.code)) {
      problems.push({ field: 'items', code: 'CHECK_ITEM_UNMARKED', message: `Persyaratan "${item.label}" belum diperiksa.` });
    }
  }
  const missing = marks
    .filter((m) => m.state !== 'present' && byCode.get(m.code)?.required)
    .map((m) => ({ code: m.code, label: byCode.get(m.code)!.label, state: m.state as 'missing' | 'invalid', reason: m.reason?.trim() ?? '' }));
  return { complete: problems.length === 0 && missing.length === 0, missing, problems };
}
