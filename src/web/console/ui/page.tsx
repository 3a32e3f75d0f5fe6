import { useEffect, useRef, type ReactNode } from 'react';
import { hasNavigated } from '../app/router.js';
import { useT } from '../i18n/i18n.js';

/**
 * A screen's heading. It names the browser tab and, after an in-app navigation, takes the focus, so
 * a screen-reader user hears where they arrived and Tab continues from the top of the new screen.
 */
export function PageTitle({ children, title, focus }: { children: ReactNode; title?: string; focus?: boolean }) {
  const t = useT();
  const ref = useRef<HTMLHeadingElement>(null);
  const text = title ?? (typeof children === 'string' ? children : '');
  useEffect(() => {
    document.title = text ? `${text} · ${t('appName')}` : t('appName');
  }, [text, t]);
  useEffect(() => {
    if (focus ?? hasNavigated()) ref.current?.focus();
    // Only when the screen appears.
  }, []);
  return (
    <h1 ref={ref} tabIndex={-1}>
      {children}
    </h1>
  );
}

export function Notice({ children, tone = 'info', role }: { children: ReactNode; tone?: 'info' | 'success' | 'warning'; role?: 'status' | 'alert' }) {
  return (
    <div className={`notice ${tone}`} role={role}>
      {children}
    </div>
  );
}

export function Loading() {
  const t = useT();
  return (
    <p className="muted" role="status">
      {t('loading')}
    </p>
  );
}
