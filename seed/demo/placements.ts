/**
 * Invented placements so the demo shows every stage of the work: a proposal waiting for the host,
 * people in trial and active with follow-ups due and overdue, and one that ended well. Each
 * person is placed in their own best match at seeding time, so the demo pairs make sense.
 */
export type DemoPlacement = {
  participantKey: string;
  /** Transitions after the proposal, oldest first; `daysAgo` counts back from seeding time. */
  steps: { to: 'accepted' | 'trial' | 'active' | 'ended'; daysAgo: number; reason?: 'completed' }[];
  checkIns: {
    daysAgo: number;
    channel: 'visit' | 'phone' | 'host_report';
    attendance?: { attended: number; planned: number };
    wellbeing?: number;
    concerns?: ('absence' | 'health')[];
    participantVoice?: string;
  }[];
};

export const demoPlacements: DemoPlacement[] = [
  {
    participantKey: 'p-a',
    steps: [
      { to: 'accepted', daysAgo: 50 },
      { to: 'trial', daysAgo: 45 },
      { to: 'active', daysAgo: 38 },
    ],
    checkIns: [
      {
        daysAgo: 37,
        channel: 'visit',
        attendance: { attended: 1, planned: 1 },
        wellbeing: 4,
        participantVoice: '思ったより疲れなかった（架空）',
      },
      { daysAgo: 30, channel: 'phone', attendance: { attended: 1, planned: 2 }, wellbeing: 3 },
    ],
  },
  {
    participantKey: 'p-b',
    steps: [
      { to: 'accepted', daysAgo: 12 },
      { to: 'trial', daysAgo: 9 },
    ],
    checkIns: [{ daysAgo: 2, channel: 'visit', attendance: { attended: 0, planned: 2 }, wellbeing: 2, concerns: ['absence'] }],
  },
  { participantKey: 'p-c', steps: [{ to: 'accepted', daysAgo: 3 }], checkIns: [] },
  { participantKey: 'p-d', steps: [], checkIns: [] },
  {
    participantKey: 'p-e',
    steps: [
      { to: 'accepted', daysAgo: 220 },
      { to: 'active', daysAgo: 210 },
      { to: 'ended', daysAgo: 20, reason: 'completed' },
    ],
    checkIns: [{ daysAgo: 200, channel: 'visit', attendance: { attended: 2, planned: 2 }, wellbeing: 4 }],
  },
];
