import type { CombinedError } from 'urql';

/** The server's own message when it sent one, else that it did not answer. */
export function errorMessage(error: CombinedError): string {
  return error.graphQLErrors[0]?.message ?? 'the server did not answer';
}

/** A page's list could not be fetched at all (partial answers get PartialNotice instead). */
export function LoadError({ what, error }: { what: string; error: CombinedError }) {
  return (
    <p className="form-error" role="alert">
      {what} could not be loaded: {errorMessage(error)}.
    </p>
  );
}
