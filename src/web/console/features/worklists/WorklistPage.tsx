import { useCallback, useEffect, useMemo, useState } from 'react';
import type { Role } from '../../../../platform/auth/roles.js';
import { BASE, Link, useLocation } from '../../app/router.js';
import { useLang, useT, type Lang } from '../../i18n/i18n.js';
import { ApiError } from '../../lib/api.js';
import { useUser } from '../../lib/session.js';
import { ErrorSummary } from '../../ui/ErrorSummary.js';
import { TextField } from '../../ui/fields.js';
import { Loading, PageTitle } from '../../ui/page.js';
import { getWorklist, listApplications, type ApplicationSummary, type WorklistRole } from '../applications/applications.api.js';
import { applicationMessages } from '../applications/applications.messages.js';
import { SelectField } from '../applications/ChoiceGroup.js';
import { DueBadges } from '../applications/DueBadges.js';
import { useVillageNames } from '../applications/use-village-names.js';
import { FILTERS, matches, NO_FILTERS, SORTS, type Filters } from './worklist-filter.js';
import { worklistMessages } from './worklists.messages.js';

type ListKey = 'front_office' | 'back_office' | 'field_assessor' | 'decisions' | 'letters' | 'all';

interface ListDef {
  key: ListKey;
  /** Whose worklist (GET /worklist?role=) feeds it; none for "all". */
  role?: WorklistRole;
  /** The approver's worklist holds both decisions and letters; a drafted letter is what waits for a signature. */
  pick?: (a: ApplicationSummary) => boolean;
}

const LISTS: ListDef[] = [
  { key: 'front_office', role: 'front_office' },
  { key: 'back_office', role: 'back_office' },
  { key: 'field_assessor', role: 'field_assessor' },
  { key: 'decisions', role: 'approver', pick: (a) => a.status !== 'letter_drafted' },
  { key: 'letters', role: 'approver', pick: (a) => a.status === 'letter_drafted' },
  { key: 'all' },
];

/** A worklist is read whole (up to this many pages of 100) so counts, filters and search see every item. */
const MAX_PAGES = 5;

interface Loaded {
  items: ApplicationSummary[];
  /** More items exist than were read. */
  more: boolean;
  cursor: string | null;
}

async function loadWorklist(role: WorklistRole): Promise<Loaded> {
  const items: ApplicationSummary[] = [];
  let cursor: string | undefined;
  for (let i = 0; i < MAX_PAGES; i++) {
    const page = await getWorklist(role, cursor);
    items.push(...page.items);
    if (!page.nextCursor) return { items, more: false, cursor: null };
    cursor = page.nextCursor;
  }
  return { items, more: true, cursor: cursor ?? null };
}

/** Minutes are enough in a list (the application page shows seconds); keeps the table on one screen. */
const short = (iso: string, lang: Lang, timeZone?: string) =>
  new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'id-ID', { dateStyle: 'medium', timeStyle: 'short', timeZone }).format(new Date(iso));

const unique = <T,>(items: T[], key: (t: T) => string, label: (t: T) => string) => {
  const seen = new Map<string, string>();
  for (const i of items) if (!seen.has(key(i))) seen.set(key(i), label(i));
  return [...seen].map(([value, l]) => ({ value, label: l })).sort((a, b) => a.label.localeCompare(b.label));
};

export function WorklistPage() {
  const t = useT(worklistMessages);
  const ta = useT(applicationMessages);
  const { lang } = useLang();
  const user = useUser();
  const { search } = useLocation();
  const tz = user.office?.timeZone;
  const available = LISTS.filter((l) => !l.role || user.roles.includes(l.role as Role));
  const wanted = search.get('list') as ListKey | null;
  const current = available.find((l) => l.key === wanted) ?? available[0]!;

  const [lists, setLists] = useState<Partial<Record<WorklistRole, Loaded>>>({});
  const [all, setAll] = useState<Loaded | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const [filters, setFilters] = useState<Filters>(() => {
    const f = { ...NO_FILTERS };
    for (const k of FILTERS) f[k] = search.get(k) ?? f[k];
    return f;
  });

  const roles = useMemo(() => [...new Set(available.flatMap((l) => (l.role ? [l.role] : [])))], [available.map((l) => l.key).join()]);
  const load = useCallback(async () => {
    setBusy(true);
    setError(null);
    try {
      const loaded = await Promise.all(roles.map(async (r) => [r, await loadWorklist(r)] as const));
      setLists(Object.fromEntries(loaded));
    } catch (err) {
      setError(err instanceof ApiError ? err : new ApiError(0, 'UNEXPECTED', String(err)));
    } finally {
      setBusy(false);
    }
  }, [roles]);
  useEffect(() => void load(), [load, lang]);

  const loadAll = useCallback(async (cursor?: string) => {
    setBusy(true);
    setError(null);
    try {
      const page = await listApplications({ cursor });
      setAll((prev) => ({ items: cursor && prev ? [...prev.items, ...page.items] : page.items, more: page.nextCursor !== null, cursor: page.nextCursor }));
    } catch (err) {
      setError(err instanceof ApiError ? err : new ApiError(0, 'UNEXPECTED', String(err)));
    } finally {
      setBusy(false);
    }
  }, []);
  useEffect(() => {
    if (current.key === 'all') void loadAll();
  }, [current.key, loadAll, lang]);

  // Filters live in the address (replaceState: no re-render, no scroll jump while typing), so a
  // reload or a link shows the same view.
  const setFilter = (k: keyof Filters) => (v: string) =>
    setFilters((prev) => {
      const next = { ...prev, [k]: v };
      const params = new URLSearchParams();
      if (current.key !== available[0]!.key) params.set('list', current.key);
      for (const f of FILTERS) if (next[f] && next[f] !== NO_FILTERS[f]) params.set(f, next[f]);
      const qs = params.toString();
      window.history.replaceState(window.history.state, '', `${BASE}/worklist${qs ? `?${qs}` : ''}`);
      return next;
    });

  // Switching lists keeps the search and filters.
  const tabLink = (key: ListKey) => {
    const params = new URLSearchParams();
    if (key !== available[0]!.key) params.set('list', key);
    for (const f of FILTERS) if (filters[f] && filters[f] !== NO_FILTERS[f]) params.set(f, filters[f]);
    const qs = params.toString();
    return `/worklist${qs ? `?${qs}` : ''}`;
  };

  const itemsOf = (l: ListDef): Loaded | null => {
    if (!l.role) return all;
    const loaded = lists[l.role];
    if (!loaded) return null;
    return l.pick ? { ...loaded, items: loaded.items.filter(l.pick) } : loaded;
  };
  const source = itemsOf(current);
  const items = source?.items ?? [];
  const villages = useVillageNames(items.map((a) => a.villageCode));
  const villageLabel = (code: string) => (villages.get(code) ? `${villages.get(code)} (${code})` : code);
  const shown = useMemo(() => {
    const out = items.filter((a) => matches(a, filters));
    const cmp = SORTS[filters.sort];
    // "due" keeps the API's order: emergencies first, then the earliest due.
    return cmp ? [...out].sort(cmp) : out;
  }, [items, filters]);

  const countText = (l: ListDef) => {
    const s = itemsOf(l);
    if (!s) return '…';
    return s.more ? `${s.items.length}+` : String(s.items.length);
  };

  return (
    <>
      <div className="title-row">
        <PageTitle>{t('title')}</PageTitle>
        <button type="button" className="button secondary" disabled={busy} onClick={() => (current.key === 'all' ? void loadAll() : void load())}>
          {t('reload')}
        </button>
      </div>
      <nav aria-label={t('lists')} className="wl-lists">
        <ul>
          {available.map((l) => (
            <li key={l.key}>
              <Link to={tabLink(l.key)} aria-current={l.key === current.key ? 'page' : undefined}>
                {t(`l.${l.key}`)}
                {l.key !== 'all' ? <span className="wl-count"> {countText(l)}</span> : null}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <h2 className="wl-h">{t(`l.${current.key}`)}</h2>
      <p className="muted">{t(`d.${current.key}`)}</p>
      <ErrorSummary error={error} title={t('loadFailed')} />
      <form className="filters" onSubmit={(e) => e.preventDefault()} aria-labelledby="wl-filters-h" role="search">
        <h3 id="wl-filters-h" className="visually-hidden">
          {t('filters')}
        </h3>
        <div className="filter-grid">
          <TextField name="q" type="search" label={t('search')} hint={t('searchHint')} value={filters.q} onValue={setFilter('q')} autoComplete="off" spellCheck={false} />
          <SelectField name="status" label={t('status')} value={filters.status} onValue={setFilter('status')} options={[{ value: '', label: t('any') }, ...unique(items, (a) => a.status, (a) => a.statusLabel)]} />
          <SelectField name="service" label={t('service')} value={filters.service} onValue={setFilter('service')} options={[{ value: '', label: t('any') }, ...unique(items, (a) => a.serviceCode, (a) => a.serviceName)]} />
          <SelectField
            name="channel"
            label={t('channel')}
            value={filters.channel}
            onValue={setFilter('channel')}
            options={[{ value: '', label: t('any') }, ...unique(items, (a) => a.channel, (a) => ta(`ch.${a.channel}` as 'ch.counter'))]}
          />
          <SelectField name="village" label={t('village')} value={filters.village} onValue={setFilter('village')} options={[{ value: '', label: t('any') }, ...unique(items, (a) => a.villageCode, (a) => villageLabel(a.villageCode))]} />
          <SelectField
            name="due"
            label={t('due')}
            value={filters.due}
            onValue={setFilter('due')}
            options={[{ value: '', label: t('any') }, { value: 'overdue', label: t('dueOverdue') }, { value: 'soon', label: t('dueSoon') }, { value: 'fine', label: t('dueFine') }]}
          />
          <SelectField name="sort" label={t('sort')} value={filters.sort} onValue={setFilter('sort')} options={(['due', 'newest', 'oldest', 'receipt', 'name'] as const).map((s) => ({ value: s, label: t(`sort.${s}`) }))} />
        </div>
        <div className="actions">
          <button
            type="button"
            className="button secondary"
            onClick={() => {
              for (const k of FILTERS) setFilter(k)(NO_FILTERS[k]);
            }}
          >
            {t('clear')}
          </button>
        </div>
      </form>
      {source === null ? (
        busy ? <Loading /> : null
      ) : (
        <>
          <p role="status" className="wl-showing">
            {items.length === 0 ? t('empty') : shown.length === 0 ? t('noMatch') : t('showing', { shown: shown.length, total: source.more ? `${items.length}+` : items.length })}
          </p>
          {shown.length > 0 ? (
            <div className="table-wrap" tabIndex={0} role="region" aria-label={t(`l.${current.key}`)}>
              <table className="table wl-table">
                <caption className="visually-hidden">{t(`l.${current.key}`)}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('colReceipt')}</th>
                    <th scope="col">{t('colApplicant')}</th>
                    <th scope="col">{t('colService')}</th>
                    <th scope="col">{t('colStatus')}</th>
                    <th scope="col">{t('colReceived')}</th>
                    <th scope="col">{t('colDue')}</th>
                  </tr>
                </thead>
                <tbody>
                  {shown.map((a) => (
                    <tr key={a.id} data-testid="worklist-row">
                      <th scope="row">
                        <Link to={`/applications/${a.id}`} className="mono">
                          {a.receiptNumber}
                        </Link>
                        <br />
                        <span className="muted small">{ta(`ch.${a.channel}` as 'ch.counter')}</span>
                      </th>
                      <td>
                        {a.applicantName}
                        <br />
                        <span className="muted small">
                          {villages.get(a.villageCode) ?? (
                            <>
                              {t('village')} <span className="mono">{a.villageCode}</span>
                            </>
                          )}
                        </span>
                      </td>
                      <td>{a.serviceName}</td>
                      <td>
                        {a.statusLabel}
                        {a.currentStepLabel ? (
                          <>
                            <br />
                            <span className="muted small">{a.currentStepLabel}</span>
                          </>
                        ) : null}
                      </td>
                      <td>{short(a.receivedAt, lang, tz)}</td>
                      <td>
                        {a.dueAt ? short(a.dueAt, lang, tz) : t('noDue')} <DueBadges a={a} />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          ) : null}
          {current.key === 'all' && all?.cursor ? (
            <button type="button" className="button secondary" disabled={busy} onClick={() => void loadAll(all.cursor!)}>
              {t('loadMore')}
            </button>
          ) : null}
        </>
      )}
    </>
  );
}
