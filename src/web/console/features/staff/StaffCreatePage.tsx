import { useState } from 'react';
import { Link } from '../../app/router.js';
import { useT } from '../../i18n/i18n.js';
import type { ApiError } from '../../lib/api.js';
import { OneTimeSecret } from '../../ui/OneTimeSecret.js';
import { PageTitle } from '../../ui/page.js';
import { createStaff, type CreateStaff, type StaffView } from './staff.api.js';
import { emptyStaff, kelurahanCodes, StaffForm, type StaffFormValues } from './StaffForm.js';
import { staffMessages } from './staff.messages.js';

const blankToUndefined = (s: string) => (s.trim() === '' ? undefined : s.trim());

export function toCreateBody(v: StaffFormValues): CreateStaff {
  return {
    username: v.username.trim(),
    fullName: v.fullName.trim(),
    email: blankToUndefined(v.email),
    nip: blankToUndefined(v.nip),
    title: blankToUndefined(v.title),
    roles: v.roles as CreateStaff['roles'],
    kelurahanCodes: kelurahanCodes(v.kelurahan),
  };
}

export function StaffCreatePage() {
  const t = useT(staffMessages);
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const [created, setCreated] = useState<{ staff: StaffView; temporaryPassword: string | null } | null>(null);

  if (created) {
    return (
      <>
        <PageTitle>{t('created', { username: created.staff.username })}</PageTitle>
        {created.temporaryPassword ? (
          <OneTimeSecret title={t('resetDone', { username: created.staff.username })} secret={created.temporaryPassword}>
            <p>{t('tempPasswordText', { name: created.staff.fullName })}</p>
          </OneTimeSecret>
        ) : null}
        <p>
          <Link to="/staff">{t('toList')}</Link>
        </p>
      </>
    );
  }

  return (
    <>
      <p className="crumb">
        <Link to="/staff">← {t('toList')}</Link>
      </p>
      <PageTitle>{t('createTitle')}</PageTitle>
      <StaffForm
        initial={emptyStaff}
        mode="create"
        error={error}
        busy={busy}
        submitLabel={t('create')}
        onSubmit={async (values) => {
          setBusy(true);
          setError(null);
          try {
            setCreated(await createStaff(toCreateBody(values)));
          } catch (err) {
            setError(err as ApiError);
          } finally {
            setBusy(false);
          }
        }}
      />
    </>
  );
}
