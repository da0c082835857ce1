import { type FormEvent, useId, useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../__generated__';
import type { AppPasswordFieldsFragment } from '../__generated__/graphql';
import { DialogActions } from '../ui/DialogActions';
import { formatWhen } from '../ui/format';
import { useModalDialog } from '../ui/use-modal-dialog';
import '../songs/dialog.css';
import './app-passwords.css';

export const AppPasswordFields = graphql(`
  fragment AppPasswordFields on AppPassword {
    id
    name
    createdAt
    lastUsedAt
  }
`);

const AppPasswords = graphql(`
  query AppPasswords {
    me {
      id
      email
      appPasswords {
        ...AppPasswordFields
      }
    }
  }
`);

const CreateAppPassword = graphql(`
  mutation CreateAppPassword($name: String!) {
    createAppPassword(name: $name) {
      password
      appPassword {
        ...AppPasswordFields
      }
    }
  }
`);

const RevokeAppPassword = graphql(`
  mutation RevokeAppPassword($id: ID!) {
    revokeAppPassword(id: $id)
  }
`);

// An empty list names no AppPassword, so the query says which answers make it stale.
const APP_PASSWORDS = { additionalTypenames: ['AppPassword'] };
const NAME_MAX_LENGTH = 100;

type Listed = AppPasswordFieldsFragment;

/** App passwords for Subsonic apps: create (shown once), list with last use, revoke. */
export function AppPasswordsSection() {
  const headingId = useId();
  const [result] = useQuery({ query: AppPasswords, context: APP_PASSWORDS });
  const me = result.data?.me;
  const [created, setCreated] = useState<{ name: string; password: string } | null>(null);
  const [revoking, setRevoking] = useState<Listed | null>(null);

  return (
    <section className="app-passwords" aria-labelledby={headingId}>
      <h2 id={headingId}>App passwords</h2>
      <p className="muted">
        Subsonic apps such as Symfonium, DSub and Feishin can play your library. Give each app its own app password, so
        none of them holds your account password, and revoke it here when you stop using the app.
      </p>
      <dl className="app-password-setup">
        <dt>Server URL</dt>
        <dd>
          <code>{window.location.origin}</code>
        </dd>
        <dt>Username</dt>
        <dd>{me?.email ? <code>{me.email}</code> : 'your email address'}</dd>
        <dt>Password</dt>
        <dd>an app password you create below</dd>
      </dl>

      <CreateForm onCreated={setCreated} />
      {created && <NewPassword created={created} onDone={() => setCreated(null)} />}

      {result.fetching && !result.data ? (
        <p className="muted">Loading…</p>
      ) : me?.appPasswords ? (
        <AppPasswordList appPasswords={me.appPasswords} onRevoke={setRevoking} />
      ) : (
        <p className="form-error" role="alert">
          Your app passwords cannot be shown right now; try again in a moment.
        </p>
      )}
      {revoking && (
        <RevokeDialog
          appPassword={revoking}
          onClose={() => setRevoking(null)}
          onRevoked={() => {
            if (created?.name === revoking.name) setCreated(null);
            setRevoking(null);
          }}
        />
      )}
    </section>
  );
}

function CreateForm({ onCreated }: { onCreated(created: { name: string; password: string }): void }) {
  const nameId = useId();
  const hintId = useId();
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [creating, create] = useMutation(CreateAppPassword);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const answer = await create({ name: name.trim() }, APP_PASSWORDS);
    const made = answer.data?.createAppPassword;
    if (!made) {
      setError(answer.error?.graphQLErrors[0]?.message ?? 'The app password could not be created.');
      return;
    }
    setError(null);
    setName('');
    onCreated({ name: made.appPassword.name, password: made.password });
  }

  return (
    <form className="app-password-form" onSubmit={submit}>
      <label htmlFor={nameId} className="stacked-label">
        App name
      </label>
      <div className="app-password-form-row">
        <input
          id={nameId}
          value={name}
          maxLength={NAME_MAX_LENGTH}
          placeholder="Symfonium on my phone"
          aria-describedby={hintId}
          aria-invalid={error ? true : undefined}
          onChange={(event) => setName(event.target.value)}
        />
        <button type="submit" className="button-primary" disabled={creating.fetching || !name.trim()}>
          Create
        </button>
      </div>
      <p id={hintId} className="hint">
        A name to recognise it by, up to {NAME_MAX_LENGTH} characters.
      </p>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}

function NewPassword({ created, onDone }: { created: { name: string; password: string }; onDone(): void }) {
  const passwordId = useId();
  const [copied, setCopied] = useState<'copied' | 'failed' | null>(null);

  async function copy() {
    try {
      await navigator.clipboard.writeText(created.password);
      setCopied('copied');
    } catch {
      setCopied('failed');
    }
  }

  return (
    <div className="notice app-password-created" role="status">
      <p>
        Your app password for <strong>{created.name}</strong>:
      </p>
      <div className="app-password-secret">
        <label htmlFor={passwordId} className="visually-hidden">
          New app password
        </label>
        <input
          id={passwordId}
          className="app-password-value"
          readOnly
          value={created.password}
          size={created.password.length}
          spellCheck={false}
          onFocus={(event) => event.currentTarget.select()}
        />
        <button type="button" className="button-secondary small" aria-describedby={passwordId} onClick={copy}>
          {copied === 'copied' ? 'Copied' : 'Copy'}
        </button>
      </div>
      {copied === 'failed' && <p className="form-error">Copying did not work: select the password and copy it.</p>}
      <p className="app-password-warning">
        Copy it now: it will not be shown again. If you lose it, revoke it and create another.
      </p>
      <button type="button" className="link-button" onClick={onDone}>
        Done
      </button>
    </div>
  );
}

function AppPasswordList({ appPasswords, onRevoke }: { appPasswords: Listed[]; onRevoke(appPassword: Listed): void }) {
  if (appPasswords.length === 0) return <p className="muted">You have no app passwords yet.</p>;
  return (
    <table className="app-password-list">
      <caption className="visually-hidden">Your app passwords</caption>
      <thead>
        <tr>
          <th scope="col">Name</th>
          <th scope="col">Created</th>
          <th scope="col">Last used</th>
          <th scope="col">
            <span className="visually-hidden">Actions</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {appPasswords.map((appPassword) => (
          <tr key={appPassword.id}>
            <th scope="row">{appPassword.name}</th>
            <td>
              <time dateTime={appPassword.createdAt}>{formatWhen(appPassword.createdAt)}</time>
            </td>
            <td>
              {appPassword.lastUsedAt ? (
                <time dateTime={appPassword.lastUsedAt}>{formatWhen(appPassword.lastUsedAt)}</time>
              ) : (
                'never'
              )}
            </td>
            <td>
              <button
                type="button"
                className="button-secondary small"
                aria-label={`Revoke ${appPassword.name}`}
                onClick={() => onRevoke(appPassword)}
              >
                Revoke
              </button>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Confirms revoking: apps using the password stop working at once. */
function RevokeDialog({
  appPassword,
  onClose,
  onRevoked,
}: {
  appPassword: Listed;
  onClose(): void;
  onRevoked(): void;
}) {
  const dialog = useModalDialog();
  const titleId = useId();
  const [revoking, revoke] = useMutation(RevokeAppPassword);
  const [error, setError] = useState<string | null>(null);

  async function confirm() {
    const answer = await revoke({ id: appPassword.id }, APP_PASSWORDS);
    if (answer.data?.revokeAppPassword) onRevoked();
    else setError(answer.error?.graphQLErrors[0]?.message ?? 'The app password could not be revoked.');
  }

  return (
    <dialog ref={dialog} className="dialog" aria-labelledby={titleId} onClose={onClose}>
      <h2 id={titleId}>Revoke “{appPassword.name}”?</h2>
      <p className="muted">Apps signed in with it stop working at once. You can create a new one any time.</p>
      <DialogActions error={error} onCancel={() => dialog.current?.close()}>
        <button type="button" className="button-danger" disabled={revoking.fetching} onClick={confirm}>
          Revoke
        </button>
      </DialogActions>
    </dialog>
  );
}
