import type { ErrorDetail } from '../../../platform/errors.js';

export interface AssessmentCriterion {
  code: string;
  /** Wording in Bahasa Indonesia, as asked at the door. */
  label: string;
  labelEn?: string | undefined;
}

export interface AssessmentAnswer {
  code: string;
  /** The criterion holds for this household. */
  met: boolean;
  note?: string | undefined;
}

export interface AssessmentForm {
  name: string;
  version: number | null;
  criteria: AssessmentCriterion[];
  threshold: number;
}

/**
 * The 14 household poverty criteria of BPS (reference/README.md): a household is poor when at least 9
 * hold. The default form for offices that assess eligibility in the field (Tarakan, seed 003) until they
 * configure their own.
 */
export const BPS_CRITERIA: AssessmentCriterion[] = [
  { code: 'floor_area', label: 'Luas lantai bangunan tempat tinggal kurang dari 8 m² per orang', labelEn: 'Floor area under 8 m² per person' },
  { code: 'floor_type', label: 'Jenis lantai tanah/bambu/kayu murahan', labelEn: 'Floor of earth, bamboo or cheap wood' },
  { code: 'wall_type', label: 'Jenis dinding bambu/rumbia/kayu berkualitas rendah/tembok tanpa diplester', labelEn: 'Walls of bamboo, thatch, low-grade wood or unplastered brick' },
  { code: 'toilet', label: 'Tidak memiliki fasilitas buang air besar atau bersama-sama dengan rumah tangga lain', labelEn: 'No toilet, or one shared with other households' },
  { code: 'electricity', label: 'Sumber penerangan rumah tangga tidak menggunakan listrik', labelEn: 'No electricity' },
  { code: 'water', label: 'Sumber air minum dari sumur/mata air tidak terlindung/sungai/air hujan', labelEn: 'Water from a well, unprotected spring, river or rain' },
  { code: 'cooking_fuel', label: 'Bahan bakar memasak sehari-hari kayu bakar/arang/minyak tanah', labelEn: 'Cooking with firewood, charcoal or kerosene' },
  { code: 'protein', label: 'Hanya mengonsumsi daging/susu/ayam satu kali dalam seminggu', labelEn: 'Meat, milk or chicken at most once a week' },
  { code: 'clothing', label: 'Hanya membeli satu stel pakaian baru dalam setahun', labelEn: 'One set of new clothes a year' },
  { code: 'meals', label: 'Hanya sanggup makan sebanyak satu/dua kali dalam sehari', labelEn: 'One or two meals a day' },
  { code: 'health_cost', label: 'Tidak sanggup membayar biaya pengobatan di puskesmas/poliklinik', labelEn: 'Cannot pay for a puskesmas or clinic' },
  {
    code: 'income_source',
    label: 'Sumber penghasilan kepala rumah tangga petani dengan luas lahan 500 m², buruh tani, nelayan, buruh bangunan, buruh perkebunan, atau pekerjaan lain dengan pendapatan di bawah Rp600.000 per bulan',
    labelEn: 'Head of household a small farmer (500 m²), labourer or fisher, or earning under Rp 600,000 a month',
  },
  { code: 'education', label: 'Pendidikan tertinggi kepala rumah tangga tidak sekolah/tidak tamat SD/hanya SD', labelEn: 'Head\'s schooling none or primary school only' },
  {
    code: 'savings',
    label: 'Tidak memiliki tabungan/barang yang mudah dijual dengan nilai minimal Rp500.000',
    labelEn: 'No savings or goods worth Rp 500,000',
  },
];

export const BPS_FORM: AssessmentForm = { name: 'Kriteria Rumah Tangga Miskin BPS (14 kriteria)', version: null, criteria: BPS_CRITERIA, threshold: 9 };

/** Checks an office's own form: unique codes, a threshold within the number of criteria. */
export function formProblems(criteria: AssessmentCriterion[], threshold: number): ErrorDetail[] {
  const problems: ErrorDetail[] = [];
  const seen = new Set<string>();
  criteria.forEach((c, i) => {
    if (seen.has(c.code)) problems.push({ field: `criteria.${i}.code`, code: 'CRITERION_CODE_DUPLICATE', message: `Kode kriteria "${c.code}" dipakai dua kali.` });
    seen.add(c.code);
  });
  if (threshold < 1 || threshold > criteria.length) {
    problems.push({ field: 'threshold', code: 'THRESHOLD_OUT_OF_RANGE', message: `Ambang harus antara 1 dan ${criteria.length} (jumlah kriteria).` });
  }
  return problems;
}

export interface AssessmentScore {
  score: number;
  recommendation: 'eligible' | 'not_eligible';
  problems: ErrorDetail[];
}

/** Every criterion answered once; the score is the number that hold; eligible when it reaches the threshold. */
export function scoreAssessment(form: Pick<AssessmentForm, 'criteria' | 'threshold'>, answers: AssessmentAnswer[]): AssessmentScore {
  const problems: ErrorDetail[] = [];
  const codes = new Set(form.criteria.map((c) => c.code));
  const seen = new Set<string>();
  answers.forEach((a, i) => {
    if (!codes.has(a.code)) problems.push({ field: `answers.${i}.code`, code: 'CRITERION_UNKNOWN', message: `Kriteria "${a.code}" tidak ada di formulir.` });
    if (seen.has(a.code)) problems.push({ field: `answers.${i}.code`, code: 'CRITERION_REPEATED', message: `Kriteria "${a.code}" dijawab dua kali.` });
    seen.add(a.code);
  });
  for (const c of form.criteria) {
    if (!seen.has(c.code)) problems.push({ field: 'answers', code: 'CRITERION_UNANSWERED', message: `Kriteria "${c.label}" belum dijawab.` });
  }
  const score = answers.filter((a) => a.met && codes.has(a.code)).length;
  return { score, recommendation: score >= form.threshold ? 'eligible' : 'not_eligible', problems };
}
