/**
 * City centres (main station, approximate coordinates) for spreading a synthetic catalog over many
 * municipalities, as when one deployment serves several cities. The city of the settings in force
 * is laid out by its own areas and stations (places.ts); the others take its layout around their
 * centre.
 */
export type City = {
  prefecture: string;
  name: string;
  /** Reading of the city name without 市/区, used in host name readings. */
  kana: string;
  station: string;
  lat: number;
  lng: number;
};

export const CITIES: readonly City[] = [
  { prefecture: '千葉県', name: '流山市', kana: 'ながれやま', station: '流山おおたかの森', lat: 35.8718, lng: 139.9252 },
  { prefecture: '千葉県', name: '柏市', kana: 'かしわ', station: '柏', lat: 35.8623, lng: 139.9708 },
  { prefecture: '千葉県', name: '松戸市', kana: 'まつど', station: '松戸', lat: 35.7842, lng: 139.9005 },
  { prefecture: '千葉県', name: '野田市', kana: 'のだ', station: '野田市', lat: 35.955, lng: 139.869 },
  { prefecture: '千葉県', name: '我孫子市', kana: 'あびこ', station: '我孫子', lat: 35.8726, lng: 140.0109 },
  { prefecture: '千葉県', name: '船橋市', kana: 'ふなばし', station: '船橋', lat: 35.7017, lng: 139.9854 },
  { prefecture: '千葉県', name: '千葉市', kana: 'ちば', station: '千葉', lat: 35.6131, lng: 140.1134 },
  { prefecture: '埼玉県', name: 'さいたま市', kana: 'さいたま', station: '大宮', lat: 35.9064, lng: 139.6238 },
  { prefecture: '埼玉県', name: '越谷市', kana: 'こしがや', station: '越谷', lat: 35.8883, lng: 139.791 },
  { prefecture: '茨城県', name: 'つくば市', kana: 'つくば', station: 'つくば', lat: 36.0827, lng: 140.1116 },
  { prefecture: '東京都', name: '八王子市', kana: 'はちおうじ', station: '八王子', lat: 35.6556, lng: 139.3389 },
  { prefecture: '神奈川県', name: '横浜市', kana: 'よこはま', station: '横浜', lat: 35.4658, lng: 139.6223 },
  { prefecture: '神奈川県', name: '藤沢市', kana: 'ふじさわ', station: '藤沢', lat: 35.3389, lng: 139.4876 },
  { prefecture: '静岡県', name: '静岡市', kana: 'しずおか', station: '静岡', lat: 34.9718, lng: 138.389 },
  { prefecture: '愛知県', name: '名古屋市', kana: 'なごや', station: '名古屋', lat: 35.1709, lng: 136.8815 },
  { prefecture: '京都府', name: '京都市', kana: 'きょうと', station: '京都', lat: 34.9858, lng: 135.7588 },
  { prefecture: '大阪府', name: '豊中市', kana: 'とよなか', station: '豊中', lat: 34.7863, lng: 135.4634 },
  { prefecture: '兵庫県', name: '神戸市', kana: 'こうべ', station: '三ノ宮', lat: 34.6946, lng: 135.1951 },
  { prefecture: '広島県', name: '広島市', kana: 'ひろしま', station: '広島', lat: 34.3975, lng: 132.4753 },
  { prefecture: '福岡県', name: '福岡市', kana: 'ふくおか', station: '博多', lat: 33.5897, lng: 130.4207 },
  { prefecture: '北海道', name: '札幌市', kana: 'さっぽろ', station: '札幌', lat: 43.0687, lng: 141.3508 },
  { prefecture: '宮城県', name: '仙台市', kana: 'せんだい', station: '仙台', lat: 38.2601, lng: 140.8822 },
  { prefecture: '新潟県', name: '新潟市', kana: 'にいがた', station: '新潟', lat: 37.9122, lng: 139.0614 },
  { prefecture: '熊本県', name: '熊本市', kana: 'くまもと', station: '熊本', lat: 32.7898, lng: 130.6889 },
];
