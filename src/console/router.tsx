import { Hono } from 'hono';
import { z } from '@hono/zod-openapi';
import { auditRefusal } from '../auth/audit-refusal';
import { assertCan, assertHostMayAct } from '../auth/policy';
import { holderOfToken } from '../auth/tokens';
import type { AppEnv, Ctx } from '../context';
import { OPPORTUNITY_KINDS } from '../domain/types';
import { AREAS } from '../config';
import { etagOf } from '../lib/etag';
import { Problem } from '../lib/problem';
import { ParticipantInput, ParticipantListQuery, ParticipantPatch, ConsentInput } from '../routes/participants/participants.schemas';
import { OpportunityListQuery } from '../routes/opportunities/opportunities.schemas';
import { PlacementInput } from '../routes/placements/placements.schemas';
import { listCheckIns } from '../services/follow-ups';
import { matchParticipant } from '../services/matching';
import { listOpportunities } from '../services/opportunities';
import {
  createParticipant,
  getParticipant,
  getParticipantSummary,
  listParticipants,
  recordConsent,
  updateParticipant,
} from '../services/participants';
import { createPlacement, getPlacement, listPlacements } from '../services/placements';
import type { FieldMessages } from './components/field';
import { CONSOLE_CSS } from './console-css';
import { registerCoordinatorPages } from './coordinator-pages';
import { setFlash, takeFlash } from './flash';
import { registerAdminPages } from './admin-pages';
import { attempt, parseWith, readForm } from './forms';
import { participantFromForm } from './participant-input';
import { CatalogPage } from './pages/catalog';
import { ErrorPage } from './pages/error';
import { registerHostPages } from './host-pages';
import { registerImportPages } from './import-pages';
import { registerUnmetNeedsPages } from './unmet-needs-pages';
import { HomePage } from './pages/home';
import { MatchesPage } from './pages/matches';
import { ParticipantPage } from './pages/participant';
import { ParticipantFormPage } from './pages/participant-form';
import { ParticipantsPage } from './pages/participants';
import { LinkUnusablePage, SignInPage } from './pages/sign-in';
import { currentSession, endSession, newSignInCsrf, signInCsrf, startSession, startSessionFromLink } from './session';
import { idParam, signedIn, stripEmpty, validMessages } from './signed-in';

const MatchFilterQuery = z.object({
  kind: z.enum(OPPORTUNITY_KINDS).optional().catch(undefined),
  area: z.enum(AREAS).optional().catch(undefined),
  online: z.literal('on').optional().catch(undefined),
});

const PARTICIPANTS_PAGE_SIZE = 50;
const CATALOG_PAGE_SIZE = 20;

export function createConsoleRouter() {
  const app = new Hono<AppEnv>();

  app.get('/console.css', (c) =>
    c.body(CONSOLE_CSS, 200, { 'content-type': 'text/css; charset=utf-8', 'cache-control': 'public, max-age=3600' }),
  );

  app.get('/', async (c) => {
    const session = await currentSession(c);
    if (!session) return c.html(<SignInPage csrf={newSignInCsrf(c)} />);
    assertHostMayAct(session.actor, session.hostStatus, false);
    return c.html(<HomePage viewer={{ actor: session.actor, csrf: session.csrf }} flash={takeFlash(c)} />);
  });

  app.post('/sign-in', async (c) => {
    const token = (await readForm(c, signInCsrf(c))).one['token']?.trim() ?? '';
    const holder = token ? await holderOfToken(c.get('deps').db, token) : null;
    if (!holder) return c.html(<SignInPage csrf={newSignInCsrf(c)} failed />, 401);
    await startSession(c, holder.actor.id);
    setFlash(c, { kind: 'ok', message: 'サインインしました' });
    return c.redirect('/', 303);
  });

  app.get('/sign-in/:token', async (c) => {
    if (!(await startSessionFromLink(c, c.req.param('token') ?? ''))) return c.html(<LinkUnusablePage />, 410);
    setFlash(c, { kind: 'ok', message: 'サインインしました' });
    return c.redirect('/', 303);
  });

  // Anyone with a session may end it, whatever their host's status.
  app.post('/sign-out', async (c) => {
    const session = await currentSession(c);
    if (!session) return c.redirect('/', 303);
    await readForm(c, session.csrf);
    await endSession(c, session);
    return c.html(<SignInPage csrf={newSignInCsrf(c)} />);
  });

  app.get(
    '/participants',
    signedIn(async (c, { ctx, viewer }) => {
      const raw = c.req.query();
      const query = { q: raw['q'] || undefined, step: raw['step'] || undefined, consent: raw['consent'] || undefined };
      let errors: FieldMessages = {};
      let filters = {};
      try {
        filters = parseWith(ParticipantListQuery, query);
      } catch (error) {
        errors = validMessages(error);
      }
      const page = await listParticipants(ctx, { ...filters, limit: PARTICIPANTS_PAGE_SIZE, cursor: raw['cursor'] || undefined });
      const next = page.nextCursor ? `/participants?${new URLSearchParams({ ...stripEmpty(query), cursor: page.nextCursor })}` : null;
      return c.html(
        <ParticipantsPage
          viewer={viewer}
          flash={takeFlash(c)}
          filters={{ ...query, step: Number(query.step) || undefined }}
          errors={errors}
          items={page.items}
          nextHref={next}
        />,
      );
    }),
  );

  app.get(
    '/participants/new',
    signedIn(async (c, { ctx, viewer }) => {
      // The form calls no service until it is posted: the same refusal, before it is filled in for nothing.
      assertCan(ctx.actor, 'participant.create');
      return c.html(
        <ParticipantFormPage viewer={viewer} action="/participants/new" title="参加者を登録する" values={null} errors={{}} showPrivate />,
      );
    }),
  );

  app.post(
    '/participants/new',
    signedIn(async (c, { ctx, viewer }) => {
      const draft = participantFromForm(await readForm(c, viewer.csrf), true);
      const outcome = await attempt(() => createParticipant(ctx, parseWith(ParticipantInput, draft)));
      if (!outcome.ok) {
        return c.html(
          <ParticipantFormPage
            viewer={viewer}
            action="/participants/new"
            title="参加者を登録する"
            values={draft as never}
            errors={outcome.messages}
            showPrivate
          />,
          400,
        );
      }
      setFlash(c, { kind: 'ok', message: `${outcome.value.displayName}（${outcome.value.code}）を登録しました` });
      return c.redirect(`/participants/${outcome.value.id}`, 303);
    }),
  );

  app.get(
    '/participants/:id',
    signedIn(async (c, { ctx, viewer }) => {
      const participant = await getParticipant(ctx, idParam(c));
      return c.html(
        <ParticipantPage
          viewer={viewer}
          flash={takeFlash(c)}
          participant={participant}
          placements={await placementsOf(ctx, participant.id)}
          consentErrors={{}}
        />,
      );
    }),
  );

  app.get(
    '/participants/:id/edit',
    signedIn(async (c, { ctx, viewer }) => {
      const participant = await getParticipant(ctx, idParam(c));
      return c.html(
        <ParticipantFormPage
          viewer={viewer}
          action={`/participants/${participant.id}/edit`}
          title={`${participant.displayName}の内容を変更する`}
          values={participant}
          errors={{}}
          version={participant.version}
          showPrivate={participant.private !== undefined}
        />,
      );
    }),
  );

  app.post(
    '/participants/:id/edit',
    signedIn(async (c, { ctx, viewer }) => {
      const id = idParam(c);
      const form = await readForm(c, viewer.csrf);
      const current = await getParticipant(ctx, id);
      const draft = participantFromForm(form, current.private !== undefined);
      const version = Number(form.one['version']);
      const outcome = await attempt(() => updateParticipant(ctx, id, parseWith(ParticipantPatch, draft), etagOf(version)));
      if (!outcome.ok) {
        return c.html(
          <ParticipantFormPage
            viewer={viewer}
            action={`/participants/${id}/edit`}
            title={`${current.displayName}の内容を変更する`}
            values={draft as never}
            errors={outcome.messages}
            version={version}
            showPrivate={current.private !== undefined}
          />,
          400,
        );
      }
      setFlash(c, { kind: 'ok', message: `${outcome.value.displayName}の内容を保存しました` });
      return c.redirect(`/participants/${id}`, 303);
    }),
  );

  app.post(
    '/participants/:id/consent',
    signedIn(async (c, { ctx, viewer }) => {
      const id = idParam(c);
      const { one } = await readForm(c, viewer.csrf);
      const input = { status: one['status'] ?? '', ...(one['scope']?.trim() ? { scope: one['scope'].trim() } : {}) };
      const outcome = await attempt(() => recordConsent(ctx, id, parseWith(ConsentInput, input)));
      if (!outcome.ok) {
        const participant = await getParticipant(ctx, id);
        return c.html(
          <ParticipantPage
            viewer={viewer}
            flash={{ kind: 'error', message: outcome.problem.detail }}
            participant={participant}
            placements={await placementsOf(ctx, id)}
            consentErrors={outcome.messages}
          />,
          400,
        );
      }
      setFlash(c, { kind: 'ok', message: outcome.value.consent.status === 'given' ? '同意を記録しました' : '同意の撤回を記録しました' });
      return c.redirect(`/participants/${id}`, 303);
    }),
  );

  app.get(
    '/participants/:id/matches',
    signedIn(async (c, { ctx, viewer }) => {
      const id = idParam(c);
      const query = MatchFilterQuery.parse(c.req.query());
      const filter = { kind: query.kind, area: query.area, onlineOnly: query.online === 'on' };
      // Neither read waits for the other; the summary carries no private field, so nothing is audited.
      const [participant, result] = await Promise.all([
        getParticipantSummary(ctx, id),
        matchParticipant(ctx, id, { limit: 20, includeExcluded: true, filter }),
      ]);
      return c.html(<MatchesPage viewer={viewer} flash={takeFlash(c)} participant={participant} result={result} filter={filter} />);
    }),
  );

  app.post(
    '/participants/:id/proposals',
    signedIn(async (c, { ctx, viewer }) => {
      const id = idParam(c);
      const { one } = await readForm(c, viewer.csrf);
      const outcome = await attempt(() =>
        createPlacement(ctx, parseWith(PlacementInput, { participantId: id, opportunityId: one['opportunityId'] ?? '' })),
      );
      if (!outcome.ok) {
        setFlash(c, { kind: 'error', message: `提案できませんでした: ${outcome.problem.detail}` });
        return c.redirect(`/participants/${id}/matches`, 303);
      }
      setFlash(c, {
        kind: 'ok',
        message: `「${outcome.value.body.opportunityTitle}」への提案を送りました。受け入れ先の返事を待っています`,
      });
      return c.redirect(`/participants/${id}`, 303);
    }),
  );

  app.get(
    '/catalog',
    signedIn(async (c, { ctx, viewer }) => {
      const q = c.req.query('q')?.trim() ?? '';
      try {
        const query = parseWith(OpportunityListQuery, { ...(q ? { q } : {}), limit: String(CATALOG_PAGE_SIZE) });
        const page = await listOpportunities(ctx, query);
        return c.html(<CatalogPage viewer={viewer} q={q} errors={{}} items={page.items} />);
      } catch (error) {
        return c.html(<CatalogPage viewer={viewer} q={q} errors={validMessages(error)} items={[]} />, 400);
      }
    }),
  );

  registerCoordinatorPages(app);
  registerHostPages(app);
  registerAdminPages(app);
  registerImportPages(app);
  registerUnmetNeedsPages(app);

  app.onError(async (error, c) => {
    await auditRefusal(c, error);
    const known = error instanceof Problem ? error : null;
    if (!known || known.status >= 500)
      c.get('deps').log({
        level: 'error',
        msg: 'console error',
        requestId: c.get('requestId'),
        error: error instanceof Error ? error.name : 'unknown',
      });
    const status = known && known.status < 500 ? known.status : 500;
    const title = known && status < 500 ? known.title : 'サーバーで問題が起きました';
    const detail =
      known && status < 500
        ? known.detail
        : 'しばらくしてから、もう一度お試しください。続くときは下の番号を添えて担当者に連絡してください。';
    return c.html(<ErrorPage title={title} detail={detail} requestId={c.get('requestId')} />, status as 400);
  });

  return app;
}

/** A person's placements with their history and check-ins; a handful per person, read together. */
async function placementsOf(ctx: Ctx, participantId: string) {
  const page = await listPlacements(ctx, { participantId, limit: 50 });
  return Promise.all(
    page.items.map(async (item) => ({
      placement: await getPlacement(ctx, item.id),
      checkIns: (await listCheckIns(ctx, item.id, { limit: 50 })).items,
    })),
  );
}
