/**
 * Tables read by column: a table whose header names what its rows give ("Why", "Who we disclose it
 * to", "Where it comes from") discloses that for each row, though no row says it in a sentence.
 */
import { CELL_SEPARATOR as CELL, type Block, type PolicyDocument } from '../sections/model.js';
import type { Token } from './tokens.js';

export interface TableColumn {
  /** The header cell's words. */
  tokens: Token[];
  /** Some row under the header has text in this column (not only a dash, a template slot or nothing). */
  filled: boolean;
}

export interface TableHeader {
  block: Block;
  columns: TableColumn[];
  /** The rows under the header. */
  rows: Block[];
}

// A template's slot ("{{Plain-English reason}}", "[Purpose]") is no text in the column.
const SLOT = /\{\{[^}]*\}\}|\[[^\]]*\]|<[^>]*>/g;


function cellRanges(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let from = 0;
  for (let at = text.indexOf(CELL); at >= 0; at = text.indexOf(CELL, from)) {
    out.push([from, at]);
    from = at + CELL.length;
  }
  out.push([from, text.length]);
  return out;
}

/** The text of each cell of a table row, trimmed. */
export function rowCells(text: string): string[] {
  return cellRanges(text).map(([a, z]) => text.slice(a, z).trim());
}

/** Each table's header row (the first of a run of rows) with its columns. */
export function tableHeaders(doc: PolicyDocument): TableHeader[] {
  const out: TableHeader[] = [];
  doc.blocks.forEach((b, i) => {
    if (b.kind !== 'tableRow' || doc.blocks[i - 1]?.kind === 'tableRow') return;
    const rows: Block[] = [];
    for (let k = i + 1; doc.blocks[k]?.kind === 'tableRow'; k++) rows.push(doc.blocks[k]);
    if (rows.length === 0) return;
    const tokens = b.sentences.flatMap((s) => s.tokens);
    const rowCells = rows.map((r) => cellRanges(r.text).map(([a, z]) => r.text.slice(a, z)));
    const columns = cellRanges(b.text).map(([a, z], c) => ({
      tokens: tokens.filter((t) => t.start >= a && t.end <= z),
      filled: rowCells.some((cells) => /\p{L}|\p{N}/u.test((cells[c] ?? '').replace(SLOT, ''))),
    }));
    out.push({ block: b, columns, rows });
  });
  return out;
}

export interface TableCell {
  /** The cell's own words. */
  tokens: Token[];
  /** Its column's header words. */
  header: Token[];
}

/** The cell of a table row that holds offset `at` of the row's text, with its column's header; null outside a table's rows. */
export function cellAt(headers: TableHeader[], row: Block, at: number, rowTokens: Token[]): TableCell | null {
  if (row.kind !== 'tableRow') return null;
  const table = headers.find((h) => h.rows.includes(row));
  if (!table) return null;
  const ranges = cellRanges(row.text);
  const c = ranges.findIndex(([a, z]) => at >= a && at <= z);
  if (c < 0) return null;
  const [a, z] = ranges[c];
  return { tokens: rowTokens.filter((t) => t.start >= a && t.end <= z), header: table.columns[c]?.tokens ?? [] };
}
