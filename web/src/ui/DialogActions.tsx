import type { ReactNode } from 'react';

/** What went wrong, if anything, above Cancel and the dialog's own action. */
export function DialogActions({
  error,
  onCancel,
  children,
}: {
  error: string | null | undefined;
  onCancel: () => void;
  children: ReactNode;
}) {
  return (
    <>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      <div className="dialog-actions">
        <button type="button" className="button-secondary" onClick={onCancel}>
          Cancel
        </button>
        {children}
      </div>
    </>
  );
}
