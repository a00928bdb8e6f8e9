import { AREA_LABELS } from '../../config';
import { OPPORTUNITY_KIND_LABELS } from '../../domain/catalog/labels';
import type { OpportunityView } from '../../services/opportunities';
import { Field, type FieldMessages } from '../components/field';
import { Layout, type Viewer } from '../components/layout';
import { EmptyState } from '../components/notice';
import { SlotList } from '../components/slot-list';

type Props = { viewer: Viewer; q: string; errors: FieldMessages; items: OpportunityView[] };

/** The catalog search box: the same fuzzy, synonym-aware search as `GET /v1/opportunities?q=`. */
export function CatalogPage({ viewer, q, errors, items }: Props) {
  return (
    <Layout title="受け入れメニューを探す" viewer={viewer} current="/catalog">
      <form method="get" action="/catalog" class="filters" role="search">
        <Field
          label="キーワード"
          name="q"
          type="search"
          value={q}
          errors={errors}
          hint="例: 農作業、パソコン、駅前 カフェ（ひらがなでも探せます）"
        />
        <button type="submit">検索</button>
      </form>
      <p class="actions">
        <a class="button secondary" href="/catalog/export.csv" download>
          一覧をダウンロード（Excel 用 CSV）
        </a>
      </p>
      {items.length === 0 ? (
        <EmptyState title={q ? `「${q}」に合う受け入れメニューは見つかりませんでした` : '受け入れメニューはまだありません'}>
          <p>{q ? '言葉を短くするか、別の言い方で検索してください。' : '受け入れ先を開拓したら、受け入れメニューを登録してください。'}</p>
        </EmptyState>
      ) : (
        <>
          <p>{q ? `「${q}」の検索結果（関連の高い順に${items.length}件）` : `${items.length}件`}</p>
          <ul class="list">
            {items.map((o) => (
              <li class="item">
                <span class="item-title">{o.title}</span>
                <span class="meta">
                  {o.hostName}・{OPPORTUNITY_KIND_LABELS[o.kind]}・
                  {AREA_LABELS[o.location.area as keyof typeof AREA_LABELS] ?? o.location.area}
                  {o.location.online ? '・オンライン' : ''}・空き {Math.max(o.capacity - o.filled, 0)}/{o.capacity}
                  {o.stale ? <span class="badge stale">確認が古い</span> : null}
                </span>
                <SlotList slots={o.schedule} />
                <p class="desc">{o.description}</p>
              </li>
            ))}
          </ul>
        </>
      )}
    </Layout>
  );
}
