import { useState, type FormEvent } from 'react';
import { useT } from '../../i18n/i18n.js';
import type { ApiError } from '../../lib/api.js';
import { useApi } from '../../lib/use-api.js';
import { ErrorSummary, fieldError } from '../../ui/ErrorSummary.js';
import { TextField } from '../../ui/fields.js';
import { Loading, Notice, PageTitle } from '../../ui/page.js';
import { saveBpjsSettings, type BpjsSettings, type BpjsSettingsInput } from './settings.api.js';
import { settingsMessages } from './settings.messages.js';
import { SettingsCrumb } from './SettingsIndexPage.js';

export function BpjsSettingsPage() {
  const t = useT(settingsMessages);
  const loaded = useApi<BpjsSettings>('/bpjs/settings');
  const [saved, setSaved] = useState<BpjsSettings | null>(null);
  const current = saved ?? loaded.data;
  return (
    <>
      <SettingsCrumb />
      <PageTitle>{t('bpjsTitle')}</PageTitle>
      <p>{t('bpjsIntro')}</p>
      <ErrorSummary error={loaded.error} title={t('loadFailed')} />
      {saved ? (
        <Notice tone="success" role="status">
          {t('bpjsSaved')}
        </Notice>
      ) : null}
      {current ? <BpjsForm key={JSON.stringify(current)} initial={current} onSaved={setSaved} /> : loaded.loading ? <Loading /> : null}
    </>
  );
}

type Mode = 'keep' | 'change' | 'remove';
const nullIfBlank = (s: string) => (s.trim() === '' ? null : s.trim());
// The server names web-service problems "webService.baseUrl"; the inputs are named without the prefix.
const aliases = { 'webService.baseUrl': 'baseUrl', 'webService.consId': 'consId', 'webService.secret': 'secret', 'webService.userKey': 'userKey' };

function BpjsForm({ initial, onSaved }: { initial: BpjsSettings; onSaved: (s: BpjsSettings) => void }) {
  const t = useT(settingsMessages);
  const [codes, setCodes] = useState({
    satkerCode: initial.satkerCode ?? '',
    satkerName: initial.satkerName ?? '',
    membershipType: initial.membershipType,
    kcCode: initial.kcCode ?? '',
    dati2Code: initial.dati2Code ?? '',
  });
  const ws = initial.webService;
  const [mode, setMode] = useState<Mode>(ws ? 'keep' : 'change');
  // Secrets start empty every time: the server never sends them back.
  const [conn, setConn] = useState({ baseUrl: ws?.baseUrl ?? '', consId: ws?.consId ?? '', secret: '', userKey: '' });
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const setCode = (k: keyof typeof codes) => (v: string) => setCodes((c) => ({ ...c, [k]: v }));
  const setC = (k: keyof typeof conn) => (v: string) => setConn((c) => ({ ...c, [k]: v }));
  const err = (name: string) => fieldError(error, name, aliases);
  const labels = {
    satkerCode: t('satkerCode'), satkerName: t('satkerName'), membershipType: t('membershipType'), kcCode: t('kcCode'), dati2Code: t('dati2Code'),
    baseUrl: t('baseUrl'), consId: t('consId'), secret: t('secret'), userKey: t('userKey'),
  };
  const filled = Object.values(conn).some((v) => v.trim() !== '');

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    const body: BpjsSettingsInput = {
      satkerCode: nullIfBlank(codes.satkerCode),
      satkerName: nullIfBlank(codes.satkerName),
      kcCode: nullIfBlank(codes.kcCode),
      dati2Code: nullIfBlank(codes.dati2Code),
      membershipType: codes.membershipType.trim() || undefined,
    };
    if (mode === 'remove') body.webService = null;
    // With no connection yet and nothing typed, the codes are saved alone.
    else if (mode === 'change' && (ws || filled)) body.webService = { baseUrl: conn.baseUrl.trim(), consId: conn.consId.trim(), secret: conn.secret, userKey: conn.userKey };
    try {
      onSaved(await saveBpjsSettings(body));
    } catch (err) {
      setError(err as ApiError);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form onSubmit={submit} noValidate>
      <ErrorSummary error={error} fields={labels} aliases={aliases} />
      <fieldset className="std-section">
        <legend className="h2-like">{t('codesTitle')}</legend>
        <div className="filter-grid">
          <TextField name="satkerCode" label={labels.satkerCode} optional className="input mono" value={codes.satkerCode} onValue={setCode('satkerCode')} error={err('satkerCode')} />
          <TextField name="satkerName" label={labels.satkerName} optional value={codes.satkerName} onValue={setCode('satkerName')} error={err('satkerName')} />
          <TextField name="membershipType" label={labels.membershipType} value={codes.membershipType} onValue={setCode('membershipType')} error={err('membershipType')} />
          <TextField name="kcCode" label={labels.kcCode} optional className="input mono" value={codes.kcCode} onValue={setCode('kcCode')} error={err('kcCode')} />
          <TextField name="dati2Code" label={labels.dati2Code} optional className="input mono" value={codes.dati2Code} onValue={setCode('dati2Code')} error={err('dati2Code')} />
        </div>
      </fieldset>
      <fieldset className="std-section">
        <legend className="h2-like">{t('wsTitle')}</legend>
        {ws ? (
          <p data-testid="ws-status">
            {t('wsSet', { url: ws.baseUrl, consId: ws.consId })} {ws.credentialsSet ? t('wsCredentialsSet') : t('wsCredentialsMissing')}
          </p>
        ) : (
          <p>{t('wsNone')}</p>
        )}
        {ws ? (
          <fieldset className="field">
            <legend className="label">{t('wsMode')}</legend>
            {(['keep', 'change', 'remove'] as const).map((m) => (
              <div className="checkbox" key={m}>
                <input type="radio" id={`f-ws-${m}`} name="wsMode" value={m} checked={mode === m} onChange={() => setMode(m)} />
                <label htmlFor={`f-ws-${m}`}>{t(m === 'keep' ? 'wsKeep' : m === 'change' ? 'wsChange' : 'wsRemove')}</label>
              </div>
            ))}
          </fieldset>
        ) : null}
        {mode === 'change' ? (
          <>
            <TextField name="baseUrl" label={labels.baseUrl} hint={t('baseUrlHint')} type="url" autoComplete="off" value={conn.baseUrl} onValue={setC('baseUrl')} error={err('baseUrl')} />
            <TextField name="consId" label={labels.consId} autoComplete="off" className="input mono" value={conn.consId} onValue={setC('consId')} error={err('consId')} />
            <TextField name="secret" label={labels.secret} hint={t('secretHint')} type="password" autoComplete="new-password" value={conn.secret} onValue={setC('secret')} error={err('secret')} />
            <TextField name="userKey" label={labels.userKey} hint={t('secretHint')} type="password" autoComplete="new-password" value={conn.userKey} onValue={setC('userKey')} error={err('userKey')} />
          </>
        ) : null}
      </fieldset>
      <div className="actions">
        <button className="button" type="submit" disabled={busy}>
          {busy ? t('saving') : t('save')}
        </button>
      </div>
    </form>
  );
}
