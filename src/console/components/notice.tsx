import type { Child } from 'hono/jsx';

/** A confirmation after a write, or a problem to fix; announced to screen readers. */
export function Notice({ kind, children }: { kind: 'ok' | 'error' | 'info'; children?: Child }) {
  return (
    <div class={`notice notice-${kind}`} role={kind === 'error' ? 'alert' : 'status'}>
      {children}
    </div>
  );
}

/** An empty list says what to do next, never only that it is empty. */
export function EmptyState({ title, children }: { title: string; children?: Child }) {
  return (
    <div class="empty">
      <p class="empty-title">{title}</p>
      {children}
    </div>
  );
}
