import sharp from 'sharp';
import { expect } from 'vitest';
import type { TestApp } from '../../../platform/testing/test-app.js';
import { BPS_CRITERIA } from '../assessment/assessment-form.js';
import { api, expectStatus, type Officer, type SeedOfficeWorld } from './fixtures.js';
import { multipartBody } from './multipart.js';

/**
 * Drives an application to its end the way the office would, asking the API at every turn what it waits
 * for (nextAction) and acting as the officer holding that role. The trail of statuses and the steps done
 * are returned for the walkthrough tests to compare with the seed.
 */
export interface DriveChoices {
  /** The decision of a decision step (default: eligible). */
  eligible?: boolean;
  /** How many of the 14 BPS criteria hold at the visit (default 11: poor). */
  criteriaMet?: number;
  /** The kelurahan operator for kelurahan-batch applications. */
  kelurahan?: Officer;
}

export interface DriveResult {
  detail: any;
  statuses: string[];
  actions: string[];
}

export async function uploadScan(t: TestApp, as: Officer, applicationId: string, fields: Record<string, string>): Promise<any> {
  const bytes = await sharp({ create: { width: 1200, height: 1600, channels: 3, background: '#f4f1ea' } })
    .composite([{ input: Buffer.from('<svg width="1200" height="200"><text x="40" y="120" font-size="64">SURAT PERNYATAAN BERMETERAI</text></svg>'), top: 100, left: 0 }])
    .jpeg()
    .toBuffer();
  const { payload, contentType } = multipartBody(fields, { name: 'pindaian.jpg', type: 'image/jpeg', bytes });
  const res = await t.app.inject({ method: 'POST', url: `/api/v1/applications/${applicationId}/documents`, headers: { ...as.login.headers, 'content-type': contentType }, payload });
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
}

export function officerFor(w: SeedOfficeWorld, role: string, choices: DriveChoices = {}): Officer {
  switch (role) {
    case 'front_office':
      return w.as.front;
    case 'back_office':
      return w.as.back;
    case 'field_assessor':
      return w.as.assessor;
    case 'kelurahan_operator':
      return choices.kelurahan ?? w.as.kelurahan;
    default:
      return w.as.approver;
  }
}

export async function drive(t: TestApp, w: SeedOfficeWorld, id: string, choices: DriveChoices = {}): Promise<DriveResult> {
  const http = api(t);
  const statuses: string[] = [];
  const actions: string[] = [];
  for (let guard = 0; guard < 40; guard++) {
    const d = await http.get(`/api/v1/applications/${id}`, w.as.front);
    expectStatus(d, 200);
    const detail = d.body;
    if (statuses.at(-1) !== detail.status) statuses.push(detail.status);
    const next = detail.nextAction as { action: string; stepCode: string | null } | null;
    if (!next) return { detail, statuses, actions };
    actions.push(next.action === 'complete_step' ? `complete:${next.stepCode}` : next.action);
    const version = detail.version as number;
    const base = `/api/v1/applications/${id}`;
    let res: { status: number; body: any };
    switch (next.action) {
      case 'check': {
        for (const item of detail.checklist as { code: string; materai: boolean; documents: number }[]) {
          if (item.materai && item.documents === 0) await uploadScan(t, w.as.front, id, { requirementCode: item.code });
        }
        const items = (detail.checklist as { code: string; required: boolean; alternatives: string[] | null }[])
          .filter((c) => c.required)
          .map((c) => ({ code: c.code, state: 'present', ...(c.alternatives ? { alternative: c.alternatives[0] } : {}) }));
        res = await http.post(`${base}/check`, officerFor(w, detail.currentRole), { version, items });
        break;
      }
      case 'complete_step':
        res = await http.post(`${base}/steps/${next.stepCode}/complete`, officerFor(w, detail.currentRole, choices), { version });
        break;
      case 'schedule_assessment':
        res = await http.post(`${base}/assessment/schedule`, w.as.back, { version, scheduledAt: new Date(Date.now() + 86_400_000).toISOString(), assessorUserId: w.as.assessor.id });
        break;
      case 'record_assessment': {
        await uploadScan(t, w.as.assessor, id, { purpose: 'assessment_photo' });
        const met = choices.criteriaMet ?? 11;
        const answers = BPS_CRITERIA.map((c, i) => ({ code: c.code, met: i < met }));
        res = await http.post(`${base}/assessment`, w.as.assessor, { version, answers, notes: 'Rumah semi permanen, dinding papan.' });
        break;
      }
      case 'decide': {
        const eligible = choices.eligible ?? true;
        const committee = detail.currentRole === 'committee' ? [{ name: 'Analis Jaminan Sosial', title: 'Anggota tim' }, { name: 'Pekerja Sosial', title: 'Anggota tim' }] : undefined;
        res = await http.post(`${base}/decision`, w.as.approver, {
          version, eligible, ...(committee ? { committee } : {}),
          ...(eligible ? {} : { reason: 'Hasil asesmen: hanya 3 dari 14 kriteria rumah tangga miskin terpenuhi' }),
        });
        break;
      }
      case 'draft_letter':
        res = await http.post(`${base}/letters`, officerFor(w, detail.currentRole), { version });
        break;
      case 'approve_letter': {
        const letter = (detail.letters as { id: string; status: string; nextApproval: { action: string } | null }[]).find((l) => l.status !== 'signed')!;
        // Initials and signature come from two different officials.
        const who = letter.nextApproval!.action === 'initial' ? w.as.head : w.as.approver;
        res = await http.post(`${base}/letters/${letter.id}/approvals`, who, { version, action: letter.nextApproval!.action });
        break;
      }
      default:
        throw new Error(`drive: no rule for ${next.action}`);
    }
    expectStatus(res, 200);
  }
  throw new Error('drive: the application did not end');
}
