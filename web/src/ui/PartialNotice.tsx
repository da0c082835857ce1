import type { ReactNode } from 'react';
import { Icon } from './Icon';

/**
 * A quiet line for an answer that came with errors as well as data: a service behind some fields is
 * down (the API nulls just those fields), so the page shows what it has and says that some is missing.
 * urql gives such an answer both `data` and `error`; the page passes whether that is the case.
 * `children` says what is missing when the page knows (a whole list, say).
 */
export function PartialNotice({ show, children }: { show: boolean; children?: ReactNode }) {
  if (!show) return null;
  return (
    <p className="partial-notice muted small" role="status">
      <Icon name="warning" size={16} />
      {children ?? 'Some details are unavailable right now; the rest is shown.'}
    </p>
  );
}
