/**
 * A synthetic opening's description: where and what, then how the place feels and what help is
 * there, in the plain sentences a host would write. Always 60–200 characters, like real listings.
 */
import type { Environment, Pay, Support } from '../../src/domain/types';

export const DESCRIPTION_MIN = 60;
export const DESCRIPTION_MAX = 200;

const SUPPORT_SENTENCES: Record<Support, string> = {
  trial_visit: '見学だけの参加もできます。',
  accompaniment: '支援員の付き添いも歓迎です。',
  quiet_space: '疲れたら休める静かな部屋があります。',
  job_coach: 'ジョブコーチが作業を一緒に確認します。',
  online: '自宅から参加できます。',
  flexible_attendance: '来られる日だけの参加で大丈夫です。',
  short_hours: '短い時間から始められます。',
};

const CLOSING_SENTENCES = ['はじめての方も、まずは気軽にご相談ください。', '担当者が最初に流れを説明します。', '持ち物は特にありません。'];

export type DescriptionParts = {
  where: string;
  what: string;
  environment: Environment;
  support: Support[];
  pay: Pay;
  costYen: number;
};

export function describeOpening(parts: DescriptionParts): string {
  const extras = [
    environmentSentence(parts.environment),
    ...parts.support.slice(0, 2).map((s) => SUPPORT_SENTENCES[s]),
    paySentence(parts.pay),
    parts.costYen > 0 ? `参加費は${parts.costYen}円です。` : '',
  ];
  let text = `${parts.where}で、${parts.what}`;
  for (const sentence of [...extras, ...CLOSING_SENTENCES]) {
    const isClosing = CLOSING_SENTENCES.includes(sentence);
    if (isClosing && text.length >= DESCRIPTION_MIN) break;
    if (text.length + sentence.length <= DESCRIPTION_MAX) text += sentence;
  }
  return text;
}

function environmentSentence(env: Environment): string {
  if (env.customerFacing) return 'お客さんや利用者さんと接する場面があります。';
  if (env.groupSize === 'solo')
    return env.conversation === 'none' ? '話しかけられることはほとんどありません。' : '分からないことは担当者にいつでも聞けます。';
  if (env.groupSize === 'large')
    return env.conversation === 'much' ? '大勢でにぎやかに過ごす場です。' : '大勢の中でも、自分の持ち場に集中できます。';
  return env.conversation === 'much' ? '少人数で、会話を楽しみながら過ごせます。' : '少人数で、落ち着いて取り組めます。';
}

function paySentence(pay: Pay): string {
  if (pay === 'wage') return '時給制です。';
  if (pay === 'allowance') return '作業に応じた謝礼があります。';
  return '';
}
