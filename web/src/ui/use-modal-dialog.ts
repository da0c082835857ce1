import { useEffect, useRef } from 'react';

/**
 * A ref for a <dialog> that opens as a modal as soon as it is shown: the browser then keeps the focus
 * in it and closes it on Escape (firing its "close" event).
 */
export function useModalDialog() {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
  }, []);
  return dialog;
}
