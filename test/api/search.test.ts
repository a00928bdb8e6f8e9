import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeHost, makeHostUser, makeOpportunity } from '../support/factories';
import { createHarness, type Harness } from '../support/harness';
import { itemIds } from '../support/lists';

let h: Harness;
const ids: Record<string, string> = {};
let otherHostId: string;

beforeAll(async () => {
  h = await createHarness();
  const host = await makeHost(h, { name: 'ひだまりカフェ' });
  const other = await makeHost(h, { name: 'ながれやま農園' });
  otherHostId = other.id;
  const listings: [string, string, Record<string, unknown>][] = [
    ['cafe', host.id, { title: 'カフェでの接客体験', tags: ['接客', '飲食'], description: '駅前のカフェで注文を受けます。' }],
    [
      'pc',
      host.id,
      { title: '事務所のデータ入力', tags: ['PC', '事務'], description: '決まった書式に数字を入力します。', kind: 'intermediate_work' },
    ],
    ['farm', other.id, { title: '農園の収穫作業', tags: ['農作業', '屋外'], description: '季節の野菜を収穫します。' }],
    [
      'library',
      host.id,
      { title: '図書の整理ボランティア', tags: ['図書', '静か'], description: '返却された本を棚に戻します。', kind: 'volunteer' },
    ],
    ['cafeExact', host.id, { title: 'カフェ', tags: ['飲食'], description: '短い時間だけ、店内で過ごせる居場所です。', kind: 'ibasho' }],
  ];
  for (const [key, hostId, overrides] of listings) ids[key] = (await makeOpportunity(h, hostId, overrides)).id;
});
afterAll(() => h.close());

async function search(q: string, extra = '') {
  const res = await h.as('supporter').get(`/v1/opportunities?q=${encodeURIComponent(q)}${extra}`);
  expect(res.status).toBe(200);
  return itemIds(res.body.items);
}

describe('search: Japanese-aware q', () => {
  it('finds a katakana title from a hiragana query', async () => {
    expect(await search('かふぇ')).toContain(ids.cafe);
  });

  it('ignores full and half width and case', async () => {
    expect(await search('ｶﾌｪ')).toContain(ids.cafe);
    expect(await search('ｐｃ')).toContain(ids.pc);
  });

  it('tolerates a one-character typo', async () => {
    expect(await search('データ人力')).toContain(ids.pc);
  });

  it('knows synonyms and kana readings', async () => {
    expect(await search('パソコン')).toContain(ids.pc);
    expect(await search('のうえん')).toContain(ids.farm);
  });

  it('ranks an exact title match first', async () => {
    expect((await search('カフェ'))[0]).toBe(ids.cafeExact);
  });

  it('searches the host name too, and applies the list filters to the results', async () => {
    expect(await search('ひだまり')).toEqual(expect.arrayContaining([ids.cafe, ids.pc, ids.library]));
    expect(await search('ひだまり', '&kind=volunteer')).toEqual([ids.library]);
    expect(await search('農作業', `&hostId=${otherHostId}`)).toEqual([ids.farm]);
  });

  it('pages through relevance-ordered results with the cursor', async () => {
    const all = await search('ひだまり');
    const first = await h.as('supporter').get(`/v1/opportunities?q=${encodeURIComponent('ひだまり')}&limit=2`);
    const second = await h
      .as('supporter')
      .get(`/v1/opportunities?q=${encodeURIComponent('ひだまり')}&limit=2&cursor=${first.body.nextCursor}`);
    expect(itemIds([...first.body.items, ...second.body.items])).toEqual(all.slice(0, 4));
  });

  it("never shows a host another host's listings, whatever it searches for", async () => {
    const caller = await makeHostUser(h, otherHostId);
    const res = await h.as(caller).get(`/v1/opportunities?q=${encodeURIComponent('カフェ')}`);
    expect(res.body.items).toEqual([]);
    const own = await h.as(caller).get(`/v1/opportunities?q=${encodeURIComponent('収穫')}`);
    expect(itemIds(own.body.items)).toEqual([ids.farm]);
  });

  it('finds a listing by its new title right after it is renamed', async () => {
    await h.as('admin').patch(`/v1/opportunities/${ids.library}`, { title: '絵本の読み聞かせ' });
    expect(await search('読み聞かせ')).toEqual([ids.library]);
  });
});
