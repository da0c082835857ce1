import { useEffect, useRef } from 'react';

/**
 * A ref for a <dialog> that opens as a modal when it mounts. Closing it (Escape, or a Cancel that
 * calls `close()`) fires its `onClose`, where the owner unmounts it.
 */
export function useModalDialog() {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
  }, []);
  return dialog;
}
