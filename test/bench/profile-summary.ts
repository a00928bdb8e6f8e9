/**
 * `npx tsx test/bench/profile-summary.ts FILE.cpuprofile [top]`: where a V8 CPU profile (from
 * `--cpu-prof`, or BENCH_PROFILE_DIR in worker-cold.ts) spent its time. Self time by function and
 * by source file, and total time (self plus callees) by function; `(idle)` is left out. Samples
 * count for at most 1 ms each, as in worker-cold.ts, so time the OS gave others is not counted.
 */
import { readFileSync } from 'node:fs';

type Node = { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] };
type Profile = { nodes: Node[]; samples: number[]; timeDeltas: number[] };

const MAX_SAMPLE_US = 1000;

const [file, top = '25'] = process.argv.slice(2);
// Piped into head, the rest of the output has nowhere to go: that is not an error.
process.stdout.on('error', () => process.exit(0));
if (!file) throw new Error('usage: profile-summary.ts FILE.cpuprofile [top]');
const profile = JSON.parse(readFileSync(file, 'utf8')) as Profile;
const byId = new Map(profile.nodes.map((node) => [node.id, node]));
const parent = new Map<number, number>();
for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);

const shortUrl = (url: string) => url.replace(/^.*\/(src|node_modules)\//, '$1/').replace(/^file:\/\/.*\//, '') || '(native)';
const label = ({ callFrame: { functionName, url, lineNumber } }: Node) =>
  `${functionName || '(anonymous)'} ${shortUrl(url)}${url ? `:${lineNumber + 1}` : ''}`;

const self = new Map<string, number>();
const selfByFile = new Map<string, number>();
const total = new Map<string, number>();
let busyUs = 0;
const add = (map: Map<string, number>, key: string, us: number) => map.set(key, (map.get(key) ?? 0) + us);
for (let i = 0; i + 1 < profile.samples.length; i++) {
  const node = byId.get(profile.samples[i]!)!;
  if (node.callFrame.functionName === '(idle)') continue;
  const us = Math.min(profile.timeDeltas[i + 1]!, MAX_SAMPLE_US);
  busyUs += us;
  add(self, label(node), us);
  add(selfByFile, shortUrl(node.callFrame.url), us);
  // A recursive function counts once per sample in its total.
  const seen = new Set<string>();
  for (let id: number | undefined = node.id; id !== undefined; id = parent.get(id)) {
    const name = label(byId.get(id)!);
    if (!seen.has(name)) add(total, name, us);
    seen.add(name);
  }
}

const print = (title: string, map: Map<string, number>) => {
  console.log(`\n${title}`);
  for (const [name, us] of [...map].sort((a, b) => b[1] - a[1]).slice(0, Number(top)))
    console.log(`${(us / 1000).toFixed(1).padStart(8)} ms ${((100 * us) / busyUs).toFixed(1).padStart(5)}%  ${name}`);
};
console.log(`busy ${(busyUs / 1000).toFixed(1)} ms`);
print('self time by function', self);
print('self time by file', selfByFile);
print('total time by function', total);
