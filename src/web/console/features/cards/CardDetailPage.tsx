import { useState, type FormEvent } from 'react';
import { Link } from '../../app/router.js';
import { formatDateTime, useLang, useT } from '../../i18n/i18n.js';
import type { ApiError } from '../../lib/api.js';
import { useUser } from '../../lib/session.js';
import { useApi } from '../../lib/use-api.js';
import { ErrorSummary, fieldError } from '../../ui/ErrorSummary.js';
import { TextField } from '../../ui/fields.js';
import { Loading, Notice, PageTitle } from '../../ui/page.js';
import { handOver, type Card } from './cards.api.js';
import { cardMessages } from './cards.messages.js';
import { SignaturePad } from './SignaturePad.js';

export function CardDetailPage({ id }: { id: string }) {
  const t = useT(cardMessages);
  const loaded = useApi<Card>(`/cards/${encodeURIComponent(id)}`);
  const [card, setCard] = useState<Card | null>(null);
  const current = card ?? loaded.data;
  return (
    <>
      <p className="crumb">
        <Link to="/cards">← {t('toList')}</Link>
      </p>
      {loaded.error ? (
        <>
          <PageTitle>{t('listTitle')}</PageTitle>
          <ErrorSummary error={loaded.error} title={t('loadFailed')} />
        </>
      ) : current ? (
        <CardView card={current} justHanded={card !== null} onHanded={setCard} />
      ) : (
        <Loading />
      )}
    </>
  );
}

function CardView({ card, justHanded, onHanded }: { card: Card; justHanded: boolean; onHanded: (c: Card) => void }) {
  const t = useT(cardMessages);
  const { lang } = useLang();
  const user = useUser();
  const when = (iso: string | null) => (iso ? formatDateTime(iso, lang, user.office?.timeZone) : '—');
  const rows: [string, string][] = [
    [t('cardNumber'), card.cardNumber],
    [t('nik'), card.nik],
    [t('village'), card.villageCode],
    [t('arrivedAt'), when(card.arrivedAt)],
  ];
  if (card.handedAt) {
    rows.push(
      [t('handedAt'), when(card.handedAt)],
      [t('receiver'), card.receiverName ?? '—'],
      [t('receiverRelationLabel'), card.receiverRelation === 'self' ? t('self') : (card.receiverRelation ?? '—')],
      [t('identityCheckedLabel'), card.identityChecked ? t('yes') : t('no')],
      [t('signed'), card.signed ? t('yes') : t('no')],
    );
  }
  return (
    <>
      <PageTitle>{t('detailTitle', { name: card.name })}</PageTitle>
      {justHanded ? (
        <Notice tone="success" role="status">
          {t('handedDone', { name: card.receiverName ?? '' })}
        </Notice>
      ) : card.handedAt ? (
        <Notice>{t('alreadyHanded')}</Notice>
      ) : null}
      <dl className="summary">
        {rows.map(([k, v]) => (
          <div key={k}>
            <dt>{k}</dt>
            <dd className={k === t('cardNumber') || k === t('nik') ? 'mono' : undefined}>{v}</dd>
          </div>
        ))}
      </dl>
      {card.handedAt ? null : <HandoverForm card={card} onHanded={onHanded} />}
    </>
  );
}

function HandoverForm({ card, onHanded }: { card: Card; onHanded: (c: Card) => void }) {
  const t = useT(cardMessages);
  const [who, setWho] = useState<'self' | 'other'>('self');
  const [receiverName, setReceiverName] = useState(card.name);
  const [relation, setRelation] = useState('');
  const [identityChecked, setIdentityChecked] = useState(false);
  const [signature, setSignature] = useState<string | null>(null);
  const [signedOnPaper, setSignedOnPaper] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const labels = { receiverName: t('receiverName'), receiverRelation: t('relation'), identityChecked: t('identityChecked'), signature: t('signatureTitle') };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      onHanded(
        await handOver(card.id, {
          receiverName: receiverName.trim(),
          receiverRelation: who === 'self' ? 'self' : relation.trim(),
          identityChecked,
          ...(signature ? { signature } : {}),
          ...(signedOnPaper ? { signedOnPaper: true } : {}),
        }),
      );
    } catch (err) {
      setError(err as ApiError);
    } finally {
      setBusy(false);
    }
  };

  const sigError = fieldError(error, 'signature');
  return (
    <section className="section" aria-labelledby="handover-h">
      <h2 id="handover-h">{t('handoverTitle')}</h2>
      <p>{t('handoverIntro')}</p>
      <form onSubmit={submit} noValidate>
        <ErrorSummary error={error} fields={labels} />
        <fieldset className="field">
          <legend className="label">{t('who')}</legend>
          {(['self', 'other'] as const).map((w) => (
            <div className="checkbox" key={w}>
              <input
                type="radio"
                id={`f-who-${w}`}
                name="who"
                value={w}
                checked={who === w}
                onChange={() => {
                  setWho(w);
                  if (w === 'self') setReceiverName(card.name);
                  else if (receiverName === card.name) setReceiverName('');
                }}
              />
              <label htmlFor={`f-who-${w}`}>{w === 'self' ? t('whoSelf') : t('whoOther')}</label>
            </div>
          ))}
        </fieldset>
        <TextField name="receiverName" label={labels.receiverName} value={receiverName} onValue={setReceiverName} autoComplete="off" error={fieldError(error, 'receiverName')} />
        {who === 'other' ? (
          <TextField name="receiverRelation" label={labels.receiverRelation} hint={t('relationHint')} value={relation} onValue={setRelation} autoComplete="off" error={fieldError(error, 'receiverRelation')} />
        ) : null}
        <div className={`field${fieldError(error, 'identityChecked') ? ' has-error' : ''}`}>
          {fieldError(error, 'identityChecked') ? (
            <p className="field-error" id="f-identityChecked-error">
              {fieldError(error, 'identityChecked')}
            </p>
          ) : null}
          <div className="checkbox">
            <input id="f-identityChecked" type="checkbox" checked={identityChecked} onChange={(e) => setIdentityChecked(e.target.checked)} aria-describedby={fieldError(error, 'identityChecked') ? 'f-identityChecked-error' : undefined} />
            <label htmlFor="f-identityChecked">{t('identityChecked')}</label>
          </div>
        </div>
        <fieldset className={`field${sigError ? ' has-error' : ''}`} aria-describedby="signature-hint">
          <legend className="label">{t('signatureTitle')}</legend>
          <p className="hint" id="signature-hint">
            {t('signatureHint')}
          </p>
          {sigError ? <p className="field-error">{sigError}</p> : null}
          <SignaturePad label={t('signatureCanvas')} clearLabel={t('clearSignature')} onChange={setSignature} describedBy="signature-hint" />
          <div className="checkbox">
            <input id="f-signature" type="checkbox" checked={signedOnPaper} onChange={(e) => setSignedOnPaper(e.target.checked)} />
            <label htmlFor="f-signature">{t('signedOnPaper')}</label>
          </div>
        </fieldset>
        <div className="actions">
          <button className="button" type="submit" disabled={busy}>
            {busy ? t('handingOver') : t('handOver')}
          </button>
        </div>
      </form>
    </section>
  );
}
