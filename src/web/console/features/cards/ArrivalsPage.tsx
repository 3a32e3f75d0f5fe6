import { useState, type FormEvent } from 'react';
import { Link } from '../../app/router.js';
import { useT } from '../../i18n/i18n.js';
import type { ApiError } from '../../lib/api.js';
import { ErrorSummary, fieldError } from '../../ui/ErrorSummary.js';
import { TextArea } from '../../ui/fields.js';
import { Notice, PageTitle } from '../../ui/page.js';
import { registerArrivals, type ArrivalsResult } from './cards.api.js';
import { cardMessages } from './cards.messages.js';

// Numbers are often pasted from a spreadsheet or typed in groups ("0001 2345 6789 0").
const parseNumbers = (text: string) => [...new Set(text.split(/[\n,;]+/).map((l) => l.replace(/[\s-]/g, '')).filter(Boolean))];

export function ArrivalsPage() {
  const t = useT(cardMessages);
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [result, setResult] = useState<ArrivalsResult | null>(null);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    setMessage(null);
    const numbers = parseNumbers(text);
    if (numbers.length === 0) {
      setMessage(t('noNumbers'));
      return;
    }
    setBusy(true);
    try {
      setResult(await registerArrivals(numbers));
      setText('');
    } catch (err) {
      setError(err as ApiError);
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <p className="crumb">
        <Link to="/cards">← {t('toList')}</Link>
      </p>
      <PageTitle>{t('arrivalsTitle')}</PageTitle>
      <p>{t('arrivalsIntro')}</p>
      {result ? (
        <Notice tone={result.unknown.length ? 'warning' : 'success'} role="status">
          <p>{t('arrivalsDone', { registered: result.registered, already: result.alreadyRegistered, notified: result.notified })}</p>
          {result.unknown.length ? (
            <>
              <p>
                <strong>{t('unknownTitle')}</strong>: {t('unknownText')}
              </p>
              <ul className="mono">
                {result.unknown.map((n) => (
                  <li key={n}>{n}</li>
                ))}
              </ul>
            </>
          ) : null}
        </Notice>
      ) : null}
      <form onSubmit={submit} noValidate>
        <ErrorSummary error={error} message={message} fields={{ cardNumbers: t('cardNumbers') }} />
        <TextArea
          name="cardNumbers"
          label={t('cardNumbers')}
          hint={t('cardNumbersHint')}
          rows={8}
          className="input mono"
          value={text}
          onValue={setText}
          spellCheck={false}
          // The server names each bad number "cardNumbers.3"; fieldError finds it under the list's name.
          error={fieldError(error, 'cardNumbers') ?? message ?? undefined}
        />
        <div className="actions">
          <button className="button" type="submit" disabled={busy}>
            {busy ? t('registering') : t('register')}
          </button>
        </div>
      </form>
    </>
  );
}
