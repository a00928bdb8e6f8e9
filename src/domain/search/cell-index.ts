import { buildGramPostings, type GramPostings, type PackedGramPostings, unpackGramPostings } from '../text/gram-postings';
import { TOKEN_SEPARATORS } from '../text/normalize';
import { checked, unpackInt32s } from '../packed';
import { type FieldReadings, READINGS_FORMAT } from '../text/readings';
import type { CatalogDocument } from './catalog-search';

/**
 * What the `q` search (catalog-search) reads of a catalog's text: each distinct normalized field
 * text once, where it occurs, and the words to correct typos against. Cell
 * `document * FIELDS.length + field` is one field of one document.
 *
 * A few flat arrays, the same whether built from the catalog or loaded from its packed form: a new
 * isolate loads them with a handful of typed-array copies, no text read again and no object or map
 * entry per opportunity or per string, and the two can never drift apart.
 */
export const FIELDS = ['title', 'tags', 'hostName', 'description'] as const;

export type CellIndex = {
  /** The documents' ids, in catalog order. */
  readonly ids: readonly string[];
  /** 1 for a document open to new people, 0 for one paused or closed: search ranks open ones first. */
  readonly open: Uint8Array;
  /** Each distinct normalized cell text once. */
  readonly texts: readonly string[];
  readonly postings: GramPostings;
  /** The cells holding text `t`: `cells[cellStarts[t]] … cells[cellStarts[t + 1] - 1]`, ascending. */
  readonly cellStarts: Int32Array;
  readonly cells: Int32Array;
  /**
   * For the exact-title rule: the key of every text some document has as its title (its tokens
   * joined, as `tokenize(title).join('')`), ascending, beside that text.
   */
  readonly titleKeys: readonly string[];
  readonly titleTexts: Int32Array;
  /** The catalog's words worth correcting typos against, as first read. */
  readonly words: readonly string[];
};

/**
 * Raise when the packed layout or what it means changes (the fields, how a cell's text is put
 * together, the title key, the gram postings' packed form): an index packed in another format is
 * never loaded, but built again. How a field reads is READINGS_FORMAT's, packed beside it.
 */
export const SEARCH_PACK_FORMAT = 2;

/**
 * The index as JSON-safe plain data: CellIndex with its typed arrays as number arrays, the formats
 * it was built under. The synonym table is not in it: the index holds the text as read,
 * which does not depend on the table, and the chain takes the table in force when loaded.
 */
export type PackedSearch = {
  readonly format: number;
  /** The normalized texts and words are as fields read under this READINGS_FORMAT. */
  readonly readingsFormat: number;
  readonly ids: readonly string[];
  readonly open: readonly number[];
  readonly texts: readonly string[];
  readonly cellStarts: readonly number[];
  readonly cells: readonly number[];
  readonly titleKeys: readonly string[];
  readonly titleTexts: readonly number[];
  readonly words: readonly string[];
  readonly postings: PackedGramPostings;
};

export function buildCellIndex(documents: readonly CatalogDocument[], readings: FieldReadings): CellIndex {
  const { texts, textOfCell, words } = readCells(documents, readings);
  const { cellStarts, cells } = groupCellsByText(textOfCell, texts.length);
  return {
    ids: documents.map((document) => document.id),
    open: Uint8Array.from(documents, (document) => (document.status === 'open' ? 1 : 0)),
    texts,
    postings: buildGramPostings(texts),
    cellStarts,
    cells,
    ...titlesOf(textOfCell, texts),
    words: [...words],
  };
}

/**
 * Every document's cells as distinct normalized texts, `texts[textOfCell[cell]]`, and the words of
 * every field. A field is looked up once for each document holding it and read once a catalog; a
 * cell of one field is that field's text, so only the tags and a host's name with its reading are
 * joined, and nothing is made per document but those.
 */
function readCells(documents: readonly CatalogDocument[], readings: FieldReadings) {
  const texts: string[] = [];
  const textIds = new Map<string, number>();
  const textOfField = new Map<string, number>();
  const words = new Set<string>();
  const idOf = (text: string): number => {
    let id = textIds.get(text);
    if (id === undefined) {
      id = texts.push(text) - 1;
      textIds.set(text, id);
    }
    return id;
  };
  const read = (field: string): number => {
    let id = textOfField.get(field);
    if (id === undefined) {
      const reading = readings.read(field);
      for (const word of reading.words) words.add(word);
      id = idOf(reading.text);
      textOfField.set(field, id);
    }
    return id;
  };
  const textOfCell = new Int32Array(documents.length * FIELDS.length);
  for (let document = 0, cell = 0; document < documents.length; document++, cell += FIELDS.length) {
    const { title, tags, hostName, hostNameKana, description } = documents[document]!;
    textOfCell[cell] = read(title);
    // The host before the tags, as always: the order words are first read in breaks ties in the typo and fuse indexes.
    const host = hostNameKana ? idOf(`${texts[read(hostName)]}\n${texts[read(hostNameKana)]}`) : read(hostName);
    textOfCell[cell + 1] = tags.length === 1 ? read(tags[0]!) : idOf(tags.map((tag) => texts[read(tag)]).join('\n'));
    textOfCell[cell + 2] = host;
    textOfCell[cell + 3] = read(description);
  }
  return { texts, textOfCell, words };
}

function groupCellsByText(textOfCell: Int32Array, textCount: number): { cellStarts: Int32Array; cells: Int32Array } {
  const cellStarts = new Int32Array(textCount + 1);
  for (let cell = 0; cell < textOfCell.length; cell++) cellStarts[textOfCell[cell]! + 1]!++;
  for (let text = 0; text < textCount; text++) cellStarts[text + 1]! += cellStarts[text]!;
  const next = cellStarts.slice(0, textCount);
  const cells = new Int32Array(textOfCell.length);
  for (let cell = 0; cell < textOfCell.length; cell++) cells[next[textOfCell[cell]!]!++] = cell;
  return { cellStarts, cells };
}

/** Each title text's key is worked out once, however many documents share the title. */
function titlesOf(textOfCell: Int32Array, texts: readonly string[]): Pick<CellIndex, 'titleKeys' | 'titleTexts'> {
  const seen = new Uint8Array(texts.length);
  const titles: number[] = [];
  for (let cell = 0; cell < textOfCell.length; cell += FIELDS.length) {
    const text = textOfCell[cell]!;
    if (seen[text] === 0) titles.push(text);
    seen[text] = 1;
  }
  const keys = titles.map((text) => texts[text]!.split(TOKEN_SEPARATORS).join(''));
  const order = titles.map((_, at) => at).sort((a, b) => compare(keys[a]!, keys[b]!));
  return { titleKeys: order.map((at) => keys[at]!), titleTexts: Int32Array.from(order, (at) => titles[at]!) };
}

/** The documents whose title's key is `key`. */
export function documentsTitled(index: CellIndex, key: string): Set<number> {
  const { titleKeys, titleTexts, cellStarts, cells } = index;
  const found = new Set<number>();
  for (let at = firstNotBefore(titleKeys, key); titleKeys[at] === key; at++) {
    const text = titleTexts[at]!;
    for (let c = cellStarts[text]!; c < cellStarts[text + 1]!; c++) {
      if (cells[c]! % FIELDS.length === 0) found.add(cells[c]! / FIELDS.length);
    }
  }
  return found;
}

export function packCellIndex(index: CellIndex): PackedSearch {
  return {
    format: SEARCH_PACK_FORMAT,
    readingsFormat: READINGS_FORMAT,
    ids: index.ids,
    open: Array.from(index.open),
    texts: index.texts,
    cellStarts: Array.from(index.cellStarts),
    cells: Array.from(index.cells),
    titleKeys: index.titleKeys,
    titleTexts: Array.from(index.titleTexts),
    words: index.words,
    postings: index.postings.pack(),
  };
}

/** The index `packCellIndex` packed; throws on anything else. */
export function unpackCellIndex(packed: PackedSearch): CellIndex {
  if (packed?.format !== SEARCH_PACK_FORMAT || packed.readingsFormat !== READINGS_FORMAT) {
    throw new Error(`unpackCatalogSearch: not packed in format ${SEARCH_PACK_FORMAT} from readings of format ${READINGS_FORMAT}`);
  }
  const ids = checked(packed.ids);
  const texts = checked(packed.texts);
  const titleKeys = checked(packed.titleKeys);
  const cells = unpackInt32s(packed.cells, ids.length * FIELDS.length);
  const cellStarts = unpackInt32s(packed.cellStarts, texts.length + 1);
  if (cellStarts[0] !== 0 || cellStarts[texts.length] !== cells.length)
    throw new RangeError('unpackCatalogSearch: the cells do not fit the texts');
  return {
    ids,
    open: Uint8Array.from(checked(packed.open, ids.length)),
    texts,
    postings: unpackGramPostings(packed.postings),
    cellStarts,
    cells,
    titleKeys,
    titleTexts: unpackInt32s(packed.titleTexts, titleKeys.length),
    words: checked(packed.words),
  };
}

/** The first position in the ascending `list` whose value is not below `value`. */
function firstNotBefore(list: readonly string[], value: string): number {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (list[middle]! < value) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** By UTF-16 units, as `<` compares strings and firstNotBefore searches. */
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
