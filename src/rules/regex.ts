/**
 * Rule patterns are RE2 syntax. A user's pack runs on RE2 (re2js): linear time whatever the
 * pattern, so a rule pack in an untrusted pull request cannot hang a CI job. Built-in patterns are
 * ours and reviewed; they run on V8's engine, about fifty times faster per character than re2js,
 * translated to a JavaScript pattern with the same meaning. A built-in pattern that uses RE2
 * syntax with no exact JavaScript equivalent (Unicode classes, inline flags) stays on RE2.
 */
import { compileRe2 } from './re2.js';
import { enableLinearRegExps } from './regexp-flags.js';

// The V8 path stays linear too: after 50,000 backtracks in one match V8 switches to its
// linear-time engine. That engine takes no `i` or `u` flag and no large counted repeats, so a
// translation spells case out ("[aA]") and is used only if V8 accepts it with the `l` flag, which
// it does exactly when that engine can run it. A Node without these flags rejects `l`, and every
// pattern then runs on RE2: slower, same results.
enableLinearRegExps();

/** A compiled pattern: the next match at or after `from`, as [start, end, text]. */
export { compileRe2 };

export interface TextPattern {
  readonly engine: 're2' | 'v8';
  exec(text: string, from: number): [number, number, string] | null;
}

// RE2's \s is [\t\n\f\r ]; JavaScript's adds \v and Unicode spaces, so it is spelled out.
const RE2_SPACE = '\\t\\n\\f\\r ';

/** Other-case forms of a character that has exactly one, for spelling case out. */
function otherCase(c: string): string {
  const up = c.toUpperCase();
  const low = c.toLowerCase();
  const other = c === low ? up : low;
  return other !== c && other.length === 1 ? other : '';
}

const ESCAPE_IN_CLASS = /[\\\]\[^-]/;
const classChar = (c: string) => (ESCAPE_IN_CLASS.test(c) ? `\\${c}` : c);

/** Extra class members making a range case-blind (ASCII letters only; null for other letters). */
function rangeOtherCase(lo: number, hi: number): string | null {
  let out = '';
  const add = (a: number, b: number, shift: number) => {
    const from = Math.max(lo, a);
    const to = Math.min(hi, b);
    if (from <= to) out += `${String.fromCharCode(from + shift)}-${String.fromCharCode(to + shift)}`;
  };
  add(97, 122, -32);
  add(65, 90, 32);
  for (let c = Math.max(lo, 128); c <= Math.min(hi, 0xffff); c++) {
    if (otherCase(String.fromCharCode(c))) return null;
  }
  return out;
}

/**
 * The JavaScript source (no flags but `g`) matching what the RE2 source matches, or null when
 * the pattern uses syntax this translation does not cover. Case-blind patterns spell both cases
 * out; RE2 folds case by Unicode rules, so a few exotic pairs (the Kelvin sign and "k") differ.
 */
export function translateRe2(source: string, caseSensitive = true): string | null {
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    const code = source.charCodeAt(i);
    // Astral characters are two code units without the `u` flag: a class would split them.
    if (code >= 0xd800 && code <= 0xdfff) return null;
    if (c === '\\') {
      const n = source[++i];
      if (n === undefined) return null;
      if (n === 'x') {
        const braced = /^\{([0-9a-fA-F]{1,6})\}/.exec(source.slice(i + 1));
        if (braced) {
          const value = parseInt(braced[1], 16);
          if (value > 0xffff || (value >= 0xd800 && value <= 0xdfff)) return null;
          if (!caseSensitive && otherCase(String.fromCharCode(value))) return null;
          out += `\\u${value.toString(16).padStart(4, '0')}`;
          i += braced[0].length;
        } else if (/^[0-9a-fA-F]{2}/.test(source.slice(i + 1))) {
          if (!caseSensitive && otherCase(String.fromCharCode(parseInt(source.slice(i + 1, i + 3), 16)))) return null;
          out += `\\x${source.slice(i + 1, i + 3)}`;
          i += 2;
        } else return null;
      } else if (n === 's') out += inClass ? RE2_SPACE : `[${RE2_SPACE}]`;
      else if (n === 'S') {
        if (inClass) return null;
        out += `[^${RE2_SPACE}]`;
      } else if ('dDwWtnrfv'.includes(n)) out += `\\${n}`;
      else if (n === 'b' || n === 'B') {
        if (inClass) return null; // [\b] is a backspace in JavaScript
        out += `\\${n}`;
      } else if (n === 'A' && !inClass) out += '^';
      else if (n === 'z' && !inClass) out += '$';
      else if (/[\p{P}\p{S} ]/u.test(n)) out += `\\${n}`;
      else return null; // \p{…}, \Q…\E, \C, octal and other RE2-only escapes
      continue;
    }
    if (inClass) {
      if (c === '[' && source[i + 1] === ':') return null; // [[:alpha:]]
      if (c === ']') {
        inClass = false;
        out += c;
        continue;
      }
      if (!caseSensitive) {
        if (source[i + 1] === '-' && source[i + 2] !== undefined && source[i + 2] !== ']') {
          if (source[i + 2] === '\\') return null; // a range ending in an escape
          const extra = rangeOtherCase(code, source.charCodeAt(i + 2));
          if (extra === null) return null;
          out += `${classChar(c)}-${classChar(source[i + 2])}${extra}`;
          i += 2;
          continue;
        }
        // A range starting with an escape ("\\x41-Z") would lose its meaning here.
        if (c === '-' && !/\[\^?$/.test(out) && source[i + 1] !== ']') return null;
        out += classChar(c) + otherCase(c);
        continue;
      }
      out += c;
      continue;
    }
    if (c === '[') {
      // RE2 reads "[]a]" and "[^]a]" as classes holding "]"; JavaScript as an empty class.
      if (source[i + 1] === ']' || (source[i + 1] === '^' && source[i + 2] === ']')) return null;
      inClass = true;
      out += c;
      if (source[i + 1] === '^') out += source[++i];
      continue;
    }
    if (c === '(' && source[i + 1] === '?') {
      if (source[i + 2] === ':') {
        out += '(?:';
        i += 2;
        continue;
      }
      if (source.startsWith('P<', i + 2)) {
        out += '(?<';
        i += 3;
        continue;
      }
      if (source[i + 2] === '<' && /[A-Za-z_]/.test(source[i + 3] ?? '')) {
        out += '(?<';
        i += 2;
        continue;
      }
      return null; // inline flags (?i) (?s:…) and anything else
    }
    // RE2's dot leaves out only \n; JavaScript's also \r, U+2028 and U+2029.
    if (c === '.') {
      out += '[^\\n]';
      continue;
    }
    const other = caseSensitive ? '' : otherCase(c);
    out += other ? `[${c}${other}]` : c;
  }
  if (inClass) return null;
  return out;
}

/** A V8 pattern whose linear-time fallback can take over, or null. */
export function compileV8(jsSource: string): TextPattern | null {
  let re: RegExp;
  try {
    new RegExp(jsSource, 'gl');
    re = new RegExp(jsSource, 'g');
  } catch {
    return null;
  }
  return {
    engine: 'v8',
    exec(text, from) {
      re.lastIndex = from;
      const m = re.exec(text);
      return m ? [m.index, m.index + m[0].length, m[0]] : null;
    },
  };
}

/**
 * Compiles a rule pattern. `fast` (built-in packs only, whose patterns the test suite also compiles
 * and cross-checks on RE2) runs it on V8 when it translates.
 */
export function compilePattern(source: string, caseSensitive: boolean, fast: boolean): TextPattern {
  const js = fast ? translateRe2(source, caseSensitive) : null;
  return (js !== null && compileV8(js)) || compileRe2(source, caseSensitive);
}
