/**
 * Demo openings offered by the demo hosts (seed/demo/hosts.ts). Invented, but shaped like what a
 * participation-support contractor in Nagareyama would really list: places to be, light roles,
 * volunteering, work experience, supported work and jobs, spread over the city's four areas.
 */
import type { Day } from '../../src/domain/types';
import { env, near, onlineOnly, weekly } from './build';
import type { DemoOpportunity } from './types';

const WEEKDAYS: Day[] = ['mon', 'tue', 'wed', 'thu', 'fri'];

export const demoOpportunities: DemoOpportunity[] = [
  /* ── NPO法人ながれやま畑の会 ─────────────────────────────────────────── */
  {
    hostKey: 'hatake-no-kai', title: '畑の手入れ（午前のみ）', kind: 'work_experience', step: 3,
    description: '市野谷の畑で草取り、水やり、収穫をします。少人数で、黙々と進められる作業が中心です。最初は見学や付き添いつきでの参加もできます。',
    tags: ['農作業', '屋外', '野菜', '草取り'],
    schedule: weekly(['tue'], '09:00', '12:00'), location: near('流山おおたかの森', 0.004, 0.008),
    capacity: 3, environment: env('small', 'little'), support: ['trial_visit', 'accompaniment', 'flexible_attendance'],
    eligibility: { minAge: 15, maxAge: 64, genders: [] }, pay: 'none', costYen: 0, status: 'open',
  },
  {
    hostKey: 'hatake-no-kai', title: '畑でひと休み（見学・お茶だけでも）', kind: 'ibasho', step: 1,
    description: '作業小屋でお茶を飲みながら、畑を眺めて過ごす時間です。作業に加わらなくてもかまいません。話したくないときは話さなくて大丈夫です。',
    tags: ['居場所', '屋外', '畑', '自然'],
    schedule: weekly(['sat'], '10:00', '12:00'), location: near('流山おおたかの森', 0.004, 0.008),
    capacity: 6, environment: env('small', 'little'), support: ['trial_visit', 'accompaniment', 'quiet_space', 'flexible_attendance'],
    eligibility: { genders: [] }, pay: 'none', costYen: 0, status: 'open',
  },
  {
    hostKey: 'hatake-no-kai', title: '野菜の袋詰めと直売の準備', kind: 'volunteer', step: 2,
    description: '収穫した野菜を洗って袋に詰め、週末の直売所に並べる準備をします。座ってできる作業で、2時間だけの参加です。',
    tags: ['軽作業', '野菜', '袋詰め', '農作業'],
    schedule: weekly(['fri'], '13:00', '15:00'), location: near('流山おおたかの森', 0.004, 0.008),
    capacity: 4, environment: env('small', 'little'), support: ['trial_visit', 'short_hours'],
    eligibility: { minAge: 15, genders: [] }, pay: 'none', costYen: 0, status: 'open',
  },
  {
    hostKey: 'hatake-no-kai', title: '畑の担当スタッフ（中間的就労・週2日）', kind: 'intermediate_work', step: 4,
    description: '種まきから出荷まで、畝ひとつ分の畑を担当として受け持ちます。作業時間に応じて謝礼をお支払いします。体調に合わせて時間を短くすることもできます。',
    tags: ['農作業', '屋外', '野菜', '有償'],
    schedule: weekly(['tue', 'thu'], '09:00', '15:00'), location: near('流山おおたかの森', 0.004, 0.008),
    capacity: 2, environment: env('small', 'little'), support: ['flexible_attendance', 'short_hours', 'job_coach'],
    eligibility: { minAge: 18, maxAge: 64, genders: [] }, pay: 'allowance', costYen: 0, status: 'open',
  },

  /* ── ひだまりカフェ ─────────────────────────────────────────────────── */
  {
    hostKey: 'hidamari-cafe', title: 'ひだまりカフェの居場所タイム', kind: 'ibasho', step: 1,
    description: '南流山駅近くのカフェの奥の席を、居場所として開けています。飲み物代200円で好きなだけ過ごせます。本や漫画、ボードゲームもあります。',
    tags: ['居場所', 'カフェ', '本', 'ボードゲーム'],
    schedule: weekly(['mon', 'wed', 'fri'], '13:00', '17:00'), location: near('南流山', 0.001, 0.002),
    capacity: 8, environment: env('small', 'little'), support: ['trial_visit', 'accompaniment', 'quiet_space', 'flexible_attendance'],
    eligibility: { genders: [] }, pay: 'none', costYen: 200, status: 'open',
  },
  {
    hostKey: 'hidamari-cafe', title: 'カフェの洗い場と仕込み（裏方）', kind: 'work_experience', step: 3,
    description: 'お客さんと顔を合わせない厨房で、洗い物や野菜の下ごしらえをします。スタッフが横について手順を一つずつ伝えます。',
    tags: ['調理', '洗い物', '裏方', 'カフェ'],
    schedule: weekly(['tue', 'thu'], '10:00', '13:00'), location: near('南流山', 0.001, 0.002),
    capacity: 2, environment: env('small', 'little'), support: ['trial_visit', 'job_coach', 'short_hours'],
    eligibility: { minAge: 15, genders: [] }, pay: 'none', costYen: 0, status: 'open',
  },
  {
    hostKey: 'hidamari-cafe', title: 'カフェの接客体験（午後）', kind: 'work_experience', step: 3,
    description: '注文を聞いて飲み物を運び、テーブルを片付けます。常連さんが多い落ち着いた店です。交通費程度の謝礼があります。',
    tags: ['接客', 'カフェ', '飲食', '配膳'],
    schedule: weekly(['wed', 'sat'], '14:00', '16:00'), location: near('南流山', 0.001, 0.002),
    capacity: 2, environment: env('small', 'much', { customerFacing: true }), support: ['trial_visit', 'accompaniment', 'short_hours'],
    eligibility: { minAge: 15, genders: [] }, pay: 'allowance', costYen: 0, status: 'open',
  },
  {
    hostKey: 'hidamari-cafe', title: '女性のためのおしゃべり会', kind: 'ibasho', step: 1,
    description: '女性だけで集まる、ひだまりカフェの朝の会です。子育てのこと、体調のこと、なんでもない話をしながらお茶を飲みます。聞いているだけでもかまいません。',
    tags: ['居場所', '女性', 'おしゃべり', 'カフェ'],
    schedule: weekly(['thu'], '10:00', '12:00'), location: near('南流山', 0.001, 0.002),
    capacity: 8, environment: env('small', 'much'), support: ['trial_visit', 'quiet_space'],
    eligibility: { genders: ['female'] }, pay: 'none', costYen: 200, status: 'open',
  },
  {
    hostKey: 'hidamari-cafe', title: '若者の夜カフェ（15〜39歳）', kind: 'ibasho', step: 1,
    description: '閉店後のカフェを若者だけに開けています。ゲームをしても、ただ座っていても大丈夫です。この時間は飲み物も無料です。',
    tags: ['居場所', '若者', 'ゲーム', '夜'],
    schedule: weekly(['fri'], '17:00', '20:00'), location: near('南流山', 0.001, 0.002),
    capacity: 10, environment: env('small', 'little'), support: ['trial_visit', 'accompaniment', 'quiet_space', 'flexible_attendance'],
    eligibility: { minAge: 15, maxAge: 39, genders: [] }, pay: 'none', costYen: 0, status: 'open',
  },

  /* ── あおぞら農園 ──────────────────────────────────────────────────── */
  {
    hostKey: 'aozora-farm', title: '夏野菜の収穫ボランティア（早朝）', kind: 'volunteer', step: 3,
    description: '運河駅から自転車で10分ほどの畑で、きゅうりやトマトを収穫します。涼しい朝のうちに作業します。とれた野菜をお土産に持ち帰れます。',
    tags: ['農作業', '収穫', '屋外', '野菜'],
    schedule: weekly(['mon', 'wed', 'sat'], '07:00', '10:00'), location: near('運河', -0.003, 0.006),
    capacity: 5, environment: env('small', 'little'), support: ['trial_visit', 'flexible_attendance'],
    eligibility: { minAge: 15, genders: [] }, pay: 'none', costYen: 0, status: 'open', months: [6, 7, 8, 9],
  },
  {
    hostKey: 'aozora-farm', title: '農園アルバイト（収穫・出荷）', kind: 'employment', step: 5,
    description: '収穫、洗浄、箱詰め、出荷までを担当するアルバイトです。時給制で、週2日から相談できます。体力に自信がなくても、慣れるまでは短い時間から始められます。',
    tags: ['農作業', '出荷', '屋外', 'アルバイト'],
    schedule: weekly(['tue', 'wed', 'thu', 'fri'], '08:00', '12:00'), location: near('運河', -0.003, 0.006),
    capacity: 2, environment: env('small', 'little'), support: ['trial_visit', 'short_hours'],
    eligibility: { minAge: 18, maxAge: 69, genders: [] }, pay: 'wage', costYen: 0, status: 'open',
  },
  {
    hostKey: 'aozora-farm', title: '畑の草取り（短時間・ひとり作業）', kind: 'work_experience', step: 3,
    description: '決められた畝の草取りを、ひとりで黙々と進めます。話しかけられることはほとんどありません。2時間だけの作業です。',
    tags: ['草取り', '農作業', '屋外', '静か'],
    schedule: weekly(['sat'], '09:00', '11:00'), location: near('運河', -0.003, 0.006),
    capacity: 1, environment: env('solo', 'none'), support: ['trial_visit', 'short_hours', 'flexible_attendance'],
    eligibility: { minAge: 15, genders: [] }, pay: 'none', costYen: 0, status: 'open',
  },
  {
    hostKey: 'aozora-farm', title: '冬の堆肥づくり（今季の募集は終了）', kind: 'volunteer', step: 3,
    description: '落ち葉を集めて堆肥の山をつくる冬の作業です。今季の募集は終わりました。次の冬にまた声をかけます。',
    tags: ['農作業', '堆肥', '屋外', '力仕事'],
    schedule: weekly(['sun'], '09:00', '12:00'), location: near('運河', -0.003, 0.006),
    capacity: 4, environment: env('small', 'little'), support: ['trial_visit'],
    eligibility: { minAge: 15, genders: [] }, pay: 'none', costYen: 0, status: 'closed',
  },

  /* ── 西初石地域図書室 ──────────────────────────────────────────────── */
  {
    hostKey: 'nishihatsuishi-library', title: '図書室の本の配架ボランティア', kind: 'volunteer', step: 2,
    description: '返却された本を、背表紙の番号どおりに棚へ戻します。ひとりで静かにできる作業です。1回2時間、来られる日だけで大丈夫です。',
    tags: ['図書', '本', '静か', '軽作業'],
    schedule: weekly(['tue', 'thu'], '10:00', '12:00'), location: near('初石', 0.001, -0.004),
    capacity: 3, environment: env('solo', 'none'), support: ['trial_visit', 'quiet_space', 'short_hours', 'flexible_attendance'],
    eligibility: { minAge: 15, genders: [] }, pay: 'none', costYen: 0, status: 'open',
  },
  {
    hostKey: 'nishihatsuishi-library', title: '絵本の修理ボランティア', kind: 'volunteer', step: 3,
    description: '破れたページや外れた表紙を、専用のテープとのりで直します。手先を使う細かい作業です。やり方は司書が最初に教えます。',
    tags: ['図書', '絵本', '修理', '手先'],
    schedule: weekly(['wed'], '13:00', '15:00'), location: near('初石', 0.001, -0.004),
    capacity: 2, environment: env('small', 'little'), support: ['trial_visit', 'quiet_space'],
    eligibility: { minAge: 15, genders: [] }, pay: 'none', costYen: 0, status: 'open',
  },
  {
    hostKey: 'nishihatsuishi-library', title: '図書室の静かな読書席', kind: 'ibasho', step: 1,
    description: '窓ぎわの読書席を、家の外で過ごす最初の場所として使えます。受付で名前を言う必要はありません。司書には支援員から事情を伝えてあります。',
    tags: ['居場所', '図書', '読書', '静か'],
    schedule: weekly(['tue', 'wed', 'thu', 'fri', 'sat'], '10:00', '17:00'), location: near('初石', 0.001, -0.004),
    capacity: 4, environment: env('solo', 'none'), support: ['quiet_space', 'flexible_attendance', 'accompaniment'],
    eligibility: { genders: [] }, pay: 'none', costYen: 0, status: 'open',
  },
  {
    hostKey: 'nishihatsuishi-library', title: 'おはなし会の準備と受付', kind: 'volunteer', step: 2,
    description: '土曜のおはなし会で、椅子を並べたり、来た親子を受付で迎えたりします。子どもたちのにぎやかな声が聞こえる場です。',
    tags: ['図書', '子ども', '受付', 'イベント'],
    schedule: weekly(['sat'], '10:00', '12:00'), location: near('初石', 0.001, -0.004),
    capacity: 2, environment: env('large', 'much', { customerFacing: true }), support: ['trial_visit'],
    eligibility: { minAge: 15, genders: [] }, pay: 'none', costYen: 0, status: 'open',
  },

  /* ── リユース工房めぐる ────────────────────────────────────────────── */
  {
    hostKey: 'meguru-kobo', title: '自転車の再生作業（職場体験）', kind: 'work_experience', step: 3,
    description: '放置自転車を分解して磨き、ブレーキやチェーンを整えて再生します。工具の使い方は工房長が教えます。',
    tags: ['自転車', '修理', '工具', 'ものづくり'],
    schedule: weekly(['mon', 'wed'], '10:00', '15:00'), location: near('南柏', 0.006, -0.009),
    capacity: 2, environment: env('small', 'little'), support: ['trial_visit', 'job_coach'],
    eligibility: { minAge: 15, genders: [] }, pay: 'none', costYen: 0, status: 'open',
  },
  {
    hostKey: 'meguru-kobo', title: '寄付衣類の仕分けと値札付け（中間的就労）', kind: 'intermediate_work', step: 4,
    description: '寄付された衣類を種類とサイズで分け、値札を付けます。ひとりで黙々とできる作業で、作業時間に応じた工賃があります。',
    tags: ['仕分け', '衣類', '軽作業', 'リサイクル'],
    schedule: weekly(['tue', 'thu', 'fri'], '10:00', '14:00'), location: near('南柏', 0.006, -0.009),
    capacity: 4, environment: env('solo', 'none'), support: ['job_coach', 'short_hours', 'flexible_attendance'],
    eligibility: { minAge: 18, genders: [] }, pay: 'allowance', costYen: 0, status: 'open',
  },
  {
    hostKey: 'meguru-kobo', title: 'リユースショップの販売スタッフ（パート）', kind: 'employment', step: 5,
    description: '再生した家具や自転車を売る週末の店番です。お客さんへの説明や電話での問い合わせにも対応します。時給制のパートです。',
    tags: ['販売', '接客', 'リサイクル', 'パート'],
    schedule: weekly(['sat', 'sun'], '10:00', '16:00'), location: near('南柏', 0.006, -0.009),
    capacity: 1, environment: env('small', 'much', { customerFacing: true, phone: true }), support: ['trial_visit'],
    eligibility: { minAge: 18, genders: [] }, pay: 'wage', costYen: 0, status: 'open',
  },
  {
    hostKey: 'meguru-kobo', title: '家具のやすりがけと塗装', kind: 'volunteer', step: 3,
    description: '古い椅子やたんすにやすりをかけ、ペンキを塗り直します。作業場は半屋外で、汚れてもよい服で参加してください。',
    tags: ['ものづくり', '木工', 'DIY', '手先'],
    schedule: weekly(['sat'], '13:00', '16:00'), location: near('南柏', 0.006, -0.009),
    capacity: 3, environment: env('solo', 'none'), support: ['trial_visit', 'flexible_attendance'],
    eligibility: { minAge: 15, genders: [] }, pay: 'none', costYen: 0, status: 'open',
  },

  /* ── ミニマート豊四季 ──────────────────────────────────────────────── */
  {
    hostKey: 'minimart-toyoshiki', title: '品出し・前出しの職場体験', kind: 'work_experience', step: 3,
    description: '飲み物やお菓子を棚に補充し、商品の向きをそろえます。レジには立ちませんが、お客さんに売り場を聞かれることがあります。',
    tags: ['品出し', 'コンビニ', '軽作業', '販売'],
    schedule: weekly(['tue', 'fri'], '10:00', '12:00'), location: near('豊四季', -0.001, -0.001),
    capacity: 1, environment: env('small', 'little', { customerFacing: true }), support: ['trial_visit', 'accompaniment', 'short_hours'],
    eligibility: { minAge: 15, maxAge: 39, genders: [] }, pay: 'none', costYen: 0, status: 'open',
  },
  {
    hostKey: 'minimart-toyoshiki', title: '早朝の品出しスタッフ（パート）', kind: 'employment', step: 5,
    description: '朝の納品を棚に並べる早朝3時間のパートです。レジは担当しません。職場体験から続けて働いている人もいます。',
    tags: ['品出し', 'コンビニ', '早朝', 'パート'],
    schedule: weekly(WEEKDAYS, '06:00', '09:00'), location: near('豊四季', -0.001, -0.001),
    capacity: 1, environment: env('small', 'little', { customerFacing: true }), support: ['trial_visit'],
    eligibility: { minAge: 18, genders: [] }, pay: 'wage', costYen: 0, status: 'open',
  },
  {
    hostKey: 'minimart-toyoshiki', title: '店の前の掃除と段ボールまとめ（1日2時間）', kind: 'work_experience', step: 3,
    description: '店の前のほうき掛けと、空いた段ボールをたたんでまとめる作業です。裏口から出入りでき、人と話すことはほとんどありません。',
    tags: ['清掃', '軽作業', '屋外', '短時間'],
    schedule: weekly(['mon', 'thu'], '14:00', '16:00'), location: near('豊四季', -0.001, -0.001),
    capacity: 1, environment: env('solo', 'none'), support: ['trial_visit', 'accompaniment', 'short_hours'],
    eligibility: { minAge: 15, genders: [] }, pay: 'allowance', costYen: 0, status: 'open',
  },

  /* ── 株式会社ナガレデータサービス ─────────────────────────────────── */
  {
    hostKey: 'nagare-data', title: 'データ入力の職場体験（オフィス）', kind: 'work_experience', step: 3,
    description: 'アンケート用紙の内容をパソコンに入力します。仕切りのある静かな席で、電話に出ることはありません。入力の手順は紙にまとめてあります。',
    tags: ['パソコン', 'データ入力', '事務', 'オフィス'],
    schedule: weekly(['mon', 'wed', 'fri'], '10:00', '15:00'), location: near('流山おおたかの森', 0.002, 0.001),
    capacity: 3, environment: env('solo', 'little'), support: ['trial_visit', 'job_coach', 'quiet_space'],
    eligibility: { minAge: 15, genders: [] }, pay: 'none', costYen: 0, status: 'open',
  },
  {
    hostKey: 'nagare-data', title: '在宅データ入力（中間的就労）', kind: 'intermediate_work', step: 4,
    description: '自宅のパソコンで、名簿や伝票のデータを入力します。作業量に応じて工賃が出ます。質問はチャットででき、電話でのやりとりはありません。',
    tags: ['パソコン', 'データ入力', '在宅', 'オンライン'],
    schedule: weekly(['tue', 'thu'], '10:00', '16:00'), location: onlineOnly('central'),
    capacity: 5, environment: env('solo', 'none'), support: ['online', 'flexible_attendance', 'short_hours'],
    eligibility: { minAge: 18, maxAge: 64, genders: [] }, pay: 'allowance', costYen: 0, status: 'open',
  },
  {
    hostKey: 'nagare-data', title: '書類スキャン・PDF整理（パート）', kind: 'employment', step: 5,
    description: '紙の書類をスキャンして、決まったルールで名前を付けて保存します。障害者雇用枠での採用も相談できます。',
    tags: ['パソコン', 'スキャン', '事務', 'パート'],
    schedule: weekly(WEEKDAYS, '09:30', '15:30'), location: near('流山おおたかの森', 0.002, 0.001),
    capacity: 2, environment: env('small', 'little'), support: ['job_coach', 'trial_visit'],
    eligibility: { minAge: 18, genders: [] }, pay: 'wage', costYen: 0, status: 'open',
  },
  {
    hostKey: 'nagare-data', title: 'オンライン事務講座（エクセル入門）', kind: 'learning', step: 2,
    description: 'エクセルの入力、表の作り方、簡単な計算式をオンラインで学びます。カメラはオフのままで参加できます。',
    tags: ['パソコン', 'エクセル', '事務', 'オンライン'],
    schedule: weekly(['wed'], '14:00', '16:00'), location: onlineOnly('central'),
    capacity: 10, environment: env('large', 'little'), support: ['online', 'flexible_attendance'],
    eligibility: { minAge: 15, genders: [] }, pay: 'none', costYen: 0, status: 'open',
  },

  /* ── ベーカリーこもれび ────────────────────────────────────────────── */
  {
    hostKey: 'komorebi-bakery', title: 'パンの成形と袋詰め（中間的就労）', kind: 'intermediate_work', step: 4,
    description: '生地を丸めて天板に並べ、焼き上がったパンを袋に詰めてシールを貼ります。工賃があります。職員が隣で作業を見守ります。',
    tags: ['パン', '調理', '袋詰め', '製造'],
    schedule: weekly(WEEKDAYS, '09:00', '13:00'), location: near('鰭ケ崎', 0.001, 0.003),
    capacity: 3, environment: env('small', 'little'), support: ['job_coach', 'short_hours', 'flexible_attendance'],
    eligibility: { minAge: 18, genders: [] }, pay: 'allowance', costYen: 0, status: 'open',
  },
  {
    hostKey: 'komorebi-bakery', title: 'パン工房の見学と体験（半日）', kind: 'work_experience', step: 3,
    description: 'パン工房の一日を見学し、できそうな作業を少しだけ体験します。支援員と一緒に来ても大丈夫です。',
    tags: ['パン', '調理', '見学', '製造'],
    schedule: weekly(['tue'], '10:00', '12:00'), location: near('鰭ケ崎', 0.001, 0.003),
    capacity: 2, environment: env('small', 'little'), support: ['trial_visit', 'accompaniment'],
    eligibility: { minAge: 15, genders: [] }, pay: 'none', costYen: 0, status: 'open',
  },
  {
    hostKey: 'komorebi-bakery', title: 'パンの移動販売の手伝い', kind: 'volunteer', step: 3,
    description: '土曜に公園や団地をまわる移動販売で、パンを並べたり、お客さんに手渡したりします。外の空気の中でにぎやかに過ごせます。',
    tags: ['パン', '販売', '接客', '屋外'],
    schedule: weekly(['sat'], '11:00', '14:00'), location: near('鰭ケ崎', 0.001, 0.003),
    capacity: 2, environment: env('small', 'much', { customerFacing: true }), support: ['trial_visit', 'accompaniment'],
    eligibility: { minAge: 15, genders: [] }, pay: 'none', costYen: 0, status: 'open',
  },
  {
    hostKey: 'komorebi-bakery', title: 'ベーカリー製造スタッフ（週3日から）', kind: 'employment', step: 5,
    description: '仕込みから焼成まで、パン製造を担うパートスタッフです。中間的就労を経て雇用された先輩もいます。',
    tags: ['パン', '製造', '調理', 'パート'],
    schedule: weekly(['mon', 'wed', 'fri'], '08:00', '13:00'), location: near('鰭ケ崎', 0.001, 0.003),
    capacity: 1, environment: env('small', 'little'), support: ['job_coach'],
    eligibility: { minAge: 18, maxAge: 59, genders: [] }, pay: 'wage', costYen: 0, status: 'open',
  },

  /* ── ふらっとサロン初石 ────────────────────────────────────────────── */
  {
    hostKey: 'furatto-hatsuishi', title: 'ふらっとサロン（お茶とおしゃべり）', kind: 'ibasho', step: 1,
    description: '集会所でお茶を飲みながら、近所の人とゆっくり話す会です。年配の方が多いですが、若い人も歓迎です。途中で帰ってもかまいません。',
    tags: ['居場所', '交流', 'お茶', '高齢者'],
    schedule: weekly(['wed'], '13:30', '16:00'), location: near('初石', 0.002, 0.005),
    capacity: 10, environment: env('large', 'much'), support: ['trial_visit', 'accompaniment', 'flexible_attendance'],
    eligibility: { genders: [] }, pay: 'none', costYen: 0, status: 'open',
  },
  {
    hostKey: 'furatto-hatsuishi', title: '囲碁・将棋の会', kind: 'ibasho', step: 1,
    description: '盤を挟んで向き合うだけで、言葉が少なくても過ごせます。初心者には世話人が駒の動かし方から教えます。',
    tags: ['囲碁', '将棋', 'ゲーム', '居場所'],
    schedule: weekly(['sat'], '13:00', '16:00'), location: near('初石', 0.002, 0.005),
    capacity: 8, environment: env('small', 'little'), support: ['trial_visit', 'quiet_space', 'flexible_attendance'],
    eligibility: { genders: [] }, pay: 'none', costYen: 0, status: 'open',
  },
  {
    hostKey: 'furatto-hatsuishi', title: 'サロンのお茶出し係', kind: 'volunteer', step: 2,
    description: 'サロンに来た人にお茶を入れ、湯のみを片付ける係です。「ありがとう」と言われる小さな役割から始めたい人に。',
    tags: ['お茶', '交流', '役割', '高齢者'],
    schedule: weekly(['wed'], '13:00', '16:00'), location: near('初石', 0.002, 0.005),
    capacity: 2, environment: env('large', 'much', { customerFacing: true }), support: ['trial_visit', 'accompaniment'],
    eligibility: { genders: [] }, pay: 'none', costYen: 0, status: 'open',
  },

  /* ── 寿光寺 ───────────────────────────────────────────────────────── */
  {
    hostKey: 'jukoji', title: '境内の掃き掃除（朝のひととき）', kind: 'volunteer', step: 2,
    description: '朝の境内で落ち葉を掃き集めます。それぞれ離れた場所を受け持つので、ひとりで静かに体を動かせます。',
    tags: ['清掃', '屋外', 'お寺', '静か'],
    schedule: weekly(['sat', 'sun'], '07:00', '09:00'), location: near('流山', 0.001, 0.002),
    capacity: 4, environment: env('solo', 'none'), support: ['trial_visit', 'quiet_space', 'flexible_attendance', 'short_hours'],
    eligibility: { genders: [] }, pay: 'none', costYen: 0, status: 'open',
  },
  {
    hostKey: 'jukoji', title: '写経の会', kind: 'learning', step: 1,
    description: '本堂で般若心経を一文字ずつ書き写します。話をする時間はなく、筆ペンでも大丈夫です。用紙代として300円かかります。',
    tags: ['写経', 'お寺', '静か', '書道'],
    schedule: weekly(['sun'], '14:00', '16:00'), location: near('流山', 0.001, 0.002),
    capacity: 10, environment: env('small', 'none'), support: ['trial_visit', 'quiet_space'],
    eligibility: { genders: [] }, pay: 'none', costYen: 300, status: 'open',
  },
  {
    hostKey: 'jukoji', title: '本堂の片付けと行事の準備', kind: 'volunteer', step: 3,
    description: 'お彼岸やお盆の行事の前に、座布団を並べたり、仏具を磨いたりします。住職や檀家さんと一緒の作業です。',
    tags: ['清掃', 'お寺', '行事', '軽作業'],
    schedule: weekly(['fri'], '10:00', '12:00'), location: near('流山', 0.001, 0.002),
    capacity: 3, environment: env('small', 'little'), support: ['trial_visit', 'accompaniment'],
    eligibility: { minAge: 15, genders: [] }, pay: 'none', costYen: 0, status: 'open',
  },

  /* ── 南流山あかり商店会 ────────────────────────────────────────────── */
  {
    hostKey: 'akari-shotenkai', title: '商店街イベントの設営・片付け', kind: 'volunteer', step: 3,
    description: '日曜のマルシェで、テントを立てたり机を運んだりします。大勢でわいわい動く現場です。力仕事が得意な人に向いています。',
    tags: ['イベント', '力仕事', '屋外', '商店街'],
    schedule: weekly(['sun'], '08:00', '11:00'), location: near('南流山', -0.001, 0.003),
    capacity: 8, environment: env('large', 'little'), support: ['trial_visit', 'flexible_attendance'],
    eligibility: { minAge: 15, genders: [] }, pay: 'none', costYen: 0, status: 'open',
  },
  {
    hostKey: 'akari-shotenkai', title: '商店会チラシのポスティング', kind: 'intermediate_work', step: 4,
    description: '決められた地区の郵便受けに、商店会のチラシを配ります。自分のペースで歩いて回る、ひとりの仕事です。配った枚数に応じた謝礼があります。',
    tags: ['ポスティング', '屋外', '散歩', '軽作業'],
    schedule: weekly(WEEKDAYS, '10:00', '16:00'), location: near('南流山', -0.001, 0.003),
    capacity: 5, environment: env('solo', 'none'), support: ['flexible_attendance', 'short_hours'],
    eligibility: { minAge: 18, genders: [] }, pay: 'allowance', costYen: 0, status: 'open',
  },
  {
    hostKey: 'akari-shotenkai', title: '商店街のお店で職場体験（八百屋・花屋ほか）', kind: 'work_experience', step: 3,
    description: '八百屋、花屋、クリーニング店のうち、本人に合いそうなお店で店先の仕事を体験します。若い人の職場体験を店主たちが応援しています。',
    tags: ['接客', '販売', '商店街', '花'],
    schedule: weekly(['tue', 'thu'], '10:00', '13:00'), location: near('南流山', -0.001, 0.003),
    capacity: 3, environment: env('small', 'much', { customerFacing: true }), support: ['trial_visit', 'accompaniment', 'job_coach'],
    eligibility: { minAge: 15, maxAge: 39, genders: [] }, pay: 'none', costYen: 0, status: 'open',
  },

  /* ── はないろナーセリー ────────────────────────────────────────────── */
  {
    hostKey: 'hanairo-nursery', title: '花苗のポット詰め', kind: 'work_experience', step: 3,
    description: 'ビニールハウスの中で、土をポットに詰めて花の苗を植え替えます。手順が決まっていて、覚えやすい作業です。',
    tags: ['園芸', '花', '農作業', '軽作業'],
    schedule: weekly(['mon', 'tue'], '09:00', '12:00'), location: near('南柏', 0.008, -0.012),
    capacity: 3, environment: env('small', 'none'), support: ['trial_visit', 'job_coach'],
    eligibility: { minAge: 15, genders: [] }, pay: 'none', costYen: 0, status: 'open',
  },
  {
    hostKey: 'hanairo-nursery', title: 'ハウスの水やり（朝の短時間）', kind: 'intermediate_work', step: 4,
    description: '朝いちばんにハウスの苗へ水をやる、1時間半の仕事です。毎日でなくても、決めた曜日に来てもらえれば大丈夫です。',
    tags: ['園芸', '水やり', '早朝', '花'],
    schedule: weekly(['mon', 'tue', 'wed', 'thu', 'fri', 'sat'], '07:30', '09:00'), location: near('南柏', 0.008, -0.012),
    capacity: 1, environment: env('solo', 'none'), support: ['short_hours', 'flexible_attendance'],
    eligibility: { minAge: 18, genders: [] }, pay: 'allowance', costYen: 0, status: 'open',
  },
  {
    hostKey: 'hanairo-nursery', title: '園芸スタッフ（パート）', kind: 'employment', step: 5,
    description: '苗の生産と出荷準備を担うパートスタッフです。植物の世話が好きな人を求めています。時給制、週3日から。',
    tags: ['園芸', '花', '出荷', 'パート'],
    schedule: weekly(['mon', 'wed', 'fri'], '09:00', '15:00'), location: near('南柏', 0.008, -0.012),
    capacity: 1, environment: env('small', 'little'), support: ['trial_visit'],
    eligibility: { minAge: 18, genders: [] }, pay: 'wage', costYen: 0, status: 'open',
  },

  /* ── デイサービスゆずの木 ──────────────────────────────────────────── */
  {
    hostKey: 'yuzunoki-day', title: 'デイサービスのレクリエーション補助', kind: 'volunteer', step: 3,
    description: '体操や歌、カードゲームの時間に、利用者さんの隣に座って一緒に楽しみます。にぎやかな場です。',
    tags: ['介護', '高齢者', 'レクリエーション', '交流'],
    schedule: weekly(['mon', 'thu'], '13:30', '15:30'), location: near('江戸川台', -0.002, -0.003),
    capacity: 2, environment: env('large', 'much', { customerFacing: true }), support: ['trial_visit', 'accompaniment'],
    eligibility: { minAge: 15, genders: [] }, pay: 'none', costYen: 0, status: 'open',
  },
  {
    hostKey: 'yuzunoki-day', title: '昼食の配膳と片付けの手伝い', kind: 'volunteer', step: 2,
    description: 'お昼ごはんをテーブルに運び、食べ終わった食器を下げます。職員と一緒に動くので、ひとりで判断することはありません。',
    tags: ['配膳', '片付け', '高齢者', '介護'],
    schedule: weekly(['tue', 'fri'], '11:30', '13:30'), location: near('江戸川台', -0.002, -0.003),
    capacity: 2, environment: env('small', 'little'), support: ['trial_visit', 'short_hours'],
    eligibility: { minAge: 15, genders: [] }, pay: 'none', costYen: 0, status: 'open',
  },
  {
    hostKey: 'yuzunoki-day', title: '介護の仕事の職場体験（若者向け）', kind: 'work_experience', step: 3,
    description: '介護の仕事に興味がある若い人のための一日体験です。送迎の見送り、レク、配膳などを職員と一緒に体験します。',
    tags: ['介護', '福祉', '高齢者', '若者'],
    schedule: weekly(['wed'], '10:00', '15:00'), location: near('江戸川台', -0.002, -0.003),
    capacity: 1, environment: env('small', 'much', { customerFacing: true }), support: ['trial_visit', 'accompaniment', 'job_coach'],
    eligibility: { minAge: 15, maxAge: 39, genders: [] }, pay: 'none', costYen: 0, status: 'open',
  },
  {
    hostKey: 'yuzunoki-day', title: '介護補助スタッフ（パート・資格不要）', kind: 'employment', step: 5,
    description: '入浴後の整容や配膳、掃除、電話の取り次ぎなど、介護職員の補助をするパートです。資格取得の支援制度があります。',
    tags: ['介護', '福祉', 'パート', '清掃'],
    schedule: weekly(WEEKDAYS, '09:00', '13:00'), location: near('江戸川台', -0.002, -0.003),
    capacity: 2, environment: env('small', 'much', { customerFacing: true, phone: true }), support: ['trial_visit', 'job_coach'],
    eligibility: { minAge: 18, maxAge: 64, genders: [] }, pay: 'wage', costYen: 0, status: 'open',
  },

  /* ── みんなの食堂おおたかの森 ──────────────────────────────────────── */
  {
    hostKey: 'minna-shokudo', title: '子ども食堂の調理ボランティア', kind: 'volunteer', step: 3,
    description: '第2・第4土曜の子ども食堂で、カレーや汁物を大鍋で作ります。野菜を切るだけでも助かります。',
    tags: ['調理', '料理', '子ども食堂', 'ボランティア'],
    schedule: weekly(['sat'], '13:00', '16:00'), location: near('流山おおたかの森', -0.003, 0.002),
    capacity: 5, environment: env('small', 'little'), support: ['trial_visit', 'accompaniment'],
    eligibility: { minAge: 15, genders: [] }, pay: 'none', costYen: 0, status: 'open',
  },
  {
    hostKey: 'minna-shokudo', title: '子ども食堂の配膳と片付け', kind: 'volunteer', step: 2,
    description: '来てくれた子どもや親子にごはんを手渡し、食器を洗って片付けます。子どもの声でにぎやかな時間です。',
    tags: ['配膳', '子ども食堂', '片付け', '子ども'],
    schedule: weekly(['sat'], '16:00', '19:00'), location: near('流山おおたかの森', -0.003, 0.002),
    capacity: 4, environment: env('large', 'much', { customerFacing: true }), support: ['trial_visit'],
    eligibility: { minAge: 15, genders: [] }, pay: 'none', costYen: 0, status: 'open',
  },
  {
    hostKey: 'minna-shokudo', title: '食堂のあとのおしゃべりタイム（若者向け）', kind: 'ibasho', step: 1,
    description: '子ども食堂が終わったあと、残ったおかずをつまみながら若者同士で過ごす時間です。手伝いに来ていなくても参加できます。',
    tags: ['居場所', '若者', '食事', '交流'],
    schedule: weekly(['sat'], '19:00', '20:30'), location: near('流山おおたかの森', -0.003, 0.002),
    capacity: 8, environment: env('small', 'much'), support: ['trial_visit', 'accompaniment'],
    eligibility: { minAge: 15, maxAge: 39, genders: [] }, pay: 'none', costYen: 0, status: 'open',
  },
  {
    hostKey: 'minna-shokudo', title: 'フードパントリーの仕分け', kind: 'volunteer', step: 2,
    description: '寄付された食品を賞味期限ごとに分け、配布用の袋に詰めます。人前に出ない裏方の作業です。',
    tags: ['食品', '仕分け', '軽作業', 'フードバンク'],
    schedule: weekly(['wed'], '14:00', '16:00'), location: near('流山おおたかの森', -0.003, 0.002),
    capacity: 4, environment: env('small', 'none'), support: ['trial_visit', 'short_hours', 'quiet_space'],
    eligibility: { minAge: 15, genders: [] }, pay: 'none', costYen: 0, status: 'open',
  },

  /* ── 就労支援センターあゆみ ────────────────────────────────────────── */
  {
    hostKey: 'ayumi-center', title: '封入・検品作業（中間的就労）', kind: 'intermediate_work', step: 4,
    description: 'ダイレクトメールの封入や部品の検品をします。パーテーションで区切った静かな席があり、ジョブコーチが作業の組み立てを手伝います。',
    tags: ['封入', '検品', '軽作業', '内職'],
    schedule: weekly(WEEKDAYS, '09:30', '15:00'), location: near('豊四季', -0.006, 0.004),
    capacity: 6, environment: env('small', 'none'), support: ['job_coach', 'quiet_space', 'short_hours', 'flexible_attendance'],
    eligibility: { minAge: 18, genders: [] }, pay: 'allowance', costYen: 0, status: 'open',
  },
  {
    hostKey: 'ayumi-center', title: '作業所での体験実習（1週間）', kind: 'work_experience', step: 3,
    description: '1週間、作業所に通って軽作業を体験します。通うリズムをつくる練習にもなります。初日は支援員が同行します。',
    tags: ['軽作業', '体験実習', '封入', '通所'],
    schedule: weekly(WEEKDAYS, '10:00', '15:00'), location: near('豊四季', -0.006, 0.004),
    capacity: 2, environment: env('small', 'little'), support: ['trial_visit', 'job_coach', 'accompaniment'],
    eligibility: { minAge: 15, genders: [] }, pay: 'none', costYen: 0, status: 'open', attendance: 'all',
  },
  {
    hostKey: 'ayumi-center', title: '働く準備の講座（あいさつ・面接練習）', kind: 'learning', step: 2,
    description: 'あいさつ、報告の仕方、面接での話し方を少人数で練習します。失敗しても大丈夫な場で、ロールプレイを繰り返します。',
    tags: ['就労準備', '面接', 'ビジネスマナー', '講座'],
    schedule: weekly(['thu'], '13:30', '15:30'), location: near('豊四季', -0.006, 0.004),
    capacity: 8, environment: env('small', 'much'), support: ['trial_visit', 'job_coach'],
    eligibility: { minAge: 15, genders: [] }, pay: 'none', costYen: 0, status: 'open',
  },

  /* ── 流山ロジパートナーズ株式会社 ─────────────────────────────────── */
  {
    hostKey: 'logi-partners', title: '倉庫内の軽作業（ピッキング・短時間パート）', kind: 'employment', step: 5,
    description: 'ハンディ端末の指示どおりに商品を棚から集めます。1日4時間から働けます。障害者雇用枠もあります。',
    tags: ['倉庫', 'ピッキング', '軽作業', 'パート'],
    schedule: weekly(WEEKDAYS, '10:00', '14:00'), location: near('鰭ケ崎', -0.004, -0.006),
    capacity: 4, environment: env('large', 'little'), support: ['job_coach', 'short_hours'],
    eligibility: { minAge: 18, maxAge: 64, genders: [] }, pay: 'wage', costYen: 0, status: 'open',
  },
  {
    hostKey: 'logi-partners', title: '物流センター見学と作業体験', kind: 'work_experience', step: 3,
    description: '広い倉庫の中を見学し、梱包やラベル貼りを体験します。支援員の同行歓迎。動きやすい靴で来てください。',
    tags: ['倉庫', '梱包', '見学', '軽作業'],
    schedule: weekly(['wed'], '13:00', '16:00'), location: near('鰭ケ崎', -0.004, -0.006),
    capacity: 3, environment: env('large', 'little'), support: ['trial_visit', 'accompaniment'],
    eligibility: { minAge: 15, genders: [] }, pay: 'none', costYen: 0, status: 'open',
  },
  {
    hostKey: 'logi-partners', title: '倉庫の検品・梱包（中間的就労）', kind: 'intermediate_work', step: 4,
    description: '返品された商品の状態を確認し、梱包し直します。少人数の班で作業し、工賃があります。',
    tags: ['検品', '梱包', '倉庫', '軽作業'],
    schedule: weekly(['tue', 'thu'], '09:00', '13:00'), location: near('鰭ケ崎', -0.004, -0.006),
    capacity: 3, environment: env('small', 'little'), support: ['job_coach', 'short_hours'],
    eligibility: { minAge: 18, genders: [] }, pay: 'allowance', costYen: 0, status: 'open',
  },

  /* ── 株式会社クリーンリバー流山 ───────────────────────────────────── */
  {
    hostKey: 'clean-river', title: '早朝オフィス清掃（パート・1日2時間）', kind: 'employment', step: 5,
    description: '始業前のオフィスで、床の掃除機がけとごみ回収をします。人がいない時間帯なので、ひとりで黙々と働けます。',
    tags: ['清掃', '早朝', 'パート', '掃除'],
    schedule: weekly(WEEKDAYS, '06:00', '08:00'), location: near('平和台', 0.001, 0.002),
    capacity: 3, environment: env('solo', 'none'), support: ['short_hours'],
    eligibility: { minAge: 18, genders: [] }, pay: 'wage', costYen: 0, status: 'open',
  },
  {
    hostKey: 'clean-river', title: '清掃の職場体験（ジョブコーチ付き）', kind: 'work_experience', step: 3,
    description: '公民館の清掃現場で、モップがけやトイレ掃除を体験します。ジョブコーチが手順を一緒に確認します。',
    tags: ['清掃', '掃除', '職場体験', '公民館'],
    schedule: weekly(['tue'], '09:00', '12:00'), location: near('平和台', 0.001, 0.002),
    capacity: 2, environment: env('small', 'little'), support: ['trial_visit', 'job_coach', 'accompaniment'],
    eligibility: { minAge: 15, genders: [] }, pay: 'none', costYen: 0, status: 'open',
  },
  {
    hostKey: 'clean-river', title: '公共施設の清掃スタッフ（週3日）', kind: 'employment', step: 5,
    description: '市内の公共施設を巡回して清掃するパートです。今年度の募集は定員に達したため終了しました。',
    tags: ['清掃', 'パート', '公共施設', '掃除'],
    schedule: weekly(['mon', 'wed', 'fri'], '09:00', '14:00'), location: near('平和台', 0.001, 0.002),
    capacity: 2, environment: env('small', 'little'), support: ['trial_visit'],
    eligibility: { minAge: 18, genders: [] }, pay: 'wage', costYen: 0, status: 'closed',
  },

  /* ── 古本と珈琲しおり堂 ────────────────────────────────────────────── */
  {
    hostKey: 'shiori-do', title: '古本のクリーニングと値付け', kind: 'work_experience', step: 3,
    description: '買い取った古本のほこりを払い、汚れを拭いて、値札を挟みます。店の奥の作業机で、ひとりで進められます。',
    tags: ['本', '古本', '静か', '手先'],
    schedule: weekly(['mon', 'thu'], '13:00', '16:00'), location: near('流山おおたかの森', 0.001, 0.005),
    capacity: 1, environment: env('solo', 'none'), support: ['trial_visit', 'quiet_space', 'flexible_attendance'],
    eligibility: { minAge: 15, genders: [] }, pay: 'none', costYen: 0, status: 'open',
  },
  {
    hostKey: 'shiori-do', title: '古本屋の店番体験', kind: 'volunteer', step: 3,
    description: '店主が買い取りに出ている間、レジ番をします。お客さんは少なく、本を読みながら過ごせる静かな店です。',
    tags: ['本', '店番', '接客', '古本'],
    schedule: weekly(['sat'], '13:00', '17:00'), location: near('流山おおたかの森', 0.001, 0.005),
    capacity: 1, environment: env('solo', 'little', { customerFacing: true }), support: ['trial_visit'],
    eligibility: { minAge: 18, genders: [] }, pay: 'none', costYen: 0, status: 'open',
  },
  {
    hostKey: 'shiori-do', title: 'しおり堂の読書会', kind: 'learning', step: 2,
    description: '月に一度、決めた本について感想を話し合います。読み終わっていなくても参加できます。お茶代100円。',
    tags: ['読書', '本', '交流', 'カフェ'],
    schedule: weekly(['sun'], '14:00', '16:00'), location: near('流山おおたかの森', 0.001, 0.005),
    capacity: 6, environment: env('small', 'much'), support: ['trial_visit'],
    eligibility: { minAge: 15, genders: [] }, pay: 'none', costYen: 100, status: 'open',
  },

  /* ── ながれやま公園愛護ボランティアセンター ───────────────────────── */
  {
    hostKey: 'park-volunteer-center', title: '公園の花壇づくり', kind: 'volunteer', step: 3,
    description: '季節の花を植え、花壇の草取りをします。毎回10人ほどが集まり、終わったあとは皆でお茶を飲みます。',
    tags: ['園芸', '花', '屋外', '公園'],
    schedule: weekly(['sat'], '09:00', '11:00'), location: near('流山セントラルパーク', 0.001, -0.002),
    capacity: 10, environment: env('large', 'little'), support: ['trial_visit', 'flexible_attendance'],
    eligibility: { genders: [] }, pay: 'none', costYen: 0, status: 'open',
  },
  {
    hostKey: 'park-volunteer-center', title: '公園のごみ拾い散歩', kind: 'volunteer', step: 2,
    description: 'トングと袋を借りて、公園を散歩しながらごみを拾います。好きな時間に来て、好きな時間に帰れます。',
    tags: ['清掃', '屋外', '散歩', '公園'],
    schedule: weekly(['mon', 'wed', 'fri'], '09:00', '11:00'), location: near('流山セントラルパーク', 0.001, -0.002),
    capacity: 10, environment: env('solo', 'none'), support: ['flexible_attendance', 'short_hours'],
    eligibility: { genders: [] }, pay: 'none', costYen: 0, status: 'open',
  },
  {
    hostKey: 'park-volunteer-center', title: 'みどりの講座（草花の育て方・剪定）', kind: 'learning', step: 2,
    description: '植木の剪定や草花の育て方を、公園の職員が実演しながら教えます。聞くだけの参加でもかまいません。',
    tags: ['園芸', '講座', '剪定', '花'],
    schedule: weekly(['sun'], '10:00', '12:00'), location: near('流山セントラルパーク', 0.001, -0.002),
    capacity: 10, environment: env('large', 'little'), support: ['trial_visit'],
    eligibility: { genders: [] }, pay: 'none', costYen: 0, status: 'open',
  },

  /* ── NPO法人つなぐ手ユースサポート ─────────────────────────────────── */
  {
    hostKey: 'tsunagu-te', title: 'オンライン居場所「よるのへや」', kind: 'ibasho', step: 1,
    description: '夜にオンラインで集まる若者の居場所です。文字のチャットだけでも参加でき、顔も声も出さなくて大丈夫です。',
    tags: ['居場所', 'オンライン', '若者', 'ゲーム'],
    schedule: weekly(['fri'], '20:00', '22:00'), location: onlineOnly('central'),
    capacity: 10, environment: env('large', 'little'), support: ['online', 'quiet_space', 'flexible_attendance'],
    eligibility: { minAge: 15, maxAge: 39, genders: [] }, pay: 'none', costYen: 0, status: 'open',
  },
  {
    hostKey: 'tsunagu-te', title: '学び直し教室（中学・高校の勉強）', kind: 'learning', step: 2,
    description: '中学や高校の勉強を、自分のところからやり直せます。高卒認定試験の準備もできます。大学生のボランティアが個別に付きます。',
    tags: ['勉強', '学び直し', '若者', '高卒認定'],
    schedule: weekly(['mon', 'wed'], '15:00', '18:00'), location: near('流山おおたかの森', -0.001, -0.003),
    capacity: 6, environment: env('small', 'little'), support: ['trial_visit', 'quiet_space', 'flexible_attendance'],
    eligibility: { minAge: 15, maxAge: 39, genders: [] }, pay: 'none', costYen: 0, status: 'open',
  },
  {
    hostKey: 'tsunagu-te', title: 'はじめてのパソコン講座', kind: 'learning', step: 2,
    description: 'キーボード入力、メール、インターネット検索から始める少人数の講座です。パソコンは貸し出します。',
    tags: ['パソコン', '講座', '若者', 'タイピング'],
    schedule: weekly(['tue'], '14:00', '16:00'), location: near('流山おおたかの森', -0.001, -0.003),
    capacity: 6, environment: env('small', 'little'), support: ['trial_visit', 'accompaniment'],
    eligibility: { minAge: 15, maxAge: 39, genders: [] }, pay: 'none', costYen: 0, status: 'open',
  },
  {
    hostKey: 'tsunagu-te', title: 'オンラインのプログラミング体験', kind: 'learning', step: 2,
    description: '自宅からオンラインで、簡単なゲームを作りながらプログラミングを体験します。質問はチャットでできます。',
    tags: ['プログラミング', 'パソコン', 'オンライン', '若者'],
    schedule: weekly(['thu'], '19:00', '21:00'), location: onlineOnly('central'),
    capacity: 8, environment: env('small', 'little'), support: ['online', 'flexible_attendance'],
    eligibility: { minAge: 15, maxAge: 39, genders: [] }, pay: 'none', costYen: 0, status: 'open',
  },
  {
    hostKey: 'tsunagu-te', title: '若者の職場見学ツアー', kind: 'work_experience', step: 3,
    description: '市内の協力企業を月に一度、ユースワーカーと一緒に見学します。見るだけで、作業はしません。集合はおおたかの森駅です。',
    tags: ['見学', '若者', '仕事探し', '職場体験'],
    schedule: weekly(['wed'], '13:00', '16:00'), location: near('流山おおたかの森', -0.001, -0.003),
    capacity: 5, environment: env('small', 'little'), support: ['trial_visit', 'accompaniment'],
    eligibility: { minAge: 15, maxAge: 39, genders: [] }, pay: 'none', costYen: 0, status: 'open',
  },

  /* ── 株式会社森のデザイン室（開拓中） ─────────────────────────────── */
  {
    hostKey: 'mori-design', title: '在宅での画像切り抜き作業（準備中）', kind: 'intermediate_work', step: 4,
    description: '商品写真の背景を切り抜く在宅作業です。受け入れの準備中で、まだ募集はしていません。パソコンの貸し出しも検討しています。',
    tags: ['パソコン', '画像加工', '在宅', 'デザイン'],
    schedule: weekly(['mon', 'wed', 'fri'], '10:00', '15:00'), location: onlineOnly('north'),
    capacity: 2, environment: env('solo', 'none'), support: ['online', 'flexible_attendance', 'short_hours'],
    eligibility: { minAge: 18, genders: [] }, pay: 'allowance', costYen: 0, status: 'paused',
  },

  /* ── 保護猫カフェねこのま ──────────────────────────────────────────── */
  {
    hostKey: 'nekonoma', title: '保護猫のお世話ボランティア', kind: 'volunteer', step: 3,
    description: '開店前に、ごはんの準備、トイレ掃除、ブラッシングをします。猫のペースに合わせた、ゆったりした時間です。',
    tags: ['動物', '猫', '清掃', 'お世話'],
    schedule: weekly(['tue', 'fri'], '10:00', '12:00'), location: near('豊四季', -0.008, 0.007),
    capacity: 2, environment: env('small', 'little'), support: ['trial_visit', 'quiet_space'],
    eligibility: { minAge: 15, genders: [] }, pay: 'none', costYen: 0, status: 'open',
  },
  {
    hostKey: 'nekonoma', title: '猫カフェの店内清掃（開店前）', kind: 'work_experience', step: 3,
    description: 'お客さんが来る前の店内を掃除し、猫のおもちゃを洗います。店長から手順を教わり、ひとりで進めます。',
    tags: ['清掃', '動物', '猫', '掃除'],
    schedule: weekly(['mon', 'wed'], '09:00', '11:00'), location: near('豊四季', -0.008, 0.007),
    capacity: 1, environment: env('solo', 'none'), support: ['trial_visit', 'short_hours'],
    eligibility: { minAge: 15, genders: [] }, pay: 'allowance', costYen: 0, status: 'open',
  },
  {
    hostKey: 'nekonoma', title: '猫と過ごすひととき', kind: 'ibasho', step: 1,
    description: '平日の空いている時間に、猫と一緒にのんびり過ごせます。参加支援で来る人は、ドリンク付きで300円です。',
    tags: ['居場所', '動物', '猫', 'カフェ'],
    schedule: weekly(['tue', 'wed', 'thu'], '13:00', '16:00'), location: near('豊四季', -0.008, 0.007),
    capacity: 3, environment: env('small', 'none'), support: ['trial_visit', 'quiet_space', 'flexible_attendance'],
    eligibility: { genders: [] }, pay: 'none', costYen: 300, status: 'open',
  },

  /* ── 手しごと工房いと ──────────────────────────────────────────────── */
  {
    hostKey: 'ito-kobo', title: '女性のための手芸サロン', kind: 'ibasho', step: 1,
    description: '女性だけで集まり、編み物や刺しゅうをしながら過ごします。作りかけのものを持ってきても、見ているだけでもかまいません。材料費として200円。',
    tags: ['手芸', '女性', '居場所', '編み物'],
    schedule: weekly(['tue'], '13:00', '15:30'), location: near('流山', 0.003, 0.001),
    capacity: 8, environment: env('small', 'little'), support: ['trial_visit', 'quiet_space', 'flexible_attendance'],
    eligibility: { genders: ['female'] }, pay: 'none', costYen: 200, status: 'open',
  },
  {
    hostKey: 'ito-kobo', title: '布小物づくりと販売準備（女性限定）', kind: 'volunteer', step: 3,
    description: 'イベントで販売するポーチやコースターを縫い、値札を付けます。ミシンが使えなくても、手縫いやアイロンがけの仕事があります。',
    tags: ['手芸', '裁縫', 'ものづくり', '女性'],
    schedule: weekly(['fri'], '10:00', '12:00'), location: near('流山', 0.003, 0.001),
    capacity: 4, environment: env('small', 'little'), support: ['trial_visit', 'accompaniment'],
    eligibility: { minAge: 15, genders: ['female'] }, pay: 'none', costYen: 0, status: 'open',
  },

  /* ── ふれあい喫茶むかいこがね（休止中） ───────────────────────────── */
  {
    hostKey: 'mukaikogane-kissa', title: 'ふれあい喫茶（休止中）', kind: 'ibasho', step: 1,
    description: '集会所で月2回開いていた喫茶です。担い手不足のため休止しています。再開したらお知らせします。',
    tags: ['居場所', '喫茶', '交流', '高齢者'],
    schedule: weekly(['thu'], '13:00', '15:00'), location: near('南柏', 0.005, -0.004),
    capacity: 10, environment: env('large', 'much'), support: ['trial_visit'],
    eligibility: { genders: [] }, pay: 'none', costYen: 100, status: 'paused',
  },

  /* ── わかば保育園（開拓中） ───────────────────────────────────────── */
  {
    hostKey: 'wakaba-hoikuen', title: '保育園の園庭整備（準備中）', kind: 'volunteer', step: 3,
    description: '子どもが登園する前の園庭で、草取りや遊具の拭き掃除をします。受け入れの準備中です。子どもと関わる場面はありません。',
    tags: ['清掃', '屋外', '保育園', '草取り'],
    schedule: weekly(['mon', 'thu'], '07:00', '08:30'), location: near('流山セントラルパーク', 0.004, 0.003),
    capacity: 2, environment: env('solo', 'none'), support: ['trial_visit', 'short_hours'],
    eligibility: { minAge: 18, genders: [] }, pay: 'none', costYen: 0, status: 'paused',
  },
];
