import { type MatchableOpportunity, UNDERSTANDING } from '../types';
import { packFloats, type PackedFloats, unpackFloats, unpackInt32s } from '../packed';
import type { PreparedCatalog } from './catalog';
import { payPart } from './score';

/**
 * What the score reads of each opportunity beyond the constraint columns, one typed array per
 * fact, position i for opportunity i.
 *
 * Why: at 100k opportunities the busiest profiles fit 30,000 of them, and scoring each one read
 * its host, pay, host's understanding and words through two or three objects spread over the
 * heap, missing the CPU caches on nearly every one, as the constraint tests did before
 * columns.ts. Read from arrays, a score costs the same per opportunity at any catalog size.
 *
 * The words and hosts are the catalog's own columns; pay and understanding are worked out when the
 * catalog is built and stored with it, so that a catalog loaded without its records still scores
 * every opportunity from arrays.
 */
/** Pay and the host's understanding, the facts the score reads of every opportunity that the constraint columns do not hold. */
export type ScoringColumns = {
  /** payPart of the opportunity's pay. */
  readonly pay: Float64Array;
  /** One bit per entry of UNDERSTANDING the host understands (see understandingBits). */
  readonly understanding: Int32Array;
};

export type ScoreColumns = ScoringColumns & {
  /** The opportunity's title and tags as a position for matchShape. */
  readonly textShape: Int32Array;
  /** Position of the host in PreparedCatalog.hostIds. */
  readonly hostIndex: Int32Array;
};

const UNDERSTANDING_BIT = new Map<unknown, number>(UNDERSTANDING.map((understood, i) => [understood, 1 << i]));

/**
 * The bits of `understood` (see UNDERSTANDING_BIT); null when an entry is not a known one. An
 * unknown entry of a host's never meets a known circumstance, so the host's bits leave it out;
 * a person with one is scored on the objects.
 */
export function understandingBits(understood: readonly unknown[]): number | null {
  let bits = 0;
  for (const entry of understood) {
    const bit = UNDERSTANDING_BIT.get(entry);
    if (bit === undefined) return null;
    bits |= bit;
  }
  return bits;
}

export function scoreColumns(catalog: PreparedCatalog): ScoreColumns {
  return { ...catalog.scoring, textShape: catalog.terms.shapeOf, hostIndex: catalog.hostOf };
}

export function buildScoringColumns(opportunities: readonly MatchableOpportunity[]): ScoringColumns {
  const n = opportunities.length;
  const pay = new Float64Array(n);
  const understanding = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const opportunity = opportunities[i]!;
    pay[i] = payPart(opportunity.pay);
    let bits = 0;
    for (const entry of opportunity.hostUnderstanding) bits |= UNDERSTANDING_BIT.get(entry) ?? 0;
    understanding[i] = bits;
  }
  return { pay, understanding };
}

/** Plain arrays, for storing (see catalog-pack). */
export type PackedScoring = { pay: PackedFloats; understanding: number[] };

export function packScoring(scoring: ScoringColumns): PackedScoring {
  return { pay: packFloats(scoring.pay), understanding: Array.from(scoring.understanding) };
}

/** The scoring columns packed for `n` opportunities; throws on a value of another layout. */
export function unpackScoring(packed: PackedScoring, n: number): ScoringColumns {
  return { pay: unpackFloats(packed.pay, n), understanding: unpackInt32s(packed.understanding, n) };
}
