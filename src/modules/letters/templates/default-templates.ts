import type { LetterKind, LetterTemplate } from '../letter.types.js';

/**
 * Default texts of every letter, in the formal register of Indonesian government letters (tata naskah
 * dinas). An office starts from these and overrides per kind (configuration as data, never an `if` per
 * office). The services each text serves are quoted from the seeds beside it. Template language: see
 * template-engine.ts; "| Label | value" lines print as the "Nama : …" block.
 */

const SIGNER_BLOCK = `Yang bertanda tangan di bawah ini:

| Nama | {{signer.name}}
| NIP | {{signer.nip}}
| Jabatan | {{signer.title}}`;

const APPLICANT_BLOCK = `| Nama | {{applicant.name}}
| NIK | {{applicant.nik}}
| Nomor KK | {{applicant.kkNumber}}
| Alamat | {{applicant.address}}`;

const THANKS = 'Atas perhatian dan kerja sama Saudara, kami ucapkan terima kasih.';

const TO_BPJS = { recipient: 'Kepala {{office.bpjsBranch}}', recipientPlace: 'Tempat' } as const;

/**
 * Pasuruan (seed 000): "Petugas memberikan bukti pendaftaran" at the counter, or sends it by WhatsApp;
 * its letters are genuine by "kertas dengan kop", signature and wet stamp (component 14), hence a signed
 * letter on the letterhead besides the plain receipt (receipt-pdf.ts).
 */
const proofOfRegistration: LetterTemplate = {
  kind: 'proof_of_registration',
  layout: 'titled',
  title: 'BUKTI PENDAFTARAN',
  subject: 'Bukti Pendaftaran Peserta JKN-KIS PBI Daerah',
  urgency: null,
  recipient: '{{applicant.name}}',
  recipientPlace: null,
  body: `${SIGNER_BLOCK}

dengan ini menerangkan bahwa pada hari {{application.receivedDay}} tanggal {{application.receivedAt}} pukul {{application.receivedTime}} telah diterima pendaftaran layanan {{application.service}} melalui {{application.channel}} dengan keterangan sebagai berikut:

| Nomor Pendaftaran | {{application.receiptNumber}}
${APPLICANT_BLOCK.replace('| Nama |', '| Nama Pemohon |')}

Orang yang didaftarkan sebagai peserta Jaminan Kesehatan Nasional - Kartu Indonesia Sehat Penerima Bantuan Iuran Daerah (JKN-KIS PBI Daerah) {{office.regionName}} berjumlah {{application.memberCount}} orang, yaitu:

{{members_table}}

{{#application.dueAt}}
Pendaftaran tersebut diselesaikan paling lambat {{application.dueAt}}.
{{/application.dueAt}}
Status pendaftaran dapat dipantau dengan menggunakan nomor pendaftaran di atas.

Demikian bukti pendaftaran ini dibuat untuk dipergunakan sebagaimana mestinya.`,
  carbonCopies: [],
};

/** Karangasem (seed 001, service 4): "Petugas membuat surat pengantar aktivasi"; the resident takes it to BPJS. */
const activationCoverLetter: LetterTemplate = {
  kind: 'activation_cover_letter',
  layout: 'official',
  title: null,
  subject: 'Pengantar Pengaktifan Kembali Kepesertaan PBI JKN-KIS',
  urgency: 'Biasa',
  ...TO_BPJS,
  body: `Dengan hormat,

Menindaklanjuti permohonan pengaktifan kembali (reaktivasi) kepesertaan Jaminan Kesehatan Nasional - Kartu Indonesia Sehat Penerima Bantuan Iuran (PBI JKN-KIS) yang diajukan oleh:

${APPLICANT_BLOCK}

bersama ini kami sampaikan bahwa berkas permohonan yang bersangkutan telah kami teliti dan dinyatakan lengkap. Sehubungan dengan hal tersebut, kami mohon kiranya kepesertaan PBI JKN-KIS atas nama peserta berikut dapat diaktifkan kembali:

{{members_table}}

{{#application.reason}}
Keterangan: {{application.reason}}.
{{/application.reason}}

Demikian surat pengantar ini kami sampaikan. ${THANKS}`,
  carbonCopies: [],
};

/**
 * Karangasem (seed 001, service 5): KK, KTP and a statement on Rp 10.000 stamp duty; "Petugas membuat surat
 * pemutusan peserta PBI JKN-KIS", which the resident takes to BPJS for deactivation.
 */
const terminationLetter: LetterTemplate = {
  kind: 'termination_letter',
  layout: 'official',
  title: null,
  subject: 'Pemutusan Kepesertaan PBI JKN-KIS',
  urgency: 'Biasa',
  ...TO_BPJS,
  body: `Dengan hormat,

Berdasarkan permohonan yang bersangkutan sebagaimana dinyatakan dalam surat pernyataan bermeterai{{#application.statementDate}} tanggal {{application.statementDate}}{{/application.statementDate}}, bersama ini kami sampaikan pemutusan kepesertaan Jaminan Kesehatan Nasional - Kartu Indonesia Sehat Penerima Bantuan Iuran (PBI JKN-KIS) yang diajukan oleh:

${APPLICANT_BLOCK}

dengan rincian peserta sebagai berikut:

{{members_table}}

{{#application.reason}}
Alasan pemutusan kepesertaan: {{application.reason}}.
{{/application.reason}}

Sehubungan dengan hal tersebut, kami mohon kiranya kepesertaan PBI JKN-KIS peserta tersebut di atas dapat dinonaktifkan sesuai dengan ketentuan peraturan perundang-undangan.

Demikian surat ini kami sampaikan. ${THANKS}`,
  carbonCopies: [],
};

const KELURAHAN_BASIS = (about: string) => `{{#application.referenceNumber}}
berdasarkan surat {{application.referenceIssuer}} Nomor {{application.referenceNumber}} tanggal {{application.referenceDate}} tentang ${about},
{{/application.referenceNumber}}`;

/** Palembang (seed 002, service 2): letter from the kelurahan, copies of KK, KTP and KIS → recommendation. */
const dataChangeRecommendation: LetterTemplate = {
  kind: 'data_change_recommendation',
  layout: 'titled',
  title: 'SURAT REKOMENDASI',
  subject: 'Rekomendasi Perubahan Data Kartu Indonesia Sehat',
  urgency: null,
  ...TO_BPJS,
  body: `${SIGNER_BLOCK}

${KELURAHAN_BASIS('perubahan data peserta Penerima Bantuan Iuran Kartu Indonesia Sehat (PBI KIS)')}
dengan ini memberikan rekomendasi kepada:

${APPLICANT_BLOCK.replace('| Alamat |', '| Nomor Kartu KIS | {{applicant.kisNumber}}\n| Alamat |')}

untuk dilakukan perubahan data pada Kartu Indonesia Sehat (KIS) sebagai berikut:

{{changes_table}}

Rekomendasi ini diberikan untuk diajukan kepada {{office.bpjsBranch}} guna proses perubahan data kepesertaan sesuai dengan ketentuan yang berlaku.

Demikian surat rekomendasi ini dibuat untuk dipergunakan sebagaimana mestinya.`,
  carbonCopies: [],
};

/**
 * Palembang (seed 002, service 3): letter from the kelurahan, a form on stamp duty, copies of KK, KTP and
 * KIS → "Surat Rekomendasi Penonaktifan dari PBI KIS", taken to BPJS.
 */
const deactivationRecommendation: LetterTemplate = {
  kind: 'deactivation_recommendation',
  layout: 'titled',
  title: 'SURAT REKOMENDASI',
  subject: 'Rekomendasi Penonaktifan dari Peserta PBI KIS',
  urgency: null,
  ...TO_BPJS,
  body: `${SIGNER_BLOCK}

${KELURAHAN_BASIS('permohonan keluar dari Penerima Bantuan Iuran Kartu Indonesia Sehat (PBI KIS)')}
dengan ini memberikan rekomendasi kepada:

${APPLICANT_BLOCK.replace('| Nama |', '| Nama Pemohon |')}

untuk menonaktifkan kepesertaan Penerima Bantuan Iuran Kartu Indonesia Sehat (PBI KIS) atas nama peserta sebagai berikut:

{{members_table}}

{{#application.reason}}
Alasan penonaktifan: {{application.reason}}.
{{/application.reason}}

Setelah dinonaktifkan dari PBI KIS, kepesertaan Jaminan Kesehatan Nasional yang bersangkutan dapat dilanjutkan melalui segmen kepesertaan lain sesuai dengan ketentuan yang berlaku. Rekomendasi ini diberikan untuk diajukan kepada {{office.bpjsBranch}}.

Demikian surat rekomendasi ini dibuat untuk dipergunakan sebagaimana mestinya.`,
  carbonCopies: [],
};

/**
 * Malinau (seed 004): "membuat surat untuk penerbitan kartu kepesertaan sementara bagi peserta yang dirawat
 * inap di Rumah Sakit (pasien emergency)", 30 minutes, initialled by the head of division and signed by the
 * head of office. Karangasem's emergency service (seed 001, service 1) answers within 1–2 hours.
 */
const temporaryCardLetter: LetterTemplate = {
  kind: 'temporary_card_letter',
  layout: 'official',
  title: null,
  subject: 'Permohonan Penerbitan Kartu Kepesertaan Sementara',
  urgency: 'Segera',
  ...TO_BPJS,
  body: `Dengan hormat,

Bersama ini kami sampaikan bahwa penduduk {{office.regionName}} yang namanya tercantum di bawah ini:

{{members_table}}

saat ini sedang menjalani rawat inap di {{application.hospital}} sejak tanggal {{application.admissionDate}} dan belum memiliki kepesertaan Jaminan Kesehatan Nasional yang aktif. Yang bersangkutan telah didaftarkan sebagai peserta Penerima Bantuan Iuran Daerah (PBI Daerah) {{office.regionName}} dengan nomor pendaftaran {{application.receiptNumber}}.

Sehubungan dengan hal tersebut, kami mohon bantuan Saudara untuk menerbitkan kartu kepesertaan sementara bagi yang bersangkutan agar dapat memperoleh pelayanan kesehatan sesuai dengan ketentuan yang berlaku, sambil menunggu selesainya proses pendaftaran kepesertaan PBI Daerah.

Demikian permohonan ini kami sampaikan. ${THANKS}`,
  carbonCopies: [],
};

/**
 * Palembang (seed 002, service 1): proposals collected by the kelurahan ("Usulan KIS"); Tarakan (seed 003):
 * after the field assessment the leadership decides with a team and eligible residents are transferred into
 * PBI Pemda. Both end in the office's proposal to BPJS.
 */
const kisProposal: LetterTemplate = {
  kind: 'kis_proposal',
  layout: 'official',
  title: null,
  subject: 'Usulan Peserta JKN-KIS Penerima Bantuan Iuran Pemerintah Daerah',
  urgency: 'Biasa',
  ...TO_BPJS,
  body: `Dengan hormat,

{{#application.referenceNumber}}
Menindaklanjuti surat {{application.referenceIssuer}} Nomor {{application.referenceNumber}} tanggal {{application.referenceDate}} perihal pengusulan Kartu Indonesia Sehat Penerima Bantuan Iuran (KIS PBI)
{{/application.referenceNumber}}
{{^application.referenceNumber}}
Menindaklanjuti permohonan yang telah kami terima
{{/application.referenceNumber}}
dan berdasarkan hasil verifikasi berkas{{#application.assessmentDate}} serta asesmen kelayakan tanggal {{application.assessmentDate}}{{/application.assessmentDate}}, bersama ini kami usulkan penduduk {{office.regionName}} sebanyak {{application.memberCount}} orang berikut untuk didaftarkan sebagai peserta Jaminan Kesehatan Nasional - Kartu Indonesia Sehat Penerima Bantuan Iuran yang iurannya dibayarkan oleh Pemerintah Daerah (PBI Pemda):

{{members_table}}

Iuran kepesertaan peserta tersebut dibebankan pada Anggaran Pendapatan dan Belanja Daerah (APBD) {{office.regionName}}. Kami mohon kiranya usulan ini dapat diproses lebih lanjut dan kepesertaan yang bersangkutan dapat segera diaktifkan.

Demikian usulan ini kami sampaikan. ${THANKS}`,
  carbonCopies: [],
};

/**
 * Tarakan (seed 003, step e): "bila tidak layak dikonfirmasi ulang ke pengusul bahwa tidak layak dan berkas
 * diarsipkan": a letter to whoever proposed the resident (usually the kelurahan).
 */
const notEligibleNotice: LetterTemplate = {
  kind: 'not_eligible_notice',
  layout: 'official',
  title: null,
  subject: 'Pemberitahuan Hasil Asesmen Usulan KIS PBI Pemda',
  urgency: 'Biasa',
  recipient: '{{application.proposer}}',
  recipientPlace: 'Tempat',
  body: `Dengan hormat,

{{#application.referenceNumber}}
Menindaklanjuti surat Saudara Nomor {{application.referenceNumber}} tanggal {{application.referenceDate}} perihal pengusulan Kartu Indonesia Sehat Penerima Bantuan Iuran Pemerintah Daerah (KIS PBI Pemda) atas nama:
{{/application.referenceNumber}}
{{^application.referenceNumber}}
Menindaklanjuti usulan Saudara tentang pengusulan Kartu Indonesia Sehat Penerima Bantuan Iuran Pemerintah Daerah (KIS PBI Pemda) atas nama:
{{/application.referenceNumber}}

| Nama | {{applicant.name}}
| NIK | {{applicant.nik}}
| Alamat | {{applicant.address}}

bersama ini kami sampaikan bahwa berdasarkan hasil asesmen kelayakan oleh petugas lapangan{{#application.assessmentDate}} pada tanggal {{application.assessmentDate}}{{/application.assessmentDate}} dan hasil pembahasan pimpinan bersama tim{{#application.decisionDate}} pada tanggal {{application.decisionDate}}{{/application.decisionDate}}, yang bersangkutan dinyatakan belum memenuhi kriteria untuk dialihkan menjadi peserta BPJS Kesehatan Penerima Bantuan Iuran Pemerintah Daerah (PBI Pemda) {{office.regionName}}.

{{#application.decisionNote}}
Pertimbangan tim: {{application.decisionNote}}.
{{/application.decisionNote}}

Berkas usulan yang bersangkutan kami arsipkan. Apabila di kemudian hari terdapat perubahan kondisi sosial ekonomi yang bersangkutan, usulan dapat diajukan kembali sesuai dengan ketentuan yang berlaku.

Demikian pemberitahuan ini kami sampaikan. ${THANKS}`,
  carbonCopies: ['Arsip'],
};

export const DEFAULT_LETTER_TEMPLATES: Readonly<Record<LetterKind, LetterTemplate>> = {
  proof_of_registration: proofOfRegistration,
  activation_cover_letter: activationCoverLetter,
  termination_letter: terminationLetter,
  data_change_recommendation: dataChangeRecommendation,
  deactivation_recommendation: deactivationRecommendation,
  temporary_card_letter: temporaryCardLetter,
  kis_proposal: kisProposal,
  not_eligible_notice: notEligibleNotice,
};
