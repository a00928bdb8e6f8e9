import type { CatalogRecordSource } from '../../src/domain/matching/catalog-pack';
import type { MatchableOpportunity } from '../../src/domain/types';

/** Every record at hand, as a built catalog has them, with their seats as they are now. */
export function recordsAtHand(records: readonly MatchableOpportunity[]): CatalogRecordSource {
  const byId = new Map(records.map((record) => [record.id, record]));
  const recordOf = (id: string) => {
    const record = byId.get(id);
    if (!record) throw new RangeError(`no record of ${id}`);
    return record;
  };
  // Like the service's, the seats of the openings with any taken: the rest have none.
  const seats = new Map(records.filter((record) => record.filled !== 0).map((record) => [record.id, record.filled]));
  return { seats, recordOf };
}

/**
 * Records read on need, as the service's store reads them for a loaded catalog: a record not
 * read yet throws when asked for, so a test proves matching names every record before it reads it.
 */
export function recordsOnNeed(records: readonly MatchableOpportunity[]) {
  const atHand = recordsAtHand(records);
  const read = new Set<string>();
  const source: CatalogRecordSource = {
    seats: atHand.seats,
    recordOf: (id) => {
      if (!read.has(id)) throw new Error(`the record of ${id} was asked for before it was read`);
      return atHand.recordOf(id);
    },
  };
  return {
    source,
    read: (ids: readonly string[] | 'all') => {
      for (const id of ids === 'all' ? records.map((record) => record.id) : ids) read.add(id);
    },
    count: () => read.size,
  };
}
