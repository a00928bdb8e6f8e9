import type { Role } from '../domain/roles';
import type { ConsentStatus, Day, TravelMode } from '../domain/types';

/** Japanese words the console shows for codes that have no label in the domain yet. */

export const ROLE_LABELS: Record<Role, string> = {
  admin: '市の担当（管理者）',
  coordinator: '多機関協働の担当',
  supporter: '参加支援員',
  host: '受け入れ先',
};

export const DAY_LABELS: Record<Day, string> = { mon: '月', tue: '火', wed: '水', thu: '木', fri: '金', sat: '土', sun: '日' };

export const CONSENT_LABELS: Record<ConsentStatus, string> = { none: '未確認', given: '同意あり', withdrawn: '同意撤回' };

export const TRAVEL_MODE_LABELS: Record<TravelMode, string> = { walk: '徒歩', bicycle: '自転車', bus: 'バス', train: '電車', car: '車' };

export { EXCLUSION_LABELS } from '../domain/matching/labels';
