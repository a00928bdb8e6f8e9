/**
 * `npm run bench:unmet`: the 資源開拓 report in-process, 300 people waiting against 2,000 openings
 * (budget: under 1 s), and matching one person on the same prepared catalog before and after it
 * (the report reads the index and changes nothing, so matching is not slowed). Prints one Markdown
 * row per measurement; the README's table comes from here.
 */
import synonymData from '../../src/config/synonyms.json';
import { AREAS } from '../../src/config';
import { matchProfile, prepareCatalog, preparedOpportunities } from '../../src/domain/matching/match';
import { loadSynonyms } from '../../src/domain/text/synonyms';
import { DAYS, type Profile } from '../../src/domain/types';
import { unmetNeeds } from '../../src/domain/unmet-needs/report';
import { BENCH_NOW, buildBenchCatalog } from './catalog';
import { PROFILES } from './in-process';
import { timeCalls } from './measure';

const OPENINGS = 2_000;
const PEOPLE = 300;
const BUDGET_MS = 1_000;
const SEED = 20261127;

const catalog = prepareCatalog(buildBenchCatalog(OPENINGS, SEED).opportunities, loadSynonyms(synonymData.groups));
const openings = preparedOpportunities(catalog);
/** The demo's people, moved to other areas and days so that 300 of them differ. */
const people: Profile[] = Array.from({ length: PEOPLE }, (_, i) => {
  const base = PROFILES[i % PROFILES.length]!;
  const shift = Math.floor(i / PROFILES.length);
  return {
    ...base,
    home: shift === 0 ? base.home : { area: AREAS[(AREAS.indexOf(base.home.area as (typeof AREAS)[number]) + shift) % AREAS.length]! },
    availability: base.availability.map((slot) => ({ ...slot, day: DAYS[(DAYS.indexOf(slot.day) + shift) % DAYS.length]! })),
  };
});
const options = { threshold: 3, today: '2026-11-27' };
const matchOnce = () =>
  matchProfile(people[0]!, catalog, { now: BENCH_NOW, limit: 20, includeExcluded: false, retention: new Map() }).items;

const before = timeCalls(matchOnce, { warmup: 20, iterations: 200 });
const report = timeCalls(() => unmetNeeds(people, openings, options).groups, { warmup: 1, iterations: 5 });
const after = timeCalls(matchOnce, { warmup: 20, iterations: 200 });
const result = unmetNeeds(people, openings, options);

console.log(`| measurement (${OPENINGS} openings, ${PEOPLE} people waiting) | p50 ms | p95 ms |`);
console.log('|---|---:|---:|');
console.log(
  `| unmet-needs report (${result.underserved} underserved, ${result.groups.length} groups) | ${report.p50.toFixed(0)} | ${report.p95.toFixed(0)} |`,
);
console.log(`| match one person, before the report | ${before.p50.toFixed(2)} | ${before.p95.toFixed(2)} |`);
console.log(`| match one person, after the report | ${after.p50.toFixed(2)} | ${after.p95.toFixed(2)} |`);
if (report.p50 > BUDGET_MS) {
  console.error(`over budget: the report took ${report.p50.toFixed(0)} ms (budget ${BUDGET_MS} ms)`);
  process.exitCode = 1;
}
