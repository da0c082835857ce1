import type { ReactNode } from 'react';
import { Icon, type IconName } from './Icon';

/** What a page shows in place of an empty list: why it is empty, and usually what to do about it. */
export function EmptyState({
  icon,
  title,
  children,
  action,
}: {
  icon: IconName;
  title: string;
  children: ReactNode;
  /** A link or button leading out of the empty state. */
  action?: ReactNode;
}) {
  return (
    <div className="empty">
      <Icon name={icon} size={40} />
      <h2>{title}</h2>
      <p className="muted">{children}</p>
      {action}
    </div>
  );
}
