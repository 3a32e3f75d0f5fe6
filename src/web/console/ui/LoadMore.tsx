/** The "load more" button under a paged list (lib/use-paged-list.ts); absent on the last page. */
export function LoadMore({ list, label }: { list: { cursor: unknown; busy?: boolean; loadMore(): void }; label: string }) {
  if (list.cursor === null || list.cursor === undefined) return null;
  return (
    <button type="button" className="button secondary" disabled={list.busy} onClick={list.loadMore}>
      {label}
    </button>
  );
}
