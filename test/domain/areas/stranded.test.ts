import { describe, expect, it } from 'vitest';
import { parseAreaMove, strandedAreasMessage } from '../../../src/domain/areas/stranded';

const areas = ['hill', 'river', 'port'];

describe('area moves: reading old=new', () => {
  it('reads a move to a code the settings list, from any code', () => {
    expect(parseAreaMove('west=hill', areas)).toEqual({ from: 'west', to: 'hill' });
    expect(parseAreaMove('port=river', areas)).toEqual({ from: 'port', to: 'river' });
  });

  it('refuses a move to a code the settings do not list, since the records would be stranded again', () => {
    expect(parseAreaMove('west=east', areas)).toEqual({
      problem: expect.stringContaining('移し先の east は設定の地域コード（hill, river, port）にありません'),
    });
  });

  it('refuses what is not old=new, and a move onto itself', () => {
    for (const argument of ['west', 'west=', '=hill', 'a=b=hill', 'we st=hill']) {
      expect(parseAreaMove(argument, areas), argument).toHaveProperty('problem');
    }
    expect(parseAreaMove('hill=hill', areas)).toEqual({ problem: '移し元と移し先が同じです（hill）' });
  });
});

describe('stranded areas: the refusal names the records and the way out', () => {
  const message = strandedAreasMessage(
    [
      { table: 'hosts', area: 'west', count: 4, firstIds: ['h1', 'h2', 'h3'] },
      { table: 'participants', area: 'west', count: 1, firstIds: ['p1'] },
      { table: 'opportunities', area: 'old-town', count: 2, firstIds: ['o1', 'o2'] },
    ],
    areas,
  );

  it('names each table, code, count and first ids, saying when there are more', () => {
    expect(message).toContain('hosts.area = west: 4件（h1, h2, h3 ほか）');
    expect(message).toContain('participants.home_area = west: 1件（p1）');
    expect(message).toContain('opportunities.area = old-town: 2件（o1, o2）');
    expect(message).toContain('（hill, river, port）');
  });

  it('gives the command that moves each code once', () => {
    expect(message).toContain('npm run migrate -- --move-area west=<新しいコード> --move-area old-town=<新しいコード>');
  });
});
