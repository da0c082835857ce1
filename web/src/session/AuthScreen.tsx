import { type FormEvent, useId, useState } from 'react';
import { useMutation } from 'urql';
import { graphql } from '../__generated__';
import { Icon } from '../ui/Icon';
import { startSession } from './session-store';
import './auth.css';

// What a sign-in or sign-up gives the session (codegen adds the fragment to both documents).
graphql(`
  fragment SessionFields on AuthPayload {
    token
    expiresAt
    user {
      id
      displayName
      email
    }
  }
`);

const SignIn = graphql(`
  mutation SignIn($email: String!, $password: String!) {
    login(email: $email, password: $password) {
      ...SessionFields
    }
  }
`);

const SignUp = graphql(`
  mutation SignUp($email: String!, $password: String!, $displayName: String) {
    register(email: $email, password: $password, displayName: $displayName) {
      ...SessionFields
    }
  }
`);

type Mode = 'sign-in' | 'sign-up';

/** Sign in or create an account; `notice` says why a previous session ended. */
export function AuthScreen({ mode, notice, onSwitch }: { mode: Mode; notice: string | null; onSwitch(): void }) {
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [signIn, runSignIn] = useMutation(SignIn);
  const [signUp, runSignUp] = useMutation(SignUp);
  const [failure, setFailure] = useState<{ message: string; field?: string } | null>(null);
  const ids = { email: useId(), password: useId(), name: useId(), error: useId() };
  const signingUp = mode === 'sign-up';
  const busy = signIn.fetching || signUp.fetching;

  async function submit(event: FormEvent) {
    event.preventDefault();
    setFailure(null);
    const result = signingUp
      ? await runSignUp({ email, password, displayName: displayName.trim() || null })
      : await runSignIn({ email, password });
    const payload = result.data && ('register' in result.data ? result.data.register : result.data.login);
    if (payload) {
      startSession(payload);
      return;
    }
    const error = result.error?.graphQLErrors[0];
    setFailure(
      error
        ? { message: error.message, field: error.extensions?.field as string | undefined }
        : { message: 'Could not reach Sp0t1fy. Check your connection and try again.' },
    );
  }

  const invalid = (field: string) => (failure?.field === field ? true : undefined);

  return (
    <main className="auth">
      <div className="auth-card">
        <div className="brand brand-large">
          <span className="brand-mark">
            <Icon name="note" size={28} />
          </span>
          Sp0t1fy
        </div>
        <h1>{signingUp ? 'Create your account' : 'Sign in to listen'}</h1>
        <p className="muted">
          {signingUp
            ? 'Upload your own music and take it everywhere.'
            : 'Your library, your uploads, your listening history.'}
        </p>
        {notice && (
          <p className="notice" role="status">
            {notice}
          </p>
        )}
        <form onSubmit={submit} noValidate aria-describedby={failure ? ids.error : undefined}>
          <label htmlFor={ids.email}>Email</label>
          <input
            id={ids.email}
            type="email"
            autoComplete="email"
            required
            value={email}
            aria-invalid={invalid('email')}
            onChange={(event) => setEmail(event.target.value)}
          />
          {signingUp && (
            <>
              <label htmlFor={ids.name}>
                Display name <span className="muted">(optional)</span>
              </label>
              <input
                id={ids.name}
                autoComplete="nickname"
                value={displayName}
                aria-invalid={invalid('displayName')}
                onChange={(event) => setDisplayName(event.target.value)}
              />
            </>
          )}
          <label htmlFor={ids.password}>Password</label>
          <input
            id={ids.password}
            type="password"
            autoComplete={signingUp ? 'new-password' : 'current-password'}
            required
            minLength={signingUp ? 8 : undefined}
            value={password}
            aria-invalid={invalid('password')}
            onChange={(event) => setPassword(event.target.value)}
          />
          {signingUp && <p className="hint">8 to 128 characters.</p>}
          {failure && (
            <p className="form-error" role="alert" id={ids.error}>
              {failure.message}
            </p>
          )}
          <button type="submit" className="button-primary button-block" disabled={busy}>
            {busy ? 'Please wait…' : signingUp ? 'Create account' : 'Sign in'}
          </button>
        </form>
        <p className="auth-switch">
          {signingUp ? 'Already have an account?' : 'New to Sp0t1fy?'}{' '}
          <button type="button" className="link-button" onClick={onSwitch}>
            {signingUp ? 'Sign in' : 'Create an account'}
          </button>
        </p>
      </div>
    </main>
  );
}
