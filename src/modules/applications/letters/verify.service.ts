import { eq } from 'drizzle-orm';
import type { Database } from '../../../platform/db/client.js';
import type { Lang } from '../../../platform/errors.js';
import { formatDateId, letterContentHash, nameInitials, verifyLetterToken } from '../../letters/index.js';
import { offices } from '../../offices/offices.tables.js';
import { letters } from './issued-letters.tables.js';
import { reviveLetter } from './application-letters.service.js';

/**
 * The public check behind the QR code on a signed letter: is this a letter the office issued, and is it
 * unchanged since it was signed? The answer names the letter (kind, number, date, office) and the persons
 * by their initials only (UU PDP: the page is public; whoever holds the letter already sees the names).
 */
export type VerifyStatus = 'genuine' | 'altered' | 'not_signed' | 'unknown';

export interface VerifyAnswer {
  valid: boolean;
  status: VerifyStatus;
  message: string;
  letter: { number: string; issuedAt: string; kind: string; subject: string; officeName: string; personInitials: string[] } | null;
}

const MESSAGES: Record<VerifyStatus, { id: string; en: string }> = {
  genuine: { id: 'Surat ini asli: diterbitkan dan ditandatangani oleh kantor di bawah ini, dan isinya tidak berubah.', en: 'This letter is genuine: issued and signed by the office below, and unchanged.' },
  altered: { id: 'PERHATIAN: data surat tidak cocok dengan yang diterbitkan kantor. Surat mungkin telah diubah.', en: 'WARNING: the letter does not match what the office issued. It may have been altered.' },
  not_signed: { id: 'Surat ini belum ditandatangani dan belum berlaku.', en: 'This letter has not been signed and is not valid yet.' },
  unknown: { id: 'Kode verifikasi tidak dikenal. Surat ini tidak dapat dipastikan keasliannya; hubungi kantor penerbit.', en: 'Unknown verification code. This letter cannot be confirmed; contact the issuing office.' },
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export async function verifyLetter(database: Database, key: Buffer, token: string, lang: Lang): Promise<VerifyAnswer> {
  const answer = (status: VerifyStatus, letter: VerifyAnswer['letter'] = null): VerifyAnswer => ({ valid: status === 'genuine', status, message: MESSAGES[status][lang], letter });
  const v = verifyLetterToken(token, key);
  if (!v.valid || !UUID.test(v.payload.letterId)) return answer('unknown');
  const rows = await database.db
    .select({ letter: letters, slug: offices.slug, officeName: offices.name, timeZone: offices.timeZone })
    .from(letters)
    .innerJoin(offices, eq(offices.id, letters.officeId))
    .where(eq(letters.id, v.payload.letterId))
    .limit(1);
  const row = rows[0];
  if (!row || row.slug !== v.payload.officeSlug) return answer('unknown');
  const content = reviveLetter(row.letter.content);
  const facts = {
    number: row.letter.number,
    issuedAt: formatDateId(content.issuedAt, row.timeZone),
    kind: row.letter.kind,
    subject: content.subject,
    officeName: row.officeName,
    personInitials: content.members.map((m) => nameInitials(m.name)),
  };
  if (row.letter.status !== 'signed' || row.letter.token !== token.trim()) return answer('not_signed', null);
  const recomputed = letterContentHash(content);
  if (recomputed !== v.payload.contentHash || row.letter.contentHash !== v.payload.contentHash) return answer('altered', facts);
  return answer('genuine', facts);
}
