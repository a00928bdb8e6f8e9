import { Layout, type Viewer } from '../../components/layout';
import { EmptyState } from '../../components/notice';
import type { Flash } from '../../flash';
import type { HostPlacementView } from '../../../services/placements';
import { PlacedPerson } from './placed-person';

type Props = { viewer: Viewer; flash: Flash | null; items: HostPlacementView[] };

/** The people the host has taken in (accepted, trying it out, taking part), seen only through the minimal host view. */
export function HostPeoplePage({ viewer, flash, items }: Props) {
  return (
    <Layout title="受け入れている人" viewer={viewer} flash={flash} current="/people">
      {items.length === 0 ? (
        <EmptyState title="いま受け入れている人はいません">
          <p>
            提案を受け入れると、ここに表示されます。<a href="/proposals">提案への返事</a>を確かめてください。
          </p>
        </EmptyState>
      ) : (
        <ul class="list">
          {items.map((pl) => (
            <PlacedPerson placement={pl} />
          ))}
        </ul>
      )}
      <p class="meta">
        様子が気になるときや困ったときは、<a href="/consult">相談したい</a>から担当者に知らせてください。
      </p>
    </Layout>
  );
}
