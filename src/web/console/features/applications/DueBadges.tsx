import { useT } from '../../i18n/i18n.js';
import type { ApplicationSummary } from './applications.api.js';
import { applicationMessages } from './applications.messages.js';

/** The time-limit flags the API computes (overdue / due soon / emergency), as text tags, not colour only. */
export function DueBadges({ a }: { a: Pick<ApplicationSummary, 'overdue' | 'dueSoon' | 'priority'> }) {
  const t = useT(applicationMessages);
  if (!a.overdue && !a.dueSoon && !a.priority) return null;
  return (
    <span className="app-badges">
      {a.priority ? <span className="tag app-tag-priority">{t('priority')}</span> : null}
      {a.overdue ? <span className="tag app-tag-overdue">{t('overdue')}</span> : null}
      {a.dueSoon ? <span className="tag app-tag-soon">{t('dueSoon')}</span> : null}
    </span>
  );
}
