/**
 * The coordinator's pages (多機関協働), which the admin shares: the follow-up work list and its
 * check-in form, each host's support log, and the summary report with its CSV. Every page is a
 * view of a service verb, validated with the API's own schemas.
 */
import type { Context, Hono } from 'hono';
import type { AppEnv, Ctx } from '../context';
import { tokyoDate } from '../domain/dates';
import { csvDownloadHeaders } from '../lib/csv-download';
import { CheckInInput } from '../routes/follow-ups/check-ins.schemas';
import { HostSupportInput, HostSupportSharing } from '../routes/host-support/host-support.schemas';
import { HostListQuery } from '../routes/hosts/hosts.schemas';
import { SummaryQuery } from '../routes/reports/reports.schemas';
import { createCheckIn, listFollowUps, type FollowUpItem } from '../services/follow-ups';
import { createHostSupportRecord, listHostSupportRecords, setHostSupportSharing } from '../services/host-support';
import { getHost, listHosts } from '../services/hosts';
import { getPlacement } from '../services/placements';
import { reportSummary, summaryCsv, summaryFilename } from '../services/reports';
import type { FieldMessages } from './components/field';
import type { Viewer } from './components/layout';
import { setFlash, takeFlash } from './flash';
import { attempt, numberOrNull, parseWith, readForm, textOrNull, type FormValues } from './forms';
import { CheckInFormPage, type CheckInDraft } from './pages/coordinator/check-in-form';
import { FollowUpsPage } from './pages/coordinator/follow-ups';
import { SupportHostsPage, SupportLogPage, type SupportDraft } from './pages/coordinator/host-support';
import { ReportPage } from './pages/coordinator/report';
import { signedIn, validMessages } from './signed-in';
import { assertCan } from '../auth/policy';

type C = Context<AppEnv>;

const MAX_PAGE = 100;
/** A work list longer than this is a staffing problem, not a paging one; the counts stay exact up to here. */
const MAX_FOLLOW_UPS = 1000;
const HOSTS_PAGE_SIZE = 50;
const RECORDS_PAGE_SIZE = 30;

export function registerCoordinatorPages(app: Hono<AppEnv>): void {
  app.get(
    '/follow-ups',
    signedIn(async (c, { ctx, viewer }) => c.html(<FollowUpsPage viewer={viewer} flash={takeFlash(c)} items={await allFollowUps(ctx)} />)),
  );

  app.get(
    '/follow-ups/:id/check-in',
    signedIn(async (c, { ctx, viewer }) => {
      // A staff contact from the follow-up work list; a host writes its reports through the API's host_report.
      assertCan(ctx.actor, 'followUp.list');
      const placement = await getPlacement(ctx, c.req.param('id') ?? '');
      return c.html(<CheckInFormPage viewer={viewer} placement={placement} draft={blankCheckIn(tokyoDate(ctx.now()))} errors={{}} />);
    }),
  );

  app.post(
    '/follow-ups/:id/check-in',
    signedIn(async (c, { ctx, viewer }) => {
      const id = c.req.param('id') ?? '';
      const draft = checkInDraft(await readForm(c, viewer.csrf));
      const outcome = await attempt(() => createCheckIn(ctx, id, parseWith(CheckInInput, checkInInput(draft))));
      if (!outcome.ok) {
        return c.html(
          <CheckInFormPage viewer={viewer} placement={await getPlacement(ctx, id)} draft={draft} errors={outcome.messages} />,
          400,
        );
      }
      const completed = outcome.value.body.completedFollowUp;
      setFlash(c, {
        kind: 'ok',
        message: completed
          ? `記録しました。${completed.dueDate} が期限の「${completed.label}」のフォローアップを完了にしました`
          : '記録しました。この日付で完了になるフォローアップはありませんでした',
      });
      return c.redirect('/follow-ups', 303);
    }),
  );

  app.get(
    '/host-support',
    signedIn(async (c, { ctx, viewer }) => {
      const cursor = c.req.query('cursor') || undefined;
      const page = await listHosts(ctx, parseWith(HostListQuery, { limit: String(HOSTS_PAGE_SIZE), cursor }));
      const next = page.nextCursor ? `/host-support?${new URLSearchParams({ cursor: page.nextCursor })}` : null;
      return c.html(<SupportHostsPage viewer={viewer} flash={takeFlash(c)} hosts={page.items} nextHref={next} />);
    }),
  );

  app.get(
    '/host-support/:id',
    signedIn(async (c, who) => supportLog(c, who, { draft: blankSupport(tokyoDate(who.ctx.now())), errors: {} })),
  );

  app.post(
    '/host-support/:id',
    signedIn(async (c, who) => {
      const { ctx, viewer } = who;
      const hostId = c.req.param('id') ?? '';
      const { one } = await readForm(c, viewer.csrf);
      const draft: SupportDraft = {
        date: one['date'] ?? '',
        type: one['type'] ?? '',
        summary: one['summary'] ?? '',
        followUpNeeded: one['followUpNeeded'] === 'on',
        sharedWithHost: one['sharedWithHost'] === 'on',
      };
      const outcome = await attempt(() =>
        createHostSupportRecord(ctx, hostId, parseWith(HostSupportInput, { ...draft, summary: draft.summary.trim() })),
      );
      if (!outcome.ok) return supportLog(c, who, { draft, errors: outcome.messages, status: 400 });
      setFlash(c, {
        kind: 'ok',
        message: outcome.value.sharedWithHost ? '記録しました（受け入れ先にも見せています）' : '記録しました（職員だけが読めます）',
      });
      return c.redirect(`/host-support/${hostId}`, 303);
    }),
  );

  app.post(
    '/host-support/:id/records/:recordId/sharing',
    signedIn(async (c, { ctx, viewer }) => {
      const hostId = c.req.param('id') ?? '';
      const { one } = await readForm(c, viewer.csrf);
      const { sharedWithHost } = parseWith(HostSupportSharing, { sharedWithHost: one['sharedWithHost'] === 'true' });
      const record = await setHostSupportSharing(ctx, hostId, c.req.param('recordId') ?? '', sharedWithHost);
      setFlash(c, {
        kind: 'ok',
        message: record.sharedWithHost
          ? `${record.date} の記録を受け入れ先にも見せるようにしました`
          : `${record.date} の記録を職員だけに戻しました`,
      });
      return c.redirect(`/host-support/${hostId}`, 303);
    }),
  );

  app.get(
    '/reports',
    signedIn(async (c, { ctx, viewer }) => {
      const asked = periodAsked(c);
      try {
        const summary = await reportSummary(ctx, parseWith(SummaryQuery, asked));
        return c.html(<ReportPage viewer={viewer} period={summary.period} summary={summary} errors={{}} />);
      } catch (error) {
        const errors = validMessages(error);
        return c.html(
          <ReportPage viewer={viewer} period={{ from: asked.from ?? '', to: asked.to ?? '' }} summary={null} errors={errors} />,
          400,
        );
      }
    }),
  );

  app.get(
    '/reports/summary.csv',
    signedIn(async (c, { ctx }) => {
      const summary = await reportSummary(ctx, parseWith(SummaryQuery, periodAsked(c)));
      return c.body(summaryCsv(summary), 200, csvDownloadHeaders(summaryFilename(summary)));
    }),
  );
}

/** Every open follow-up in the list's horizon, so the counts at the top are of all of them. */
async function allFollowUps(ctx: Ctx): Promise<FollowUpItem[]> {
  const items: FollowUpItem[] = [];
  let cursor: string | undefined;
  do {
    const page = await listFollowUps(ctx, { limit: MAX_PAGE, cursor });
    items.push(...page.items);
    cursor = page.nextCursor ?? undefined;
  } while (cursor && items.length < MAX_FOLLOW_UPS);
  return items;
}

function periodAsked(c: C): { from?: string; to?: string } {
  const from = c.req.query('from')?.trim();
  const to = c.req.query('to')?.trim();
  return { ...(from ? { from } : {}), ...(to ? { to } : {}) };
}

function blankCheckIn(today: string): CheckInDraft {
  return {
    date: today,
    channel: 'visit',
    attended: '',
    planned: '',
    wellbeing: '',
    participantVoice: '',
    hostVoice: '',
    concerns: [],
    nextActions: '',
  };
}

function checkInDraft({ one, all }: FormValues): CheckInDraft {
  return {
    date: one['date'] ?? '',
    channel: one['channel'] ?? '',
    attended: one['attendance.attended'] ?? '',
    planned: one['attendance.planned'] ?? '',
    wellbeing: one['wellbeing'] ?? '',
    participantVoice: one['participantVoice'] ?? '',
    hostVoice: one['hostVoice'] ?? '',
    concerns: all('concerns'),
    nextActions: one['nextActions'] ?? '',
  };
}

/** The form as the API's check-in body: blanks are "not recorded", attendance only when either number is given. */
function checkInInput(draft: CheckInDraft) {
  const attended = numberOrNull(draft.attended);
  const planned = numberOrNull(draft.planned);
  return {
    date: draft.date.trim(),
    channel: draft.channel,
    attendance: attended === null && planned === null ? null : { attended, planned },
    wellbeing: numberOrNull(draft.wellbeing),
    participantVoice: textOrNull(draft.participantVoice),
    hostVoice: textOrNull(draft.hostVoice),
    concerns: draft.concerns,
    nextActions: textOrNull(draft.nextActions),
  };
}

function blankSupport(today: string): SupportDraft {
  return { date: today, type: 'consultation', summary: '', followUpNeeded: false, sharedWithHost: false };
}

async function supportLog(
  c: C,
  { ctx, viewer }: { ctx: Ctx; viewer: Viewer },
  form: { draft: SupportDraft; errors: FieldMessages; status?: 400 },
) {
  const hostId = c.req.param('id') ?? '';
  const cursor = c.req.query('cursor') || undefined;
  const host = await getHost(ctx, hostId);
  const page = await listHostSupportRecords(ctx, hostId, { limit: RECORDS_PAGE_SIZE, cursor });
  const next = page.nextCursor ? `/host-support/${hostId}?${new URLSearchParams({ cursor: page.nextCursor })}` : null;
  return c.html(
    <SupportLogPage
      viewer={viewer}
      flash={takeFlash(c)}
      host={host}
      records={page.items}
      nextHref={next}
      draft={form.draft}
      errors={form.errors}
    />,
    form.status ?? 200,
  );
}
