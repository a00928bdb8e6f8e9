/**
 * Demo users, one per role, with fixed tokens a newcomer can paste into `Authorization: Bearer …`.
 * The tokens say "demo" on purpose: they are public and must never guard real data.
 */
import type { DemoUser } from './types';

export const demoUsers: DemoUser[] = [
  { key: 'admin', name: 'デモ管理者（市 福祉政策担当）', role: 'admin', token: 'demo-admin-token' },
  { key: 'coordinator', name: 'デモ多機関協働担当', role: 'coordinator', token: 'demo-coordinator-token' },
  { key: 'supporter-a', name: 'デモ参加支援員A', role: 'supporter', token: 'demo-supporter-a-token' },
  { key: 'supporter-b', name: 'デモ参加支援員B', role: 'supporter', token: 'demo-supporter-b-token' },
  { key: 'host-hatake', name: 'ながれやま畑の会（デモ）', role: 'host', hostKey: 'hatake-no-kai', token: 'demo-host-hatake-token' },
  { key: 'host-hidamari', name: 'ひだまりカフェ（デモ）', role: 'host', hostKey: 'hidamari-cafe', token: 'demo-host-hidamari-token' },
];
