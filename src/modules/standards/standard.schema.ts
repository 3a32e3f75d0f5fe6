import { z } from 'zod';
import { TIME_ZONES } from '../offices/offices.schema.js';
import {
  checkUnique,
  componentItemSchema,
  isoDateSchema,
  itemStyleSchema,
  nonEmptyText,
  rule,
} from './standard-common.schema.js';
import { CHANNELS, serviceSchema } from './standard-service.schema.js';

/**
 * One office's service standard (Standar Pelayanan, PermenPANRB 15/2014) as configuration data:
 * the published text (components, in the seed's own order and numbering) and what the system runs on
 * (services, hours, intake windows, complaint channels, numbering). Anything the seed does not state
 * is `null` and is shown as "tidak dinyatakan"; it is never filled with a guess.
 */

// The 14 components of PermenPANRB 15/2014 and the part each belongs to. Seeds title them in many
// ways ("Waktu Pelayanan", "Waktu Tanggapan", "Jangka Waktu Pengurusan"); `key` says what a row means,
// `title` keeps what the seed wrote, 'other' keeps rows outside the 14 (Pasuruan's "Jenis Pelayanan").
export const COMPONENT_PARTS = {
  requirements: 'service_delivery',
  procedure: 'service_delivery',
  completion_time: 'service_delivery',
  fee: 'service_delivery',
  product: 'service_delivery',
  complaints: 'service_delivery',
  legal_basis: 'manufacturing',
  facilities: 'manufacturing',
  competence: 'manufacturing',
  internal_supervision: 'manufacturing',
  staff_count: 'manufacturing',
  service_guarantee: 'manufacturing',
  security_guarantee: 'manufacturing',
  performance_evaluation: 'manufacturing',
} as const;
export type CanonicalComponentKey = keyof typeof COMPONENT_PARTS;
export const COMPONENT_KEYS = [...(Object.keys(COMPONENT_PARTS) as CanonicalComponentKey[]), 'other'] as const;
export const PARTS = ['service_delivery', 'manufacturing'] as const;
export type Part = (typeof PARTS)[number];

export const componentSchema = z.strictObject({
  key: z.enum(COMPONENT_KEYS, { error: 'Kunci komponen tidak dikenal' }),
  /** As written in the seed ("Sarana dan Prasaranan dan /atau fasilitas"). */
  title: nonEmptyText,
  part: z.enum(PARTS, { error: 'Bagian harus service_delivery atau manufacturing' }),
  /** As written ("1", "7."); Karangasem numbers two rows "7." and that stays. null when the seed has none. */
  number: nonEmptyText.nullable(),
  itemStyle: itemStyleSchema,
  items: z.array(componentItemSchema).min(1, { error: 'Uraian komponen tidak boleh kosong' }),
});

const phoneText = nonEmptyText.nullable();

export const officeIdentitySchema = z.strictObject({
  slug: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: 'Slug hanya huruf kecil, angka dan tanda hubung' }),
  /** Full name as the seed writes it in running text ("Dinas Kesehatan Kota Pasuruan"). */
  agencyName: nonEmptyText,
  /** Short form used in the seed's own text ("DINSOS, PPPA, PPKB Kabupaten Karangasem"). */
  agencyShortName: nonEmptyText.nullable(),
  /** "PEMERINTAH KOTA PASURUAN"; null where the seed has no letterhead. */
  governmentName: nonEmptyText.nullable(),
  /** The agency line of the letterhead under the government line ("DINAS KESEHATAN"); null = no letterhead. */
  letterheadName: nonEmptyText.nullable(),
  /** "Bidang : Sosial" (Tarakan), "Bidang Pelayanan Kesehatan" (Malinau). */
  division: nonEmptyText.nullable(),
  address: nonEmptyText.nullable(),
  postalCode: z.string().regex(/^\d{5}$/, { error: 'Kode pos 5 angka' }).nullable(),
  phone: phoneText,
  fax: phoneText,
  email: z.email({ error: 'Alamat email tidak valid' }).nullable(),
  website: z.url({ error: 'Alamat situs web tidak valid' }).nullable(),
  regionCode: z.string().regex(/^\d{2}\.\d{2}$/, { error: 'Kode wilayah kabupaten/kota berbentuk 00.00' }),
  timeZone: z.enum(TIME_ZONES, { error: 'Zona waktu harus Asia/Jakarta, Asia/Makassar atau Asia/Jayapura' }),
});

export const signatorySchema = z.strictObject({
  name: nonEmptyText,
  title: nonEmptyText,
  /** Pangkat/golongan ("Pembina Utama Muda/IV-c"). */
  rank: nonEmptyText.nullable(),
  // NIP is 18 digits; seeds group them with spaces ("19730715 200604 2 023"), kept as written.
  nip: z
    .string()
    .refine((s) => /^[\d ]+$/.test(s) && s.replace(/ /g, '').length === 18, rule('NIP_INVALID', 'NIP berisi 18 angka (spasi boleh)'))
    .nullable(),
  /** How the reading was settled where the source is a scan. */
  note: nonEmptyText.optional(),
});

export const decreeSchema = z.strictObject({
  number: nonEmptyText.nullable(),
  title: nonEmptyText.nullable(),
  /** "Ditetapkan di". */
  place: nonEmptyText.nullable(),
  date: isoDateSchema.nullable(),
  effectiveDate: isoDateSchema.nullable(),
  /** As written (Tarakan: "1_2 Januari 2025"). */
  revision: nonEmptyText.nullable(),
  signedBy: signatorySchema.nullable(),
});

export const documentSchema = z.strictObject({
  /** The standard's title as the seed writes it. */
  title: nonEmptyText,
  /** Two tables (A service delivery, B manufacturing) or the one mixed table some seeds publish. */
  layout: z.enum(['two_parts', 'single_table'], { error: 'Tata letak: two_parts atau single_table' }),
  /** Part headings as written; null = the PermenPANRB wording. */
  partTitles: z.strictObject({ service_delivery: nonEmptyText.nullable(), manufacturing: nonEmptyText.nullable() }),
});

const clock = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: 'Jam berformat HH:MM (00:00–23:59)' });
export const officeHoursSchema = z.strictObject({
  timeZone: z.enum(TIME_ZONES, { error: 'Zona waktu tidak dikenal' }),
  weekly: z
    .array(
      z.strictObject({
        weekday: z.number().int().min(1, { error: 'Hari 1 (Senin) s.d. 7 (Minggu)' }).max(7, { error: 'Hari 1 (Senin) s.d. 7 (Minggu)' }),
        opens: clock,
        closes: clock,
      }),
    )
    .min(1, { error: 'Jam layanan harus punya paling sedikit satu hari' }),
  text: nonEmptyText,
});

export const COMPLAINT_KINDS = [
  'letter',
  'phone',
  'whatsapp',
  'sms',
  'email',
  'website',
  'instagram',
  'facebook',
  'app',
  'in_person',
  'suggestion_box',
  'sp4n_lapor',
  'hotline',
] as const;
const complaintKind = z.enum(COMPLAINT_KINDS, { error: 'Jenis kanal pengaduan tidak dikenal' });
export const complaintChannelSchema = z.strictObject({
  kind: complaintKind,
  /** The same contact also takes these ("Telepon/WA", "SMS/WA Pengaduan"). */
  alsoVia: z.array(complaintKind).min(1).optional(),
  label: nonEmptyText,
  /** Number, address or handle as written; null when the seed names the channel without a readable value. */
  value: nonEmptyText.nullable(),
});

export const NUMBERING_PLACEHOLDERS = ['classification', 'seq', 'unitCode', 'year', 'month', 'monthRoman'] as const;

export const officeStandardSchema = z
  .strictObject({
    /** Our configuration version (1 = the seed as published); the lead's storage bumps it. */
    version: z.number().int().positive({ error: 'Versi harus bilangan bulat positif' }),
    /** When this version applies; null where the seed states no effective date. */
    effectiveDate: isoDateSchema.nullable(),
    office: officeIdentitySchema,
    decree: decreeSchema.nullable(),
    document: documentSchema,
    components: z.array(componentSchema).min(1, { error: 'Standar harus berisi komponen' }),
    services: z.array(serviceSchema).min(1, { error: 'Standar harus berisi paling sedikit satu layanan' }),
    /** null = the seed states no hours (Pasuruan, Tarakan): an admin must enter them. */
    officeHours: officeHoursSchema.nullable(),
    emergency: z.strictObject({ aroundTheClock: z.boolean(), text: nonEmptyText }).nullable(),
    /** Monthly collection window (Malinau: files taken on days 1–20, delivered to BPJS on the 20th). */
    intakeWindow: z
      .strictObject({
        receiveFromDay: z.number().int().min(1).max(31),
        receiveToDay: z.number().int().min(1).max(31),
        deliverOnDay: z.number().int().min(1).max(31),
        text: nonEmptyText,
      })
      .nullable(),
    /** Where each intake channel is reached (Pasuruan's WhatsApp "Pelangi Istimewa" number). */
    channelPoints: z.array(
      z.strictObject({ channel: z.enum(CHANNELS, { error: 'Kanal tidak dikenal' }), label: nonEmptyText, value: nonEmptyText.nullable() }),
    ),
    complaints: z.strictObject({
      channels: z.array(complaintChannelSchema).min(1, { error: 'Standar harus menyebut paling sedikit satu kanal pengaduan' }),
      /** Unit that follows complaints up (Tarakan: "Seksi Linjamsos"). */
      followUpBy: nonEmptyText.nullable(),
    }),
    staff: z.strictObject({
      count: z.number().int().positive().nullable(),
      /** "Maksimal 3 (tiga) orang" (Pasuruan) is a ceiling, not a headcount. */
      countIs: z.enum(['exact', 'max']).nullable(),
      text: nonEmptyText,
      roles: z.array(nonEmptyText),
    }),
    letterNumbering: z
      .strictObject({
        template: nonEmptyText,
        values: z.strictObject({ classification: nonEmptyText.nullable(), unitCode: nonEmptyText.nullable() }),
        /** The number the template was read from. */
        example: nonEmptyText.nullable(),
        source: nonEmptyText,
      })
      .nullable(),
  })
  .superRefine((std, ctx) => {
    checkUnique(ctx, std.services, (s) => s.code, (i) => ['services', i, 'code'], 'SERVICE_CODE_DUPLICATE', (v) => `Kode layanan "${v}" dipakai oleh lebih dari satu layanan`);

    std.components.forEach((c, i) => {
      if (c.key !== 'other' && COMPONENT_PARTS[c.key] !== c.part)
        ctx.addIssue({ code: 'custom', path: ['components', i, 'part'], message: `Komponen "${c.key}" termasuk bagian ${COMPONENT_PARTS[c.key]}`, params: { rule: 'COMPONENT_PART_MISMATCH' } });
    });
    const canonical = std.components.map((c, i) => ({ c, i })).filter(({ c }) => c.key !== 'other');
    checkUnique(ctx, canonical, ({ c }) => c.key, (i) => ['components', canonical[i]!.i, 'key'], 'COMPONENT_KEY_DUPLICATE', (v) => `Komponen "${v}" muncul lebih dari sekali`);

    const hours = std.officeHours;
    if (hours) {
      if (hours.timeZone !== std.office.timeZone)
        ctx.addIssue({ code: 'custom', path: ['officeHours', 'timeZone'], message: 'Zona waktu jam layanan berbeda dengan zona waktu kantor', params: { rule: 'TIME_ZONE_MISMATCH' } });
      hours.weekly.forEach((w, i) => {
        if (w.opens >= w.closes)
          ctx.addIssue({ code: 'custom', path: ['officeHours', 'weekly', i, 'closes'], message: `Jam tutup (${w.closes}) harus setelah jam buka (${w.opens})`, params: { rule: 'HOURS_CLOSE_BEFORE_OPEN' } });
        const overlaps = hours.weekly.some((o, j) => j < i && o.weekday === w.weekday && o.opens < w.closes && w.opens < o.closes);
        if (overlaps)
          ctx.addIssue({ code: 'custom', path: ['officeHours', 'weekly', i], message: 'Jam layanan bertumpuk dengan jam lain pada hari yang sama', params: { rule: 'HOURS_OVERLAP' } });
      });
    }

    const win = std.intakeWindow;
    if (win && win.receiveFromDay > win.receiveToDay)
      ctx.addIssue({ code: 'custom', path: ['intakeWindow', 'receiveToDay'], message: 'Tanggal akhir penerimaan berkas sebelum tanggal awal', params: { rule: 'INTAKE_WINDOW_INVERTED' } });

    const numbering = std.letterNumbering;
    if (numbering) {
      const used = [...numbering.template.matchAll(/\{([^}]*)\}/g)].map((m) => m[1] ?? '');
      for (const name of used)
        if (!(NUMBERING_PLACEHOLDERS as readonly string[]).includes(name))
          ctx.addIssue({ code: 'custom', path: ['letterNumbering', 'template'], message: `Bagian nomor surat {${name}} tidak dikenal (${NUMBERING_PLACEHOLDERS.join(', ')})`, params: { rule: 'NUMBERING_PLACEHOLDER_UNKNOWN' } });
      if (!used.includes('seq'))
        ctx.addIssue({ code: 'custom', path: ['letterNumbering', 'template'], message: 'Pola nomor surat harus memuat nomor urut {seq}', params: { rule: 'NUMBERING_SEQ_MISSING' } });
    }

    std.services.forEach((s, i) => {
      // A 24-hour promise on a service must be backed by the standard's own emergency statement
      // (Karangasem: "Waktu Pelayanan Darurat: 24 Jam"), or the published document would not show it.
      if (s.aroundTheClock && !std.emergency?.aroundTheClock)
        ctx.addIssue({ code: 'custom', path: ['services', i, 'aroundTheClock'], message: 'Layanan 24 jam memerlukan pernyataan layanan darurat 24 jam di standar (emergency)', params: { rule: 'EMERGENCY_NOT_DECLARED' } });
    });

    if (std.effectiveDate && std.decree?.date && std.effectiveDate < std.decree.date)
      ctx.addIssue({ code: 'custom', path: ['effectiveDate'], message: 'Tanggal berlaku tidak boleh sebelum tanggal penetapan', params: { rule: 'EFFECTIVE_BEFORE_DECREE' } });
  });

export type OfficeStandard = z.infer<typeof officeStandardSchema>;
export type OfficeStandardInput = z.input<typeof officeStandardSchema>;
export type StandardComponent = z.infer<typeof componentSchema>;
export type OfficeIdentity = z.infer<typeof officeIdentitySchema>;
export type Decree = z.infer<typeof decreeSchema>;
export type OfficeHours = z.infer<typeof officeHoursSchema>;
export type ComplaintChannel = z.infer<typeof complaintChannelSchema>;

export * from './standard-common.schema.js';
export * from './standard-service.schema.js';
