import { AREA_LABELS } from '../../config';
import { DAY_LABELS } from '../hsds/catalog';
import { CONVERSATION_LABELS, GROUP_SIZE_LABELS, STEP_LABELS, SUPPORT_LABELS } from '../matching/labels';
import type { MatchableOpportunity, Step } from '../types';
import type { NewOpeningProfile, OpportunityChange } from './changes';
import { TIME_BAND_LABELS } from './coarse-profile';

/** Sentences a coordinator can read out to a host: what to change, and how many people it would let in. */

function areaLabel(area: string): string {
  return AREA_LABELS[area] ?? area;
}

/** Each edit as a clause ending in the continuative form (…を設け) and in the plain form (…を設ける). */
function clauses(change: OpportunityChange): { joined: string; last: string }[] {
  const out: { joined: string; last: string }[] = [];
  for (const slot of change.addSlots ?? []) {
    const what = `${DAY_LABELS[slot.day]}曜${slot.start}〜${slot.end}の回を`;
    out.push({ joined: `${what}設け`, last: `${what}設ける` });
  }
  if (change.addSupport?.length) {
    const what = `${change.addSupport.map((support) => SUPPORT_LABELS[support]).join('・')}を`;
    out.push({ joined: `${what}用意し`, last: `${what}用意する` });
  }
  if (change.addSeats) out.push({ joined: `定員を${change.addSeats}人増やし`, last: `定員を${change.addSeats}人増やす` });
  if (change.step !== undefined) {
    const from = Math.max(1, change.step - 1) as Step;
    const what = `段階${from}（${STEP_LABELS[from]}）の人も`;
    out.push({ joined: `${what}受け入れ`, last: `${what}受け入れる` });
  }
  const environment = change.environment ?? {};
  const calmer = [
    environment.groupSize ? `${GROUP_SIZE_LABELS[environment.groupSize]}で` : '',
    environment.conversation ? `会話${CONVERSATION_LABELS[environment.conversation]}で` : '',
    environment.customerFacing === false ? '接客なしで' : '',
    environment.phone === false ? '電話対応なしで' : '',
  ].join('');
  if (calmer) out.push({ joined: `${calmer}参加できるようにし`, last: `${calmer}参加できるようにする` });
  return out;
}

export function changeMessage(opportunity: MatchableOpportunity, change: OpportunityChange, wouldServe: number): string {
  const parts = clauses(change);
  const said = parts.map((part, index) => (index === parts.length - 1 ? part.last : part.joined)).join('、');
  return `「${opportunity.title}」（${opportunity.hostName}）で${said}と、${wouldServe}人が参加できます`;
}

export function newOpeningMessage(profile: NewOpeningProfile, steps: { min: number; max: number }, wouldServe: number): string {
  const setting = `${GROUP_SIZE_LABELS[profile.environment.groupSize]}・会話${CONVERSATION_LABELS[profile.environment.conversation]}`;
  const support = profile.support.length ? `、${profile.support.map((s) => SUPPORT_LABELS[s]).join('・')}のある` : 'の';
  const stepRange = steps.min === steps.max ? `段階${steps.min}` : `段階${steps.min}〜${steps.max}`;
  const place = profile.step <= 2 ? '居場所' : `${STEP_LABELS[profile.step]}の場`;
  return `${areaLabel(profile.area)}で${TIME_BAND_LABELS[profile.timeBand]}、${setting}${support}${stepRange}の人向けの${place}があれば ${wouldServe}人が参加できます`;
}
