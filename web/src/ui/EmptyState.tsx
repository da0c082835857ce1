import type { ReactNode } from 'react';
import { Link } from 'wouter';
import { Icon, type IconName } from './Icon';

/** What a page shows in place of an empty list: why it is empty, and usually what to do about it. */
export function EmptyState({
  icon,
  title,
  children,
  action,
  link,
}: {
  icon: IconName;
  title: string;
  children: ReactNode;
  /** A button leading out of the empty state. */
  action?: ReactNode;
  /** A page to go to instead: the empty state's main way out. */
  link?: { href: string; label: string };
}) {
  return (
    <div className="empty">
      <Icon name={icon} size={40} />
      <h2>{title}</h2>
      <p className="muted">{children}</p>
      {action}
      {link && (
        <Link href={link.href} className="button-primary">
          {link.label}
        </Link>
      )}
    </div>
  );
}
