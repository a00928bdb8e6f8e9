import { STALE_LISTING_DAYS } from '../../../config';
import { OPPORTUNITY_KIND_LABELS, OPPORTUNITY_STATUS_LABELS } from '../../../domain/catalog/labels';
import { tokyoDate } from '../../../domain/dates';
import { lastTouchedMs } from '../../../domain/matching/staleness';
import type { OpportunityView } from '../../../services/opportunities';
import { CsrfField, Layout, type Viewer } from '../../components/layout';
import { EmptyState } from '../../components/notice';
import { SlotList } from '../../components/slot-list';
import type { Flash } from '../../flash';

type Props = { viewer: Viewer; flash: Flash | null; items: OpportunityView[]; nextHref: string | null };

/** When the listing was last changed or confirmed, by the same rule that decides it is stale. */
function lastLookedAfter(o: OpportunityView): string {
  return tokyoDate(new Date(lastTouchedMs(o)));
}

/** The host's own openings, each with its seats, its status and, when it has gone quiet, a nudge to confirm it. */
export function HostOpeningsPage({ viewer, flash, items, nextHref }: Props) {
  return (
    <Layout title="受け入れメニュー" viewer={viewer} flash={flash} current="/openings">
      <p>
        内容が今も正しければ「内容に変更なし」を押してください。{STALE_LISTING_DAYS}
        日以上確認のないメニューは、参加者への紹介で後回しになります。
      </p>
      {items.length === 0 ? (
        <EmptyState title="受け入れメニューはまだありません">
          <p>
            新しいメニューを載せたいときは、<a href="/consult">相談したい</a>から担当者に知らせてください。
          </p>
        </EmptyState>
      ) : (
        <ul class="list">
          {items.map((o) => (
            <li class="item opening">
              <h2 class="item-title">
                <a href={`/openings/${o.id}`}>{o.title}</a>
              </h2>
              <p class="meta">
                <span class={`badge status-${o.status}`}>{OPPORTUNITY_STATUS_LABELS[o.status]}</span>
                {o.stale ? <span class="badge stale">{STALE_LISTING_DAYS}日以上確認されていません</span> : null}
                <span class="kind">{OPPORTUNITY_KIND_LABELS[o.kind]}</span>
              </p>
              <p class="seats">
                利用中 <strong>{o.filled}</strong> / 定員 {o.capacity}人
              </p>
              <SlotList slots={o.schedule} />
              <p class="meta">最後の更新・確認: {lastLookedAfter(o)}</p>
              <div class="actions">
                <a class="button secondary" href={`/openings/${o.id}`}>
                  内容を変更する
                </a>
                <form method="post" action={`/openings/${o.id}/confirm`}>
                  <CsrfField viewer={viewer} />
                  <button type="submit">内容に変更なし</button>
                </form>
              </div>
            </li>
          ))}
        </ul>
      )}
      {nextHref ? (
        <p>
          <a href={nextHref}>次のメニューを表示</a>
        </p>
      ) : null}
    </Layout>
  );
}
