import { useState } from 'preact/hooks';
import { ErrorNotice } from '../components/notice.tsx';

/** Sign in with an API key. It is kept for this tab only (session storage) and sent as a Bearer header. */
export function SignIn({ onSignIn, notice }: { onSignIn: (secret: string) => Promise<void>; notice: string }) {
  const [secret, setSecret] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: Event) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await onSignIn(secret.trim());
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section class="sign-in" aria-labelledby="sign-in-title">
      <h1 id="sign-in-title">Sign in to the desk</h1>
      {notice && (
        <p class="notice notice-error" role="alert">
          {notice}
        </p>
      )}
      <p>
        The desk is where editors turn copy into published articles: check what ingest found, confirm people, places and
        organisations, edit, schedule and publish. Sign in with your API key; the desk shows what its scope allows.
      </p>
      <form onSubmit={submit} class="stack">
        <div class="field">
          <label for="api-key">API key</label>
          <input
            id="api-key"
            name="api-key"
            type="password"
            autocomplete="off"
            spellcheck={false}
            required
            value={secret}
            aria-describedby="api-key-help"
            onInput={(event) => setSecret(event.currentTarget.value)}
          />
          <p id="api-key-help" class="help">
            Starts with <code>dtl_</code>. Kept in this browser tab only, until you sign out or close it.
          </p>
        </div>
        <ErrorNotice error={error} />
        <div>
          <button type="submit" class="primary" disabled={busy || secret.trim() === ''}>
            {busy ? 'Signing in…' : 'Sign in'}
          </button>
        </div>
      </form>
    </section>
  );
}
