import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useT } from '../i18n/i18n.js';

/**
 * A secret shown once (a temporary password): large, in a monospace face, with a copy button, and
 * focused so it is read out at once.
 */
export function OneTimeSecret({ title, secret, children }: { title: string; secret: string; children?: ReactNode }) {
  const t = useT();
  const [copy, setCopy] = useState<'idle' | 'done' | 'failed'>('idle');
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <div className="secret-panel" tabIndex={-1} ref={ref} role="status" aria-labelledby="secret-title">
      <h2 id="secret-title">{title}</h2>
      <p className="secret" data-testid="one-time-secret">
        {secret}
      </p>
      {children}
      <p>
        <button
          type="button"
          className="button secondary"
          onClick={async () => {
            try {
              await navigator.clipboard.writeText(secret);
              setCopy('done');
            } catch {
              setCopy('failed');
            }
          }}
        >
          {t('copy')}
        </button>{' '}
        <span aria-live="polite">{copy === 'done' ? t('copied') : copy === 'failed' ? t('copyFailed') : ''}</span>
      </p>
    </div>
  );
}
