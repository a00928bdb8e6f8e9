import { EXCLUSION_LABELS } from '../../../domain/matching/labels';
import { profileCells, type UnmetNeedsReport } from '../../../services/reports';
import { BarChart } from '../../components/bar-chart';
import { Field, FormErrors, type FieldMessages } from '../../components/field';
import { Layout, type Viewer } from '../../components/layout';
import { EmptyState } from '../../components/notice';

type Props = { viewer: Viewer; threshold: string; report: UnmetNeedsReport | null; errors: FieldMessages };

/** The profile's keys in the order profileCells gives their values. */
const PROFILE_TERMS = [
  ['area', '地域'],
  ['timeBand', '時間帯'],
  ['step', '段階'],
  ['needs', '必要な支援'],
] as const;

/** 資源開拓: the groups of people the catalog fails, what keeps them out, and what to ask of hosts. */
export function UnmetNeedsPage({ viewer, threshold, report, errors }: Props) {
  return (
    <Layout title="資源開拓（満たせていないニーズ）" viewer={viewer} current="/unmet-needs">
      <FormErrors errors={errors} />
      <p>
        待っている人（提案中・参加中のつなぎがない参加者）を、いまの受け入れメニューとマッチングと同じ条件で照らし合わせました。
        どのまとまりも3人以上で、個人は特定できません。受け入れ先への相談や代表者会議にそのまま使えます。
      </p>
      <form method="get" action="/unmet-needs" class="filters" aria-label="集計の基準">
        <Field label="合う受け入れメニューがこの数より少ない人を数える" name="threshold" type="number" value={threshold} errors={errors} />
        <button type="submit">この基準で集計する</button>
      </form>
      {report ? <Report report={report} /> : null}
    </Layout>
  );
}

function Report({ report }: { report: UnmetNeedsReport }) {
  return (
    <>
      <p class="actions">
        <a class="button" href={`/unmet-needs.csv?threshold=${report.threshold}`} download>
          CSVをダウンロード（Excel用）
        </a>
      </p>
      <dl class="facts">
        <div class="row">
          <dt>待っている人</dt>
          <dd>
            {report.considered}人（{report.asOf} 現在）
          </dd>
        </div>
        <div class="row">
          <dt>合う受け入れメニューが{report.threshold}件未満の人</dt>
          <dd>{report.underserved}人</dd>
        </div>
        <div class="row">
          <dt>3人未満のため表に含めない人</dt>
          <dd>{report.suppressed}人</dd>
        </div>
      </dl>
      {report.groups.length === 0 ? (
        <EmptyState title="いま、選択肢が少ない人の3人以上のまとまりはありません">
          <p>基準の数を上げると、もう少し選択肢のある人まで含めて見られます。</p>
        </EmptyState>
      ) : (
        <ol class="unmet-groups">
          {report.groups.map((group, index) => (
            <Group group={group} index={index} />
          ))}
        </ol>
      )}
    </>
  );
}

function Group({ group, index }: { group: UnmetNeedsReport['groups'][number]; index: number }) {
  const cells = profileCells(group.profile);
  // A key dropped to keep the group at three or more is not shown at all.
  const shown = PROFILE_TERMS.map(([key, term], at) => ({ term, value: cells[at]!, kept: group.profile[key] !== undefined })).filter(
    (row) => row.kept,
  );
  const headingId = `group-${index}`;
  return (
    <li class="unmet-group" aria-labelledby={headingId}>
      <h2 id={headingId}>
        {shown.map((row) => row.value).join('・') || '地域も時間帯もさまざまな人'}（{group.people}人）
      </h2>
      {shown.length > 0 ? (
        <dl class="facts">
          {shown.map((row) => (
            <div class="row">
              <dt>{row.term}</dt>
              <dd>{row.value}</dd>
            </div>
          ))}
        </dl>
      ) : (
        <p class="hint">一人ひとりの条件が違うため、3人以上のまとまりにするには地域や時間帯を問わずに数えています。</p>
      )}
      {group.suggestion ? (
        <p class="suggestion">
          <strong>提案:</strong> {group.suggestion.message}
        </p>
      ) : (
        <p class="hint">受け入れメニューを一つ変えるだけでは参加できる人が増えません。個別に相談してください。</p>
      )}
      {group.binding.length > 0 ? (
        <BarChart
          id={`binding-${index}`}
          title="それだけで参加を妨げている条件（人数）"
          bars={group.binding.map((binding) => ({ label: EXCLUSION_LABELS[binding.code], value: binding.people }))}
        />
      ) : (
        <p class="hint">条件ひとつだけで外れている受け入れメニューはありません（通える範囲にない、など複数の条件が重なっています）。</p>
      )}
    </li>
  );
}
