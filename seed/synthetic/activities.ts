/**
 * What synthetic openings are made of: each activity knows its kind, step, the places it happens,
 * the words people search for, the host types that would offer it, and what the day looks like.
 * Titles come out as 「{place}での{label}（{when}）」, e.g. 駅前カフェでの接客体験（水曜午後）.
 */
import type { Environment, HostType, OpportunityKind, Pay, Step } from '../../src/domain/types';

export type Activity = {
  kind: OpportunityKind;
  step: Step;
  label: string;
  places: readonly string[];
  tags: readonly string[];
  hostTypes: readonly HostType[];
  environment: Environment;
  pay: Pay;
  /** One or two sentences, read after 「{place}で、」. */
  what: string;
  /** `only`: always from home; `sometimes`: a share of listings are online. */
  online?: 'only' | 'sometimes';
  /** Aimed at young people (15–39) in most listings. */
  youth?: boolean;
};

const quietSolo: Environment = { groupSize: 'solo', conversation: 'none', customerFacing: false, phone: false };
const smallCalm: Environment = { groupSize: 'small', conversation: 'little', customerFacing: false, phone: false };
const smallTalk: Environment = { groupSize: 'small', conversation: 'much', customerFacing: false, phone: false };
const lively: Environment = { groupSize: 'large', conversation: 'much', customerFacing: false, phone: false };
const crowdQuiet: Environment = { groupSize: 'large', conversation: 'little', customerFacing: false, phone: false };
const serving: Environment = { groupSize: 'small', conversation: 'much', customerFacing: true, phone: false };

export const ACTIVITIES: readonly Activity[] = [
  /* 居場所 */
  { kind: 'ibasho', step: 1, label: 'のんびり居場所', places: ['地域のカフェ', '集会所', '公民館の和室', 'お寺の広間', '古民家', '畑の小屋'],
    tags: ['居場所', 'お茶', '交流'], hostTypes: ['npo', 'community', 'other', 'welfare_corp', 'farm'], environment: smallCalm, pay: 'none',
    what: 'お茶を飲みながら、思い思いに過ごせる場所を開いています。話さなくてもかまいません。' },
  { kind: 'ibasho', step: 1, label: 'ボードゲームの会', places: ['公民館', '地域のカフェ', '集会所'],
    tags: ['居場所', 'ゲーム', 'ボードゲーム'], hostTypes: ['npo', 'community', 'shop'], environment: smallCalm, pay: 'none',
    what: 'ボードゲームやカードゲームを囲んで過ごします。ルールはその場で教えます。' },
  { kind: 'ibasho', step: 1, label: '手芸サロン', places: ['集会所', '手芸店', '地域のカフェ'],
    tags: ['手芸', '居場所', '編み物'], hostTypes: ['community', 'npo', 'shop'], environment: smallCalm, pay: 'none',
    what: '編み物や刺しゅうをしながら、ゆっくり過ごします。見ているだけでも大丈夫です。' },
  { kind: 'ibasho', step: 1, label: '散歩の会', places: ['河川敷', '公園', '緑地'],
    tags: ['散歩', '屋外', '居場所', '健康'], hostTypes: ['community', 'public', 'npo'], environment: smallCalm, pay: 'none',
    what: '決まったコースをゆっくり歩き、最後にベンチでひと休みします。途中で帰ってもかまいません。' },
  { kind: 'ibasho', step: 1, label: '囲碁・将棋の集い', places: ['公民館', '集会所', '地域の碁会所'],
    tags: ['囲碁', '将棋', '居場所'], hostTypes: ['community', 'public'], environment: smallCalm, pay: 'none',
    what: '盤を挟んで向き合う時間です。言葉が少なくても過ごせます。初心者には駒の動かし方から教えます。' },
  { kind: 'ibasho', step: 1, label: '若者の居場所', places: ['オンライン'], online: 'only', youth: true,
    tags: ['居場所', 'オンライン', '若者'], hostTypes: ['npo'], environment: crowdQuiet, pay: 'none',
    what: 'チャットや通話で気軽に集まります。顔も声も出さずに参加できます。' },

  /* 交流・軽い役割のボランティア */
  { kind: 'volunteer', step: 2, label: '本の整理ボランティア', places: ['地域図書室', '学校図書館', '公民館の図書コーナー'],
    tags: ['図書', '本', '静か', '軽作業'], hostTypes: ['public', 'npo'], environment: quietSolo, pay: 'none',
    what: '返却された本を番号どおりに棚へ戻します。ひとりで静かにできる作業です。' },
  { kind: 'volunteer', step: 2, label: 'ごみ拾いボランティア', places: ['公園', '河川敷', '駅前広場'],
    tags: ['清掃', '屋外', '散歩'], hostTypes: ['public', 'community'], environment: quietSolo, pay: 'none',
    what: 'トングと袋を借りて、歩きながらごみを拾います。好きな時間に来て帰れます。' },
  { kind: 'volunteer', step: 2, label: '食品の仕分け', places: ['フードバンク倉庫', '子ども食堂', '地域食堂'],
    tags: ['食品', '仕分け', '軽作業', 'フードバンク'], hostTypes: ['npo', 'community', 'welfare_corp'], environment: { ...smallCalm, conversation: 'none' }, pay: 'none',
    what: '寄付された食品を賞味期限ごとに分け、配布用の袋に詰めます。人前に出ない裏方の仕事です。' },
  { kind: 'volunteer', step: 2, label: 'お茶出しの手伝い', places: ['ふれあいサロン', '高齢者サロン', '集会所'],
    tags: ['お茶', '交流', '高齢者'], hostTypes: ['community', 'welfare_corp'], environment: { ...serving, groupSize: 'large' }, pay: 'none',
    what: '来た人にお茶を入れて、湯のみを片付ける係です。小さな役割から始めたい人に向いています。' },

  /* ボランティア */
  { kind: 'volunteer', step: 3, label: '花壇の手入れ', places: ['公園', '駅前花壇', '保育園の園庭', '公民館の庭'],
    tags: ['園芸', '花', '屋外', '草取り'], hostTypes: ['public', 'community', 'farm', 'welfare_corp'], environment: smallCalm, pay: 'none',
    what: '季節の花を植え、草取りや水やりをします。道具は貸し出します。' },
  { kind: 'volunteer', step: 3, label: '調理ボランティア', places: ['子ども食堂', '地域食堂', '公民館の調理室'],
    tags: ['調理', '料理', '子ども食堂'], hostTypes: ['community', 'npo'], environment: smallCalm, pay: 'none',
    what: '大鍋でカレーや汁物を作ります。野菜を切るだけでも助かります。' },
  { kind: 'volunteer', step: 3, label: 'イベントの設営', places: ['商店街', '公園', '公民館'],
    tags: ['イベント', '力仕事', '屋外'], hostTypes: ['community', 'public', 'npo'], environment: crowdQuiet, pay: 'none',
    what: 'テントを立て、机や椅子を運びます。力仕事が得意な人に向いています。' },
  { kind: 'volunteer', step: 3, label: '保護動物のお世話', places: ['保護猫カフェ', '保護犬シェルター', '動物病院'],
    tags: ['動物', '猫', '犬', 'お世話'], hostTypes: ['npo', 'shop'], environment: smallCalm, pay: 'none',
    what: 'ごはんの準備、トイレ掃除、ブラッシングをします。動物のペースに合わせたゆったりした時間です。' },
  { kind: 'volunteer', step: 3, label: '境内の清掃', places: ['お寺', '神社'],
    tags: ['清掃', '屋外', '静か', 'お寺'], hostTypes: ['other'], environment: quietSolo, pay: 'none',
    what: '境内の落ち葉を掃き集めます。離れた場所を受け持つので、ひとりで静かに体を動かせます。' },
  { kind: 'volunteer', step: 3, label: 'レクリエーションの補助', places: ['デイサービス', '高齢者施設'],
    tags: ['介護', '高齢者', '交流'], hostTypes: ['welfare_corp'], environment: { ...lively, customerFacing: true }, pay: 'none',
    what: '体操や歌の時間に、利用者さんの隣に座って一緒に楽しみます。' },

  /* 就労体験 */
  { kind: 'work_experience', step: 3, label: '接客体験', places: ['駅前カフェ', '商店街の喫茶店', 'ベーカリー', '直売所', '古書店'],
    tags: ['接客', '販売', 'カフェ'], hostTypes: ['shop', 'npo', 'welfare_corp'], environment: serving, pay: 'none',
    what: '注文を聞いて品物を渡し、テーブルや売り場を整えます。常連さんが多い落ち着いたお店です。' },
  { kind: 'work_experience', step: 3, label: '農作業体験', places: ['市民農園', '地域の畑', '果樹園', 'ビニールハウス'],
    tags: ['農作業', '屋外', '野菜'], hostTypes: ['farm', 'npo'], environment: smallCalm, pay: 'none',
    what: '草取り、水やり、収穫を体験します。少人数で黙々と進められる作業が中心です。' },
  { kind: 'work_experience', step: 3, label: 'データ入力体験', places: ['オフィス', '事務所', '市民活動センター'], online: 'sometimes',
    tags: ['パソコン', 'データ入力', '事務'], hostTypes: ['company', 'npo', 'public'], environment: { ...quietSolo, conversation: 'little' }, pay: 'none',
    what: 'アンケートや名簿の内容をパソコンに入力します。手順は紙にまとめてあります。' },
  { kind: 'work_experience', step: 3, label: '品出し体験', places: ['スーパー', 'ドラッグストア', 'コンビニ', 'ホームセンター'],
    tags: ['品出し', '軽作業', '販売'], hostTypes: ['shop', 'company'], environment: { ...smallCalm, customerFacing: true }, pay: 'none',
    what: '商品を棚に補充し、向きをそろえます。レジには立ちませんが、売り場を聞かれることがあります。' },
  { kind: 'work_experience', step: 3, label: 'パンづくり体験', places: ['ベーカリー', 'パン工房', '福祉作業所'],
    tags: ['パン', '調理', '製造'], hostTypes: ['welfare_corp', 'shop'], environment: smallCalm, pay: 'none',
    what: '生地の成形や焼き上がったパンの袋詰めを体験します。職員が隣で手順を伝えます。' },
  { kind: 'work_experience', step: 3, label: '清掃の職場体験', places: ['オフィスビル', '公民館', '商業施設'],
    tags: ['清掃', '掃除', '職場体験'], hostTypes: ['company', 'public'], environment: smallCalm, pay: 'none',
    what: 'モップがけやトイレ掃除を体験します。手順を一つずつ確認しながら進めます。' },
  { kind: 'work_experience', step: 3, label: '調理補助の体験', places: ['カフェの厨房', '食堂', 'お弁当屋'],
    tags: ['調理', '洗い物', '裏方'], hostTypes: ['shop', 'npo', 'community'], environment: smallCalm, pay: 'none',
    what: 'お客さんと顔を合わせない厨房で、洗い物や野菜の下ごしらえをします。' },
  { kind: 'work_experience', step: 3, label: '梱包作業の体験', places: ['物流倉庫', '配送センター'],
    tags: ['倉庫', '梱包', '軽作業'], hostTypes: ['company'], environment: crowdQuiet, pay: 'none',
    what: '広い倉庫で、商品の梱包やラベル貼りを体験します。動きやすい靴で来てください。' },
  { kind: 'work_experience', step: 3, label: '介護の職場体験', places: ['デイサービス', '特別養護老人ホーム'], youth: true,
    tags: ['介護', '福祉', '高齢者'], hostTypes: ['welfare_corp'], environment: { ...serving, groupSize: 'large' }, pay: 'none',
    what: '送迎の見送り、レクリエーション、配膳などを職員と一緒に体験します。' },

  /* 中間的就労 */
  { kind: 'intermediate_work', step: 4, label: '封入・検品作業', places: ['福祉作業所', '作業センター', '物流倉庫'],
    tags: ['封入', '検品', '軽作業', '内職'], hostTypes: ['welfare_corp', 'company'], environment: { ...smallCalm, conversation: 'none' }, pay: 'allowance',
    what: 'ダイレクトメールの封入や部品の検品をします。区切られた静かな席で作業できます。' },
  { kind: 'intermediate_work', step: 4, label: '在宅データ入力', places: ['オンライン'], online: 'only',
    tags: ['パソコン', 'データ入力', '在宅', 'オンライン'], hostTypes: ['company'], environment: quietSolo, pay: 'allowance',
    what: '名簿や伝票のデータを自宅のパソコンに入力します。質問はチャットででき、電話はありません。' },
  { kind: 'intermediate_work', step: 4, label: 'リサイクル品の仕分け', places: ['リユース工房', 'リサイクルセンター', '古着店'],
    tags: ['リサイクル', '仕分け', '軽作業'], hostTypes: ['other', 'npo', 'welfare_corp'], environment: quietSolo, pay: 'allowance',
    what: '寄付された衣類や雑貨を種類ごとに分け、値札を付けます。黙々とできる作業です。' },
  { kind: 'intermediate_work', step: 4, label: 'チラシのポスティング', places: ['駅周辺', '団地', '住宅街'],
    tags: ['ポスティング', '屋外', '散歩'], hostTypes: ['community', 'company'], environment: quietSolo, pay: 'allowance',
    what: '決められた地区の郵便受けにチラシを配ります。自分のペースで歩いて回る仕事です。' },
  { kind: 'intermediate_work', step: 4, label: '苗のポット詰め', places: ['ナーセリー', 'ビニールハウス', '農園'],
    tags: ['園芸', '花', '軽作業'], hostTypes: ['farm'], environment: { ...smallCalm, conversation: 'none' }, pay: 'allowance',
    what: '土をポットに詰めて苗を植え替えます。手順が決まっていて覚えやすい作業です。' },
  { kind: 'intermediate_work', step: 4, label: 'パンの袋詰め', places: ['パン工房', '福祉作業所'],
    tags: ['パン', '袋詰め', '軽作業'], hostTypes: ['welfare_corp'], environment: smallCalm, pay: 'allowance',
    what: '焼き上がったパンを袋に詰め、シールを貼ります。職員が作業を見守ります。' },

  /* 一般就労 */
  { kind: 'employment', step: 5, label: '販売スタッフ', places: ['駅前の雑貨店', 'ベーカリー', '直売所', 'スーパー'],
    tags: ['販売', '接客', 'パート'], hostTypes: ['shop'], environment: { ...serving, phone: true }, pay: 'wage',
    what: 'レジや商品の案内、電話での問い合わせへの対応をします。時給制のパートです。' },
  { kind: 'employment', step: 5, label: 'ピッキングスタッフ', places: ['物流倉庫', '配送センター'],
    tags: ['倉庫', 'ピッキング', '軽作業', 'パート'], hostTypes: ['company'], environment: crowdQuiet, pay: 'wage',
    what: 'ハンディ端末の指示どおりに商品を棚から集めます。1日4時間から働けます。' },
  { kind: 'employment', step: 5, label: '事務補助スタッフ', places: ['オフィス', '市役所の窓口', '法人事務局'],
    tags: ['事務', 'パソコン', 'パート'], hostTypes: ['company', 'public', 'welfare_corp'], environment: { ...smallCalm, phone: true }, pay: 'wage',
    what: '書類の整理、データ入力、電話の取り次ぎをします。障害者雇用枠での採用も相談できます。' },
  { kind: 'employment', step: 5, label: '清掃スタッフ', places: ['オフィスビル', '病院', '公共施設'],
    tags: ['清掃', '掃除', 'パート'], hostTypes: ['company'], environment: quietSolo, pay: 'wage',
    what: '人の少ない時間帯に、床の掃除やごみの回収をします。ひとりで黙々と働けます。' },
  { kind: 'employment', step: 5, label: '調理補助スタッフ', places: ['給食センター', 'お弁当屋', '食堂'],
    tags: ['調理', '洗い物', 'パート'], hostTypes: ['shop', 'welfare_corp', 'company'], environment: smallCalm, pay: 'wage',
    what: '野菜の下ごしらえや盛り付け、洗い物を担当します。慣れるまでは短い時間から始められます。' },
  { kind: 'employment', step: 5, label: '園芸スタッフ', places: ['ナーセリー', '農園', '植木園'],
    tags: ['園芸', '花', '農作業', 'パート'], hostTypes: ['farm'], environment: smallCalm, pay: 'wage',
    what: '苗の生産と出荷の準備を担います。植物の世話が好きな人を求めています。' },
  { kind: 'employment', step: 5, label: '介護補助スタッフ', places: ['デイサービス', '特別養護老人ホーム', 'グループホーム'],
    tags: ['介護', '福祉', 'パート'], hostTypes: ['welfare_corp'], environment: { ...serving, phone: true }, pay: 'wage',
    what: '配膳や掃除、電話の取り次ぎなど、介護職員の補助をします。資格取得の支援があります。' },

  /* 学び */
  { kind: 'learning', step: 2, label: 'パソコン講座', places: ['公民館', '市民活動センター', 'NPOの教室'], online: 'sometimes',
    tags: ['パソコン', '講座', 'タイピング'], hostTypes: ['npo', 'public'], environment: smallCalm, pay: 'none',
    what: 'キーボード入力、メール、インターネット検索から始める少人数の講座です。' },
  { kind: 'learning', step: 2, label: '学び直し教室', places: ['NPOの教室', '公民館', '市民活動センター'], youth: true,
    tags: ['勉強', '学び直し', '若者'], hostTypes: ['npo', 'public'], environment: smallCalm, pay: 'none',
    what: '中学や高校の勉強を、自分のところからやり直せます。ボランティアが個別に付きます。' },
  { kind: 'learning', step: 2, label: '料理教室', places: ['公民館の調理室', '地域食堂'],
    tags: ['料理', '調理', '講座'], hostTypes: ['community', 'npo', 'public'], environment: smallTalk, pay: 'none',
    what: '簡単な家庭料理を一緒に作って食べます。包丁を使うのが久しぶりでも大丈夫です。' },
  { kind: 'learning', step: 2, label: '働く準備の講座', places: ['就労支援センター', '市民活動センター'],
    tags: ['就労準備', 'ビジネスマナー', '面接'], hostTypes: ['welfare_corp', 'npo', 'public'], environment: smallTalk, pay: 'none',
    what: 'あいさつ、報告の仕方、面接での話し方を少人数で練習します。失敗しても大丈夫な場です。' },
  { kind: 'learning', step: 1, label: '写経の会', places: ['お寺'],
    tags: ['写経', '静か', 'お寺'], hostTypes: ['other'], environment: { ...quietSolo, groupSize: 'small' }, pay: 'none',
    what: '本堂でお経を一文字ずつ書き写します。話をする時間はありません。' },
  { kind: 'learning', step: 2, label: '読書会', places: ['オンライン'], online: 'only',
    tags: ['読書', '本', 'オンライン'], hostTypes: ['npo', 'shop'], environment: smallTalk, pay: 'none',
    what: '決めた本について感想を話し合います。読み終わっていなくても参加できます。' },
];
