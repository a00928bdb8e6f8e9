/** The kinds of help given to a host: 相談, 研修, 出来事, ふりかえり, 開拓. */
export const HOST_SUPPORT_TYPES = ['consultation', 'training', 'incident', 'feedback', 'development'] as const;
export type HostSupportType = (typeof HOST_SUPPORT_TYPES)[number];

export const HOST_SUPPORT_LABELS: Record<HostSupportType, string> = {
  consultation: '相談',
  training: '研修',
  incident: '出来事への対応',
  feedback: 'ふりかえり',
  development: '開拓',
};
