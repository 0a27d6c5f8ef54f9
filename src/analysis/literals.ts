/**
 * Where a set of literal strings occurs in a text, found in one pass. Forbidden patterns declare
 * literals that a match must contain; a pack declares about a hundred, and one substring scan of
 * the document per literal cost more than the patterns themselves.
 */
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export class LiteralScanner {
  private readonly re: RegExp;
  /** Literals by first character, longest first, to report every literal starting at a position. */
  private readonly byFirst = new Map<string, string[]>();

  constructor(readonly literals: ReadonlySet<string>) {
    const sorted = [...literals].filter((l) => l.length > 0).sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
    for (const l of sorted) {
      const list = this.byFirst.get(l[0]);
      if (list) list.push(l);
      else this.byFirst.set(l[0], [l]);
    }
    // An alternation of plain strings: irregexp tests the first characters of all alternatives at
    // each position at once; it cannot backtrack beyond one alternative's length.
    this.re = sorted.length > 0 ? new RegExp(sorted.map(escape).join('|'), 'g') : /(?!)/g;
  }

  /** Start offsets of every occurrence of every literal (overlapping ones too), ascending per literal. */
  scan(text: string): Map<string, number[]> {
    const out = new Map<string, number[]>();
    const re = this.re;
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const at = m.index;
      // The match is the longest literal at this position; shorter ones with the same start
      // ("<" under "<%") are found here, overlapping ones later by restarting one character on.
      for (const l of this.byFirst.get(text[at])!) {
        if (!text.startsWith(l, at)) continue;
        const list = out.get(l);
        if (list) list.push(at);
        else out.set(l, [at]);
      }
      re.lastIndex = at + 1;
    }
    return out;
  }
}
