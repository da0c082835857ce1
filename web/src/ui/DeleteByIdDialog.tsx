import { type OperationContext, type TypedDocumentNode, useMutation } from 'urql';
import { ConfirmDeleteDialog } from './ConfirmDeleteDialog';
import { errorMessage } from './LoadError';

/**
 * Asks before deleting `target` with a mutation that takes its id; `deleted` reads from the answer
 * whether it went. A refusal is said in the dialog, which stays open to try again or cancel.
 */
export function DeleteByIdDialog<Data>({
  target,
  consequence,
  mutation,
  context,
  deleted,
  onCancel,
  onDeleted,
}: {
  target: { id: string; name: string };
  consequence: string;
  mutation: TypedDocumentNode<Data, { id: string }>;
  /** The lists that show the target, so that they refetch without it. */
  context: Partial<OperationContext>;
  deleted(data: Data): boolean;
  onCancel(): void;
  onDeleted(): void;
}) {
  const [, runDelete] = useMutation(mutation);
  return (
    <ConfirmDeleteDialog
      name={target.name}
      consequence={consequence}
      onCancel={onCancel}
      onConfirm={async () => {
        const answer = await runDelete({ id: target.id }, context);
        if (!answer.data || !deleted(answer.data)) {
          return `It could not be deleted: ${answer.error ? errorMessage(answer.error) : 'the server did not answer'}.`;
        }
        onDeleted();
        return null;
      }}
    />
  );
}
