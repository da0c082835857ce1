import { Icon } from './Icon';

/**
 * Up and down buttons for one row of a reorderable list: the keyboard's way to do what dragging
 * does. `data-move` lets the list give focus back to the same button after the row has moved.
 */
export function MoveButtons({
  title,
  index,
  count,
  onMove,
}: {
  /** What the row is, for the buttons' labels ("Move <title> up"). */
  title: string;
  index: number;
  count: number;
  onMove(from: number, to: number, direction: 'up' | 'down'): void;
}) {
  return (
    <>
      <button
        type="button"
        className="icon-button small"
        aria-label={`Move ${title} up`}
        data-move="up"
        disabled={index === 0}
        onClick={() => onMove(index, index - 1, 'up')}
      >
        <Icon name="moveUp" size={18} />
      </button>
      <button
        type="button"
        className="icon-button small"
        aria-label={`Move ${title} down`}
        data-move="down"
        disabled={index === count - 1}
        onClick={() => onMove(index, index + 1, 'down')}
      >
        <Icon name="moveDown" size={18} />
      </button>
    </>
  );
}
