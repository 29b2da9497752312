import type { ComponentChildren } from 'preact';
import { messageOf } from '../api.ts';

/** An error the editor should read: announced at once (role=alert). */
export function ErrorNotice({ error, children }: { error: unknown; children?: ComponentChildren }) {
  if (!error) return null;
  return (
    <div class="notice notice-error" role="alert">
      <p>{messageOf(error)}</p>
      {children}
    </div>
  );
}

export function Loading({ what }: { what: string }) {
  return (
    <p class="muted" role="status">
      Loading {what}…
    </p>
  );
}

/** Where the outcome of an action is announced politely (role=status); keep it mounted. */
export function StatusLine({ message }: { message: string }) {
  return (
    <p class="status-line" role="status" aria-live="polite">
      {message}
    </p>
  );
}
