import type { Membership } from './registry.api.js';
import { SEGMENT_LABELS } from './registry.messages.js';
import type { Lang } from '../../i18n/i18n.js';

/** Who may change families and import lists (registry.roles.ts CHANGE_ROLES). */
export const CHANGE_ROLES = ['back_office', 'office_admin'] as const;
export const canChange = (roles: readonly string[]) => CHANGE_ROLES.some((r) => roles.includes(r));

export const STATUS_WORDS = {
  active: { id: 'aktif', en: 'active' },
  inactive: { id: 'nonaktif', en: 'inactive' },
  pending: { id: 'menunggu', en: 'pending' },
} as const;

export function membershipText(segment: string | null | undefined, status: string | null | undefined, lang: Lang, none: string): string {
  if (!segment) return none;
  const seg = SEGMENT_LABELS[segment as keyof typeof SEGMENT_LABELS]?.[lang] ?? segment;
  const st = status ? (STATUS_WORDS[status as keyof typeof STATUS_WORDS]?.[lang] ?? status) : '';
  return st ? `${seg} · ${st}` : seg;
}

export function MembershipTag({ m, lang, none }: { m: Pick<Membership, 'segment' | 'status'> | null; lang: Lang; none: string }) {
  if (!m) return <span className="tag tag-grey">{none}</span>;
  return <span className={`tag ${m.status === 'active' ? 'tag-green' : 'tag-grey'}`}>{membershipText(m.segment, m.status, lang, none)}</span>;
}

/** "1985-03-12" → "12-03-1985", as Indonesian documents print it. */
export const dmy = (iso: string | null | undefined) => (iso && /^\d{4}-\d{2}-\d{2}/.test(iso) ? `${iso.slice(8, 10)}-${iso.slice(5, 7)}-${iso.slice(0, 4)}` : (iso ?? '—'));
