import type { MatchableOpportunity, Profile } from '../types';
import { MIN_OVERLAP_MINUTES, NEARLY_FULL_SEATS, STALE_LISTING_DAYS } from '../../config';
import { everyMatchedSessionCutShort, sessionRanges } from '../schedule/sessions';
import type { WeekRanges } from '../schedule/week-ranges';
import { tokyoDate } from '../dates';
import type { TravelEstimate } from '../geo/travel';
import { ageRange } from './constraints';
import { isStale } from './staleness';
import type { Warning } from './types';

/** What the warnings about one offered opportunity are read from. */
export type WarningFacts = {
  profile: Profile;
  opportunity: MatchableOpportunity;
  /** See lastTouchedMs. */
  lastTouchedMs: number;
  travel: TravelEstimate;
  /** The person's free time. */
  availability: WeekRanges;
  /** The moment of the request. */
  now: Date;
};

/** Things to check with the host or the person before proposing; none of them rules the opportunity out. */
export function matchWarnings({ profile, opportunity, lastTouchedMs, travel, availability, now }: WarningFacts): Warning[] {
  const warnings: Warning[] = [];
  if (isStale(lastTouchedMs, now)) {
    const last = Number.isNaN(lastTouchedMs) ? '' : `（最後の確認は${tokyoDate(new Date(lastTouchedMs))}）`;
    warnings.push({
      code: 'stale_listing',
      message: `${STALE_LISTING_DAYS}日以上、掲載内容が確認されていません${last}。受け入れ先にいまの状況を確かめてください`,
    });
  }
  const seatsLeft = opportunity.capacity - opportunity.filled;
  if (seatsLeft > 0 && seatsLeft <= NEARLY_FULL_SEATS) {
    warnings.push({ code: 'nearly_full', message: `空きは残り${seatsLeft}人分です` });
  }
  const { minAge, maxAge } = opportunity.eligibility;
  const hasAgeBounds = typeof minAge === 'number' || typeof maxAge === 'number';
  if (hasAgeBounds && (profile.age === null || profile.age === undefined)) {
    warnings.push({
      code: 'age_unknown',
      message: `対象年齢（${ageRange(opportunity.eligibility)}）がありますが、年齢が登録されていないため確かめられていません`,
    });
  }
  if (travel.kind === 'measured' && travel.estimated) {
    warnings.push({
      code: 'travel_estimated',
      message: '住まいか受け入れ先の位置が登録されていないため、地域の代表地点から移動時間を見積もっています',
    });
  }
  if (profile.needs.includes('accompaniment') && !opportunity.support.includes('accompaniment')) {
    warnings.push({
      code: 'supporter_accompanies',
      message: '受け入れ先には同行の用意がないため、支援員が同行する前提です',
    });
  }
  if (everyMatchedSessionCutShort(availability, sessionRanges(opportunity.schedule), MIN_OVERLAP_MINUTES)) {
    warnings.push({
      code: 'partial_attendance',
      message: 'どの回も参加できる時間をはみ出すため、遅れて来るか早めに帰ることになります',
    });
  }
  if (opportunity.step === profile.step + 1) {
    warnings.push({
      code: 'step_up',
      message: 'いまの段階より一つ先の内容です。つなぐ前に支え方を決めておきましょう',
    });
  }
  if (travel.kind === 'same_area') {
    warnings.push({
      code: 'travel_unknown',
      message: '位置情報がないため移動時間を見積もれていません。同じ地域として候補に入れています',
    });
  }
  return warnings;
}
