import { afterEach, describe, expect, it, vi } from 'vitest';
import { jsonLineLogger } from '../../src/lib/logger';

afterEach(() => {
  vi.useRealTimers();
});

describe('the JSON line log', () => {
  it('stamps each line with Tokyo time and its offset, as the data is written', () => {
    vi.useFakeTimers({ now: new Date('2026-11-27T15:30:00.250Z') });
    const lines: string[] = [];
    jsonLineLogger({ requests: true, write: (line) => lines.push(line) })({ level: 'info', msg: 'request', status: 200 });

    expect(JSON.parse(lines[0]!)).toEqual({ time: '2026-11-28T00:30:00.250+09:00', level: 'info', msg: 'request', status: 200 });
  });
});
