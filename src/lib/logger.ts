import type { Logger } from '../context';

/** JSON lines on stdout (errors on stderr), one object per event. */
export function jsonLineLogger(options: { requests: boolean }): Logger {
  return (entry) => {
    if (entry.msg === 'request' && !options.requests) return;
    const line = JSON.stringify({ time: new Date().toISOString(), ...entry });
    if (entry.level === 'error') console.error(line);
    else console.log(line);
  };
}
