import { runHttp } from './bench/http';
for (let i = 0; i < 3; i++) {
  const r = await runHttp(2000, 20261127, 60, 10);
  console.log(
    'coldStored',
    r.coldStored.match.ms.toFixed(1),
    r.coldStored.search.ms.toFixed(1),
    'trips',
    r.coldStored.match.roundTrips,
    r.coldStored.search.roundTrips,
    'cold(build)',
    r.cold.ms.toFixed(0),
    'warm match p50',
    r.match.p50?.toFixed?.(1),
    'search p50',
    r.search.p50?.toFixed?.(1),
  );
}
