import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { useLang, useT } from '../../i18n/i18n.js';
import type { ApiError } from '../../lib/api.js';
import { useUser } from '../../lib/session.js';
import { ConfirmAction } from '../../ui/ConfirmAction.js';
import { ErrorSummary, fieldError } from '../../ui/ErrorSummary.js';
import { TextField } from '../../ui/fields.js';
import { Loading, Notice, PageTitle } from '../../ui/page.js';
import { addHoliday, listHolidays, officeCalendar, officeToday, removeHoliday, type CalendarDay, type Holiday } from './settings.api.js';
import { settingsMessages } from './settings.messages.js';
import { SettingsCrumb } from './SettingsIndexPage.js';

/** "Senin, 21 Juli 2026": a civil date, so formatted in UTC where it was parsed. */
function longDate(date: string, lang: 'id' | 'en') {
  return new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'id-ID', { dateStyle: 'full', timeZone: 'UTC' }).format(new Date(`${date}T00:00:00Z`));
}

export function HolidaysPage() {
  const t = useT(settingsMessages);
  const { lang } = useLang();
  const user = useUser();
  const slug = user.office!.slug;
  const thisYear = Number(officeToday(user.office?.timeZone).slice(0, 4));
  const [year, setYear] = useState(thisYear);
  const [yearText, setYearText] = useState(String(thisYear));
  const [days, setDays] = useState<{ known: boolean; days: CalendarDay[] } | null>(null);
  const [regional, setRegional] = useState<Holiday[] | null>(null);
  const [loadError, setLoadError] = useState<ApiError | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [actionError, setActionError] = useState<ApiError | null>(null);

  const load = useCallback(async () => {
    setLoadError(null);
    try {
      const [cal, own] = await Promise.all([officeCalendar(slug, year), listHolidays()]);
      setDays({ known: cal.holidaysKnown, days: cal.days });
      setRegional(own.holidays);
    } catch (err) {
      setLoadError(err as ApiError);
    }
  }, [slug, year]);
  useEffect(() => void load(), [load]);

  return (
    <>
      <SettingsCrumb />
      <PageTitle>{t('holidaysTitle')}</PageTitle>
      {notice ? (
        <Notice tone="success" role="status">
          {notice}
        </Notice>
      ) : null}
      <ErrorSummary error={loadError} title={t('loadFailed')} />

      <section aria-labelledby="regional-h">
        <h2 id="regional-h">{t('regionalTitle')}</h2>
        <p>{t('regionalIntro')}</p>
        <ErrorSummary error={actionError} />
        {regional === null ? (
          <Loading />
        ) : regional.length === 0 ? (
          <p>{t('noRegional')}</p>
        ) : (
          <div className="table-wrap" tabIndex={0} role="region" aria-labelledby="regional-h">
            <table className="table" data-testid="regional-holidays">
              <thead>
                <tr>
                  <th scope="col">{t('colDate')}</th>
                  <th scope="col">{t('colName')}</th>
                  <th scope="col">{t('colAction')}</th>
                </tr>
              </thead>
              <tbody>
                {regional.map((h) => (
                  <tr key={h.id}>
                    <td className="nowrap">
                      <time dateTime={h.date}>{longDate(h.date, lang)}</time>
                    </td>
                    <th scope="row">{h.name}</th>
                    <td>
                      <ConfirmAction
                        label={t('removeLabel', { name: h.name })}
                        question={t('removeQuestion', { name: h.name, date: h.date })}
                        confirmLabel={t('removeConfirm')}
                        danger
                        onConfirm={async () => {
                          setActionError(null);
                          try {
                            await removeHoliday(h.id);
                            setNotice(t('removed', { name: h.name }));
                            await load();
                          } catch (err) {
                            setActionError(err as ApiError);
                          }
                        }}
                      />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        <AddHolidayForm
          onAdded={async (h) => {
            setNotice(t('added', { name: h.name, date: h.date }));
            const y = Number(h.date.slice(0, 4));
            if (y !== year) {
              setYear(y);
              setYearText(String(y));
            } else await load();
          }}
        />
      </section>

      <section className="section" aria-labelledby="calendar-h">
        <h2 id="calendar-h">{t('calendarTitle', { year })}</h2>
        <form
          className="filters inline-filters"
          onSubmit={(e) => {
            e.preventDefault();
            const y = Number(yearText);
            if (Number.isInteger(y) && y >= 2000 && y <= 2100) setYear(y);
          }}
        >
          <TextField name="year" label={t('year')} value={yearText} onValue={setYearText} inputMode="numeric" className="input w-year" />
          <button className="button secondary" type="submit">
            {t('show')}
          </button>
        </form>
        {days && !days.known ? <Notice tone="warning">{t('calendarUnknown', { year })}</Notice> : null}
        {days === null ? (
          <Loading />
        ) : days.days.length === 0 ? (
          <p>{t('noDays')}</p>
        ) : (
          <div className="table-wrap" tabIndex={0} role="region" aria-labelledby="calendar-h">
            <table className="table">
              <thead>
                <tr>
                  <th scope="col">{t('colDate')}</th>
                  <th scope="col">{t('colName')}</th>
                  <th scope="col">{t('colKind')}</th>
                </tr>
              </thead>
              <tbody>
                {days.days.map((d) => (
                  <tr key={d.date}>
                    <td className="nowrap">
                      <time dateTime={d.date}>{longDate(d.date, lang)}</time>
                    </td>
                    <td>{d.names.join('; ') || '—'}</td>
                    <td>
                      <span className={`tag ${d.kind === 'regional' ? 'tag-blue' : 'tag-grey'}`}>{t(`kind.${d.kind}`)}</span>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </>
  );
}

function AddHolidayForm({ onAdded }: { onAdded: (h: Holiday) => Promise<void> }) {
  const t = useT(settingsMessages);
  const [date, setDate] = useState('');
  const [name, setName] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const h = await addHoliday({ date, name });
      setDate('');
      setName('');
      await onAdded(h);
    } catch (err) {
      setError(err as ApiError);
    } finally {
      setBusy(false);
    }
  };
  return (
    <form className="subsection" onSubmit={submit} noValidate aria-labelledby="add-h">
      <h3 id="add-h">{t('addTitle')}</h3>
      <ErrorSummary error={error} fields={{ date: t('date'), name: t('name') }} />
      <TextField name="date" label={t('date')} type="date" value={date} onValue={setDate} required className="input w-date" error={fieldError(error, 'date')} />
      <TextField name="name" label={t('name')} hint={t('nameHint')} value={name} onValue={setName} required autoComplete="off" error={fieldError(error, 'name')} />
      <div className="actions">
        <button className="button" type="submit" disabled={busy}>
          {busy ? t('adding') : t('add')}
        </button>
      </div>
    </form>
  );
}
