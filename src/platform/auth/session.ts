import type { Database } from '../db/client.js';
import { randomToken, sha256Hex } from '../crypto.js';
import { requiresMfa, type Role } from './roles.js';

/** The logged-in staff member behind a request. */
export interface Actor {
  userId: string;
  username: string;
  fullName: string;
  officeId: number | null;
  roles: Role[];
  kelurahanCodes: string[];
  lang: 'id' | 'en';
  sessionHash: string;
  csrfToken: string;
  mfaPassed: boolean;
  totpEnabled: boolean;
  mustChangePassword: boolean;
}

export const SESSION_COOKIE = 'pbi_session';

export interface SessionTimeouts {
  idleMinutes: number;
  absoluteHours: number;
}

interface SessionRow {
  token_hash: string;
  csrf_token: string;
  mfa_passed: boolean;
  stale: boolean;
  user_id: string;
  username: string;
  full_name: string;
  office_id: number | null;
  roles: Role[];
  kelurahan_codes: string[];
  totp_enabled: boolean;
  must_change_password: boolean;
  lang: string;
}

// One query answers "is this session alive and whose is it"; a disabled account or an
// expired session simply finds no row. last_seen_at is refreshed at most once a minute so
// reads stay reads.
const RESOLVE_SQL = `
  SELECT s.token_hash, s.csrf_token, s.mfa_passed, s.last_seen_at < now() - interval '1 minute' AS stale,
         u.id AS user_id, u.username, u.full_name, u.office_id, u.roles, u.kelurahan_codes, u.totp_enabled,
         u.must_change_password, u.lang
    FROM sessions s JOIN users u ON u.id = s.user_id
   WHERE s.token_hash = $1 AND s.expires_at > now()
     AND s.last_seen_at > now() - make_interval(mins => $2) AND u.disabled_at IS NULL`;

/**
 * Resolved sessions are kept for a few seconds so an authenticated read costs one query, not
 * two. Every change that ends or alters a session (logout, disabling, roles, password, second
 * factor) forgets the user's cached sessions here and, through PostgreSQL NOTIFY, in every other
 * server process, so "a disabled account's sessions end at once" holds across instances.
 */
const CACHE_MS = 5_000;
const CACHE_MAX = 20_000;
export const SESSION_REVOKED_CHANNEL = 'pbi_session_revoked';

interface Cached {
  actor: Actor;
  until: number;
  touched: number;
}

export class SessionStore {
  private readonly cache = new Map<string, Cached>();
  private listening: Promise<void> | undefined;

  constructor(
    private readonly database: Database,
    private readonly timeouts: SessionTimeouts,
  ) {}

  /** Starts listening for revocations made by other processes. */
  listen(): Promise<void> {
    this.listening ??= this.database.listen(SESSION_REVOKED_CHANNEL, (userId) => this.forgetLocally(userId));
    return this.listening;
  }

  private forgetLocally(userId: string) {
    for (const [hash, entry] of this.cache) if (entry.actor.userId === userId) this.cache.delete(hash);
  }

  /** Drops the user's cached sessions here and in every other process. */
  async forgetUser(userId: string) {
    this.forgetLocally(userId);
    await this.database.query('SELECT pg_notify($1, $2)', [SESSION_REVOKED_CHANNEL, userId]);
  }

  async create(userId: string, meta: { ip?: string; userAgent?: string; mfaPassed: boolean }) {
    const token = randomToken();
    const csrfToken = randomToken(24);
    await this.database.query(
      `INSERT INTO sessions (token_hash, user_id, csrf_token, mfa_passed, expires_at, ip, user_agent)
       VALUES ($1, $2, $3, $4, now() + make_interval(hours => $5), $6, $7)`,
      [sha256Hex(token), userId, csrfToken, meta.mfaPassed, this.timeouts.absoluteHours, meta.ip ?? null, meta.userAgent?.slice(0, 300) ?? null],
    );
    return { token, csrfToken };
  }

  async resolve(token: string): Promise<Actor | null> {
    const hash = sha256Hex(token);
    const now = Date.now();
    const hit = this.cache.get(hash);
    if (hit && hit.until > now) return hit.actor;
    const rows = await this.database.query<SessionRow>(RESOLVE_SQL, [hash, this.timeouts.idleMinutes], 'session_resolve');
    const r = rows[0];
    if (!r) {
      this.cache.delete(hash);
      return null;
    }
    if (r.stale) await this.database.query('UPDATE sessions SET last_seen_at = now() WHERE token_hash = $1', [hash]);
    const actor = this.toActor(r);
    if (this.cache.size >= CACHE_MAX) this.cache.clear();
    this.cache.set(hash, { actor, until: now + CACHE_MS, touched: now });
    return actor;
  }

  private toActor(r: SessionRow): Actor {
    return {
      userId: r.user_id,
      username: r.username,
      fullName: r.full_name,
      officeId: r.office_id,
      roles: r.roles,
      kelurahanCodes: r.kelurahan_codes,
      lang: r.lang === 'en' ? 'en' : 'id',
      sessionHash: r.token_hash,
      csrfToken: r.csrf_token,
      mfaPassed: r.mfa_passed,
      totpEnabled: r.totp_enabled,
      mustChangePassword: r.must_change_password,
    };
  }

  async markMfaPassed(sessionHash: string) {
    await this.database.query('UPDATE sessions SET mfa_passed = true WHERE token_hash = $1', [sessionHash]);
    this.cache.delete(sessionHash);
  }

  async destroy(sessionHash: string) {
    const rows = await this.database.query<{ user_id: string }>('DELETE FROM sessions WHERE token_hash = $1 RETURNING user_id', [sessionHash]);
    this.cache.delete(sessionHash);
    if (rows[0]) await this.forgetUser(rows[0].user_id);
  }

  /** Ends the user's sessions (all, or all but one) and forgets every cached one. */
  async destroyAllForUser(userId: string, exceptHash?: string) {
    await this.database.query('DELETE FROM sessions WHERE user_id = $1 AND token_hash <> $2', [userId, exceptHash ?? '']);
    await this.forgetUser(userId);
  }
}

/** What still stands between a logged-in session and the product. */
export function pendingStep(actor: Actor): 'mfa' | 'mfa_setup' | 'password_change' | null {
  if (actor.totpEnabled && !actor.mfaPassed) return 'mfa';
  if (!actor.totpEnabled && requiresMfa(actor.roles)) return 'mfa_setup';
  if (actor.mustChangePassword) return 'password_change';
  return null;
}
