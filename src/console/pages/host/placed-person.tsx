import type { Child } from 'hono/jsx';
import { CONVERSATION_LABELS, GROUP_SIZE_LABELS, SUPPORT_LABELS } from '../../../domain/matching/labels';
import { PLACEMENT_STATUS_LABELS } from '../../../domain/placement/statuses';
import type { HostPlacementView } from '../../../services/placements';

function Fact({ term, children }: { term: string; children?: Child }) {
  return (
    <div class="row">
      <dt>{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}

/**
 * One person as the host may know them, and nothing more: the minimal host view the placement
 * service returns (code, and while consent is given the display name, needs and limits).
 */
export function PlacedPerson({ placement: pl, children }: { placement: HostPlacementView; children?: Child }) {
  const person = pl.participant;
  return (
    <li class="item person">
      <h2 class="item-title">{person.displayName ?? `番号 ${person.code}`}</h2>
      <p class="meta">
        <span class="badge">{PLACEMENT_STATUS_LABELS[pl.status]}</span> <span>番号 {person.code}</span>
      </p>
      <dl class="facts">
        <Fact term="受け入れメニュー">{pl.opportunityTitle}</Fact>
        {pl.startedOn ? <Fact term="参加を始めた日">{pl.startedOn}</Fact> : <Fact term="提案された日">{pl.createdAt.slice(0, 10)}</Fact>}
        {person.needs ? (
          <Fact term="必要な支援">{person.needs.length > 0 ? person.needs.map((n) => SUPPORT_LABELS[n]).join('、') : '特になし'}</Fact>
        ) : null}
        {person.limits ? (
          <Fact term="無理のない環境">
            {`${GROUP_SIZE_LABELS[person.limits.maxGroupSize]}まで・会話は${CONVERSATION_LABELS[person.limits.maxConversation]}まで`}
            {person.limits.avoidCustomerFacing ? '・接客は避ける' : ''}
            {person.limits.avoidPhone ? '・電話は避ける' : ''}
          </Fact>
        ) : null}
      </dl>
      {person.displayName === undefined ? <p class="meta">本人の同意が取り下げられたため、番号のほかはお見せできません。</p> : null}
      {children}
    </li>
  );
}
