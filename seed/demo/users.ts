/**
 * Demo users, one per role. Their tokens are random, made when the demo is seeded and printed
 * once: a fixed, published token would open any database the demo was ever seeded into.
 */
import type { DemoUser } from './types';

export const demoUsers: DemoUser[] = [
  { key: 'admin', name: 'デモ管理者（市 福祉政策担当）', role: 'admin' },
  { key: 'coordinator', name: 'デモ多機関協働担当', role: 'coordinator' },
  { key: 'supporter-a', name: 'デモ参加支援員A', role: 'supporter' },
  { key: 'supporter-b', name: 'デモ参加支援員B', role: 'supporter' },
  { key: 'host-hatake', name: 'ながれやま畑の会（デモ）', role: 'host', hostKey: 'hatake-no-kai' },
  { key: 'host-hidamari', name: 'ひだまりカフェ（デモ）', role: 'host', hostKey: 'hidamari-cafe' },
];
