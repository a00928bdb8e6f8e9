import type { Logger } from '../context';

/** JSON lines on stdout (errors on stderr), one object per event; `write` takes them elsewhere. */
export function jsonLineLogger(options: { requests: boolean; write?: (line: string, level: string) => void }): Logger {
  const write = options.write ?? ((line, level) => (level === 'error' ? console.error(line) : console.log(line)));
  return (entry) => {
    if (entry.msg === 'request' && !options.requests) return;
    write(JSON.stringify({ time: new Date().toISOString(), ...entry }), entry.level);
  };
}
