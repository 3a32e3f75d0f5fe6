import type { TimeLimit } from '../../standards/standard-common.schema.js';
import type { Channel, Product, Service, StepKind, StepRole } from '../../standards/standard-service.schema.js';

/**
 * The workflow of one application, derived from its service's procedure in the office's standard
 * (Standar Pelayanan). Pure: the same service, channel and variant always give the same plan. Nothing
 * here knows which office it serves; every difference between offices comes from the standard's data.
 *
 * Derivation rules (each one exists because a seed needs it):
 * 1. Steps restricted to other channels or variants are dropped (Pasuruan's WhatsApp steps, Malinau's
 *    emergency letter).
 * 2. The leading steps of kind `intake`, or done by the citizen or the kelurahan, happen before or at
 *    the moment the office receives the file: they are the intake, done when the application is created
 *    (or when the kelurahan hands its batch over, Palembang seed 002).
 * 3. `report` steps are monthly reports, not per application (Malinau "laporan kepesertaan").
 * 4. The first step done by BPJS ends the office's part: BPJS processes it (Karangasem emergency,
 *    Malinau card production). Office steps after it (receiving and handing over cards) are follow-up
 *    carried by the BPJS batch module, not by the application.
 * 5. A conditional step of kind `notify` or `archive` is the negative branch of the check or decision
 *    before it ("Berkas tidak lengkap … Hubungi pemohon", Malinau; "bila tidak layak … diarsipkan",
 *    Tarakan); any other conditional step is its positive branch ("Bila layak dialihkan").
 * 6. Implied steps, marked with the reason, where the seed names a result but no step making it:
 *    a file check when documents are required but no step checks them (Pasuruan, Palembang); a letter
 *    step for a letter product no step writes (Palembang's "Usulan KIS"); a signature after every letter,
 *    because a letter is genuine only when signed (Pasuruan component 14, Malinau component 13).
 */

export type Branch = 'main' | 'positive' | 'negative';

export interface PlanStep {
  code: string;
  label: string;
  kind: StepKind;
  role: StepRole;
  mutuBaku: TimeLimit | null;
  branch: Branch;
  /** Code of the check/decision step whose outcome selects this step (branch ≠ main). */
  gate: string | null;
  /** Done by the system when reached: citizen steps, notifications, the hand-over to BPJS. */
  auto: boolean;
  /** Letter product written (letter step) or signed (sign step). */
  productCode: string | null;
  /** The seed's condition for the step ("Berkas tidak lengkap"); null = always. */
  condition: string | null;
  /** Why the planner added this step; null for steps of the standard itself. */
  implied: string | null;
}

export interface WorkflowPlan {
  serviceCode: string;
  channel: Channel;
  variantCode: string | null;
  intake: PlanStep[];
  steps: PlanStep[];
  followUp: PlanStep[];
  excluded: PlanStep[];
  letterProducts: Product[];
  /** The service's product handed to BPJS through the monthly batch, if any. */
  batchProduct: Product | null;
}

const IMPLIED = {
  check: 'Persyaratan berupa dokumen harus diperiksa, tetapi prosedur tidak menyebut langkah pemeriksaan berkas.',
  letter: 'Produk layanan berupa surat, tetapi prosedur tidak menyebut langkah pembuatannya.',
  sign: 'Surat sah bila ditandatangani pejabat berwenang; prosedur tidak menyebut langkah penandatanganan.',
} as const;

const NEGATIVE_KINDS: readonly StepKind[] = ['notify', 'archive'];
const GATE_KINDS: readonly StepKind[] = ['check', 'decision'];
const TAIL_KINDS: readonly StepKind[] = ['handover', 'external'];

function applies(step: Service['steps'][number], channel: Channel, variant: string | null): boolean {
  if (step.channels && !step.channels.includes(channel)) return false;
  if (step.variants && (variant === null || !step.variants.includes(variant))) return false;
  return true;
}

function toPlanStep(step: Service['steps'][number]): PlanStep {
  return {
    code: step.code,
    label: step.label,
    kind: step.kind,
    role: step.role,
    mutuBaku: step.mutuBaku,
    branch: 'main',
    gate: null,
    auto: step.role === 'citizen' || step.role === 'bpjs' || step.kind === 'notify',
    productCode: null,
    condition: step.condition,
    implied: null,
  };
}

function implied(code: string, label: string, kind: StepKind, role: StepRole, reason: string, productCode: string | null = null): PlanStep {
  return { code, label, kind, role, mutuBaku: null, branch: 'main', gate: null, auto: false, productCode, condition: null, implied: reason };
}

const isIntake = (s: PlanStep) => s.kind === 'intake' || s.role === 'citizen' || s.role === 'kelurahan_operator';

export function planFor(service: Service, channel: Channel, variantCode: string | null): WorkflowPlan {
  const all = service.steps.filter((s) => applies(s, channel, variantCode)).map(toPlanStep);
  const excluded = all.filter((s) => s.kind === 'report');
  const flow = all.filter((s) => s.kind !== 'report');

  let firstOffice = flow.findIndex((s) => !isIntake(s));
  if (firstOffice < 0) firstOffice = flow.length;
  const intake = flow.slice(0, firstOffice);
  let steps = flow.slice(firstOffice);

  const bpjsAt = steps.findIndex((s) => s.role === 'bpjs');
  const followUp = bpjsAt >= 0 ? steps.slice(bpjsAt + 1) : [];
  if (bpjsAt >= 0) steps = steps.slice(0, bpjsAt + 1);

  const hasDocuments = service.requirements.some((r) => r.kind === 'document');
  if (hasDocuments && !steps.some((s) => s.kind === 'check')) {
    steps.unshift(implied('file_check', 'Petugas menerima dan memeriksa kelengkapan berkas', 'check', 'front_office', IMPLIED.check));
  }

  const letterProducts = service.products.filter((p) => p.kind === 'letter');
  // Only when the standard has no letter step at all: Malinau's letter step exists but is limited to the
  // emergency variant, and a regular registration must not get one.
  if (letterProducts.length > 0 && !service.steps.some((s) => s.kind === 'letter')) {
    let at = steps.length;
    while (at > 0 && TAIL_KINDS.includes(steps[at - 1]!.kind)) at--;
    const letters = letterProducts.map((p) => implied(`write_${p.code}`, `Petugas membuat ${p.name}`, 'letter', 'back_office', IMPLIED.letter, p.code));
    steps.splice(at, 0, ...letters);
  }

  steps = assignProductsAndSignatures(steps, letterProducts);
  assignBranches(steps);

  return {
    serviceCode: service.code,
    channel,
    variantCode,
    intake,
    steps,
    followUp,
    excluded,
    letterProducts,
    batchProduct: service.products.find((p) => p.kind === 'batch_entry') ?? null,
  };
}

function assignProductsAndSignatures(steps: PlanStep[], products: Product[]): PlanStep[] {
  const unassigned = [...products];
  const out: PlanStep[] = [];
  for (let i = 0; i < steps.length; i++) {
    const step = steps[i]!;
    if (step.kind === 'letter') {
      const byCode = unassigned.find((p) => p.code === step.productCode || p.code === step.code);
      const product = byCode ?? unassigned[0] ?? null;
      if (product) unassigned.splice(unassigned.indexOf(product), 1);
      step.productCode = product?.code ?? null;
      out.push(step);
      const next = steps[i + 1];
      if (next?.kind === 'sign') {
        next.productCode = step.productCode;
      } else if (step.productCode) {
        out.push(implied(`sign_${step.productCode}`, 'Pejabat berwenang menandatangani surat', 'sign', 'approver', IMPLIED.sign, step.productCode));
      }
      continue;
    }
    out.push(step);
  }
  return out;
}

function assignBranches(steps: PlanStep[]): void {
  let gate: string | null = null;
  for (const s of steps) {
    if (GATE_KINDS.includes(s.kind)) {
      gate = s.code;
      continue;
    }
    // Only the seed's own condition text ("Bila tidak layak") makes a step a branch.
    if (s.condition === null || gate === null) continue;
    s.gate = gate;
    s.branch = NEGATIVE_KINDS.includes(s.kind) ? 'negative' : 'positive';
  }
}
