import type { Context, Hono } from 'hono';
import type { AppEnv, Ctx } from '../context';
import { MAX_PAGE_SIZE } from '../config';
import { AuditEventListQuery } from '../routes/audit/audit.schemas';
import { UserInput, UserPatch } from '../routes/users/users.schemas';
import { listAuditEvents } from '../services/audit';
import { listHosts } from '../services/hosts';
import { createSignInLink, createUser, listUsers, rotateUserToken, updateUser } from '../services/users';
import type { FieldMessages } from './components/field';
import type { Viewer } from './components/layout';
import { setFlash, takeFlash } from './flash';
import { attempt, parseWith, readForm } from './forms';
import { AuditPage, type AuditFilters } from './pages/admin/audit';
import { SecretPage, UsersPage, type NewUserDraft } from './pages/admin/users';
import { idParam, signedIn, stripEmpty, validMessages } from './signed-in';

const USERS_PAGE_SIZE = 50;
const AUDIT_PAGE_SIZE = 50;

/** A secret is never cached by the browser or anything between it and us. */
const NO_STORE = { 'cache-control': 'no-store' };

type C = Context<AppEnv>;

/**
 * The city's pages: users and the audit log. Who may use them is the services' policy (user.read,
 * audit.read), so another role gets the same 403 page as from the API.
 */
export function registerAdminPages(app: Hono<AppEnv>): void {
  app.get(
    '/users',
    signedIn(async (c, { ctx, viewer }) => c.html(await usersPage(c, ctx, viewer, {}, {}))),
  );

  app.post(
    '/users',
    signedIn(async (c, { ctx, viewer }) => {
      const { one } = await readForm(c, viewer.csrf);
      const draft: NewUserDraft = { name: one['name'] ?? '', role: one['role'] ?? '', hostId: one['hostId'] || undefined };
      const outcome = await attempt(() => createUser(ctx, parseWith(UserInput, draft)));
      if (!outcome.ok) return c.html(await usersPage(c, ctx, viewer, draft, outcome.messages), 400);
      return c.html(
        <SecretPage
          viewer={viewer}
          title="利用者を追加しました"
          done={`${outcome.value.name}さんを追加しました`}
          label={`${outcome.value.name}さんのトークン`}
          secret={outcome.value.token}
          warning="本人に安全な方法で渡してください。トークンを扱えない人には、一覧から「サインイン用リンクを発行」を使ってください。"
        />,
        200,
        NO_STORE,
      );
    }),
  );

  app.post(
    '/users/:id/disabled',
    signedIn(async (c, { ctx, viewer }) => {
      const { one } = await readForm(c, viewer.csrf);
      const outcome = await attempt(() => updateUser(ctx, idParam(c), parseWith(UserPatch, { disabled: one['disabled'] === 'true' })));
      if (!outcome.ok) {
        setFlash(c, { kind: 'error', message: `変更できませんでした: ${Object.values(outcome.messages)[0] ?? outcome.problem.detail}` });
      } else {
        const { name, disabled } = outcome.value;
        setFlash(c, {
          kind: 'ok',
          message: disabled
            ? `${name}さんを無効にしました。開いていた画面もトークンも、すぐに使えなくなります`
            : `${name}さんを有効に戻しました`,
        });
      }
      return c.redirect('/users', 303);
    }),
  );

  app.post(
    '/users/:id/token',
    signedIn(async (c, { ctx, viewer }) => {
      await readForm(c, viewer.csrf);
      const { token } = await rotateUserToken(ctx, idParam(c));
      return c.html(
        <SecretPage
          viewer={viewer}
          title="トークンを再発行しました"
          done="新しいトークンを発行しました。これまでのトークンはもう使えません"
          label="新しいトークン"
          secret={token}
          warning="本人に安全な方法で渡してください。"
        />,
        200,
        NO_STORE,
      );
    }),
  );

  app.post(
    '/users/:id/sign-in-link',
    signedIn(async (c, { ctx, viewer }) => {
      await readForm(c, viewer.csrf);
      const link = await createSignInLink(ctx, idParam(c), new URL(c.req.url).origin);
      return c.html(
        <SecretPage
          viewer={viewer}
          title="サインイン用リンクを発行しました"
          done="一度だけ使えるサインイン用リンクを発行しました"
          label="サインイン用リンク（全体をコピーしてください）"
          secret={link.url}
          expiresAt={link.expiresAt}
          warning="本人にだけ渡してください。リンクを開くと、その人としてサインインします。"
        />,
        200,
        NO_STORE,
      );
    }),
  );

  app.get(
    '/audit',
    signedIn(async (c, { ctx, viewer }) => {
      const raw = c.req.query();
      const filters: AuditFilters = {
        entityId: raw['entityId']?.trim() || undefined,
        actorId: raw['actorId']?.trim() || undefined,
        action: raw['action']?.trim() || undefined,
      };
      try {
        const query = parseWith(AuditEventListQuery, { ...filters, limit: String(AUDIT_PAGE_SIZE), cursor: raw['cursor'] || undefined });
        const page = await listAuditEvents(ctx, { ...query, newestFirst: true });
        const next = page.nextCursor ? `/audit?${new URLSearchParams({ ...stripEmpty(filters), cursor: page.nextCursor })}` : null;
        return c.html(<AuditPage viewer={viewer} filters={filters} errors={{}} items={page.items} nextHref={next} />);
      } catch (error) {
        return c.html(<AuditPage viewer={viewer} filters={filters} errors={validMessages(error)} items={[]} nextHref={null} />, 400);
      }
    }),
  );
}

/** The users page, with the create form holding what was typed and why it was refused. */
async function usersPage(c: C, ctx: Ctx, viewer: Viewer, draft: NewUserDraft, errors: FieldMessages) {
  const cursor = c.req.query('cursor') || undefined;
  const users = await listUsers(ctx, { limit: USERS_PAGE_SIZE, cursor });
  const hosts = await listHosts(ctx, { limit: MAX_PAGE_SIZE });
  const next = users.nextCursor ? `/users?${new URLSearchParams({ cursor: users.nextCursor })}` : null;
  return (
    <UsersPage viewer={viewer} flash={takeFlash(c)} users={users.items} hosts={hosts.items} nextHref={next} draft={draft} errors={errors} />
  );
}
