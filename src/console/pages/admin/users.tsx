import { ROLES } from '../../../domain/roles';
import type { HostView } from '../../../services/hosts';
import type { UserView } from '../../../services/users';
import { Field, FormErrors, SelectField, optionsOf, type FieldMessages } from '../../components/field';
import { CsrfField, Layout, type Viewer } from '../../components/layout';
import { EmptyState, Notice } from '../../components/notice';
import type { Flash } from '../../flash';
import { ROLE_LABELS } from '../../labels';
import { tokyoDateTime } from '../../tokyo-time';

export type NewUserDraft = { name?: string | undefined; role?: string | undefined; hostId?: string | undefined };

type Props = {
  viewer: Viewer;
  flash: Flash | null;
  users: UserView[];
  hosts: HostView[];
  nextHref: string | null;
  draft: NewUserDraft;
  errors: FieldMessages;
};

/** Everyone who may sign in, what they are, and the four things the city does for them. */
export function UsersPage({ viewer, flash, users, hosts, nextHref, draft, errors }: Props) {
  const hostNames = new Map(hosts.map((host) => [host.id, host.name]));
  return (
    <Layout title="利用者" viewer={viewer} flash={flash} current="/users">
      <p>
        <a href="#new-user">利用者を追加する</a>
      </p>
      {users.length === 0 ? (
        <EmptyState title="利用者はまだいません">
          <p>下の「利用者を追加する」から登録してください。</p>
        </EmptyState>
      ) : (
        <ul class="list users">
          {users.map((user) => (
            <li class={user.disabled ? 'item user-disabled' : 'item'}>
              <span class="item-title">{user.name}</span>
              <span class="meta">
                {ROLE_LABELS[user.role]}
                {user.hostId ? `・${hostNames.get(user.hostId) ?? user.hostId}` : ''}
                ・登録 {tokyoDateTime(user.createdAt)}・
                <span class={user.disabled ? 'badge user-state-off' : 'badge user-state-on'}>{user.disabled ? '無効' : '有効'}</span>
              </span>
              <UserActions viewer={viewer} user={user} />
              <span class="meta">
                <a href={`/audit?actorId=${encodeURIComponent(user.id)}`}>この人の操作の記録</a>・<code>{user.id}</code>
              </span>
            </li>
          ))}
        </ul>
      )}
      {nextHref ? (
        <p>
          <a href={nextHref}>次の利用者を表示</a>
        </p>
      ) : null}

      <h2 id="new-user">利用者を追加する</h2>
      <form method="post" action="/users" class="stack">
        <CsrfField viewer={viewer} />
        <FormErrors errors={errors} />
        <Field label="名前" name="name" value={draft.name} errors={errors} required autocomplete="off" />
        <SelectField label="役割" name="role" options={optionsOf(ROLE_LABELS, ROLES)} value={draft.role ?? 'supporter'} errors={errors} />
        <SelectField
          label="受け入れ先"
          name="hostId"
          options={hosts.map((host) => ({ value: host.id, label: host.name }))}
          value={draft.hostId}
          blank="（受け入れ先の利用者のときに選ぶ）"
          errors={errors}
          hint="役割が「受け入れ先」のときだけ選びます。"
        />
        <div class="actions">
          <button type="submit">追加してトークンを発行する</button>
        </div>
      </form>
    </Layout>
  );
}

/**
 * The three things done for one user, as one form whose buttons post to their own address (one
 * CSRF field a row, not three). Each button's accessible name says whose it is.
 */
function UserActions({ viewer, user }: { viewer: Viewer; user: UserView }) {
  const base = `/users/${user.id}`;
  const toggle = user.disabled ? '有効に戻す' : '無効にする';
  return (
    <form method="post" action={`${base}/disabled`} class="actions">
      <CsrfField viewer={viewer} />
      <button type="submit" name="disabled" value={String(!user.disabled)} class="button secondary" aria-label={`${user.name}を${toggle}`}>
        {toggle}
      </button>
      <button type="submit" formaction={`${base}/token`} class="button secondary" aria-label={`${user.name}のトークンを再発行`}>
        トークンを再発行
      </button>
      <button
        type="submit"
        formaction={`${base}/sign-in-link`}
        class="button secondary"
        aria-label={`${user.name}のサインイン用リンクを発行`}
      >
        サインイン用リンクを発行
      </button>
    </form>
  );
}

type SecretProps = { viewer: Viewer; title: string; done: string; label: string; secret: string; expiresAt?: string; warning: string };

/**
 * A token or sign-in link, shown in the answer to the post that made it and never again: it is
 * not kept anywhere a later page could read it back from, so leaving this page loses it.
 */
export function SecretPage({ viewer, title, done, label, secret, expiresAt, warning }: SecretProps) {
  return (
    <Layout title={title} viewer={viewer} current="/users">
      <Notice kind="ok">{done}</Notice>
      <Notice kind="info">
        <p>
          <strong>この画面を離れると、二度と表示できません。</strong>
          {warning}
        </p>
      </Notice>
      <div class="field secret">
        <label for="secret">{label}</label>
        <textarea id="secret" readonly rows={3} aria-describedby={expiresAt ? 'secret-expiry' : undefined}>
          {secret}
        </textarea>
        {expiresAt ? (
          <span class="hint" id="secret-expiry">
            有効期限: {tokyoDateTime(expiresAt)}（一度使うと無効になります）
          </span>
        ) : null}
      </div>
      <p>
        <a class="button" href="/users">
          利用者の一覧へ戻る
        </a>
      </p>
    </Layout>
  );
}
