import { useEffect, useRef, useState } from 'react';
import { useT } from '../i18n/i18n.js';

/**
 * A button that asks before it acts, in the page rather than in a browser dialog: the question gets
 * the focus, "Batal" returns it to the button.
 */
export function ConfirmAction({ label, question, confirmLabel, onConfirm, danger, disabled }: {
  label: string;
  question: string;
  confirmLabel: string;
  onConfirm: () => Promise<void> | void;
  danger?: boolean;
  disabled?: boolean;
}) {
  const t = useT();
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  const questionRef = useRef<HTMLParagraphElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const wasAsking = useRef(false);
  useEffect(() => {
    if (asking) questionRef.current?.focus();
    else if (wasAsking.current) buttonRef.current?.focus();
    wasAsking.current = asking;
  }, [asking]);

  if (!asking) {
    return (
      <button ref={buttonRef} type="button" className={`button ${danger ? 'danger' : 'secondary'}`} onClick={() => setAsking(true)} disabled={disabled}>
        {label}
      </button>
    );
  }
  return (
    <div className="confirm" role="group" aria-label={label}>
      <p tabIndex={-1} ref={questionRef}>
        {question}
      </p>
      <div className="actions">
        <button
          type="button"
          className={`button ${danger ? 'danger' : ''}`}
          disabled={busy}
          onClick={async () => {
            setBusy(true);
            try {
              await onConfirm();
            } finally {
              setBusy(false);
              setAsking(false);
            }
          }}
        >
          {confirmLabel}
        </button>
        <button type="button" className="button secondary" onClick={() => setAsking(false)} disabled={busy}>
          {t('cancel')}
        </button>
      </div>
    </div>
  );
}
