import { useState } from 'react';
import { Link } from '../../app/router.js';
import { useT } from '../../i18n/i18n.js';
import type { ApiError } from '../../lib/api.js';
import { useUser } from '../../lib/session.js';
import { useApi } from '../../lib/use-api.js';
import { ConfirmAction } from '../../ui/ConfirmAction.js';
import { ErrorSummary } from '../../ui/ErrorSummary.js';
import { OneTimeSecret } from '../../ui/OneTimeSecret.js';
import { Loading, Notice, PageTitle } from '../../ui/page.js';
import { resetPassword, updateStaff, type StaffView, type UpdateStaff } from './staff.api.js';
import { kelurahanCodes, StaffForm, valuesOf, type StaffFormValues } from './StaffForm.js';
import { staffMessages } from './staff.messages.js';

const blankToNull = (s: string) => (s.trim() === '' ? null : s.trim());

function toUpdateBody(v: StaffFormValues): UpdateStaff {
  return {
    fullName: v.fullName.trim(),
    email: blankToNull(v.email),
    nip: blankToNull(v.nip),
    title: blankToNull(v.title),
    roles: v.roles as UpdateStaff['roles'],
    kelurahanCodes: kelurahanCodes(v.kelurahan),
  };
}

export function StaffEditPage({ id }: { id: string }) {
  const t = useT(staffMessages);
  const loaded = useApi<StaffView>(`/staff/${encodeURIComponent(id)}`);
  const [staff, setStaff] = useState<StaffView | null>(null);
  const current = staff ?? loaded.data;
  if (loaded.error) {
    return (
      <>
        <p className="crumb">
          <Link to="/staff">← {t('toList')}</Link>
        </p>
        <PageTitle>{t('listTitle')}</PageTitle>
        <ErrorSummary error={loaded.error} title={t('loadFailed')} />
      </>
    );
  }
  if (!current) return <Loading />;
  return <StaffEditor key={current.id} staff={current} onChange={setStaff} />;
}

function StaffEditor({ staff, onChange }: { staff: StaffView; onChange: (s: StaffView) => void }) {
  const t = useT(staffMessages);
  const me = useUser();
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState(false);
  const [actionError, setActionError] = useState<ApiError | null>(null);
  const [tempPassword, setTempPassword] = useState<string | null>(null);
  const self = staff.id === me.id;

  const act = async (fn: () => Promise<void>) => {
    setActionError(null);
    try {
      await fn();
    } catch (err) {
      setActionError(err as ApiError);
    }
  };

  return (
    <>
      <p className="crumb">
        <Link to="/staff">← {t('toList')}</Link>
      </p>
      <PageTitle>{t('editTitle', { username: staff.username })}</PageTitle>
      {staff.disabled ? <Notice tone="warning">{t('isDisabled')}</Notice> : null}
      {saved ? <Notice tone="success" role="status">{t('saved')}</Notice> : null}
      <StaffForm
        initial={valuesOf(staff)}
        mode="edit"
        error={error}
        busy={busy}
        submitLabel={t('save')}
        onSubmit={async (values) => {
          setBusy(true);
          setError(null);
          setSaved(false);
          try {
            onChange(await updateStaff(staff.id, toUpdateBody(values)));
            setSaved(true);
          } catch (err) {
            setError(err as ApiError);
          } finally {
            setBusy(false);
          }
        }}
      />

      <section className="section" aria-labelledby="reset-h">
        <h2 id="reset-h">{t('resetTitle')}</h2>
        <ErrorSummary error={actionError} />
        {tempPassword ? (
          <OneTimeSecret title={t('resetDone', { username: staff.username })} secret={tempPassword}>
            <p>{t('tempPasswordText', { name: staff.fullName })}</p>
          </OneTimeSecret>
        ) : (
          <>
            <p>{t('resetText')}</p>
            <ConfirmAction
              label={t('reset')}
              question={t('resetQuestion', { username: staff.username })}
              confirmLabel={t('resetConfirm')}
              onConfirm={() => act(async () => setTempPassword((await resetPassword(staff.id)).temporaryPassword))}
            />
          </>
        )}
      </section>

      <section className="section" aria-labelledby="status-h">
        <h2 id="status-h">{t('statusTitle')}</h2>
        <p>{t('disableText')}</p>
        {self ? (
          <p className="muted">{t('self')}</p>
        ) : staff.disabled ? (
          <ConfirmAction label={t('enable')} question={t('enableQuestion', { username: staff.username })} confirmLabel={t('enableConfirm')} onConfirm={() => act(async () => onChange(await updateStaff(staff.id, { disabled: false })))} />
        ) : (
          <ConfirmAction label={t('disable')} question={t('disableQuestion', { username: staff.username })} confirmLabel={t('disableConfirm')} danger onConfirm={() => act(async () => onChange(await updateStaff(staff.id, { disabled: true })))} />
        )}
      </section>
    </>
  );
}
