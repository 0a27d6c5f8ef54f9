/**
 * RE2 (re2js) behind one function. The bundles load this module on first use (scripts/build.js
 * makes it a separate chunk): most runs never compile an RE2 pattern, and re2js's tables cost
 * start-up time.
 */
import { RE2JS } from 're2js';
import type { TextPattern } from './regex.js';

export function compileRe2(source: string, caseSensitive: boolean): TextPattern {
  const re = RE2JS.compile(source, caseSensitive ? 0 : RE2JS.CASE_INSENSITIVE);
  let lastText: string | undefined;
  let matcher: ReturnType<RE2JS['matcher']> | undefined;
  return {
    engine: 're2',
    exec(text, from) {
      if (text !== lastText || !matcher) {
        matcher = re.matcher(text);
        lastText = text;
      }
      if (!matcher.find(from)) return null;
      return [matcher.start(), matcher.end(), matcher.group() ?? ''];
    },
  };
}
