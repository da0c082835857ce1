/** The button under a paged list that loads its next page; it says so while it does. */
export function LoadMore({ label, loading, onLoad }: { label: string; loading: boolean; onLoad(): void }) {
  return (
    <div className="load-more">
      <button type="button" className="button-secondary" onClick={onLoad} disabled={loading}>
        {loading ? 'Loading…' : label}
      </button>
    </div>
  );
}
