import { AREA_LABELS, AREAS } from '../../config';
import { OPPORTUNITY_KIND_LABELS } from '../../domain/catalog/labels';
import type { MatchFilter } from '../../domain/matching/filter';
import type { MatchResult } from '../../domain/matching/match';
import { OPPORTUNITY_KINDS } from '../../domain/types';
import type { ParticipantView } from '../../services/participants';
import { Checkbox, SelectField, optionsOf } from '../components/field';
import { CsrfField, Layout, type Viewer } from '../components/layout';
import { EmptyState, Notice } from '../components/notice';
import { ScoreBar } from '../components/score-bar';
import { SlotList } from '../components/slot-list';
import type { Flash } from '../flash';
import { EXCLUSION_LABELS } from '../labels';

/** Online openings travel 0 minutes; unknown coordinates leave only the area to go by. */
function travelText(minutes: number | null): string {
  if (minutes === null) return '移動時間は地区から推定';
  return minutes === 0 ? '移動なし' : `移動 約${minutes}分`;
}

/**
 * The nearest misses only (fewest reasons first, as the matcher sorts them): the full list runs to
 * every opening in the city, which no one reads and which would make the page heavy.
 */
const NEAR_MISSES_SHOWN = 20;

type Props = { viewer: Viewer; flash: Flash | null; participant: ParticipantView; result: MatchResult; filter: MatchFilter };

/** Ranked openings for one person, each explained, and the near misses with what keeps them out. */
export function MatchesPage({ viewer, flash, participant: p, result, filter }: Props) {
  const consentGiven = p.consent.status === 'given';
  return (
    <Layout title={`${p.displayName}の候補`} viewer={viewer} flash={flash} current="/participants">
      <p>
        <a href={`/participants/${p.id}`}>
          {p.displayName}（{p.code}）のページへ戻る
        </a>
      </p>
      {consentGiven ? null : (
        <Notice kind="info">
          本人の同意が記録されていないため、いまは提案できません。<a href={`/participants/${p.id}#consent`}>同意を記録する</a>
          と提案できるようになります。
        </Notice>
      )}
      <form method="get" action={`/participants/${p.id}/matches`} class="filters">
        <SelectField
          label="種類"
          name="kind"
          options={optionsOf(OPPORTUNITY_KIND_LABELS, OPPORTUNITY_KINDS)}
          value={filter.kind}
          blank="すべて"
        />
        <SelectField label="地区" name="area" options={optionsOf(AREA_LABELS, AREAS)} value={filter.area} blank="すべて" />
        <div class="field">
          <Checkbox label="オンラインのみ" name="online" checked={filter.onlineOnly ?? false} />
        </div>
        <button type="submit">絞り込む</button>
      </form>

      <h2>候補（{result.items.length}件）</h2>
      {result.items.length === 0 ? (
        <EmptyState title="条件に合う受け入れメニューはありません">
          <p>下の「なぜ候補にならないか」を開くと、何を変えれば候補が増えるかが分かります。絞り込みを外すことも試してください。</p>
        </EmptyState>
      ) : (
        <ol class="list matches">
          {result.items.map((item, rank) => (
            <li class="item match">
              <h3 class="item-title">
                {rank + 1}. {item.title}
              </h3>
              <p class="meta">
                {item.hostName}・{OPPORTUNITY_KIND_LABELS[item.kind]}・{travelText(item.travelMinutes)}
              </p>
              <ScoreBar score={item.score} />
              <div class="when">
                <span>合う時間: </span>
                <SlotList slots={item.matchedSlots} />
              </div>
              <ul class="reasons" aria-label="合う理由">
                {item.reasons.map((r) => (
                  <li>{r.message}</li>
                ))}
              </ul>
              {item.warnings.length > 0 ? (
                <ul class="warnings" aria-label="確かめること">
                  {item.warnings.map((w) => (
                    <li>{w.message}</li>
                  ))}
                </ul>
              ) : null}
              <form method="post" action={`/participants/${p.id}/proposals`} class="propose">
                <CsrfField viewer={viewer} />
                <input type="hidden" name="opportunityId" value={item.opportunityId} />
                <button type="submit" disabled={!consentGiven} aria-describedby={consentGiven ? undefined : `why-${item.opportunityId}`}>
                  提案する<span class="visually-hidden">: {item.title}</span>
                </button>
                {consentGiven ? null : (
                  <span class="hint" id={`why-${item.opportunityId}`}>
                    同意がないため提案できません
                  </span>
                )}
              </form>
            </li>
          ))}
        </ol>
      )}

      <details class="near-misses">
        <summary>なぜ候補にならないか（{result.excluded.length}件）</summary>
        {result.excluded.length === 0 ? (
          <p>除外された受け入れメニューはありません。</p>
        ) : (
          <ul class="list">
            {result.excluded.slice(0, NEAR_MISSES_SHOWN).map((item) => (
              <li class="item">
                <span class="item-title">{item.title}</span>
                <ul class="reasons">
                  {item.reasons.map((r) => (
                    <li>
                      <strong>{EXCLUSION_LABELS[r.code]}</strong>: {r.message}
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
        )}
        {result.excluded.length > NEAR_MISSES_SHOWN ? <p class="meta">条件に近い順に{NEAR_MISSES_SHOWN}件を表示しています。</p> : null}
      </details>
    </Layout>
  );
}
