import type { AuditOutcome } from '../../../domain/audit/outcomes';
import { Field, type FieldMessages } from '../../components/field';
import { Layout, type Viewer } from '../../components/layout';
import { EmptyState } from '../../components/notice';
import { ROLE_LABELS } from '../../labels';
import { tokyoDateTime } from '../../tokyo-time';

export type AuditFilters = { entityId?: string | undefined; actorId?: string | undefined; action?: string | undefined };

export type AuditRow = {
  id: string;
  at: string;
  actorId: string | null;
  actorRole: string | null;
  action: string;
  entity: string;
  entityId: string | null;
  outcome: AuditOutcome;
  requestId: string | null;
};

type Props = { viewer: Viewer; filters: AuditFilters; errors: FieldMessages; items: AuditRow[]; nextHref: string | null };

const OUTCOME_LABELS: Record<AuditOutcome, string> = { ok: '実行', denied: '拒否' };

function roleLabel(role: string | null): string {
  return role && role in ROLE_LABELS ? ROLE_LABELS[role as keyof typeof ROLE_LABELS] : 'システム';
}

/** Who did what to which record and when, newest first, in Tokyo time. */
export function AuditPage({ viewer, filters, errors, items, nextHref }: Props) {
  const filtered = Boolean(filters.entityId || filters.actorId || filters.action);
  return (
    <Layout title="操作の記録" viewer={viewer} current="/audit">
      <form method="get" action="/audit" class="filters" role="search">
        <Field label="対象の id" name="entityId" value={filters.entityId} errors={errors} hint="例: prt_… hst_…" />
        <Field label="操作した人の id" name="actorId" value={filters.actorId} errors={errors} hint="例: usr_…" />
        <Field label="操作" name="action" value={filters.action} errors={errors} hint="例: user.disable" />
        <button type="submit">絞り込む</button>
      </form>
      {items.length === 0 ? (
        filtered ? (
          <EmptyState title="条件に合う記録はありません">
            <p>
              id を確かめるか、<a href="/audit">すべての記録</a>を表示してください。
            </p>
          </EmptyState>
        ) : (
          <EmptyState title="記録はまだありません">
            <p>誰かが登録や変更をすると、ここに残ります。</p>
          </EmptyState>
        )
      ) : (
        <ol class="list audit">
          {items.map((event) => (
            <li class={event.outcome === 'denied' ? 'item audit-denied' : 'item'}>
              <span class="item-title">
                <time datetime={event.at}>{tokyoDateTime(event.at)}</time> <code>{event.action}</code>
                <span class={`badge outcome-${event.outcome}`}>{OUTCOME_LABELS[event.outcome]}</span>
              </span>
              <span class="meta">
                対象: {event.entity}
                {event.entityId ? (
                  <>
                    {' '}
                    <a href={`/audit?entityId=${encodeURIComponent(event.entityId)}`}>
                      <code>{event.entityId}</code>
                    </a>
                  </>
                ) : null}
              </span>
              <span class="meta">
                操作した人: {roleLabel(event.actorRole)}
                {event.actorId ? (
                  <>
                    {' '}
                    <a href={`/audit?actorId=${encodeURIComponent(event.actorId)}`}>
                      <code>{event.actorId}</code>
                    </a>
                  </>
                ) : null}
                {event.requestId ? (
                  <>
                    ・要求番号 <code>{event.requestId}</code>
                  </>
                ) : null}
              </span>
            </li>
          ))}
        </ol>
      )}
      {nextHref ? (
        <p>
          <a href={nextHref}>次の記録を表示</a>
        </p>
      ) : null}
    </Layout>
  );
}
