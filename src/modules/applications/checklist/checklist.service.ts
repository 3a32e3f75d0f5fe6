import { and, eq, inArray, isNotNull, sql } from 'drizzle-orm';
import type { Role } from '../../../platform/auth/roles.js';
import type { Executor } from '../../../platform/db/client.js';
import type { OfficeScope } from '../../../platform/tenancy.js';
import { documents } from '../../documents/documents.tables.js';
import { checklistInvalid } from '../applications.errors.js';
import { requirementsOf, type RequirementRow } from '../applications.repository.js';
import { applicationRequirements, applications } from '../applications.tables.js';
import type { ApplicationServices } from '../case-context.js';
import { runTransition } from '../transitions/transition.service.js';
import { buildChecklist, evaluateCheck, type ChecklistItem, type CheckMark, type Facts } from './checklist.js';

const asItem = (r: RequirementRow): ChecklistItem => ({
  code: r.code,
  label: r.label,
  kind: r.kind as ChecklistItem['kind'],
  required: r.required,
  alternatives: r.alternatives ?? null,
  materai: r.materai,
  original: null,
  count: null,
  providedByOffice: false,
  localDomicile: false,
  conditionText: null,
});

/** Uploaded scans per checklist item. */
export async function attachmentCounts(db: Executor, officeId: number, applicationId: string): Promise<Map<string, number>> {
  const rows = await db
    .select({ code: documents.requirementCode, n: sql<number>`count(*)` })
    .from(documents)
    .where(and(eq(documents.officeId, officeId), eq(documents.applicationId, applicationId), isNotNull(documents.requirementCode)))
    .groupBy(documents.requirementCode);
  return new Map(rows.map((r) => [r.code!, Number(r.n)]));
}

/**
 * The file check: the officer marks every requirement. Complete → the file moves on; otherwise it is
 * returned (dikembalikan) with the list of what is missing, and the applicant is told what to bring.
 */
export async function checkApplication(
  services: ApplicationServices,
  scope: OfficeScope,
  roles: readonly Role[],
  id: string,
  body: { version: number; items: CheckMark[]; note?: string | undefined },
) {
  return runTransition(services, scope, roles, id, {
    action: { type: 'check', complete: false },
    version: body.version,
    note: body.note ?? null,
    prepare: async (c) => {
      const [rows, attachments] = await Promise.all([requirementsOf(scope.db, c.row.id), attachmentCounts(scope.db, scope.officeId, c.row.id)]);
      const evaluation = evaluateCheck(rows.map(asItem), body.items, attachments);
      if (evaluation.problems.length) throw checklistInvalid(evaluation.problems);
      return {
        action: { type: 'check', complete: evaluation.complete },
        data: { items: body.items.map((m) => ({ code: m.code, state: m.state, reason: m.reason ?? null, alternative: m.alternative ?? null })), missing: evaluation.missing },
        message: { missing: evaluation.missing.map((m) => ({ label: m.label, reason: m.reason })) },
      };
    },
    within: async (tx, c, _r, at) => {
      for (const m of body.items) {
        await tx
          .update(applicationRequirements)
          .set({ state: m.state, reason: m.state === 'present' ? null : (m.reason?.trim() ?? null), alternativeUsed: m.alternative ?? null, checkedBy: scope.actor.userId, checkedAt: at })
          .where(and(eq(applicationRequirements.applicationId, c.row.id), eq(applicationRequirements.code, m.code)));
      }
    },
  });
}

/**
 * The applicant brings what was missing. The history stays in the events; the checklist is rebuilt when
 * the facts changed (a KTP turned out not to exist), keeping the marks of requirements that still apply.
 */
export async function resubmitApplication(
  services: ApplicationServices,
  scope: OfficeScope,
  roles: readonly Role[],
  id: string,
  body: { version: number; facts?: Facts | undefined; note?: string | undefined },
) {
  return runTransition(services, scope, roles, id, {
    action: { type: 'resubmit' },
    version: body.version,
    note: body.note ?? null,
    data: body.facts ? { facts: body.facts } : {},
    within: async (tx, c) => {
      if (!body.facts) return;
      const facts = { ...c.row.facts, ...body.facts };
      await tx.update(applications).set({ facts }).where(scope.own(applications, eq(applications.id, c.row.id)));
      const wanted = buildChecklist(c.service, c.row.variantCode, facts);
      const rows = await requirementsOf(tx, c.row.id);
      const have = new Set(rows.map((r) => r.code));
      const stale = rows.filter((r) => !wanted.some((w) => w.code === r.code)).map((r) => r.id);
      if (stale.length) await tx.delete(applicationRequirements).where(inArray(applicationRequirements.id, stale));
      const added = wanted.filter((w) => !have.has(w.code));
      if (added.length) {
        const base = rows.length;
        await tx.insert(applicationRequirements).values(added.map((item, i) => ({
          officeId: scope.officeId, applicationId: c.row.id, position: base + i, code: item.code, label: item.label, kind: item.kind,
          required: item.required, materai: item.materai, alternatives: item.alternatives,
        })));
      }
    },
  });
}
