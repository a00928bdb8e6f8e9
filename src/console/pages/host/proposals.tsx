import { DECLINE_REASON_LABELS, DECLINE_REASONS } from '../../../domain/placement/statuses';
import { FormErrors, SelectField, optionsOf, type FieldMessages } from '../../components/field';
import { CsrfField, Layout, type Viewer } from '../../components/layout';
import { EmptyState } from '../../components/notice';
import type { Flash } from '../../flash';
import type { HostPlacementView } from '../../../services/placements';
import { PlacedPerson } from './placed-person';

type Props = {
  viewer: Viewer;
  flash: Flash | null;
  items: HostPlacementView[];
  /** The refused answer's messages, by the placement they concern. */
  errors: Record<string, FieldMessages>;
};

/** Proposals waiting for the host's answer: accept in one click, or decline with a reason from the API's list. */
export function HostProposalsPage({ viewer, flash, items, errors }: Props) {
  return (
    <Layout title="提案への返事" viewer={viewer} flash={flash} current="/proposals">
      {items.length === 0 ? (
        <EmptyState title="返事を待っている提案はありません">
          <p>
            参加支援員から提案が届くと、ここに表示されます。<a href="/people">受け入れている人</a>も見られます。
          </p>
        </EmptyState>
      ) : (
        <ul class="list">
          {items.map((pl) => (
            <PlacedPerson placement={pl}>
              <FormErrors errors={errors[pl.id]} />
              <div class="answers">
                <form method="post" action={`/proposals/${pl.id}/accept`}>
                  <CsrfField viewer={viewer} />
                  <button type="submit">受け入れる</button>
                </form>
                <form method="post" action={`/proposals/${pl.id}/decline`} class="decline">
                  <CsrfField viewer={viewer} />
                  <SelectField
                    label="見送る理由"
                    name={`${pl.id}.reason`}
                    options={optionsOf(DECLINE_REASON_LABELS, DECLINE_REASONS)}
                    blank="選んでください"
                    errors={prefixed(errors[pl.id], pl.id)}
                  />
                  <button type="submit" class="button secondary">
                    見送る
                  </button>
                </form>
              </div>
            </PlacedPerson>
          ))}
        </ul>
      )}
    </Layout>
  );
}

/** Each card's reason field is named after its proposal (ids stay unique on the page); its messages follow the name. */
function prefixed(messages: FieldMessages | undefined, id: string): FieldMessages {
  return Object.fromEntries(Object.entries(messages ?? {}).map(([path, message]) => [`${id}.${path}`, message]));
}
