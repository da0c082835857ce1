import type { ReactNode } from 'react';

/**
 * A page's title and the quiet line under it. A `live` line (a count that follows a search, say) is
 * a status region, there from the start so that screen readers announce what it comes to say.
 */
export function PageHeader({ title, live = false, children }: { title: string; live?: boolean; children?: ReactNode }) {
  return (
    <div className="page-header">
      <h1>{title}</h1>
      {live ? (
        <p className="muted" aria-live="polite" role="status">
          {children}
        </p>
      ) : (
        children && <p className="muted">{children}</p>
      )}
    </div>
  );
}
