import type { Logger } from '../context';
import { isoTokyo } from './clock';

/**
 * JSON lines on stdout (errors on stderr), one object per event; `write` takes them elsewhere.
 * Times carry the Tokyo offset like the data, so a log line and the record it touched read alike.
 */
export function jsonLineLogger(options: { requests: boolean; write?: (line: string, level: string) => void }): Logger {
  const write = options.write ?? ((line, level) => (level === 'error' ? console.error(line) : console.log(line)));
  return (entry) => {
    if (entry.msg === 'request' && !options.requests) return;
    write(JSON.stringify({ time: isoTokyo(new Date()), ...entry }), entry.level);
  };
}
