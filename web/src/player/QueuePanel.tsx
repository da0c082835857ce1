import { useEffect, useRef, useState } from 'react';
import { Cover } from '../ui/Cover';
import { Icon } from '../ui/Icon';
import { IconButton } from '../ui/IconButton';
import { MoveButtons } from '../ui/MoveButtons';
import { SidePanel } from '../ui/SidePanel';
import { useDragReorder } from '../ui/use-drag-reorder';
import { usePlayer, usePlayerState } from './PlayerProvider';
import { upNext } from './player-engine';
import './queue.css';

/**
 * The queue beside the page: what is playing and what comes next, in play order. Upcoming songs can
 * be dragged into place, or moved with the up/down buttons (keyboards, touch screens), and removed.
 */
export function QueuePanel({ id, onClose }: { id: string; onClose(): void }) {
  const engine = usePlayer();
  const state = usePlayerState();
  const upcoming = upNext(state);
  const heading = useRef<HTMLHeadingElement>(null);
  // Said to screen readers after a move or removal, as the list changes under the focus.
  const [announcement, setAnnouncement] = useState('');
  const list = useRef<HTMLOListElement>(null);
  // After a move with the buttons, focus follows the song, so it can be moved again and again.
  const [moved, setMoved] = useState<{ index: number; direction: 'up' | 'down' } | null>(null);
  const [removed, setRemoved] = useState<number | null>(null);
  const drag = useDragReorder((from, to) => move(from, to));

  useEffect(() => {
    if (!moved) return;
    const row = list.current?.children[moved.index];
    const buttons = Array.from(row?.querySelectorAll<HTMLButtonElement>('button[data-move]') ?? []);
    // At either end that button is disabled: the other direction's takes the focus.
    const target = buttons.find((button) => button.dataset.move === moved.direction && !button.disabled);
    (target ?? buttons.find((button) => !button.disabled))?.focus();
    setMoved(null);
  }, [moved]);

  function move(from: number, to: number, direction?: 'up' | 'down') {
    const title = upcoming[from]?.song.title;
    if (!title || to < 0 || to >= upcoming.length) return;
    engine.moveInQueue(from, to);
    setAnnouncement(`Moved “${title}” to position ${to + 1} of ${upcoming.length}.`);
    if (direction) setMoved({ index: to, direction });
  }

  function remove(index: number) {
    const title = upcoming[index]?.song.title;
    engine.removeFromQueue(index);
    setAnnouncement(`Removed “${title}” from the queue.`);
    setRemoved(index);
  }

  // The removed row's button took the focus with it: the next row's (or the last one's) takes it over.
  useEffect(() => {
    if (removed === null) return;
    const rows = list.current?.children;
    const row = rows?.[Math.min(removed, rows.length - 1)];
    (row?.querySelector<HTMLElement>('[data-remove]') ?? heading.current)?.focus();
    setRemoved(null);
  }, [removed]);

  return (
    <SidePanel
      id={id}
      title="Queue"
      closeLabel="Close the queue"
      className="queue-panel"
      headingRef={heading}
      onClose={onClose}
    >
      <h3 className="queue-section">Now playing</h3>
      {state.current ? (
        <div className="queue-item current">
          <Cover url={state.current.coverUrl} size={40} title={state.current.title} />
          <span className="queue-text">
            <span className="queue-title">{state.current.title}</span>
            <span className="queue-artist muted">{state.current.artist}</span>
          </span>
        </div>
      ) : (
        <p className="muted small">Nothing is playing.</p>
      )}

      <h3 className="queue-section">Next up</h3>
      {upcoming.length === 0 ? (
        <p className="muted small">Nothing queued. Use “Add to queue” or “Play next” on any song.</p>
      ) : (
        <ol ref={list} className="queue-list" aria-label="Next up">
          {upcoming.map(({ song, queueIndex }, index) => (
            <li
              key={queueIndex}
              className={`queue-item${drag.over === index && drag.dragging !== index ? ' drop-target' : ''}${drag.dragging === index ? ' dragging' : ''}`}
              {...drag.itemProps(index)}
            >
              <span className="drag-handle muted" aria-hidden="true" title="Drag to reorder">
                <Icon name="dragHandle" size={18} />
              </span>
              <span className="queue-text">
                <span className="queue-title">{song.title}</span>
                <span className="queue-artist muted">{song.artist}</span>
              </span>
              <span className="queue-actions">
                <MoveButtons title={song.title} index={index} count={upcoming.length} onMove={move} />
                <IconButton
                  small
                  label={`Remove ${song.title} from the queue`}
                  icon="close"
                  data-remove
                  onClick={() => remove(index)}
                />
              </span>
            </li>
          ))}
        </ol>
      )}
      <p className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>
    </SidePanel>
  );
}
