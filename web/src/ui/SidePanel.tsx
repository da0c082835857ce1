import { type ReactNode, type RefObject, useEffect, useId, useRef } from 'react';
import { IconButton } from './IconButton';
import './side-panel.css';

/**
 * A titled panel at the right edge above the player bar (the whole screen on phones). Its heading
 * takes the focus when it opens, so a screen reader says where the focus went; Escape closes it
 * wherever the focus is, unless a menu or dialog took the key first.
 */
export function SidePanel({
  id,
  title,
  closeLabel,
  className,
  headingRef,
  onClose,
  children,
}: {
  id: string;
  title: string;
  closeLabel: string;
  /** The panel's own class, for its width and look. */
  className: string;
  /** For a panel that gives the focus back to its heading later. */
  headingRef?: RefObject<HTMLHeadingElement | null>;
  onClose(): void;
  children: ReactNode;
}) {
  const headingId = useId();
  const ownHeading = useRef<HTMLHeadingElement>(null);
  const heading = headingRef ?? ownHeading;
  const latestClose = useRef(onClose);
  latestClose.current = onClose;

  // biome-ignore lint/correctness/useExhaustiveDependencies: only on opening; the heading stays the same element
  useEffect(() => heading.current?.focus(), []);

  useEffect(() => {
    function onKeyDown(event: globalThis.KeyboardEvent) {
      if (event.key !== 'Escape' || event.defaultPrevented || document.querySelector('dialog[open]')) return;
      latestClose.current();
    }
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);

  return (
    <aside id={id} className={`side-panel ${className}`} aria-labelledby={headingId}>
      <div className="side-panel-header">
        <h2 id={headingId} ref={heading} tabIndex={-1}>
          {title}
        </h2>
        <IconButton label={closeLabel} icon="close" onClick={onClose} />
      </div>
      {children}
    </aside>
  );
}
