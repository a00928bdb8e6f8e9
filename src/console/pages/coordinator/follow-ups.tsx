import { FOLLOW_UP_DAYS, FOLLOW_UP_DEFAULT_HORIZON_DAYS, FOLLOW_UP_DUE_WINDOW_DAYS } from '../../../config';
import type { FollowUpState } from '../../../domain/follow-up/state';
import type { FollowUpItem } from '../../../services/follow-ups';
import { Layout, type Viewer } from '../../components/layout';
import { EmptyState } from '../../components/notice';
import type { Flash } from '../../flash';

type Props = { viewer: Viewer; flash: Flash | null; items: FollowUpItem[] };

/** Overdue first: they are the people nobody has checked on in time. */
const SECTIONS: { state: FollowUpState; title: string; none: string }[] = [
  { state: 'overdue', title: '期限切れ', none: '期限切れのフォローアップはありません。' },
  { state: 'due', title: `今日から${FOLLOW_UP_DUE_WINDOW_DAYS}日以内`, none: 'この期間が期限のフォローアップはありません。' },
  {
    state: 'upcoming',
    title: `その先（${FOLLOW_UP_DEFAULT_HORIZON_DAYS}日以内）`,
    none: `この先${FOLLOW_UP_DEFAULT_HORIZON_DAYS}日に予定されたフォローアップはありません。`,
  },
];

/** The follow-up work list: how many in each state, then each state's items, earliest first. */
export function FollowUpsPage({ viewer, flash, items }: Props) {
  const byState = (state: FollowUpState) => items.filter((item) => item.state === state);
  return (
    <Layout title="フォローアップ（定着支援）" viewer={viewer} flash={flash} current="/follow-ups">
      <ul class="counts" aria-label="件数">
        {SECTIONS.map(({ state, title }) => (
          <li class={`count count-${state}`}>
            <span class="count-label">{title}</span> <span class="count-value">{byState(state).length}件</span>
          </li>
        ))}
      </ul>
      {items.length === 0 ? (
        <EmptyState title="いま予定されているフォローアップはありません">
          <p>つなぎがお試し参加や参加に進むと、{FOLLOW_UP_DAYS.map((days) => `${days}日`).join('・')}後の確認がここに並びます。</p>
        </EmptyState>
      ) : (
        SECTIONS.map(({ state, title, none }) => (
          <section aria-labelledby={`state-${state}`}>
            <h2 id={`state-${state}`}>
              {title}（{byState(state).length}件）
            </h2>
            {byState(state).length === 0 ? (
              <p class="meta">{none}</p>
            ) : (
              <ul class="list">
                {byState(state).map((item) => (
                  <FollowUpRow item={item} />
                ))}
              </ul>
            )}
          </section>
        ))
      )}
    </Layout>
  );
}

function FollowUpRow({ item }: { item: FollowUpItem }) {
  return (
    <li class={`item follow-up follow-up-${item.state}`}>
      <span class="item-title">
        {item.participantCode}・{item.opportunityTitle}
      </span>
      <span class="meta">{item.hostName}</span>
      <span>
        期限 <strong>{item.dueDate}</strong>（{item.label}）{item.state === 'overdue' ? <span class="badge overdue">期限切れ</span> : null}
      </span>
      {item.warnings.length > 0 ? (
        <ul class="warnings" aria-label="気になるサイン">
          {item.warnings.map((warning) => (
            <li>{warning.message}</li>
          ))}
        </ul>
      ) : null}
      <p class="actions">
        <a class="button" href={`/follow-ups/${item.placementId}/check-in`}>
          確認した内容を記録する<span class="visually-hidden">（{item.participantCode}）</span>
        </a>
      </p>
    </li>
  );
}
