import { useEffect, useMemo, useState, type FormEvent } from 'react';
import { Link, navigate, useLocation } from '../../app/router.js';
import { useLang, useT } from '../../i18n/i18n.js';
import { ApiError } from '../../lib/api.js';
import { useApi } from '../../lib/use-api.js';
import { useUser } from '../../lib/session.js';
import { ErrorSummary, fieldError } from '../../ui/ErrorSummary.js';
import { TextField } from '../../ui/fields.js';
import { Loading, PageTitle } from '../../ui/page.js';
import { SelectField } from '../../ui/SelectField.js';
import { villagesOf, type Region } from '../intake/intake.api.js';
import { searchRegistry, type PersonListItem, type SearchInput } from './registry.api.js';
import { registryMessages } from './registry.messages.js';
import { canChange, dmy, MembershipTag } from './shared.js';

type By = 'nik' | 'kk' | 'name' | 'village';
const BYS: By[] = ['nik', 'kk', 'name', 'village'];

/**
 * The search lives in the address (?by=nik&q=…) so the back button returns to the same results.
 * The API searches by NIK, by KK, by name, or by kelurahan/desa (every person of it, paged); the village
 * filter over the results narrows a NIK, KK or name search further.
 */
export function RegistrySearchPage() {
  const t = useT(registryMessages);
  const { lang } = useLang();
  const user = useUser();
  const { search } = useLocation();
  const urlBy = (BYS as string[]).includes(search.get('by') ?? '') ? (search.get('by') as By) : 'nik';
  const urlQ = search.get('q') ?? '';
  const [by, setBy] = useState<By>(urlBy);
  const [q, setQ] = useState(urlQ);
  const [village, setVillage] = useState('');
  const [rows, setRows] = useState<PersonListItem[] | null>(null);
  const [cursor, setCursor] = useState<string | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);

  const run = async (after?: string) => {
    if (!urlQ.trim()) return;
    setBusy(true);
    setError(null);
    try {
      const value = urlBy === 'name' || urlBy === 'village' ? urlQ.trim() : urlQ.replace(/\D/g, '') || urlQ.trim();
      const key = urlBy === 'village' ? 'villageCode' : urlBy;
      const page = await searchRegistry({ ...({ [key]: value } as Pick<SearchInput, 'nik' | 'kk' | 'name' | 'villageCode'>), ...(after ? { cursor: after } : {}), limit: 50 });
      setRows((prev) => (after && prev ? [...prev, ...page.results] : page.results));
      setCursor(page.nextCursor);
    } catch (err) {
      setError(err instanceof ApiError ? err : new ApiError(0, 'UNEXPECTED', String(err)));
      setRows(null);
    } finally {
      setBusy(false);
    }
  };
  useEffect(() => {
    setBy(urlBy);
    setQ(urlQ);
    setRows(null);
    setVillage('');
    void run();
    // The address is the search.
  }, [urlBy, urlQ]);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    navigate(`/registry?${new URLSearchParams({ by, q: q.trim() })}`);
  };

  const villages = useMemo(() => {
    const seen = new Map<string, string>();
    for (const r of rows ?? []) seen.set(r.villageCode, r.villageName ?? r.villageCode);
    return [...seen.entries()].sort((a, b) => a[1].localeCompare(b[1]));
  }, [rows]);
  const shown = (rows ?? []).filter((r) => !village || r.villageCode === village);
  const hint = by === 'nik' ? t('queryHintNik') : by === 'kk' ? t('queryHintKk') : t('queryHintName');
  // The server names the searched key (nik, kk or name); the form has one box for it.
  const queryError = fieldError(error, urlBy === 'village' ? 'villageCode' : urlBy);
  // The office's villages, for a search by kelurahan/desa (its region from the public office record).
  const office = useApi<{ regionCode: string }>(by === 'village' && user.office ? `/offices/${user.office.slug}` : null);
  const [regionVillages, setRegionVillages] = useState<{ district: Region; villages: Region[] }[] | null>(null);
  useEffect(() => {
    if (!office.data || regionVillages) return;
    villagesOf(office.data.regionCode)
      .then(setRegionVillages)
      .catch(() => setRegionVillages([]));
  }, [office.data, regionVillages]);

  return (
    <>
      <div className="title-row">
        <PageTitle>{t('searchTitle')}</PageTitle>
        {canChange(user.roles) ? <Link to="/registry/imports">{t('imports')}</Link> : null}
      </div>
      <p className="muted">{t('searchIntro')}</p>
      <form className="filters" onSubmit={submit} noValidate role="search" aria-label={t('searchTitle')}>
        <div className="filter-grid">
          <SelectField name="by" label={t('by')} value={by} onValue={(v) => setBy(v as By)}>
            <option value="nik">{t('byNik')}</option>
            <option value="kk">{t('byKk')}</option>
            <option value="name">{t('byName')}</option>
            <option value="village">{t('village')}</option>
          </SelectField>
          {by === 'village' ? (
            <SelectField name="q" label={t('village')} value={q} onValue={setQ} error={queryError}>
              <option value="">{t('villageChoose')}</option>
              {(regionVillages ?? []).map((g) => (
                <optgroup key={g.district.code} label={g.district.name}>
                  {g.villages.map((x) => (
                    <option key={x.code} value={x.code}>
                      {x.name}
                    </option>
                  ))}
                </optgroup>
              ))}
            </SelectField>
          ) : (
            <TextField name="q" label={t('query')} hint={hint} value={q} onValue={setQ} inputMode={by === 'name' ? 'text' : 'numeric'} autoComplete="off" spellCheck={false} error={queryError} />
          )}
          {urlBy !== 'village' && villages.length > 1 ? (
            <SelectField name="village" label={t('village')} hint={t('villageHint')} value={village} onValue={setVillage}>
              <option value="">{t('villageAll')}</option>
              {villages.map(([code, name]) => (
                <option key={code} value={code}>
                  {name}
                </option>
              ))}
            </SelectField>
          ) : null}
        </div>
        <div className="actions">
          <button className="button" type="submit" disabled={busy}>
            {t('search')}
          </button>
        </div>
      </form>
      <ErrorSummary error={error && !queryError ? error : null} />
      {busy && rows === null ? <Loading /> : null}
      {rows !== null ? (
        shown.length === 0 ? (
          <p role="status">{t('none')}</p>
        ) : (
          <>
            <p className="muted" role="status">
              {t('count', { n: shown.length })}
            </p>
            <div className="table-wrap" tabIndex={0} role="region" aria-label={t('results')}>
              <table className="table" data-testid="registry-results">
                <caption className="visually-hidden">{t('results')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('colName')}</th>
                    <th scope="col">{t('colNik')}</th>
                    <th scope="col">{t('colBirth')}</th>
                    <th scope="col">{t('colSex')}</th>
                    <th scope="col">{t('colVillage')}</th>
                    <th scope="col">{t('colMembership')}</th>
                    <th scope="col">{t('colFamily')}</th>
                  </tr>
                </thead>
                <tbody>
                  {shown.map((r) => (
                    <tr key={r.id} className={r.left ? 'is-disabled' : undefined}>
                      <th scope="row">
                        <Link to={`/registry/persons/${r.id}`}>{r.name}</Link>
                        {r.left ? <> <span className="tag tag-grey small">{t('leftTag')}</span></> : null}
                      </th>
                      <td className="mono nowrap">{r.nikMasked}</td>
                      <td className="nowrap">{dmy(r.birthDate)}</td>
                      <td>{r.sex === 'M' ? 'L' : 'P'}</td>
                      <td>{r.villageName ?? r.villageCode}</td>
                      <td>
                        <MembershipTag m={r.membershipSegment ? { segment: r.membershipSegment, status: r.membershipStatus ?? 'pending' } : null} lang={lang} none={t('noMembership')} />
                      </td>
                      <td>
                        <Link to={`/registry/families/${r.familyId}`} aria-label={`${t('openFamily')}: ${r.name}`}>
                          {t('openFamily')}
                        </Link>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </>
        )
      ) : null}
      {cursor ? (
        <button type="button" className="button secondary" disabled={busy} onClick={() => void run(cursor)}>
          {t('loadMore')}
        </button>
      ) : null}
    </>
  );
}
