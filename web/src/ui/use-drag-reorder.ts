import { type DragEvent, useState } from 'react';

export interface DragReorder {
  /** Props for the item at `index`: it can be dragged, and dropped onto to take its place. */
  itemProps(index: number): {
    draggable: true;
    onDragStart(event: DragEvent): void;
    onDragOver(event: DragEvent): void;
    onDragLeave(): void;
    onDrop(event: DragEvent): void;
    onDragEnd(): void;
  };
  /** The index being dragged and the one it would land on, for styling; null when not dragging. */
  dragging: number | null;
  over: number | null;
}

const DRAG_TYPE = 'application/x-sp0t1fy-index';

/**
 * Drag-and-drop reordering of a list with the browser's own drag events: dropping item `from` onto
 * item `to` calls `onMove(from, to)` (the order itself is the caller's, moved with `moveItem`).
 * Pointer-only: lists using it also offer move up/down buttons for keyboards and touch screens.
 */
export function useDragReorder(onMove: (from: number, to: number) => void): DragReorder {
  const [dragging, setDragging] = useState<number | null>(null);
  const [over, setOver] = useState<number | null>(null);
  const end = () => {
    setDragging(null);
    setOver(null);
  };
  return {
    dragging,
    over,
    itemProps: (index) => ({
      draggable: true,
      onDragStart(event) {
        event.dataTransfer.effectAllowed = 'move';
        event.dataTransfer.setData(DRAG_TYPE, String(index));
        setDragging(index);
      },
      onDragOver(event) {
        if (!event.dataTransfer.types.includes(DRAG_TYPE)) return;
        // Accepting the drop: without preventDefault the browser refuses it.
        event.preventDefault();
        event.dataTransfer.dropEffect = 'move';
        setOver(index);
      },
      onDragLeave() {
        setOver((current) => (current === index ? null : current));
      },
      onDrop(event) {
        const from = Number.parseInt(event.dataTransfer.getData(DRAG_TYPE), 10);
        event.preventDefault();
        end();
        if (Number.isInteger(from) && from !== index) onMove(from, index);
      },
      onDragEnd: end,
    }),
  };
}
