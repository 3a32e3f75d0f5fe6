import { z } from 'zod';
import {
  approxMinutes,
  checkUnique,
  codeSchema,
  nonEmptyText,
  timeLimitSchema,
} from './standard-common.schema.js';

/**
 * What the system runs on: the services an office offers, with requirements, steps, time limits,
 * products and outcomes. Everything that differs between offices lives here as data, never as
 * `if (office === …)` in code (STYLE.md, "Configuration as data").
 */

// Stable codes the workflow understands. The seeds name the same service differently
// ("Pengusulan baru", "Pendaftaran Peserta baru", "Pendaftaran Kartu BPJS/KIS PBI Daerah"); the code is
// what stays constant, the name is kept as the seed writes it.
export const SERVICE_CODES = [
  'new_registration',
  'add_family_member',
  'reactivation',
  'segment_transfer', // mutasi / peralihan / pemindahan jenis kepesertaan (PBPU or PPU into PBI)
  'termination',
  'emergency',
  'data_change_recommendation',
  'deactivation_recommendation',
  'pbi_pemda_transfer',
  'kis_proposal',
] as const;
export type ServiceCode = (typeof SERVICE_CODES)[number];

export const CHANNELS = ['counter', 'web', 'whatsapp', 'kelurahan_batch'] as const;
export type Channel = (typeof CHANNELS)[number];
const channelSchema = z.enum(CHANNELS, { error: 'Kanal tidak dikenal (counter, web, whatsapp, kelurahan_batch)' });

export const STEP_ROLES = [
  'citizen',
  'kelurahan_operator',
  'front_office',
  'back_office',
  'field_assessor',
  'approver',
  'committee',
  'bpjs',
] as const;
export type StepRole = (typeof STEP_ROLES)[number];

// 'notify' and 'archive' extend the brief's list: Malinau "Hubungi Pemohon" when a file is incomplete
// and Tarakan "dikonfirmasi ulang ke pengusul ... dan berkas diarsipkan" are steps of their own.
export const STEP_KINDS = [
  'intake',
  'check',
  'entry',
  'assessment',
  'decision',
  'letter',
  'sign',
  'batch',
  'handover',
  'report',
  'external',
  'notify',
  'archive',
] as const;
export type StepKind = (typeof STEP_KINDS)[number];

export const PRODUCT_KINDS = ['letter', 'card', 'batch_entry', 'receipt', 'archive'] as const;
export const LETTER_KINDS = [
  'activation_cover_letter',
  'termination_letter',
  'data_change_recommendation',
  'deactivation_recommendation',
  'temporary_card_letter',
  'kis_proposal',
  'proof_of_registration',
] as const;
export type LetterKind = (typeof LETTER_KINDS)[number];

// How an application ends. 'proposal_forwarded' exists because Palembang's product is "Usulan KIS"
// without saying who receives it; calling it a BPJS batch would invent a recipient.
export const OUTCOMES = [
  'membership_active',
  'bpjs_batch',
  'letter_to_citizen',
  'card_to_citizen',
  'archive_if_not_eligible',
  'proposal_forwarded',
] as const;
export type Outcome = (typeof OUTCOMES)[number];

// 'action' and 'schedule' exist because seeds list non-documents under Persyaratan: Tarakan
// "Pemohon menunggu jadwal petugas lapangan untuk assessment", Malinau "Berkas pendaftaran ... setiap
// tanggal 1 s.d 20 setiap bulannya". Keeping them keeps the published list complete.
export const REQUIREMENT_KINDS = ['document', 'action', 'schedule'] as const;
/** Facts about the applicant that a requirement can depend on, checkable by the intake form. */
export const REQUIREMENT_FACTS = ['has_ktp', 'hospitalised'] as const;

export const variantSchema = z.strictObject({
  code: codeSchema,
  name: nonEmptyText,
  nameEn: nonEmptyText.optional(),
});

export const requirementSchema = z.strictObject({
  code: codeSchema,
  /** As the seed words it. */
  label: nonEmptyText,
  kind: z.enum(REQUIREMENT_KINDS, { error: 'Jenis persyaratan tidak dikenal (document, action, schedule)' }),
  /** Any one of these documents satisfies the requirement (Pasuruan: "KTP elektronik /KIA/Akta kelahiran"). */
  alternatives: z.array(nonEmptyText).min(2, { error: 'Alternatif berisi paling sedikit dua dokumen' }).nullable(),
  /** When the requirement applies; null = always. `text` keeps the seed's wording ("yang sudah ber KTP"). */
  condition: z
    .strictObject({
      text: nonEmptyText,
      variants: z.array(codeSchema).min(1).optional(),
      when: z.enum(REQUIREMENT_FACTS, { error: 'Syarat kondisi tidak dikenal (has_ktp, hospitalised)' }).optional(),
    })
    .nullable(),
  /** true = original, false = photocopy, null = not stated or not a document. */
  original: z.boolean().nullable(),
  /** Stamp duty (Rp 10.000) on the document. */
  materai: z.boolean(),
  /** Number of pieces when the seed states it (six house photos, "1 lembar"). */
  count: z.number().int().positive({ error: 'Jumlah lembar harus bilangan bulat positif' }).nullable(),
  /** A form the operator hands out (Palembang: "surat keterangan tersebut di berikan oleh operator"). */
  providedByOffice: z.boolean(),
  /** Must be issued in this region ("KK Kota Pasuruan", "KTP domisili Kabupaten Malinau"). */
  localDomicile: z.boolean(),
});

export const stepSchema = z.strictObject({
  code: codeSchema,
  label: nonEmptyText,
  role: z.enum(STEP_ROLES, {
    error: 'Peran pelaksana langkah tidak dikenal (citizen, kelurahan_operator, front_office, back_office, field_assessor, approver, committee, bpjs)',
  }),
  /** Who performs it in the seed's own words ("Operator pelayanan KIS", "Petugas Back Office (BO) …"). */
  actor: nonEmptyText.nullable(),
  kind: z.enum(STEP_KINDS, { error: 'Jenis langkah tidak dikenal' }),
  /** Standard time for the step (Malinau's "mutu baku" table); null when the seed gives none. */
  mutuBaku: timeLimitSchema.nullable(),
  /** Only on these channels (Pasuruan's WhatsApp steps); absent = every channel of the service. */
  channels: z.array(channelSchema).min(1).optional(),
  /** Only for these variants; absent = every variant. */
  variants: z.array(codeSchema).min(1).optional(),
  /** The seed's condition for this step ("Berkas tidak lengkap", "Bila layak dialihkan"); null = always. */
  condition: nonEmptyText.nullable(),
});

export const signerSchema = z.strictObject({
  action: z.enum(['initial', 'sign'], { error: 'Tindakan penanda tangan: initial (paraf) atau sign (tanda tangan)' }),
  roleTitle: nonEmptyText,
});

export const productSchema = z.strictObject({
  code: codeSchema,
  name: nonEmptyText,
  kind: z.enum(PRODUCT_KINDS, { error: 'Jenis produk tidak dikenal (letter, card, batch_entry, receipt, archive)' }),
  letterKind: z.enum(LETTER_KINDS, { error: 'Jenis surat tidak dikenal' }).nullable(),
  /** Approval chain in order; null = the seed does not say who initials or signs. */
  signers: z.array(signerSchema).min(1).nullable(),
});

export const completionTimeSchema = z.strictObject({
  min: timeLimitSchema.optional(),
  max: timeLimitSchema,
  /** As the seed writes it ("1 - 2 jam", "Kurang dari 7 Hari"). */
  text: nonEmptyText,
});

export const feeSchema = z.strictObject({
  amount: z.number().int().min(0, { error: 'Biaya tidak boleh negatif' }),
  text: nonEmptyText,
});

export const serviceSchema = z
  .strictObject({
    code: z.enum(SERVICE_CODES, { error: 'Kode layanan tidak dikenal' }),
    name: nonEmptyText,
    nameEn: nonEmptyText.optional(),
    channels: z.array(channelSchema).min(1, { error: 'Layanan harus punya paling sedikit satu kanal' }),
    variants: z.array(variantSchema),
    /** "Masyarakat datang sendiri atau diwakili" (Pasuruan); null = not stated. */
    representativeAllowed: z.boolean().nullable(),
    requirements: z.array(requirementSchema).min(1, { error: 'Layanan harus punya paling sedikit satu persyaratan' }),
    steps: z.array(stepSchema).min(1, { error: 'Layanan harus punya paling sedikit satu langkah' }),
    /** null = not stated (Palembang); shown as "tidak dinyatakan", never guessed. */
    completionTime: completionTimeSchema.nullable(),
    aroundTheClock: z.boolean(),
    fee: feeSchema,
    products: z.array(productSchema).min(1, { error: 'Layanan harus punya paling sedikit satu produk' }),
    outcomes: z.array(z.enum(OUTCOMES, { error: 'Hasil akhir layanan tidak dikenal' })).min(1),
  })
  .superRefine((service, ctx) => {
    const dup = (what: string) => (value: string) => `Kode ${what} "${value}" dipakai lebih dari sekali dalam layanan ini`;
    checkUnique(ctx, service.channels, (c) => c, (i) => ['channels', i], 'CHANNEL_DUPLICATE', (v) => `Kanal "${v}" tercantum dua kali`);
    checkUnique(ctx, service.variants, (v) => v.code, (i) => ['variants', i, 'code'], 'VARIANT_CODE_DUPLICATE', dup('varian'));
    checkUnique(ctx, service.requirements, (r) => r.code, (i) => ['requirements', i, 'code'], 'REQUIREMENT_CODE_DUPLICATE', dup('persyaratan'));
    checkUnique(ctx, service.steps, (s) => s.code, (i) => ['steps', i, 'code'], 'STEP_CODE_DUPLICATE', dup('langkah'));
    checkUnique(ctx, service.products, (p) => p.code, (i) => ['products', i, 'code'], 'PRODUCT_CODE_DUPLICATE', dup('produk'));

    const variantCodes = new Set(service.variants.map((v) => v.code));
    const unknownVariant = (codes: string[] | undefined, path: PropertyKey[]) =>
      (codes ?? []).forEach((code, i) => {
        if (!variantCodes.has(code))
          ctx.addIssue({ code: 'custom', path: [...path, i], message: `Varian "${code}" tidak ada di daftar varian layanan`, params: { rule: 'VARIANT_UNKNOWN' } });
      });
    service.requirements.forEach((r, i) => unknownVariant(r.condition?.variants, ['requirements', i, 'condition', 'variants']));
    service.steps.forEach((s, i) => {
      unknownVariant(s.variants, ['steps', i, 'variants']);
      (s.channels ?? []).forEach((channel, j) => {
        if (!service.channels.includes(channel))
          ctx.addIssue({ code: 'custom', path: ['steps', i, 'channels', j], message: `Kanal langkah "${channel}" bukan kanal layanan ini`, params: { rule: 'STEP_CHANNEL_NOT_IN_SERVICE' } });
      });
    });

    const ct = service.completionTime;
    if (ct?.min && approxMinutes(ct.min) > approxMinutes(ct.max))
      ctx.addIssue({ code: 'custom', path: ['completionTime', 'min'], message: 'Batas bawah jangka waktu lebih besar dari batas atas', params: { rule: 'TIME_RANGE_INVERTED' } });

    service.products.forEach((p, i) => {
      if (p.kind === 'letter' && p.letterKind === null)
        ctx.addIssue({ code: 'custom', path: ['products', i, 'letterKind'], message: 'Produk berupa surat harus menyebut jenis suratnya', params: { rule: 'LETTER_KIND_REQUIRED' } });
      // A chain of initials must end in a signature, otherwise nobody is accountable for the letter.
      const last = p.signers?.at(-1);
      if (last && last.action !== 'sign')
        ctx.addIssue({ code: 'custom', path: ['products', i, 'signers', p.signers!.length - 1, 'action'], message: 'Rantai persetujuan harus diakhiri tanda tangan (sign), bukan paraf', params: { rule: 'SIGNER_CHAIN_UNSIGNED' } });
    });
  });

export type Variant = z.infer<typeof variantSchema>;
export type Requirement = z.infer<typeof requirementSchema>;
export type Step = z.infer<typeof stepSchema>;
export type Signer = z.infer<typeof signerSchema>;
export type Product = z.infer<typeof productSchema>;
export type CompletionTime = z.infer<typeof completionTimeSchema>;
export type Service = z.infer<typeof serviceSchema>;
