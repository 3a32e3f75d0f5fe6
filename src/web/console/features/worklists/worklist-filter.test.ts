import { describe, expect, it } from 'vitest';
import type { ApplicationSummary } from '../applications/applications.api.js';
import { matches, NO_FILTERS, SORTS } from './worklist-filter.js';

const item = (over: Partial<ApplicationSummary>): ApplicationSummary => ({
  id: '00000000-0000-4000-8000-000000000001',
  receiptNumber: 'PSR-2026-000001',
  serviceCode: 'new_registration',
  serviceName: 'Pendaftaran Peserta baru',
  variantCode: null,
  channel: 'counter',
  kelurahanBatchId: null,
  status: 'submitted',
  statusLabel: 'Diterima',
  version: 1,
  currentStep: 'file_check',
  currentStepLabel: 'Pemeriksaan',
  currentRole: 'front_office',
  priority: false,
  applicantName: 'Kartini Rahmawati',
  villageCode: '35.75.02.1001',
  receivedAt: '2026-11-27T07:00:00.000Z',
  dueAt: '2026-11-28T07:00:00.000Z',
  stepDueAt: null,
  overdue: false,
  dueSoon: false,
  ...over,
});

describe('worklist filters', () => {
  const a = item({});
  const b = item({ id: 'b', receiptNumber: 'PSR-2026-000002', applicantName: 'Saiful Sutrisno', channel: 'whatsapp', overdue: true, villageCode: '35.75.04.1013', receivedAt: '2026-11-26T07:00:00.000Z' });

  it('searches the receipt number or the name, ignoring case', () => {
    expect([a, b].filter((x) => matches(x, { ...NO_FILTERS, q: '0002' }))).toEqual([b]);
    expect([a, b].filter((x) => matches(x, { ...NO_FILTERS, q: 'kartini' }))).toEqual([a]);
    expect([a, b].filter((x) => matches(x, { ...NO_FILTERS, q: '  ' }))).toEqual([a, b]);
  });

  it('filters by channel, village and time limit', () => {
    expect([a, b].filter((x) => matches(x, { ...NO_FILTERS, channel: 'whatsapp' }))).toEqual([b]);
    expect([a, b].filter((x) => matches(x, { ...NO_FILTERS, village: '35.75.02.1001' }))).toEqual([a]);
    expect([a, b].filter((x) => matches(x, { ...NO_FILTERS, due: 'overdue' }))).toEqual([b]);
    expect([a, b].filter((x) => matches(x, { ...NO_FILTERS, due: 'fine' }))).toEqual([a]);
  });

  it('sorts by received time, receipt number and name', () => {
    expect([a, b].sort(SORTS.oldest).map((x) => x.receiptNumber)).toEqual(['PSR-2026-000002', 'PSR-2026-000001']);
    expect([b, a].sort(SORTS.receipt).map((x) => x.receiptNumber)).toEqual(['PSR-2026-000001', 'PSR-2026-000002']);
    expect([b, a].sort(SORTS.name).map((x) => x.applicantName)).toEqual(['Kartini Rahmawati', 'Saiful Sutrisno']);
  });
});
