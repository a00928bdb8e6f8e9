import type { Hono } from 'hono';
import type { AppEnv } from '../context';
import { tokyoDate } from '../domain/dates';
import type { PlacementStatus } from '../domain/placement/statuses';
import { etagOf } from '../lib/etag';
import { problem } from '../lib/problem';
import { HostSupportInput } from '../routes/host-support/host-support.schemas';
import { OpportunityPatch } from '../routes/opportunities/opportunities.schemas';
import { TransitionInput } from '../routes/placements/placements.schemas';
import { createHostSupportRecord, listHostSupportRecords } from '../services/host-support';
import { confirmOpportunity, getOpportunity, listOpportunities, updateOpportunity, type OpportunityView } from '../services/opportunities';
import { listPlacements, transitionPlacement, type HostPlacementView, type PlacementView } from '../services/placements';
import type { Ctx } from '../context';
import type { FieldMessages } from './components/field';
import { setFlash, takeFlash } from './flash';
import { attempt, parseWith, readForm } from './forms';
import { opportunityPatchFromForm } from './opportunity-input';
import { HostOpeningFormPage, type OpeningFormValues } from './pages/host/opening-form';
import { HostOpeningsPage } from './pages/host/openings';
import { HostPeoplePage } from './pages/host/people';
import { HostProposalsPage } from './pages/host/proposals';
import { HostSupportPage, type SupportRequestValues } from './pages/host/support';
import { idParam, signedIn, type C, type SignedIn } from './signed-in';

const OPENINGS_PAGE_SIZE = 50;
const PLACEMENTS_PAGE_SIZE = 100;
const SUPPORT_RECORDS_SHOWN = 50;
/** The people a host has taken in: every status that holds one of its seats. */
const TAKEN_IN: readonly PlacementStatus[] = ['accepted', 'trial', 'active'];
const BLANK_REQUEST: SupportRequestValues = { type: 'consultation', summary: '' };

/**
 * The host's own pages. Staff reach the same records through their own pages; here the host's
 * scope is the services' (a host user sees only its host's openings and placements), and the
 * page only refuses other roles, for whom these views would be the wrong ones.
 */
function hostPage(handler: (c: C, who: SignedIn & { hostId: string }) => Promise<Response>) {
  return signedIn(async (c, who) => {
    const hostId = who.ctx.actor.role === 'host' ? who.ctx.actor.hostId : null;
    if (!hostId) throw problem('not_found', { detail: 'このページは受け入れ先の方のためのページです' });
    return handler(c, { ...who, hostId });
  });
}

/** A host caller always gets the host view; the guard says so to the type checker. */
function hostViews(items: readonly PlacementView[]): HostPlacementView[] {
  return items.filter((item): item is HostPlacementView => 'participant' in item);
}

function formValuesOf(o: OpportunityView): OpeningFormValues {
  return {
    externalId: o.externalId,
    title: o.title,
    description: o.description,
    schedule: o.schedule,
    capacity: o.capacity,
    status: o.status,
    support: o.support,
    environment: o.environment,
  };
}

async function proposalsOf(ctx: Ctx): Promise<HostPlacementView[]> {
  return hostViews((await listPlacements(ctx, { status: 'proposed', limit: PLACEMENTS_PAGE_SIZE })).items);
}

export function registerHostPages(app: Hono<AppEnv>): void {
  app.get(
    '/openings',
    hostPage(async (c, { ctx, viewer }) => {
      const page = await listOpportunities(ctx, { limit: OPENINGS_PAGE_SIZE, cursor: c.req.query('cursor') || undefined });
      const next = page.nextCursor ? `/openings?${new URLSearchParams({ cursor: page.nextCursor })}` : null;
      return c.html(<HostOpeningsPage viewer={viewer} flash={takeFlash(c)} items={page.items} nextHref={next} />);
    }),
  );

  app.get(
    '/openings/:id',
    hostPage(async (c, { ctx, viewer }) => {
      const opening = await getOpportunity(ctx, idParam(c));
      return c.html(
        <HostOpeningFormPage
          viewer={viewer}
          id={opening.id}
          title={opening.title}
          filled={opening.filled}
          version={opening.version}
          values={formValuesOf(opening)}
          errors={{}}
        />,
      );
    }),
  );

  app.post(
    '/openings/:id',
    hostPage(async (c, { ctx, viewer }) => {
      const id = idParam(c);
      const form = await readForm(c, viewer.csrf);
      const draft = opportunityPatchFromForm(form);
      const outcome = await attempt(() =>
        updateOpportunity(ctx, id, parseWith(OpportunityPatch, draft), etagOf(Number(form.one['version']))),
      );
      if (!outcome.ok) {
        // Read after the refusal: it also answers 404 for an opening the host may not see, and gives a stale form the current version.
        const current = await getOpportunity(ctx, id);
        const errors: FieldMessages =
          outcome.problem.code === 'capacity_below_filled' ? { capacity: outcome.problem.detail } : outcome.messages;
        return c.html(
          <HostOpeningFormPage
            viewer={viewer}
            id={id}
            title={current.title}
            filled={current.filled}
            version={current.version}
            values={draft as OpeningFormValues}
            errors={errors}
          />,
          400,
        );
      }
      setFlash(c, { kind: 'ok', message: `「${outcome.value.title}」の変更を保存しました` });
      return c.redirect('/openings', 303);
    }),
  );

  app.post(
    '/openings/:id/confirm',
    hostPage(async (c, { ctx, viewer }) => {
      await readForm(c, viewer.csrf);
      const opening = await confirmOpportunity(ctx, idParam(c));
      setFlash(c, { kind: 'ok', message: `「${opening.title}」の内容に変更がないことを記録しました` });
      return c.redirect('/openings', 303);
    }),
  );

  app.get(
    '/proposals',
    hostPage(async (c, { ctx, viewer }) =>
      c.html(<HostProposalsPage viewer={viewer} flash={takeFlash(c)} items={await proposalsOf(ctx)} errors={{}} />),
    ),
  );

  app.post(
    '/proposals/:id/accept',
    hostPage(async (c, { ctx, viewer }) => {
      await readForm(c, viewer.csrf);
      const outcome = await attempt(() => transitionPlacement(ctx, idParam(c), parseWith(TransitionInput, { to: 'accepted' })));
      if (!outcome.ok) {
        setFlash(c, { kind: 'error', message: `受け入れを決められませんでした: ${outcome.problem.detail}` });
        return c.redirect('/proposals', 303);
      }
      const person = hostViews([outcome.value.body])[0]?.participant;
      setFlash(c, {
        kind: 'ok',
        message: `${person?.displayName ?? person?.code ?? ''}の受け入れを決めました。担当の参加支援員から連絡があります`,
      });
      return c.redirect('/people', 303);
    }),
  );

  app.post(
    '/proposals/:id/decline',
    hostPage(async (c, { ctx, viewer }) => {
      const id = idParam(c);
      const { one } = await readForm(c, viewer.csrf);
      const outcome = await attempt(() =>
        transitionPlacement(ctx, id, parseWith(TransitionInput, { to: 'declined', reason: one[`${id}.reason`] ?? '' })),
      );
      if (!outcome.ok) {
        return c.html(
          <HostProposalsPage viewer={viewer} flash={null} items={await proposalsOf(ctx)} errors={{ [id]: outcome.messages }} />,
          400,
        );
      }
      setFlash(c, { kind: 'ok', message: '提案を見送りました。担当の参加支援員に伝わります' });
      return c.redirect('/proposals', 303);
    }),
  );

  app.get(
    '/people',
    hostPage(async (c, { ctx, viewer }) => {
      const pages = await Promise.all(TAKEN_IN.map((status) => listPlacements(ctx, { status, limit: PLACEMENTS_PAGE_SIZE })));
      return c.html(<HostPeoplePage viewer={viewer} flash={takeFlash(c)} items={hostViews(pages.flatMap((page) => page.items))} />);
    }),
  );

  app.get(
    '/consult',
    hostPage(async (c, { ctx, viewer, hostId }) => {
      const records = await listHostSupportRecords(ctx, hostId, { limit: SUPPORT_RECORDS_SHOWN });
      return c.html(<HostSupportPage viewer={viewer} flash={takeFlash(c)} records={records.items} values={BLANK_REQUEST} errors={{}} />);
    }),
  );

  app.post(
    '/consult',
    hostPage(async (c, { ctx, viewer, hostId }) => {
      const { one } = await readForm(c, viewer.csrf);
      const values = { type: one['type'] ?? '', summary: one['summary'] ?? '' };
      // The request is about today: a host asking for help does not back-date it.
      const input = { ...values, date: tokyoDate(ctx.now()) };
      const outcome = await attempt(() => createHostSupportRecord(ctx, hostId, parseWith(HostSupportInput, input)));
      if (!outcome.ok) {
        const records = await listHostSupportRecords(ctx, hostId, { limit: SUPPORT_RECORDS_SHOWN });
        return c.html(
          <HostSupportPage viewer={viewer} flash={null} records={records.items} values={values} errors={outcome.messages} />,
          400,
        );
      }
      setFlash(c, { kind: 'ok', message: '相談を送りました。担当者から連絡します' });
      return c.redirect('/consult', 303);
    }),
  );
}
