/** Source offsets to 1-based line/column, by binary search over line starts. */
export interface Point {
  line: number;
  column: number;
  offset: number;
}

/** Index of the last entry of an ascending list that is <= value (0 when none is). */
export function lastAtOrBefore(sorted: number[], value: number): number {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (sorted[mid] <= value) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

export class LineIndex {
  private starts: number[] = [0];
  constructor(source: string) {
    for (let i = source.indexOf('\n'); i >= 0; i = source.indexOf('\n', i + 1)) this.starts.push(i + 1);
  }
  point(offset: number): Point {
    const lo = lastAtOrBefore(this.starts, offset);
    return { line: lo + 1, column: offset - this.starts[lo] + 1, offset };
  }
  lineStart(line: number): number {
    return this.starts[Math.max(0, Math.min(line - 1, this.starts.length - 1))];
  }
  get lineCount(): number {
    return this.starts.length;
  }
}
