import { STEP_LABELS } from '../../domain/matching/labels';
import { CONSENT_STATUSES, STEPS } from '../../domain/types';
import type { ParticipantView } from '../../services/participants';
import { SelectField, Field, optionsOf, type FieldMessages } from '../components/field';
import { Layout, type Viewer } from '../components/layout';
import { EmptyState } from '../components/notice';
import type { Flash } from '../flash';
import { CONSENT_LABELS } from '../labels';

export type ParticipantFilters = { q?: string | undefined; step?: number | undefined; consent?: string | undefined };

type Props = {
  viewer: Viewer;
  flash: Flash | null;
  filters: ParticipantFilters;
  errors: FieldMessages;
  items: ParticipantView[];
  nextHref: string | null;
};

/** The caseload the service returns, searchable by code or display name. */
export function ParticipantsPage({ viewer, flash, filters, errors, items, nextHref }: Props) {
  const filtered = Boolean(filters.q || filters.step || filters.consent);
  return (
    <Layout title="参加者" viewer={viewer} flash={flash} current="/participants">
      <p>
        <a class="button" href="/participants/new">
          参加者を登録する
        </a>
      </p>
      <form method="get" action="/participants" class="filters" role="search">
        <Field label="コードまたは呼び名" name="q" type="search" value={filters.q} errors={errors} />
        <SelectField
          label="参加の段階"
          name="step"
          options={STEPS.map((s) => ({ value: String(s), label: `${s} ${STEP_LABELS[s]}` }))}
          value={filters.step}
          blank="すべて"
          errors={errors}
        />
        <SelectField
          label="同意"
          name="consent"
          options={optionsOf(CONSENT_LABELS, CONSENT_STATUSES)}
          value={filters.consent}
          blank="すべて"
          errors={errors}
        />
        <button type="submit">絞り込む</button>
      </form>
      {items.length === 0 ? (
        filtered ? (
          <EmptyState title="条件に合う参加者はいません">
            <p>
              条件をゆるめるか、<a href="/participants">すべての参加者</a>を表示してください。
            </p>
          </EmptyState>
        ) : (
          <EmptyState title="担当の参加者はまだいません">
            <p>
              <a href="/participants/new">参加者を登録する</a>と、ここに表示されます。
            </p>
          </EmptyState>
        )
      ) : (
        <ul class="list">
          {items.map((p) => (
            <li class="item">
              <a class="item-title" href={`/participants/${p.id}`}>
                {p.displayName}
              </a>
              <span class="meta">
                {p.code}・段階 {p.step}（{STEP_LABELS[p.step as keyof typeof STEP_LABELS]}）・
                <span class={`badge consent-${p.consent.status}`}>{CONSENT_LABELS[p.consent.status]}</span>
              </span>
            </li>
          ))}
        </ul>
      )}
      {nextHref ? (
        <p>
          <a href={nextHref}>次の参加者を表示</a>
        </p>
      ) : null}
    </Layout>
  );
}
