import { type ReactNode, useId, useState } from 'react';
import { DialogActions } from './DialogActions';
import { useModalDialog } from './use-modal-dialog';
import '../songs/dialog.css';

/**
 * Asks before deleting `name`; `consequence` says what goes and what stays. `onConfirm` deletes and
 * answers null when it did, or the message to show when it could not.
 */
export function ConfirmDeleteDialog({
  name,
  consequence,
  onConfirm,
  onCancel,
}: {
  name: string;
  consequence: ReactNode;
  onConfirm(): Promise<string | null>;
  onCancel(): void;
}) {
  const dialog = useModalDialog();
  const titleId = useId();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function confirm() {
    setBusy(true);
    try {
      setError(await onConfirm());
    } catch {
      setError('It could not be deleted; try again.');
    } finally {
      setBusy(false);
    }
  }

  return (
    <dialog ref={dialog} className="dialog" aria-labelledby={titleId} onClose={onCancel}>
      <h2 id={titleId}>Delete “{name}”?</h2>
      <p className="muted">{consequence}</p>
      <DialogActions error={error} onCancel={() => dialog.current?.close()}>
        <button type="button" className="button-primary" disabled={busy} onClick={confirm}>
          Delete
        </button>
      </DialogActions>
    </dialog>
  );
}
