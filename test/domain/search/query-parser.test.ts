import { describe, expect, it } from 'vitest';
import searchPhraseData from '../../../src/config/search-phrases.json';
import { holds, readCondition, type ConditionFacts } from '../../../src/domain/search/conditions';
import { loadQueryVocabulary, parseQuery } from '../../../src/domain/search/query-parser';

const vocabulary = loadQueryVocabulary(searchPhraseData);
const parse = (q: string) => parseQuery(q, vocabulary);

describe('search: reading a query', () => {
  it('turns a negated phrase into a filter, never into a word to look for', () => {
    expect(parse('接客なし')).toEqual({
      words: [],
      preferences: [],
      filters: [{ on: 'not', condition: { on: 'customerFacing', is: true } }],
    });
    expect(parse('電話は苦手').filters).toEqual([{ on: 'not', condition: { on: 'phone', is: true } }]);
    expect(parse('接客 なし')).toEqual(parse('接客なし'));
  });

  it('drops a negated plain word rather than search for what the person wants to avoid', () => {
    expect(parse('パソコンなし')).toEqual({ words: [], preferences: [], filters: [] });
  });

  it('drops particles and endings around a phrase, and endings after a word', () => {
    expect(parse('静かな所').preferences.map((p) => p.text)).toEqual(['静か']);
    expect(parse('ひとりでできる')).toMatchObject({ words: [], preferences: [{ text: 'ひとり' }] });
    expect(parse('畑だけ').words).toEqual(['畑']);
  });

  it('never cuts a particle off a plain word, where it is usually part of it', () => {
    expect(parse('まんが').words).toEqual(['まんが']);
    expect(parse('のうえん').words).toEqual(['のうえん']);
    expect(parse('ないしょく').words).toEqual(['ないしよく']);
  });

  it('reads a phrase only where it stands as a word', () => {
    expect(parse('レジャー')).toMatchObject({ words: ['れじや'], preferences: [] });
    expect(parse('接客体験')).toMatchObject({ words: ['接客体験'], preferences: [] });
    expect(parse('日曜大工')).toMatchObject({ words: ['日曜大工'], preferences: [] });
  });

  it('joins a day and a time of day into one slot', () => {
    expect(parse('土曜の午前').preferences).toEqual([
      { text: '土曜午前', condition: { on: 'schedule', days: ['sat'], time: { from: '05:00', to: '12:00' } } },
    ]);
  });

  it('refuses a vocabulary condition it cannot read, naming where', () => {
    expect(() => readCondition({ support: 'coach' }, 'phrases.3.means')).toThrow('phrases.3.means.support');
    expect(() => readCondition({ time: ['12:00', '09:00'] }, 'x')).toThrow('x.time');
    expect(() => readCondition({ pay: ['wage'], kind: ['ibasho'] }, 'x')).toThrow('exactly one key');
  });
});

describe('search: a schedule condition', () => {
  const facts = (start: string, end: string): ConditionFacts => ({
    environment: { groupSize: 'small', conversation: 'little', customerFacing: false, phone: false },
    support: [],
    pay: 'none',
    kind: 'volunteer',
    hostUnderstanding: [],
    schedule: [{ day: 'sat', start, end }],
  });
  const morning = readCondition({ time: ['05:00', '12:00'] }, 'x');

  it('is met by a slot overlapping the time window, not one that only touches it', () => {
    expect(holds(morning, facts('11:00', '13:00'))).toBe(true);
    expect(holds(morning, facts('12:00', '15:00'))).toBe(false);
    expect(holds(readCondition({ days: ['sun'] }, 'x'), facts('09:00', '12:00'))).toBe(false);
  });
});
