import { useState } from 'react';
import { type OperationContext, type TypedDocumentNode, useMutation } from 'urql';
import { ConfirmDeleteDialog } from './ConfirmDeleteDialog';
import { errorMessage } from './LoadError';

/** How one kind of thing is deleted: a mutation that takes its id, and what the dialog warns of. */
export interface Deletion<Data> {
  mutation: TypedDocumentNode<Data, { id: string }>;
  /** Whether the answer says it went. */
  deleted(data: Data): boolean;
  /** The lists that show such things, so that they refetch without it. */
  context: Partial<OperationContext>;
  /** What goes and what stays. */
  consequence: string;
}

/**
 * A button that asks before deleting `target`, then deletes it. A refusal is said in the dialog,
 * which stays open to try again or cancel.
 */
export function DeleteButton<Data>({
  label,
  target,
  deletion,
  onDeleted,
}: {
  label: string;
  target: { id: string; name: string };
  deletion: Deletion<Data>;
  onDeleted(): void;
}) {
  const [asking, setAsking] = useState(false);
  const [, runDelete] = useMutation(deletion.mutation);
  return (
    <>
      <button type="button" className="button-secondary" onClick={() => setAsking(true)}>
        {label}
      </button>
      {asking && (
        <ConfirmDeleteDialog
          name={target.name}
          consequence={deletion.consequence}
          onCancel={() => setAsking(false)}
          onConfirm={async () => {
            const answer = await runDelete({ id: target.id }, deletion.context);
            if (!answer.data || !deletion.deleted(answer.data)) {
              return `It could not be deleted: ${answer.error ? errorMessage(answer.error) : 'the server did not answer'}.`;
            }
            onDeleted();
            return null;
          }}
        />
      )}
    </>
  );
}
