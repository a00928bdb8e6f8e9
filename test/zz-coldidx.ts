import { runColdIndex } from './bench/cold-index';
const r = await runColdIndex({ sizes: [1000, 10000], httpSize: 500, runs: 3 }, 20261127);
for (const i of r.index) console.log(i.size, 'matching', i.matching.stored.cpuMs.toFixed(1), 'search', i.search.stored.cpuMs.toFixed(1));
