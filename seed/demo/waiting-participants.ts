/**
 * People registered recently and still waiting for a place, so that the 資源開拓 report shows
 * something to act on from the first start: three in the south who can come on weekday mornings
 * and need a quiet space, and three in the east free only at weekends who need a job coach to try work. Entirely invented, like
 * every demo participant.
 */
import { weekly } from './build';
import type { DemoParticipant } from './types';

const calm = { maxGroupSize: 'small', maxConversation: 'little', avoidCustomerFacing: true, avoidPhone: true } as const;

export const waitingParticipants: DemoParticipant[] = [
  {
    key: 'p-o', supporterKey: 'supporter-a', displayName: 'Oさん', age: 41, gender: 'male',
    home: { area: 'south', lat: 35.8391, lng: 139.9072 },
    travel: { modes: ['walk'], maxMinutes: 20 },
    availability: weekly(['mon', 'wed'], '09:30', '12:00'), interests: ['料理'], step: 1, limits: calm, needs: ['quiet_space'],
    goals: '朝のうちに外へ出る習慣をつくりたい。', referredBy: '地域包括支援センター',
    consent: { status: 'given', scope: '重層的支援会議での情報共有' },
    private: { name: '南 一郎（架空）', nameKana: 'みなみ いちろう', phone: '090-0000-0015', address: '流山市南流山9丁目99-2（架空）', notes: '人の声が重なる場所が苦手。' },
  },
  {
    key: 'p-p', supporterKey: 'supporter-b', displayName: 'Pさん', age: 23, gender: 'female',
    home: { area: 'south', lat: 35.8364, lng: 139.9031 },
    travel: { modes: ['walk', 'bicycle'], maxMinutes: 15 },
    availability: weekly(['tue', 'fri'], '09:00', '11:30'), interests: ['読書'], step: 2, limits: calm, needs: ['quiet_space'],
    goals: '静かな場所で、少しずつ人と過ごす時間を増やしたい。', referredBy: '子育て窓口',
    consent: { status: 'given', scope: '重層的支援会議での情報共有' },
    private: { name: '木 さくら（架空）', nameKana: 'き さくら', phone: '090-0000-0016', address: '流山市木9999（架空）', notes: '連絡は母親経由。' },
  },
  {
    key: 'p-q', supporterKey: 'supporter-a', displayName: 'Qさん', age: 35, gender: 'other',
    home: { area: 'south' },
    travel: { modes: ['walk', 'bus'], maxMinutes: 25 },
    availability: weekly(['thu'], '09:00', '12:00'), interests: ['植物'], step: 1, limits: calm, needs: ['quiet_space'],
    goals: '週に一度、決まった場所に通いたい。', referredBy: '障害者相談支援事業所',
    consent: { status: 'given', scope: '重層的支援会議での情報共有' },
    private: { name: '流山 渚（架空）', nameKana: 'ながれやま なぎさ', phone: '090-0000-0017', address: '流山市流山9丁目99-9（架空）', notes: '自宅の位置は記録しない希望。' },
  },
  {
    key: 'p-r', supporterKey: 'supporter-b', displayName: 'Rさん', age: 29, gender: 'male',
    home: { area: 'east', lat: 35.8662, lng: 139.9441 },
    travel: { modes: ['walk', 'bicycle'], maxMinutes: 20 },
    availability: weekly(['sat'], '10:00', '15:00'), interests: ['自転車'], step: 3, limits: calm, needs: ['job_coach'],
    goals: '平日は体調が安定しないので、週末に何かしたい。', referredBy: '暮らしサポートセンター',
    consent: { status: 'given', scope: '重層的支援会議での情報共有' },
    private: { name: '東 大地（架空）', nameKana: 'ひがし だいち', phone: '090-0000-0018', address: '流山市東深井9999（架空）', notes: '平日は通院がある。' },
  },
  {
    key: 'p-s', supporterKey: 'supporter-a', displayName: 'Sさん', age: 52, gender: 'female',
    home: { area: 'east', lat: 35.8631, lng: 139.9478 },
    travel: { modes: ['walk', 'car'], maxMinutes: 20 },
    availability: weekly(['sat', 'sun'], '13:00', '16:00'), interests: ['手芸'], step: 3, limits: calm, needs: ['job_coach'],
    goals: '家族の介護の合間に、週末だけ地域に関わりたい。', referredBy: '地域包括支援センター',
    consent: { status: 'given', scope: '重層的支援会議での情報共有' },
    private: { name: '江戸川 ゆり（架空）', nameKana: 'えどがわ ゆり', phone: '090-0000-0019', address: '流山市江戸川台東9999（架空）', notes: '平日は親の介護。' },
  },
  {
    key: 'p-t', supporterKey: 'supporter-b', displayName: 'Tさん', age: 31, gender: 'male',
    home: { area: 'east', lat: 35.8675, lng: 139.9462 },
    travel: { modes: ['walk'], maxMinutes: 20 },
    availability: weekly(['sun'], '10:00', '14:00'), interests: ['ゲーム'], step: 3, limits: calm, needs: ['job_coach'],
    goals: '日曜だけなら出かけられそう。', referredBy: '重層的支援会議',
    consent: { status: 'given', scope: '重層的支援会議での情報共有' },
    private: { name: '東 誠（架空）', nameKana: 'ひがし まこと', phone: '090-0000-0020', address: '流山市駒木9999（架空）', notes: '夜型の生活。' },
  },
];
