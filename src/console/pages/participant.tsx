import type { Child } from 'hono/jsx';
import { GENDER_LABELS, STEP_LABELS, SUPPORT_LABELS, GROUP_SIZE_LABELS, CONVERSATION_LABELS } from '../../domain/matching/labels';
import { CHECK_IN_CHANNEL_LABELS, type CheckInChannel } from '../../domain/follow-up/check-in';
import { PLACEMENT_STATUS_LABELS } from '../../domain/placement/statuses';
import type { Step } from '../../domain/types';
import type { CheckInView } from '../../services/follow-ups';
import type { ParticipantView } from '../../services/participants';
import type { PlacementDetailView } from '../../services/placements';
import { AREA_LABELS } from '../../config';
import { Field, type FieldMessages } from '../components/field';
import { CsrfField, Layout, type Viewer } from '../components/layout';
import { EmptyState } from '../components/notice';
import { SlotList } from '../components/slot-list';
import type { Flash } from '../flash';
import { CONSENT_LABELS, TRAVEL_MODE_LABELS } from '../labels';

export type PlacementWithCheckIns = { placement: PlacementDetailView; checkIns: CheckInView[] };

type Props = {
  viewer: Viewer;
  flash: Flash | null;
  participant: ParticipantView;
  placements: PlacementWithCheckIns[];
  consentErrors: FieldMessages;
};

function Row({ term, children }: { term: string; children?: Child }) {
  return (
    <div class="row">
      <dt>{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}

function listOr(items: readonly string[], none: string): string {
  return items.length > 0 ? items.join('、') : none;
}

/** One person: profile, consent (with the form to record it), placements and their check-ins. */
export function ParticipantPage({ viewer, flash, participant: p, placements, consentErrors }: Props) {
  const area = AREA_LABELS[p.home.area as keyof typeof AREA_LABELS] ?? p.home.area;
  return (
    <Layout title={`${p.displayName}（${p.code}）`} viewer={viewer} flash={flash} current="/participants">
      <p class="actions">
        <a class="button" href={`/participants/${p.id}/matches`}>
          受け入れメニューの候補を見る
        </a>
        <a class="button secondary" href={`/participants/${p.id}/edit`}>
          内容を変更する
        </a>
      </p>

      <section aria-labelledby="profile">
        <h2 id="profile">プロフィール</h2>
        <dl class="facts">
          <Row term="参加の段階">{`${p.step}（${STEP_LABELS[p.step as Step]}）`}</Row>
          <Row term="年齢">{p.age === null ? '未記入' : `${p.age}歳`}</Row>
          <Row term="性別">{p.gender ? GENDER_LABELS[p.gender] : '未記入'}</Row>
          <Row term="住まいの地区">{area}</Row>
          <Row term="移動">{`${listOr(
            p.travel.modes.map((m) => TRAVEL_MODE_LABELS[m]),
            'なし',
          )}で${p.travel.maxMinutes}分まで`}</Row>
          <Row term="参加できる時間">
            <SlotList slots={p.availability} />
          </Row>
          <Row term="興味">{listOr(p.interests, 'なし')}</Row>
          <Row term="必要な支援">
            {listOr(
              p.needs.map((n) => SUPPORT_LABELS[n]),
              'なし',
            )}
          </Row>
          <Row term="環境の上限">{`${GROUP_SIZE_LABELS[p.limits.maxGroupSize]}まで・会話は${CONVERSATION_LABELS[p.limits.maxConversation]}まで${p.limits.avoidCustomerFacing ? '・接客なし' : ''}${p.limits.avoidPhone ? '・電話なし' : ''}`}</Row>
          <Row term="目標">{p.goals ?? '未記入'}</Row>
          <Row term="紹介元">{p.referredBy ?? '未記入'}</Row>
        </dl>
        {p.private ? (
          <details>
            <summary>個人情報（担当者だけに表示・閲覧は記録されます）</summary>
            <dl class="facts">
              <Row term="氏名">{p.private.name ?? '未記入'}</Row>
              <Row term="ふりがな">{p.private.nameKana ?? '未記入'}</Row>
              <Row term="電話">{p.private.phone ?? '未記入'}</Row>
              <Row term="住所">{p.private.address ?? '未記入'}</Row>
              <Row term="メモ">{p.private.notes ?? '未記入'}</Row>
            </dl>
          </details>
        ) : null}
      </section>

      <section aria-labelledby="consent">
        <h2 id="consent">本人の同意</h2>
        <p>
          いまの状態: <span class={`badge consent-${p.consent.status}`}>{CONSENT_LABELS[p.consent.status]}</span>
        </p>
        {p.consent.history && p.consent.history.length > 0 ? (
          <ol class="history">
            {p.consent.history.map((e) => (
              <li>
                {e.recordedAt.slice(0, 10)} {CONSENT_LABELS[e.status]}
                {e.scope ? `（${e.scope}）` : ''}
              </li>
            ))}
          </ol>
        ) : null}
        <form method="post" action={`/participants/${p.id}/consent`} class="stack">
          <CsrfField viewer={viewer} />
          <fieldset class={consentErrors['status'] ? 'field invalid' : 'field'}>
            <legend>記録する内容</legend>
            <div class="choices">
              <label class="choice">
                <input type="radio" name="status" value="given" checked={p.consent.status !== 'given'} />
                同意を得た
              </label>
              <label class="choice">
                <input type="radio" name="status" value="withdrawn" checked={p.consent.status === 'given'} />
                同意が撤回された
              </label>
            </div>
            {consentErrors['status'] ? <span class="error">{consentErrors['status']}</span> : null}
          </fieldset>
          <Field label="同意の範囲（任意）" name="scope" errors={consentErrors} hint="例: 受け入れ先への情報提供と見学の調整" />
          <button type="submit">同意を記録する</button>
        </form>
      </section>

      <section aria-labelledby="placements">
        <h2 id="placements">つなぎ</h2>
        {placements.length === 0 ? (
          <EmptyState title="まだつなぎはありません">
            <p>
              <a href={`/participants/${p.id}/matches`}>受け入れメニューの候補</a>から提案できます。
            </p>
          </EmptyState>
        ) : (
          <ul class="list">
            {placements.map(({ placement: pl, checkIns }) => (
              <li class="item">
                <span class="item-title">{pl.opportunityTitle}</span>
                <span class="meta">
                  {'hostName' in pl ? `${pl.hostName}・` : ''}
                  <span class="badge">{PLACEMENT_STATUS_LABELS[pl.status]}</span>
                </span>
                <ol class="history" aria-label="経過">
                  {pl.history.map((t) => (
                    <li>
                      {t.at.slice(0, 10)} {PLACEMENT_STATUS_LABELS[t.to]}
                      {t.reason ? `（${t.reason}）` : ''}
                    </li>
                  ))}
                </ol>
                {checkIns.length > 0 ? (
                  <details>
                    <summary>フォローアップ記録（{checkIns.length}件）</summary>
                    <ul class="history">
                      {checkIns.map((ci) => (
                        <li>
                          {ci.date} {CHECK_IN_CHANNEL_LABELS[ci.channel as CheckInChannel]}
                          {ci.participantVoice ? `: ${ci.participantVoice}` : ''}
                        </li>
                      ))}
                    </ul>
                  </details>
                ) : (
                  <p class="meta">フォローアップ記録はまだありません。</p>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>
    </Layout>
  );
}
