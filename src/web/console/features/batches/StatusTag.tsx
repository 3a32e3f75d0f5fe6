import { useT } from '../../i18n/i18n.js';
import type { BatchStatus } from './batches.api.js';
import { batchMessages } from './batches.messages.js';

// Finished batches read as done (green); anything still waiting on someone stays neutral.
const DONE: readonly BatchStatus[] = ['reconciled'];

export function StatusTag({ status }: { status: BatchStatus }) {
  const t = useT(batchMessages);
  return <span className={`tag ${DONE.includes(status) ? 'tag-green' : status === 'open' ? 'tag-blue' : 'tag-grey'}`}>{t(`status.${status}`)}</span>;
}
