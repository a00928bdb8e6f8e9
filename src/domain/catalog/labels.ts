/** Japanese names of the catalog's codes, as reports (CSV) and the HSDS export show them. */
import type { Attendance, HostStatus, HostType, OpportunityKind, OpportunityStatus, Pay } from '../types';
import { UNDERSTANDING } from '../types';

/** How a person attends: any listed slot each week, or every slot of a fixed course. */
export const ATTENDANCE_LABELS: Record<Attendance, string> = {
  any: '都合のよい回に',
  all: 'すべての回に（講座・実習）',
};

/** The months of the year as a spreadsheet cell names them. */
export const MONTH_LABELS: Record<number, string> = Object.fromEntries(Array.from({ length: 12 }, (_, i) => [i + 1, `${i + 1}月`]));

export const OPPORTUNITY_KIND_LABELS: Record<OpportunityKind, string> = {
  ibasho: '居場所',
  volunteer: 'ボランティア',
  work_experience: '就労体験',
  intermediate_work: '中間的就労',
  employment: '一般就労',
  learning: '学び',
};

export const HOST_TYPE_LABELS: Record<HostType, string> = {
  company: '企業',
  npo: 'NPO法人',
  shop: '商店・飲食店',
  farm: '農園・農家',
  public: '公共施設',
  welfare_corp: '社会福祉法人',
  community: '地域の団体',
  other: 'その他',
};

export const HOST_STATUS_LABELS: Record<HostStatus, string> = {
  prospect: '開拓中',
  active: '受け入れ中',
  paused: '休止中',
  ended: '終了',
};

export const UNDERSTANDING_LABELS: Record<(typeof UNDERSTANDING)[number], string> = {
  hikikomori: 'ひきこもり',
  mental_health: 'こころの不調',
  developmental: '発達障害',
  intellectual: '知的障害',
  physical: '身体障害',
  care_leavers: '社会的養護の経験',
  long_term_unemployed: '長い離職期間',
  elderly: '高齢の方',
  youth: '若者',
};

export const PAY_LABELS: Record<Pay, string> = { none: 'なし', allowance: '謝礼・手当', wage: '賃金' };

export const OPPORTUNITY_STATUS_LABELS: Record<OpportunityStatus, string> = { open: '募集中', paused: '一時休止', closed: '募集終了' };
