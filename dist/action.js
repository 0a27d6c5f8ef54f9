import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __require = /* @__PURE__ */ ((x) => typeof require !== "undefined" ? require : typeof Proxy !== "undefined" ? new Proxy(x, {
  get: (a, b) => (typeof require !== "undefined" ? require : a)[b]
}) : x)(function(x) {
  if (typeof require !== "undefined") return require.apply(this, arguments);
  throw Error('Dynamic require of "' + x + '" is not supported');
});
var __commonJS = (cb, mod5) => function __require3() {
  try {
    return mod5 || (0, cb[__getOwnPropNames(cb)[0]])((mod5 = { exports: {} }).exports, mod5), mod5.exports;
  } catch (e) {
    throw mod5 = 0, e;
  }
};
var __export = (target, all2) => {
  for (var name in all2)
    __defProp(target, name, { get: all2[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod5, isNodeMode, target) => (target = mod5 != null ? __create(__getProtoOf(mod5)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod5 || !mod5.__esModule ? __defProp(target, "default", { value: mod5, enumerable: true }) : target,
  mod5
));

// node_modules/ignore/index.js
var require_ignore = __commonJS({
  "node_modules/ignore/index.js"(exports, module) {
    function makeArray(subject) {
      return Array.isArray(subject) ? subject : [subject];
    }
    var UNDEFINED = void 0;
    var EMPTY2 = "";
    var SPACE = " ";
    var ESCAPE = "\\";
    var REGEX_LITERAL_SPECIAL = /[.*+?()[\]{}^$|\\/]/;
    var BOM = "\uFEFF";
    var REGEX_ANCHORED_GLOBSTAR = /^\/\*{2,}$/;
    var REGEX_REPLACE_LEADING_EXCAPED_EXCLAMATION = /^\\!/;
    var REGEX_REPLACE_LEADING_EXCAPED_HASH = /^\\#/;
    var REGEX_SPLITALL_CRLF = /\r?\n/g;
    var DOUBLE_SLASH = "//";
    var SLASH_CODE = 47;
    var DOT_CODE = 46;
    var SLASH = "/";
    var TMP_KEY_IGNORE = "node-ignore";
    if (typeof Symbol !== "undefined") {
      TMP_KEY_IGNORE = /* @__PURE__ */ Symbol.for("node-ignore");
    }
    var KEY_IGNORE = TMP_KEY_IGNORE;
    var define = (object, key, value2) => {
      Object.defineProperty(object, key, { value: value2 });
      return value2;
    };
    var RETURN_FALSE = () => false;
    var POSIX_CLASSES = {
      alnum: "0-9A-Za-z",
      alpha: "A-Za-z",
      blank: " \\t",
      cntrl: "\\x00-\\x1f\\x7f",
      digit: "0-9",
      graph: "!-.0-~",
      lower: "a-z",
      print: " -.0-~",
      punct: "!-.:-@\\[-`{-~",
      // git's `sane-ctype.h` classifies \v and \f as control, not space,
      //   unlike C's `isspace`
      space: " \\t\\n\\r",
      upper: "A-Z",
      xdigit: "0-9A-Fa-f"
    };
    var CLASS_MEMBERS_TO_ESCAPE = "\\]^-[";
    var escapeMember = (char) => CLASS_MEMBERS_TO_ESCAPE.indexOf(char) < 0 ? char : ESCAPE + char;
    var NON_SLASH = "(?!\\/)";
    var classSource = (negated, body) => {
      if (negated) {
        return `[^\\/${body}]`;
      }
      const source = `[${body}]`;
      return new RegExp(source).test("/") ? NON_SLASH + source : source;
    };
    var scanBracket = (pattern, start) => {
      const { length } = pattern;
      let index2 = start + 1;
      let negated = EMPTY2;
      const lead = pattern[index2];
      if (lead === "!" || lead === "^") {
        negated = "^";
        index2++;
      }
      let body = EMPTY2;
      let prev = EMPTY2;
      for (; ; ) {
        const char = pattern[index2];
        if (char === UNDEFINED) {
          return null;
        }
        if (char === ESCAPE) {
          const escaped = pattern[++index2];
          body += escapeMember(escaped);
          prev = escaped;
        } else if (char === "-" && prev && index2 + 1 < length && pattern[index2 + 1] !== "]") {
          index2++;
          let to = pattern[index2];
          if (to === ESCAPE) {
            to = pattern[index2 += 1];
          }
          if (prev <= to) {
            body += `-${escapeMember(to)}`;
          }
          prev = EMPTY2;
        } else if (char === "[" && pattern[index2 + 1] === ":") {
          const nameStart = index2 + 2;
          let end = nameStart;
          while (end < length && pattern[end] !== "]") {
            end++;
          }
          if (end === length) {
            return null;
          }
          if (end > nameStart && pattern[end - 1] === ":") {
            const name = pattern.slice(nameStart, end - 1);
            if (!Object.prototype.hasOwnProperty.call(POSIX_CLASSES, name)) {
              return null;
            }
            body += POSIX_CLASSES[name];
            prev = EMPTY2;
            index2 = end;
          } else {
            body += escapeMember("[");
            prev = "[";
            index2 = nameStart - 2;
          }
        } else {
          body += escapeMember(char);
          prev = char;
        }
        index2++;
        if (pattern[index2] === "]") {
          return {
            end: index2,
            source: classSource(negated, body)
          };
        }
      }
    };
    var NEVER_MATCH = "[]";
    var PLACEHOLDER = "\0";
    var REGEX_RESTORE_PLACEHOLDER = new RegExp(
      `${PLACEHOLDER}(\\d+)${PLACEHOLDER}`,
      "g"
    );
    var TRAILING_WILDCARD = "\uE000";
    var TRAILING_DOUBLESTAR = "\uE001";
    var isReserved = (char) => char === PLACEHOLDER || char === TRAILING_WILDCARD || char === TRAILING_DOUBLESTAR;
    var extractBrackets = (pattern) => {
      const sources = [];
      const hold = (source) => `${PLACEHOLDER}${sources.push(source) - 1}${PLACEHOLDER}`;
      const { length } = pattern;
      let out = EMPTY2;
      let index2 = 0;
      while (index2 < length) {
        const char = pattern[index2];
        if (char === ESCAPE) {
          const escaped = pattern[index2 + 1];
          if (escaped === SLASH && index2 + 2 === length) {
            out += hold(NEVER_MATCH);
          } else if (escaped === "*" || escaped === "[" || escaped === SPACE) {
            out += pattern.slice(index2, index2 + 2);
          } else {
            out += hold(
              REGEX_LITERAL_SPECIAL.test(escaped) ? ESCAPE + escaped : isReserved(escaped) ? `[${escaped}]` : escaped
            );
          }
          index2 += 2;
        } else if (isReserved(char)) {
          out += hold(`[${char}]`);
          index2++;
        } else if (char === "[") {
          const scanned = scanBracket(pattern, index2);
          if (scanned === null) {
            out += hold(NEVER_MATCH);
            index2 = length;
          } else {
            out += hold(scanned.source);
            index2 = scanned.end + 1;
          }
        } else {
          out += char;
          index2++;
        }
      }
      return {
        source: out,
        sources
      };
    };
    var DIRECT = null;
    var REGEX_INNER_SLASH = /\/(?!$)/;
    var WILDCARD = "[^\\/]*";
    var REPLACERS = [
      // Replace (\ ) with ' '
      // Only a space: an escaped tab or other whitespace is already a literal by
      //   the time it reaches here, and a bare tab must be left as one, not turned
      //   into a space.
      // (\ ) -> ' '
      // (\\ ) -> '\\ '
      // (\\\ ) -> '\\ '
      [
        // A run of backslashes is taken whole, from its first one, so no match
        //   ever starts again inside it -- `(\\+?) ` did, which made a long run
        //   quadratic.
        /(\\+)( ?)/g,
        (_, run, space) => space ? run.slice(0, run.length - run.length % 2) + SPACE : run,
        ESCAPE + SPACE
      ],
      // git's wildmatch() reads a run of two or more asterisks as one globstar
      //   whenever the run fills a path segment: it starts the pattern or follows
      //   a `/`, and it ends the pattern or comes before a `/`. A run of two is
      //   already `**`; a longer one is folded into `**` here, so the steps
      //   below only ever have to know `**`.
      // `***/foo` -> `**/foo`, `a/***/b` -> `a/**/b`, `a/***` -> `a/**`
      // git also takes a run beside a literal prefix (`a***/b`) or beside an
      //   escaped slash (`***\/b`) as a globstar, and this does not; the README
      //   lists both, under "A run of asterisks".
      [
        /(^|\/)\*{3,}(?=\/|$)/g,
        (_, start) => `${start}**`,
        "*"
      ],
      // Escape metacharacters
      // which is written down by users but means special for regular expressions.
      // > There are 12 characters with special meanings:
      // > - the backslash \,
      // > - the caret ^,
      // > - the dollar sign $,
      // > - the period or dot .,
      // > - the vertical bar or pipe symbol |,
      // > - the question mark ?,
      // > - the asterisk or star *,
      // > - the plus sign +,
      // > - the opening parenthesis (,
      // > - the closing parenthesis ),
      // > - and the opening square bracket [,
      // > - the opening curly brace {,
      // > These special characters are often called "metacharacters".
      [
        /[\\$.|*+(){^]/g,
        (match2) => `\\${match2}`
      ],
      [
        // > a question mark (?) matches a single character
        /(?!\\)\?/g,
        () => "[^/]",
        "?"
      ],
      // leading slash
      [
        // > A leading slash matches the beginning of the pathname.
        // > For example, "/*.c" matches "cat-file.c" but not "mozilla-sha1/sha1.c".
        // A leading slash matches the beginning of the pathname
        /^\//,
        () => "^",
        SLASH
      ],
      // replace special metacharacter slash after the leading slash
      [
        /\//g,
        () => "\\/",
        SLASH
      ],
      [
        // > A leading "**" followed by a slash means match in all directories.
        // > For example, "**/foo" matches file or directory "foo" anywhere,
        // > the same as pattern "foo".
        // > "**/foo/bar" matches file or directory "bar" anywhere that is directly
        // >   under directory "foo".
        // Notice that the '*'s have been replaced as '\\*'
        /^\^*(?:\\\*\\\*\\\/)+/,
        // '**/foo' <-> 'foo'
        () => "(?:^|\\/)",
        "*"
      ],
      // starting
      [
        // there will be no leading '/'
        //   (which has been replaced by section "leading slash")
        // If starts with '**', adding a '^' to the regular expression also works
        DIRECT,
        (source, pattern) => {
          if (!source || source[0] === "^" || source[0] === "(") {
            return source;
          }
          const anchor = !REGEX_INNER_SLASH.test(pattern) ? "(?:^|\\/)" : "^";
          return anchor + source;
        }
      ],
      // two globstars
      [
        // Use lookahead assertions so that we could match more than one `'/**'`
        /\\\/\\\*\\\*(?=\\\/|$)/g,
        // Zero, one or several directories
        // should not use '*', or it will be replaced by the next replacer
        // Check if it is not the last `'/**'`
        (_, index2, str) => index2 + 6 < str.length ? str.slice(index2 + 6) === "\\/" ? "(?:\\/[^\\/]+)+" : "(?:\\/[^\\/]+)*" : `\\/${TRAILING_DOUBLESTAR}`,
        "*"
      ],
      // normal intermediate wildcards
      [
        // Never replace escaped '*'
        // ignore rule '\*' will match the path '*'
        // 'abc.*/' -> go
        // 'abc.*'  -> skip this rule,
        //    coz trailing single wildcard will be handed by [trailing wildcard]
        /(^|[^\\])(?:\\\*)+(?!$)/g,
        // '*.js' matches '.js'
        // '*.js' doesn't match 'abc'
        // 1. An asterisk "*" matches anything except a slash.
        // 2. Other consecutive asterisks are considered regular asterisks
        //    and collapse into one non-slash wildcard run.
        (_, p1) => p1 + WILDCARD,
        "*"
      ],
      // trailing wildcard, held apart from a literal star
      [
        // The step above leaves a trailing `*` alone, so a single `\*` is all that
        //   can be left at the end here, and what stands in front of it says which
        //   kind it is. A wildcard arrives as the escaper wrote it, `\*` with
        //   nothing before it; a literal arrives as the user's own escape, which
        //   the escaper doubled, and then the star's own -- `\\` and then `\*`.
        //   There is no third case: every backslash still reaching the chain is
        //   one `\*`, `\[` or `\ ` carries itself, and each is followed by its
        //   own character, so a longer run can never form. This runs while the
        //   two are still distinct, before the unescape steps below collapse the
        //   literal onto the very `\*` a wildcard leaves behind.
        /(^|[^\\])((?:\\\\)*)\\\*$/,
        (match2, p1, p2) => p2 === EMPTY2 ? p1 + TRAILING_WILDCARD : match2,
        "*"
      ],
      [
        // unescape, revert step 3 except for back slash
        // For example, if a user escape a '\\*',
        // after step 3, the result will be '\\\\\\*'
        /\\\\\\(?=[$.|*+(){^])/g,
        () => ESCAPE,
        ESCAPE + ESCAPE
      ],
      [
        // '\\\\' -> '\\'
        /\\\\/g,
        () => ESCAPE,
        ESCAPE + ESCAPE
      ],
      [
        // Every real bracket expression -- POSIX classes included -- has already
        //   been held aside by `extractBrackets`, so the only `[` left in the
        //   pattern is an escaped, literal one.
        // A backslash could only stand at the end of the range if it quoted the
        //   `]`, and `\]` is held aside long before this.
        /\\\[([^\]/]*?)($|\])/g,
        // '\\[bar]' -> '\\\\[bar]'
        (match2, range, close2) => `\\[${range}${close2}`,
        "["
      ],
      // ending
      [
        // 'js' will not match 'js.'
        // 'ab' will not match 'abc'
        DIRECT,
        // WTF!
        // https://git-scm.com/docs/gitignore
        // changes in [2.22.1](https://git-scm.com/docs/gitignore/2.22.1)
        // which re-fixes #24, #38
        // > If there is a separator at the end of the pattern then the pattern
        // > will only match directories, otherwise the pattern can match both
        // > files and directories.
        // 'js*' will not match 'a.js'
        // 'js/' will not match 'a.js'
        // 'js' will match 'a.js' and 'a.js/'
        (source) => {
          const last = source[source.length - 1];
          if (!last || last === TRAILING_WILDCARD || last === TRAILING_DOUBLESTAR) {
            return source;
          }
          return last === SLASH ? `${source}$` : `${source}(?=$|\\/$)`;
        }
      ]
    ];
    var REGEX_REPLACE_TRAILING_WILDCARD = /(^|\\\/)?\uE000$/;
    var MODE_IGNORE = "regex";
    var MODE_CHECK_IGNORE = "checkRegex";
    var UNDERSCORE = "_";
    var replaceTrailingWildcard = (_, p1) => {
      const prefix = p1 ? `${p1}[^/]+` : "[^/]*";
      return `${prefix}(?=$|\\/$)`;
    };
    var REGEX_REPLACE_TRAILING_DOUBLESTAR = /\uE001$/;
    var replaceTrailingDoublestar = () => "[\\s\\S]";
    var separatorAfter = (run, at) => {
      let separator = EMPTY2;
      for (let index2 = at + 1; index2 < run.length && !run[index2].wildcard; index2++) {
        separator += run[index2].single;
      }
      return separator;
    };
    var pinWildcards = (source) => {
      if (source.indexOf(WILDCARD) < 0) {
        return source;
      }
      const tokens = [];
      const { length } = source;
      let index2 = 0;
      while (index2 < length) {
        const char = source[index2];
        if (source.startsWith(WILDCARD, index2)) {
          tokens.push({ wildcard: true });
          index2 += WILDCARD.length;
        } else if (char === "[") {
          let end = index2 + 1;
          if (source[end] === "^") {
            end++;
          }
          if (source[end] === "]") {
            end++;
          }
          while (end < length && source[end] !== "]") {
            end += source[end] === ESCAPE ? 2 : 1;
          }
          end++;
          tokens.push({ single: source.slice(index2, end) });
          index2 = end;
        } else if (char === ESCAPE) {
          tokens.push({ single: source.slice(index2, index2 + 2) });
          index2 += 2;
        } else if (char === "(") {
          let depth = 0;
          let end = index2;
          do {
            if (source[end] === ESCAPE) {
              end++;
            } else if (source[end] === "(") {
              depth++;
            } else if (source[end] === ")") {
              depth--;
            }
            end++;
          } while (end < length && depth > 0);
          if ("*+?".indexOf(source[end]) >= 0) {
            end++;
          }
          tokens.push({ boundary: source.slice(index2, end) });
          index2 = end;
        } else if (char === "^" || char === "$") {
          tokens.push({ boundary: char });
          index2++;
        } else {
          tokens.push({ single: char });
          index2++;
        }
      }
      let out = EMPTY2;
      let run = [];
      const flush = () => {
        let lastWildcard;
        run.forEach((token, at) => {
          if (token.wildcard) {
            lastWildcard = at;
          }
        });
        run.forEach((token, at) => {
          if (!token.wildcard) {
            out += token.single;
            return;
          }
          out += at === lastWildcard ? WILDCARD : `(?:(?!${separatorAfter(run, at)})[^\\/])*`;
        });
        run = [];
      };
      tokens.forEach((token) => {
        if (token.boundary === void 0) {
          run.push(token);
          return;
        }
        flush();
        out += token.boundary;
      });
      flush();
      return out;
    };
    var makeRegexPrefix = (pattern) => {
      if (REGEX_ANCHORED_GLOBSTAR.test(pattern)) {
        pattern = "**";
      }
      const { source, sources } = extractBrackets(pattern);
      const replaced = REPLACERS.reduce(
        // A pass whose matcher finds nothing hands back the very string it was
        //   given, so asking first costs a search and saves a rewrite. Ten of the
        //   fifteen passes never fire for a typical .gitignore line, and between
        //   them they were 45% of this chain.
        (prev, [matcher, replacer, required]) => {
          if (matcher === DIRECT) {
            return replacer(prev, pattern);
          }
          if (required !== UNDEFINED && prev.indexOf(required) < 0) {
            return prev;
          }
          return matcher.test(prev) ? prev.replace(matcher, replacer.bind(pattern)) : prev;
        },
        source
      );
      return sources.length ? replaced.replace(
        REGEX_RESTORE_PLACEHOLDER,
        (match2, index2) => sources[index2]
      ) : replaced;
    };
    var checkSourceOf = (body, prefix) => {
      if (body[body.length - 1] === SLASH) {
        prefix = makeRegexPrefix(body.slice(0, -1));
      }
      const head = prefix.slice(0, -1);
      const last = prefix[prefix.length - 1];
      return last === TRAILING_WILDCARD ? `${head}$` : last === TRAILING_DOUBLESTAR ? head : NEVER_MATCH;
    };
    var matchesBasename = (body) => {
      const index2 = body.indexOf(SLASH);
      return index2 < 0 || index2 === body.length - 1;
    };
    var basenameOf = (path18) => {
      const end = path18.length - 1;
      const index2 = path18.lastIndexOf(
        SLASH,
        path18[end] === SLASH ? end - 1 : end
      );
      return index2 < 0 ? path18 : path18.slice(index2 + 1);
    };
    var parentOf = (path18) => {
      if (path18.charCodeAt(0) === SLASH_CODE || path18.indexOf(DOUBLE_SLASH) >= 0) {
        const slices = path18.split(SLASH).filter(Boolean);
        slices.pop();
        return slices.length ? slices.join(SLASH) + SLASH : EMPTY2;
      }
      const end = path18.length - 1;
      const cut = path18.lastIndexOf(
        SLASH,
        path18.charCodeAt(end) === SLASH_CODE ? end - 1 : end
      );
      return cut < 0 ? EMPTY2 : path18.slice(0, cut + 1);
    };
    var isString = (subject) => typeof subject === "string";
    var checkPattern = (pattern) => pattern && isString(pattern);
    var splitPattern2 = (pattern) => (pattern[pattern.length - 1] === "\r" ? pattern.slice(0, -1) : pattern).split(REGEX_SPLITALL_CRLF).filter(Boolean);
    var IgnoreRule = class {
      constructor(pattern, mark, body, ignoreCase, negative, prefix) {
        this.pattern = pattern;
        this.mark = mark;
        this.negative = negative;
        define(this, "body", body);
        define(this, "ignoreCase", ignoreCase);
        define(this, "regexPrefix", prefix);
      }
      // Worked out on first use and kept behind an own property, the way `regex`
      //   caches itself in `_regex`. Deciding it in the constructor instead would
      //   add a fourth `defineProperty` to every rule ever built, which cost 4% of
      //   every compile -- including the compiles of rules that are never matched
      //   against anything.
      get _basenameOnly() {
        return define(this, "_basenameOnly", matchesBasename(this.body));
      }
      get regex() {
        const key = UNDERSCORE + MODE_IGNORE;
        if (this[key]) {
          return this[key];
        }
        return this._make(MODE_IGNORE, key);
      }
      get checkRegex() {
        const key = UNDERSCORE + MODE_CHECK_IGNORE;
        if (this[key]) {
          return this[key];
        }
        return this._make(MODE_CHECK_IGNORE, key);
      }
      _make(mode, key) {
        const str = pinWildcards(
          mode === MODE_IGNORE ? this.regexPrefix.replace(REGEX_REPLACE_TRAILING_WILDCARD, replaceTrailingWildcard).replace(REGEX_REPLACE_TRAILING_DOUBLESTAR, replaceTrailingDoublestar) : checkSourceOf(this.body, this.regexPrefix)
        );
        const regex = this.ignoreCase ? new RegExp(str, "i") : new RegExp(str);
        return define(this, key, regex);
      }
    };
    var hasTrailingBackslash = (str) => {
      let count2 = 0;
      while (str[str.length - count2 - 1] === ESCAPE) {
        count2++;
      }
      return count2 % 2 === 1;
    };
    var trimEnd = (body, stripLineEnd) => {
      let lineEnd = body.length;
      let end;
      for (; ; ) {
        if (stripLineEnd && body[lineEnd - 1] === "\r") {
          lineEnd--;
        }
        end = lineEnd;
        while (body[end - 1] === SPACE) {
          end--;
        }
        if (!stripLineEnd || body[end - 1] !== "\n") {
          break;
        }
        lineEnd = end - 1;
      }
      if (end === lineEnd) {
        return body.slice(0, lineEnd);
      }
      let backslashes = 0;
      while (body[end - backslashes - 1] === ESCAPE) {
        backslashes++;
      }
      return backslashes % 2 ? body.slice(0, end - 1) + SPACE : body.slice(0, end);
    };
    var createRule = (pattern, mark, ignoreCase, stripLineEnd, stripBOM) => {
      let body = stripBOM && pattern[0] === BOM ? pattern.slice(1) : pattern;
      if (body[0] === "#") {
        return;
      }
      let negative = false;
      if (body[0] === "!") {
        negative = true;
        body = body.slice(1);
      }
      const last = body[body.length - 1];
      if (last === SPACE || stripLineEnd && (last === "\r" || last === "\n")) {
        body = trimEnd(body, stripLineEnd);
      }
      if (!body || hasTrailingBackslash(body)) {
        return;
      }
      body = body.replace(REGEX_REPLACE_LEADING_EXCAPED_EXCLAMATION, "!").replace(REGEX_REPLACE_LEADING_EXCAPED_HASH, "#");
      const regexPrefix = makeRegexPrefix(body);
      return new IgnoreRule(
        pattern,
        mark,
        body,
        ignoreCase,
        negative,
        regexPrefix
      );
    };
    var RuleManager = class {
      constructor(ignoreCase) {
        this._ignoreCase = ignoreCase;
        this._rules = [];
        this._basenameCount = 0;
      }
      _add(pattern, index2) {
        if (pattern && pattern[KEY_IGNORE]) {
          this._rules = this._rules.concat(pattern._rules._rules);
          this._basenameCount += pattern._rules._basenameCount;
          this._added = true;
          return;
        }
        const isStr = isString(pattern);
        const raw = isStr ? pattern : pattern.pattern;
        const rule = checkPattern(raw) && createRule(
          raw,
          isStr ? UNDEFINED : pattern.mark,
          this._ignoreCase,
          !this._split,
          this._stripBOM && !index2
        );
        if (rule) {
          this._added = true;
          this._rules.push(rule);
          if (matchesBasename(rule.body)) {
            this._basenameCount++;
          }
        }
      }
      // @param {Array<string> | string | Ignore} pattern
      add(pattern) {
        this._added = false;
        this._split = isString(pattern);
        this._stripBOM = !this._split || pattern[0] === BOM;
        makeArray(
          this._split ? splitPattern2(pattern) : pattern
        ).forEach(this._add, this);
        if (this._added) {
          this._literalRules = UNDEFINED;
        }
        return this._added;
      }
      // Match the literal 'abc/' for `checkIgnore`, last rule wins. Only a rule
      //   ending in a wildcard can match it (see `checkSourceOf`), so the rest
      //   are left out once, rather than tested or compiled for every path.
      testLiteral(path18) {
        const rules = this._literalRules || (this._literalRules = this._rules.filter(
          ({ body }) => body[body.length - (body[body.length - 1] === SLASH ? 2 : 1)] === "*"
        ));
        let ignored = false;
        let unignored = false;
        let matchedRule;
        for (let index2 = rules.length - 1; index2 >= 0; index2--) {
          const rule = rules[index2];
          if (rule.checkRegex.test(path18)) {
            ignored = !rule.negative;
            unignored = rule.negative;
            matchedRule = rule.negative ? UNDEFINED : rule;
            break;
          }
        }
        const ret = {
          ignored,
          unignored
        };
        if (matchedRule) {
          ret.rule = matchedRule;
        }
        return ret;
      }
      // Test one single path without recursively checking parent directories
      //
      // - mode `string` either `MODE_IGNORE` or `MODE_CHECK_IGNORE`
      // @returns {TestResult}
      test(path18, mode) {
        const rules = this._rules;
        const { length } = rules;
        const shortcut = this._basenameCount * 2 >= length;
        const basename2 = shortcut ? basenameOf(path18) : path18;
        for (let index2 = length - 1; index2 >= 0; index2--) {
          const rule = rules[index2];
          if (rule[mode].test(
            shortcut && rule._basenameOnly ? basename2 : path18
          )) {
            const { negative } = rule;
            const ret = {
              ignored: !negative,
              unignored: negative
            };
            if (!negative) {
              ret.rule = rule;
            }
            return ret;
          }
        }
        return {
          ignored: false,
          unignored: false
        };
      }
    };
    var throwError = (message, Ctor) => {
      throw new Ctor(message);
    };
    var checkPath = (path18, originalPath, doThrow) => {
      if (!isString(path18)) {
        return doThrow(
          `path must be a string, but got \`${originalPath}\``,
          TypeError
        );
      }
      if (!path18) {
        return doThrow(`path must not be empty`, TypeError);
      }
      if (checkPath.isNotRelative(path18)) {
        const r = "`path.relative()`d";
        return doThrow(
          `path should be a ${r} string, but got "${originalPath}"`,
          RangeError
        );
      }
      return true;
    };
    var isNotRelative = (path18) => {
      const first = path18.charCodeAt(0);
      if (first === SLASH_CODE) {
        return true;
      }
      if (first !== DOT_CODE) {
        return false;
      }
      if (path18.length === 1) {
        return true;
      }
      const second = path18.charCodeAt(1);
      if (second === SLASH_CODE) {
        return true;
      }
      if (second !== DOT_CODE) {
        return false;
      }
      return path18.length === 2 || path18.charCodeAt(2) === SLASH_CODE;
    };
    checkPath.isNotRelative = isNotRelative;
    checkPath.convert = (p) => p;
    var convertPath = (target) => isString(target) && checkPath.convert(target);
    var Ignore = class {
      constructor({
        ignorecase = true,
        ignoreCase = ignorecase,
        allowRelativePaths = false
      } = {}) {
        define(this, KEY_IGNORE, true);
        this._rules = new RuleManager(ignoreCase);
        this._strictPathCheck = !allowRelativePaths;
        this._initCache();
      }
      _initCache() {
        this._ignoreCache = /* @__PURE__ */ Object.create(null);
        this._testCache = /* @__PURE__ */ Object.create(null);
      }
      add(pattern) {
        if (this._rules.add(pattern)) {
          this._initCache();
        }
        return this;
      }
      // legacy
      addPattern(pattern) {
        return this.add(pattern);
      }
      // @returns {TestResult}
      _test(originalPath, cache, path18) {
        checkPath(
          path18,
          originalPath,
          this._strictPathCheck ? throwError : RETURN_FALSE
        );
        return path18 ? this._t(path18, cache) : {
          ignored: false,
          unignored: false
        };
      }
      checkIgnore(target) {
        const path18 = convertPath(target);
        if (!path18 || path18.charCodeAt(path18.length - 1) !== SLASH_CODE) {
          return this._test(target, this._testCache, path18);
        }
        const dir = this._t(path18, this._testCache);
        if (dir.ignored) {
          return dir;
        }
        const literal = this._rules.testLiteral(path18);
        return literal.ignored || literal.unignored ? literal : dir;
      }
      _t(path18, cache) {
        if (path18 in cache) {
          return cache[path18];
        }
        const parentPath = parentOf(path18);
        const parent = parentPath ? this._t(parentPath, cache) : UNDEFINED;
        return cache[path18] = parent && parent.ignored ? parent : this._rules.test(path18, MODE_IGNORE);
      }
      ignores(path18) {
        return this._test(path18, this._ignoreCache, convertPath(path18)).ignored;
      }
      createFilter() {
        return (path18) => !this.ignores(path18);
      }
      filter(paths) {
        return makeArray(paths).filter(this.createFilter());
      }
      // @returns {TestResult}
      test(path18) {
        return this._test(path18, this._testCache, convertPath(path18));
      }
    };
    var factory = (options) => new Ignore(options);
    var isPathValid = (path18) => checkPath(convertPath(path18), path18, RETURN_FALSE);
    var setupWindows = () => {
      const makePosix = (str) => /^\\\\\?\\/.test(str) || /["<>|\u0000-\u001F]+/u.test(str) ? str : str.replace(/\\/g, "/");
      checkPath.convert = makePosix;
      const REGEX_TEST_WINDOWS_PATH_ABSOLUTE = /^[a-z]:\//i;
      checkPath.isNotRelative = (path18) => REGEX_TEST_WINDOWS_PATH_ABSOLUTE.test(path18) || isNotRelative(path18);
    };
    if (
      // Detect `process` so that it can run in browsers.
      typeof process !== "undefined" && process.platform === "win32"
    ) {
      setupWindows();
    }
    module.exports = factory;
    factory.default = factory;
    module.exports.isPathValid = isPathValid;
    define(module.exports, /* @__PURE__ */ Symbol.for("setupWindows"), setupWindows);
  }
});

// node_modules/picomatch/lib/constants.js
var require_constants = __commonJS({
  "node_modules/picomatch/lib/constants.js"(exports, module) {
    "use strict";
    var WIN_SLASH = "\\\\/";
    var WIN_NO_SLASH = `[^${WIN_SLASH}]`;
    var DEFAULT_MAX_EXTGLOB_RECURSION = 0;
    var DOT_LITERAL = "\\.";
    var PLUS_LITERAL = "\\+";
    var QMARK_LITERAL = "\\?";
    var SLASH_LITERAL = "\\/";
    var ONE_CHAR = "(?=.)";
    var QMARK = "[^/]";
    var END_ANCHOR = `(?:${SLASH_LITERAL}|$)`;
    var START_ANCHOR = `(?:^|${SLASH_LITERAL})`;
    var DOTS_SLASH = `${DOT_LITERAL}{1,2}${END_ANCHOR}`;
    var NO_DOT = `(?!${DOT_LITERAL})`;
    var NO_DOTS = `(?!${START_ANCHOR}${DOTS_SLASH})`;
    var NO_DOT_SLASH = `(?!${DOT_LITERAL}{0,1}${END_ANCHOR})`;
    var NO_DOTS_SLASH = `(?!${DOTS_SLASH})`;
    var QMARK_NO_DOT = `[^.${SLASH_LITERAL}]`;
    var STAR = `${QMARK}*?`;
    var SEP = "/";
    var POSIX_CHARS = {
      DOT_LITERAL,
      PLUS_LITERAL,
      QMARK_LITERAL,
      SLASH_LITERAL,
      ONE_CHAR,
      QMARK,
      END_ANCHOR,
      DOTS_SLASH,
      NO_DOT,
      NO_DOTS,
      NO_DOT_SLASH,
      NO_DOTS_SLASH,
      QMARK_NO_DOT,
      STAR,
      START_ANCHOR,
      SEP
    };
    var WINDOWS_CHARS = {
      ...POSIX_CHARS,
      SLASH_LITERAL: `[${WIN_SLASH}]`,
      QMARK: WIN_NO_SLASH,
      STAR: `${WIN_NO_SLASH}*?`,
      DOTS_SLASH: `${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$)`,
      NO_DOT: `(?!${DOT_LITERAL})`,
      NO_DOTS: `(?!(?:^|[${WIN_SLASH}])${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
      NO_DOT_SLASH: `(?!${DOT_LITERAL}{0,1}(?:[${WIN_SLASH}]|$))`,
      NO_DOTS_SLASH: `(?!${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
      QMARK_NO_DOT: `[^.${WIN_SLASH}]`,
      START_ANCHOR: `(?:^|[${WIN_SLASH}])`,
      END_ANCHOR: `(?:[${WIN_SLASH}]|$)`,
      SEP: "\\"
    };
    var POSIX_REGEX_SOURCE = {
      __proto__: null,
      alnum: "a-zA-Z0-9",
      alpha: "a-zA-Z",
      ascii: "\\x00-\\x7F",
      blank: " \\t",
      cntrl: "\\x00-\\x1F\\x7F",
      digit: "0-9",
      graph: "\\x21-\\x7E",
      lower: "a-z",
      print: "\\x20-\\x7E ",
      punct: "\\-!\"#$%&'()\\*+,./:;<=>?@[\\]^_`{|}~",
      space: " \\t\\r\\n\\v\\f",
      upper: "A-Z",
      word: "A-Za-z0-9_",
      xdigit: "A-Fa-f0-9"
    };
    module.exports = {
      DEFAULT_MAX_EXTGLOB_RECURSION,
      MAX_LENGTH: 1024 * 64,
      POSIX_REGEX_SOURCE,
      // regular expressions
      REGEX_BACKSLASH: /\\(?![*+?^${}(|)[\]])/g,
      REGEX_NON_SPECIAL_CHARS: /^[^@![\].,$*+?^{}()|\\/]+/,
      REGEX_SPECIAL_CHARS: /[-*+?.^${}(|)[\]]/,
      REGEX_SPECIAL_CHARS_BACKREF: /(\\?)((\W)(\3*))/g,
      REGEX_SPECIAL_CHARS_GLOBAL: /([-*+?.^${}(|)[\]])/g,
      REGEX_REMOVE_BACKSLASH: /(?:\[.*?[^\\]\]|\\(?=.))/g,
      // Replace globs with equivalent patterns to reduce parsing time.
      REPLACEMENTS: {
        __proto__: null,
        "***": "*",
        "**/**": "**",
        "**/**/**": "**"
      },
      // Digits
      CHAR_0: 48,
      /* 0 */
      CHAR_9: 57,
      /* 9 */
      // Alphabet chars.
      CHAR_UPPERCASE_A: 65,
      /* A */
      CHAR_LOWERCASE_A: 97,
      /* a */
      CHAR_UPPERCASE_Z: 90,
      /* Z */
      CHAR_LOWERCASE_Z: 122,
      /* z */
      CHAR_LEFT_PARENTHESES: 40,
      /* ( */
      CHAR_RIGHT_PARENTHESES: 41,
      /* ) */
      CHAR_ASTERISK: 42,
      /* * */
      // Non-alphabetic chars.
      CHAR_AMPERSAND: 38,
      /* & */
      CHAR_AT: 64,
      /* @ */
      CHAR_BACKWARD_SLASH: 92,
      /* \ */
      CHAR_CARRIAGE_RETURN: 13,
      /* \r */
      CHAR_CIRCUMFLEX_ACCENT: 94,
      /* ^ */
      CHAR_COLON: 58,
      /* : */
      CHAR_COMMA: 44,
      /* , */
      CHAR_DOT: 46,
      /* . */
      CHAR_DOUBLE_QUOTE: 34,
      /* " */
      CHAR_EQUAL: 61,
      /* = */
      CHAR_EXCLAMATION_MARK: 33,
      /* ! */
      CHAR_FORM_FEED: 12,
      /* \f */
      CHAR_FORWARD_SLASH: 47,
      /* / */
      CHAR_GRAVE_ACCENT: 96,
      /* ` */
      CHAR_HASH: 35,
      /* # */
      CHAR_HYPHEN_MINUS: 45,
      /* - */
      CHAR_LEFT_ANGLE_BRACKET: 60,
      /* < */
      CHAR_LEFT_CURLY_BRACE: 123,
      /* { */
      CHAR_LEFT_SQUARE_BRACKET: 91,
      /* [ */
      CHAR_LINE_FEED: 10,
      /* \n */
      CHAR_NO_BREAK_SPACE: 160,
      /* \u00A0 */
      CHAR_PERCENT: 37,
      /* % */
      CHAR_PLUS: 43,
      /* + */
      CHAR_QUESTION_MARK: 63,
      /* ? */
      CHAR_RIGHT_ANGLE_BRACKET: 62,
      /* > */
      CHAR_RIGHT_CURLY_BRACE: 125,
      /* } */
      CHAR_RIGHT_SQUARE_BRACKET: 93,
      /* ] */
      CHAR_SEMICOLON: 59,
      /* ; */
      CHAR_SINGLE_QUOTE: 39,
      /* ' */
      CHAR_SPACE: 32,
      /*   */
      CHAR_TAB: 9,
      /* \t */
      CHAR_UNDERSCORE: 95,
      /* _ */
      CHAR_VERTICAL_LINE: 124,
      /* | */
      CHAR_ZERO_WIDTH_NOBREAK_SPACE: 65279,
      /* \uFEFF */
      /**
       * Create EXTGLOB_CHARS
       */
      extglobChars(chars) {
        return {
          "!": { type: "negate", open: "(?:(?!(?:", close: `))${chars.STAR})` },
          "?": { type: "qmark", open: "(?:", close: ")?" },
          "+": { type: "plus", open: "(?:", close: ")+" },
          "*": { type: "star", open: "(?:", close: ")*" },
          "@": { type: "at", open: "(?:", close: ")" }
        };
      },
      /**
       * Create GLOB_CHARS
       */
      globChars(win32) {
        return win32 === true ? WINDOWS_CHARS : POSIX_CHARS;
      }
    };
  }
});

// node_modules/picomatch/lib/utils.js
var require_utils = __commonJS({
  "node_modules/picomatch/lib/utils.js"(exports) {
    "use strict";
    var {
      REGEX_BACKSLASH,
      REGEX_REMOVE_BACKSLASH,
      REGEX_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_GLOBAL
    } = require_constants();
    exports.isObject = (val) => val !== null && typeof val === "object" && !Array.isArray(val);
    exports.hasRegexChars = (str) => REGEX_SPECIAL_CHARS.test(str);
    exports.isRegexChar = (str) => str.length === 1 && exports.hasRegexChars(str);
    exports.escapeRegex = (str) => str.replace(REGEX_SPECIAL_CHARS_GLOBAL, "\\$1");
    exports.toPosixSlashes = (str) => str.replace(REGEX_BACKSLASH, "/");
    exports.isWindows = () => {
      if (typeof navigator !== "undefined" && navigator.platform) {
        const platform = navigator.platform.toLowerCase();
        return platform === "win32" || platform === "windows";
      }
      if (typeof process !== "undefined" && process.platform) {
        return process.platform === "win32";
      }
      return false;
    };
    exports.removeBackslashes = (str) => {
      return str.replace(REGEX_REMOVE_BACKSLASH, (match2) => {
        return match2 === "\\" ? "" : match2;
      });
    };
    exports.escapeLast = (input2, char, lastIdx) => {
      const idx = input2.lastIndexOf(char, lastIdx);
      if (idx === -1) return input2;
      if (input2[idx - 1] === "\\") return exports.escapeLast(input2, char, idx - 1);
      return `${input2.slice(0, idx)}\\${input2.slice(idx)}`;
    };
    exports.removePrefix = (input2, state = {}) => {
      let output = input2;
      if (output.startsWith("./")) {
        output = output.slice(2);
        state.prefix = "./";
      }
      return output;
    };
    exports.wrapOutput = (input2, state = {}, options = {}) => {
      const prepend = options.contains ? "" : "^";
      const append = options.contains ? "" : "$";
      let output = `${prepend}(?:${input2})${append}`;
      if (state.negated === true) {
        output = `(?:^(?!${output}).*$)`;
      }
      return output;
    };
    exports.basename = (path18, { windows } = {}) => {
      const segs = path18.split(windows ? /[\\/]/ : "/");
      const last = segs[segs.length - 1];
      if (last === "") {
        return segs[segs.length - 2];
      }
      return last;
    };
  }
});

// node_modules/picomatch/lib/scan.js
var require_scan = __commonJS({
  "node_modules/picomatch/lib/scan.js"(exports, module) {
    "use strict";
    var utils = require_utils();
    var {
      CHAR_ASTERISK,
      /* * */
      CHAR_AT,
      /* @ */
      CHAR_BACKWARD_SLASH,
      /* \ */
      CHAR_COMMA,
      /* , */
      CHAR_DOT,
      /* . */
      CHAR_EXCLAMATION_MARK,
      /* ! */
      CHAR_FORWARD_SLASH,
      /* / */
      CHAR_LEFT_CURLY_BRACE,
      /* { */
      CHAR_LEFT_PARENTHESES,
      /* ( */
      CHAR_LEFT_SQUARE_BRACKET,
      /* [ */
      CHAR_PLUS,
      /* + */
      CHAR_QUESTION_MARK,
      /* ? */
      CHAR_RIGHT_CURLY_BRACE,
      /* } */
      CHAR_RIGHT_PARENTHESES,
      /* ) */
      CHAR_RIGHT_SQUARE_BRACKET
      /* ] */
    } = require_constants();
    var isPathSeparator = (code) => {
      return code === CHAR_FORWARD_SLASH || code === CHAR_BACKWARD_SLASH;
    };
    var depth = (token) => {
      if (token.isPrefix !== true) {
        token.depth = token.isGlobstar ? Infinity : 1;
      }
    };
    var scan = (input2, options) => {
      const opts = options || {};
      const length = input2.length - 1;
      const scanToEnd = opts.parts === true || opts.tokens === true || opts.scanToEnd === true;
      const slashes = [];
      const tokens = [];
      const parts = [];
      let str = input2;
      let index2 = -1;
      let start = 0;
      let lastIndex = 0;
      let isBrace = false;
      let isBracket = false;
      let isGlob = false;
      let isExtglob = false;
      let isGlobstar = false;
      let braceEscaped = false;
      let backslashes = false;
      let negated = false;
      let negatedExtglob = false;
      let finished = false;
      let braces = 0;
      let prev;
      let code;
      let token = { value: "", depth: 0, isGlob: false };
      const eos = () => index2 >= length;
      const peek = () => str.charCodeAt(index2 + 1);
      const advance = () => {
        prev = code;
        return str.charCodeAt(++index2);
      };
      while (index2 < length) {
        code = advance();
        let next;
        if (code === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          code = advance();
          if (code === CHAR_LEFT_CURLY_BRACE) {
            braceEscaped = true;
          }
          continue;
        }
        if (braceEscaped === true || code === CHAR_LEFT_CURLY_BRACE) {
          braces++;
          while (eos() !== true && (code = advance())) {
            if (code === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }
            if (code === CHAR_LEFT_CURLY_BRACE) {
              braces++;
              continue;
            }
            if (braceEscaped !== true && code === CHAR_DOT && (code = advance()) === CHAR_DOT) {
              isBrace = token.isBrace = true;
              isGlob = token.isGlob = true;
              finished = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (braceEscaped !== true && code === CHAR_COMMA) {
              isBrace = token.isBrace = true;
              isGlob = token.isGlob = true;
              finished = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (code === CHAR_RIGHT_CURLY_BRACE) {
              braces--;
              if (braces === 0) {
                braceEscaped = false;
                isBrace = token.isBrace = true;
                finished = true;
                break;
              }
            }
          }
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_FORWARD_SLASH) {
          slashes.push(index2);
          tokens.push(token);
          token = { value: "", depth: 0, isGlob: false };
          if (finished === true) continue;
          if (prev === CHAR_DOT && index2 === start + 1) {
            start += 2;
            continue;
          }
          lastIndex = index2 + 1;
          continue;
        }
        if (opts.noext !== true) {
          const isExtglobChar = code === CHAR_PLUS || code === CHAR_AT || code === CHAR_ASTERISK || code === CHAR_QUESTION_MARK || code === CHAR_EXCLAMATION_MARK;
          if (isExtglobChar === true && peek() === CHAR_LEFT_PARENTHESES) {
            isGlob = token.isGlob = true;
            isExtglob = token.isExtglob = true;
            finished = true;
            if (code === CHAR_EXCLAMATION_MARK && index2 === start) {
              negatedExtglob = true;
            }
            if (scanToEnd === true) {
              let parens = 0;
              while (eos() !== true && (code = advance())) {
                if (code === CHAR_BACKWARD_SLASH) {
                  backslashes = token.backslashes = true;
                  advance();
                  continue;
                }
                if (code === CHAR_LEFT_PARENTHESES) {
                  parens++;
                  continue;
                }
                if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
                  finished = true;
                  break;
                }
              }
              continue;
            }
            break;
          }
        }
        if (code === CHAR_ASTERISK) {
          if (prev === CHAR_ASTERISK) isGlobstar = token.isGlobstar = true;
          isGlob = token.isGlob = true;
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_QUESTION_MARK) {
          isGlob = token.isGlob = true;
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_LEFT_SQUARE_BRACKET) {
          while (eos() !== true && (next = advance())) {
            if (next === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }
            if (next === CHAR_RIGHT_SQUARE_BRACKET) {
              isBracket = token.isBracket = true;
              isGlob = token.isGlob = true;
              finished = true;
              break;
            }
          }
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (opts.nonegate !== true && code === CHAR_EXCLAMATION_MARK && index2 === start) {
          negated = token.negated = true;
          start++;
          continue;
        }
        if (opts.noparen !== true && code === CHAR_LEFT_PARENTHESES) {
          isGlob = token.isGlob = true;
          if (scanToEnd === true) {
            let parens = 1;
            while (eos() !== true && (code = advance())) {
              if (code === CHAR_BACKWARD_SLASH) {
                backslashes = token.backslashes = true;
                advance();
                continue;
              }
              if (code === CHAR_LEFT_PARENTHESES) {
                parens++;
                continue;
              }
              if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
                finished = true;
                break;
              }
            }
            continue;
          }
          break;
        }
        if (isGlob === true) {
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
      }
      if (opts.noext === true) {
        isExtglob = false;
        isGlob = false;
      }
      let base = str;
      let prefix = "";
      let glob = "";
      if (start > 0) {
        prefix = str.slice(0, start);
        str = str.slice(start);
        lastIndex -= start;
      }
      if (base && isGlob === true && lastIndex > 0) {
        base = str.slice(0, lastIndex);
        glob = str.slice(lastIndex);
      } else if (isGlob === true) {
        base = "";
        glob = str;
      } else {
        base = str;
      }
      if (base && base !== "" && base !== "/" && base !== str) {
        if (isPathSeparator(base.charCodeAt(base.length - 1))) {
          base = base.slice(0, -1);
        }
      }
      if (opts.unescape === true) {
        if (glob) glob = utils.removeBackslashes(glob);
        if (base && backslashes === true) {
          base = utils.removeBackslashes(base);
        }
      }
      const state = {
        prefix,
        input: input2,
        start,
        base,
        glob,
        isBrace,
        isBracket,
        isGlob,
        isExtglob,
        isGlobstar,
        negated,
        negatedExtglob
      };
      if (opts.tokens === true) {
        state.maxDepth = 0;
        if (!isPathSeparator(code)) {
          tokens.push(token);
        }
        state.tokens = tokens;
      }
      if (opts.parts === true || opts.tokens === true) {
        let prevIndex;
        for (let idx = 0; idx < slashes.length; idx++) {
          const n2 = prevIndex !== void 0 ? prevIndex + 1 : start;
          const i = slashes[idx];
          const value3 = input2.slice(n2, i);
          if (opts.tokens) {
            if (idx === 0 && start !== 0) {
              tokens[idx].isPrefix = true;
              tokens[idx].value = prefix;
            } else {
              tokens[idx].value = value3;
            }
            depth(tokens[idx]);
            state.maxDepth += tokens[idx].depth;
          }
          if (i >= start) {
            parts.push(value3);
            prevIndex = i;
          }
        }
        const n = prevIndex !== void 0 ? prevIndex + 1 : start;
        const value2 = input2.slice(n);
        parts.push(value2);
        if (opts.tokens && prevIndex && prevIndex + 1 < input2.length) {
          tokens[tokens.length - 1].value = value2;
          depth(tokens[tokens.length - 1]);
          state.maxDepth += tokens[tokens.length - 1].depth;
        }
        state.slashes = slashes;
        state.parts = parts;
      }
      return state;
    };
    module.exports = scan;
  }
});

// node_modules/picomatch/lib/parse.js
var require_parse = __commonJS({
  "node_modules/picomatch/lib/parse.js"(exports, module) {
    "use strict";
    var constants = require_constants();
    var utils = require_utils();
    var {
      MAX_LENGTH,
      POSIX_REGEX_SOURCE,
      REGEX_NON_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_BACKREF,
      REPLACEMENTS
    } = constants;
    var expandRange = (args, options) => {
      if (typeof options.expandRange === "function") {
        return options.expandRange(...args, options);
      }
      args.sort();
      const value2 = `[${args.join("-")}]`;
      try {
        new RegExp(value2);
      } catch (ex) {
        return args.map((v) => utils.escapeRegex(v)).join("..");
      }
      return value2;
    };
    var syntaxError = (type, char) => {
      return `Missing ${type}: "${char}" - use "\\\\${char}" to match literal characters`;
    };
    var splitTopLevel = (input2) => {
      const parts = [];
      let bracket = 0;
      let paren = 0;
      let quote2 = 0;
      let value2 = "";
      let escaped = false;
      for (const ch of input2) {
        if (escaped === true) {
          value2 += ch;
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          value2 += ch;
          escaped = true;
          continue;
        }
        if (ch === '"') {
          quote2 = quote2 === 1 ? 0 : 1;
          value2 += ch;
          continue;
        }
        if (quote2 === 0) {
          if (ch === "[") {
            bracket++;
          } else if (ch === "]" && bracket > 0) {
            bracket--;
          } else if (bracket === 0) {
            if (ch === "(") {
              paren++;
            } else if (ch === ")" && paren > 0) {
              paren--;
            } else if (ch === "|" && paren === 0) {
              parts.push(value2);
              value2 = "";
              continue;
            }
          }
        }
        value2 += ch;
      }
      parts.push(value2);
      return parts;
    };
    var isPlainBranch = (branch) => {
      let escaped = false;
      for (const ch of branch) {
        if (escaped === true) {
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          escaped = true;
          continue;
        }
        if (/[?*+@!()[\]{}]/.test(ch)) {
          return false;
        }
      }
      return true;
    };
    var normalizeSimpleBranch = (branch) => {
      let value2 = branch.trim();
      let changed = true;
      while (changed === true) {
        changed = false;
        if (/^@\([^\\()[\]{}|]+\)$/.test(value2)) {
          value2 = value2.slice(2, -1);
          changed = true;
        }
      }
      if (!isPlainBranch(value2)) {
        return;
      }
      return value2.replace(/\\(.)/g, "$1");
    };
    var hasRepeatedCharPrefixOverlap = (branches) => {
      const values = branches.map(normalizeSimpleBranch).filter(Boolean);
      for (let i = 0; i < values.length; i++) {
        for (let j = i + 1; j < values.length; j++) {
          const a = values[i];
          const b = values[j];
          const char = a[0];
          if (!char || a !== char.repeat(a.length) || b !== char.repeat(b.length)) {
            continue;
          }
          if (a === b || a.startsWith(b) || b.startsWith(a)) {
            return true;
          }
        }
      }
      return false;
    };
    var parseRepeatedExtglob = (pattern, requireEnd = true) => {
      if (pattern[0] !== "+" && pattern[0] !== "*" || pattern[1] !== "(") {
        return;
      }
      let bracket = 0;
      let paren = 0;
      let quote2 = 0;
      let escaped = false;
      for (let i = 1; i < pattern.length; i++) {
        const ch = pattern[i];
        if (escaped === true) {
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          escaped = true;
          continue;
        }
        if (ch === '"') {
          quote2 = quote2 === 1 ? 0 : 1;
          continue;
        }
        if (quote2 === 1) {
          continue;
        }
        if (ch === "[") {
          bracket++;
          continue;
        }
        if (ch === "]" && bracket > 0) {
          bracket--;
          continue;
        }
        if (bracket > 0) {
          continue;
        }
        if (ch === "(") {
          paren++;
          continue;
        }
        if (ch === ")") {
          paren--;
          if (paren === 0) {
            if (requireEnd === true && i !== pattern.length - 1) {
              return;
            }
            return {
              type: pattern[0],
              body: pattern.slice(2, i),
              end: i
            };
          }
        }
      }
    };
    var buildCharClassStar = (chars) => {
      const source = chars.length === 1 ? utils.escapeRegex(chars[0]) : `[${chars.map((ch) => utils.escapeRegex(ch)).join("")}]`;
      return `${source}*`;
    };
    var getStarExtglobSequenceChars = (pattern) => {
      let index2 = 0;
      const chars = [];
      while (index2 < pattern.length) {
        const match2 = parseRepeatedExtglob(pattern.slice(index2), false);
        if (!match2 || match2.type !== "*") {
          return;
        }
        const branches = splitTopLevel(match2.body).map((branch2) => branch2.trim());
        if (branches.length !== 1) {
          return;
        }
        const branch = normalizeSimpleBranch(branches[0]);
        if (!branch || branch.length !== 1) {
          return;
        }
        chars.push(branch);
        index2 += match2.end + 1;
      }
      if (chars.length < 1) {
        return;
      }
      return chars;
    };
    var repeatedExtglobRecursion = (pattern) => {
      let depth = 0;
      let value2 = pattern.trim();
      let match2 = parseRepeatedExtglob(value2);
      while (match2) {
        depth++;
        value2 = match2.body.trim();
        match2 = parseRepeatedExtglob(value2);
      }
      return depth;
    };
    var analyzeRepeatedExtglob = (body, options) => {
      if (options.maxExtglobRecursion === false) {
        return { risky: false };
      }
      const max = typeof options.maxExtglobRecursion === "number" ? options.maxExtglobRecursion : constants.DEFAULT_MAX_EXTGLOB_RECURSION;
      const branches = splitTopLevel(body).map((branch) => branch.trim());
      if (branches.length > 1) {
        if (branches.some((branch) => branch === "") || branches.some((branch) => /^[*?]+$/.test(branch)) || hasRepeatedCharPrefixOverlap(branches)) {
          return { risky: true };
        }
      }
      const safeChars = [];
      let sawStarSequence = false;
      let combinable = true;
      for (const branch of branches) {
        const chars = getStarExtglobSequenceChars(branch);
        if (chars) {
          sawStarSequence = true;
          safeChars.push(...chars);
          continue;
        }
        const literal = normalizeSimpleBranch(branch);
        if (literal && literal.length === 1) {
          safeChars.push(literal);
          continue;
        }
        combinable = false;
        if (repeatedExtglobRecursion(branch) > max) {
          return { risky: true };
        }
      }
      if (sawStarSequence) {
        return combinable ? { risky: true, safeOutput: buildCharClassStar([...new Set(safeChars)]) } : { risky: true };
      }
      return { risky: false };
    };
    var parse3 = (input2, options) => {
      if (typeof input2 !== "string") {
        throw new TypeError("Expected a string");
      }
      input2 = REPLACEMENTS[input2] || input2;
      const opts = { ...options };
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      let len = input2.length;
      if (len > max) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      }
      const bos = { type: "bos", value: "", output: opts.prepend || "" };
      const tokens = [bos];
      const capture = opts.capture ? "" : "?:";
      const PLATFORM_CHARS = constants.globChars(opts.windows);
      const EXTGLOB_CHARS = constants.extglobChars(PLATFORM_CHARS);
      const {
        DOT_LITERAL,
        PLUS_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOT_SLASH,
        NO_DOTS_SLASH,
        QMARK,
        QMARK_NO_DOT,
        STAR,
        START_ANCHOR
      } = PLATFORM_CHARS;
      const globstar = (opts2) => {
        return `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
      };
      const nodot = opts.dot ? "" : NO_DOT;
      const qmarkNoDot = opts.dot ? QMARK : QMARK_NO_DOT;
      let star = opts.bash === true ? globstar(opts) : STAR;
      if (opts.capture) {
        star = `(${star})`;
      }
      if (typeof opts.noext === "boolean") {
        opts.noextglob = opts.noext;
      }
      const state = {
        input: input2,
        index: -1,
        start: 0,
        dot: opts.dot === true,
        consumed: "",
        output: "",
        prefix: "",
        backtrack: false,
        negated: false,
        brackets: 0,
        braces: 0,
        parens: 0,
        quotes: 0,
        globstar: false,
        tokens
      };
      input2 = utils.removePrefix(input2, state);
      len = input2.length;
      const extglobs = [];
      const braces = [];
      const stack = [];
      let prev = bos;
      let value2;
      const eos = () => state.index === len - 1;
      const peek = state.peek = (n = 1) => input2[state.index + n];
      const advance = state.advance = () => input2[++state.index] || "";
      const remaining = () => input2.slice(state.index + 1);
      const consume = (value3 = "", num = 0) => {
        state.consumed += value3;
        state.index += num;
      };
      const append = (token) => {
        state.output += token.output != null ? token.output : token.value;
        consume(token.value);
      };
      const negate = () => {
        let count2 = 1;
        while (peek() === "!" && (peek(2) !== "(" || peek(3) === "?")) {
          advance();
          state.start++;
          count2++;
        }
        if (count2 % 2 === 0) {
          return false;
        }
        state.negated = true;
        state.start++;
        return true;
      };
      const increment = (type) => {
        state[type]++;
        stack.push(type);
      };
      const decrement = (type) => {
        state[type]--;
        stack.pop();
      };
      const push3 = (tok) => {
        if (prev.type === "globstar") {
          const isBrace = state.braces > 0 && (tok.type === "comma" || tok.type === "brace");
          const isExtglob = tok.extglob === true || extglobs.length && (tok.type === "pipe" || tok.type === "paren");
          if (tok.type !== "slash" && tok.type !== "paren" && !isBrace && !isExtglob) {
            state.output = state.output.slice(0, -prev.output.length);
            prev.type = "star";
            prev.value = "*";
            prev.output = star;
            state.output += prev.output;
          }
        }
        if (extglobs.length && tok.type !== "paren") {
          extglobs[extglobs.length - 1].inner += tok.value;
        }
        if (tok.value || tok.output) append(tok);
        if (prev && prev.type === "text" && tok.type === "text") {
          prev.output = (prev.output || prev.value) + tok.value;
          prev.value += tok.value;
          return;
        }
        tok.prev = prev;
        tokens.push(tok);
        prev = tok;
      };
      const extglobOpen = (type, value3) => {
        const token = { ...EXTGLOB_CHARS[value3], conditions: 1, inner: "" };
        token.prev = prev;
        token.parens = state.parens;
        token.output = state.output;
        token.startIndex = state.index;
        token.tokensIndex = tokens.length;
        const output = (opts.capture ? "(" : "") + token.open;
        increment("parens");
        push3({ type, value: value3, output: state.output ? "" : ONE_CHAR });
        push3({ type: "paren", extglob: true, value: advance(), output });
        extglobs.push(token);
      };
      const extglobClose = (token) => {
        const literal = input2.slice(token.startIndex, state.index + 1);
        const body = input2.slice(token.startIndex + 2, state.index);
        const analysis = analyzeRepeatedExtglob(body, opts);
        if ((token.type === "plus" || token.type === "star") && analysis.risky) {
          const safeOutput = analysis.safeOutput ? (token.output ? "" : ONE_CHAR) + (opts.capture ? `(${analysis.safeOutput})` : analysis.safeOutput) : void 0;
          const open = tokens[token.tokensIndex];
          open.type = "text";
          open.value = literal;
          open.output = safeOutput || utils.escapeRegex(literal);
          for (let i = token.tokensIndex + 1; i < tokens.length; i++) {
            tokens[i].value = "";
            tokens[i].output = "";
            delete tokens[i].suffix;
          }
          state.output = token.output + open.output;
          state.backtrack = true;
          push3({ type: "paren", extglob: true, value: value2, output: "" });
          decrement("parens");
          return;
        }
        let output = token.close + (opts.capture ? ")" : "");
        let rest;
        if (token.type === "negate") {
          let extglobStar = star;
          if (token.inner && token.inner.length > 1 && token.inner.includes("/")) {
            extglobStar = globstar(opts);
          }
          if (extglobStar !== star || eos() || /^\)+$/.test(remaining())) {
            output = token.close = `)$))${extglobStar}`;
          }
          if (token.inner.includes("*") && (rest = remaining()) && /^\.[^\\/.]+$/.test(rest)) {
            const expression = parse3(rest, { ...options, fastpaths: false }).output;
            output = token.close = `)${expression})${extglobStar})`;
          }
          if (token.prev.type === "bos") {
            state.negatedExtglob = true;
          }
        }
        push3({ type: "paren", extglob: true, value: value2, output });
        decrement("parens");
      };
      if (opts.fastpaths !== false && !/(^[*!]|[/()[\]{}"])/.test(input2)) {
        let backslashes = false;
        let output = input2.replace(REGEX_SPECIAL_CHARS_BACKREF, (m, esc, chars, first, rest, index2) => {
          if (first === "\\") {
            backslashes = true;
            return m;
          }
          if (first === "?") {
            if (esc) {
              return esc + first + (rest ? QMARK.repeat(rest.length) : "");
            }
            if (index2 === 0) {
              return qmarkNoDot + (rest ? QMARK.repeat(rest.length) : "");
            }
            return QMARK.repeat(chars.length);
          }
          if (first === ".") {
            return DOT_LITERAL.repeat(chars.length);
          }
          if (first === "*") {
            if (esc) {
              return esc + first + (rest ? star : "");
            }
            return star;
          }
          return esc ? m : `\\${m}`;
        });
        if (backslashes === true) {
          if (opts.unescape === true) {
            output = output.replace(/\\/g, "");
          } else {
            output = output.replace(/\\+/g, (m) => {
              return m.length % 2 === 0 ? "\\\\" : m ? "\\" : "";
            });
          }
        }
        if (output === input2 && opts.contains === true) {
          state.output = input2;
          return state;
        }
        state.output = utils.wrapOutput(output, state, options);
        return state;
      }
      while (!eos()) {
        value2 = advance();
        if (value2 === "\0") {
          continue;
        }
        if (value2 === "\\") {
          const next = peek();
          if (next === "/" && opts.bash !== true) {
            continue;
          }
          if (next === "." || next === ";") {
            continue;
          }
          if (!next) {
            value2 += "\\";
            push3({ type: "text", value: value2 });
            continue;
          }
          const match2 = /^\\+/.exec(remaining());
          let slashes = 0;
          if (match2 && match2[0].length > 2) {
            slashes = match2[0].length;
            state.index += slashes;
            if (slashes % 2 !== 0) {
              value2 += "\\";
            }
          }
          if (opts.unescape === true) {
            value2 = advance();
          } else {
            value2 += advance();
          }
          if (state.brackets === 0) {
            push3({ type: "text", value: value2 });
            continue;
          }
        }
        if (state.brackets > 0 && (value2 !== "]" || prev.value === "[" || prev.value === "[^")) {
          if (opts.posix !== false && value2 === ":") {
            const inner = prev.value.slice(1);
            if (inner.includes("[")) {
              prev.posix = true;
              if (inner.includes(":")) {
                const idx = prev.value.lastIndexOf("[");
                const pre = prev.value.slice(0, idx);
                const rest2 = prev.value.slice(idx + 2);
                const posix2 = POSIX_REGEX_SOURCE[rest2];
                if (posix2) {
                  prev.value = pre + posix2;
                  state.backtrack = true;
                  advance();
                  if (!bos.output && tokens.indexOf(prev) === 1) {
                    bos.output = ONE_CHAR;
                  }
                  continue;
                }
              }
            }
          }
          if (value2 === "[" && peek() !== ":" || value2 === "-" && peek() === "]") {
            value2 = `\\${value2}`;
          }
          if (value2 === "]" && (prev.value === "[" || prev.value === "[^")) {
            value2 = `\\${value2}`;
          }
          if (opts.posix === true && value2 === "!" && prev.value === "[") {
            value2 = "^";
          }
          prev.value += value2;
          append({ value: value2 });
          continue;
        }
        if (state.quotes === 1 && value2 !== '"') {
          value2 = utils.escapeRegex(value2);
          prev.value += value2;
          append({ value: value2 });
          continue;
        }
        if (value2 === '"') {
          state.quotes = state.quotes === 1 ? 0 : 1;
          if (opts.keepQuotes === true) {
            push3({ type: "text", value: value2 });
          }
          continue;
        }
        if (value2 === "(") {
          increment("parens");
          push3({ type: "paren", value: value2 });
          continue;
        }
        if (value2 === ")") {
          if (state.parens === 0 && opts.strictBrackets === true) {
            throw new SyntaxError(syntaxError("opening", "("));
          }
          const extglob = extglobs[extglobs.length - 1];
          if (extglob && state.parens === extglob.parens + 1) {
            extglobClose(extglobs.pop());
            continue;
          }
          push3({ type: "paren", value: value2, output: state.parens ? ")" : "\\)" });
          decrement("parens");
          continue;
        }
        if (value2 === "[") {
          if (opts.nobracket === true || !remaining().includes("]")) {
            if (opts.nobracket !== true && opts.strictBrackets === true) {
              throw new SyntaxError(syntaxError("closing", "]"));
            }
            value2 = `\\${value2}`;
          } else {
            increment("brackets");
          }
          push3({ type: "bracket", value: value2 });
          continue;
        }
        if (value2 === "]") {
          if (opts.nobracket === true || prev && prev.type === "bracket" && prev.value.length === 1) {
            push3({ type: "text", value: value2, output: `\\${value2}` });
            continue;
          }
          if (state.brackets === 0) {
            if (opts.strictBrackets === true) {
              throw new SyntaxError(syntaxError("opening", "["));
            }
            push3({ type: "text", value: value2, output: `\\${value2}` });
            continue;
          }
          decrement("brackets");
          const prevValue = prev.value.slice(1);
          if (prev.posix !== true && prevValue[0] === "^" && !prevValue.includes("/")) {
            value2 = `/${value2}`;
          }
          prev.value += value2;
          append({ value: value2 });
          if (opts.literalBrackets === false || utils.hasRegexChars(prevValue)) {
            continue;
          }
          const escaped = utils.escapeRegex(prev.value);
          state.output = state.output.slice(0, -prev.value.length);
          if (opts.literalBrackets === true) {
            state.output += escaped;
            prev.value = escaped;
            continue;
          }
          prev.value = `(${capture}${escaped}|${prev.value})`;
          state.output += prev.value;
          continue;
        }
        if (value2 === "{" && opts.nobrace !== true) {
          increment("braces");
          const open = {
            type: "brace",
            value: value2,
            output: "(",
            outputIndex: state.output.length,
            tokensIndex: state.tokens.length
          };
          braces.push(open);
          push3(open);
          continue;
        }
        if (value2 === "}") {
          const brace = braces[braces.length - 1];
          if (opts.nobrace === true || !brace) {
            push3({ type: "text", value: value2, output: value2 });
            continue;
          }
          let output = ")";
          if (brace.dots === true) {
            const arr = tokens.slice();
            const range = [];
            for (let i = arr.length - 1; i >= 0; i--) {
              tokens.pop();
              if (arr[i].type === "brace") {
                break;
              }
              if (arr[i].type !== "dots") {
                range.unshift(arr[i].value);
              }
            }
            output = expandRange(range, opts);
            state.backtrack = true;
          }
          if (brace.comma !== true && brace.dots !== true) {
            const out = state.output.slice(0, brace.outputIndex);
            const toks = state.tokens.slice(brace.tokensIndex);
            brace.value = brace.output = "\\{";
            value2 = output = "\\}";
            state.output = out;
            for (const t of toks) {
              state.output += t.output || t.value;
            }
          }
          push3({ type: "brace", value: value2, output });
          decrement("braces");
          braces.pop();
          continue;
        }
        if (value2 === "|") {
          if (extglobs.length > 0) {
            extglobs[extglobs.length - 1].conditions++;
          }
          push3({ type: "text", value: value2 });
          continue;
        }
        if (value2 === ",") {
          let output = value2;
          const brace = braces[braces.length - 1];
          if (brace && stack[stack.length - 1] === "braces") {
            brace.comma = true;
            output = "|";
          }
          push3({ type: "comma", value: value2, output });
          continue;
        }
        if (value2 === "/") {
          if (prev.type === "dot" && state.index === state.start + 1) {
            state.start = state.index + 1;
            state.consumed = "";
            state.output = "";
            tokens.pop();
            prev = bos;
            continue;
          }
          push3({ type: "slash", value: value2, output: SLASH_LITERAL });
          continue;
        }
        if (value2 === ".") {
          if (state.braces > 0 && prev.type === "dot") {
            if (prev.value === ".") prev.output = DOT_LITERAL;
            const brace = braces[braces.length - 1];
            prev.type = "dots";
            prev.output += value2;
            prev.value += value2;
            brace.dots = true;
            continue;
          }
          if (state.braces + state.parens === 0 && prev.type !== "bos" && prev.type !== "slash") {
            push3({ type: "text", value: value2, output: DOT_LITERAL });
            continue;
          }
          push3({ type: "dot", value: value2, output: DOT_LITERAL });
          continue;
        }
        if (value2 === "?") {
          const isGroup = prev && prev.value === "(";
          if (!isGroup && opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            extglobOpen("qmark", value2);
            continue;
          }
          if (prev && prev.type === "paren") {
            const next = peek();
            let output = value2;
            if (prev.value === "(" && !/[!=<:]/.test(next) || next === "<" && !/<([!=]|\w+>)/.test(remaining())) {
              output = `\\${value2}`;
            }
            push3({ type: "text", value: value2, output });
            continue;
          }
          if (opts.dot !== true && (prev.type === "slash" || prev.type === "bos")) {
            push3({ type: "qmark", value: value2, output: QMARK_NO_DOT });
            continue;
          }
          push3({ type: "qmark", value: value2, output: QMARK });
          continue;
        }
        if (value2 === "!") {
          if (opts.noextglob !== true && peek() === "(") {
            if (peek(2) !== "?" || !/[!=<:]/.test(peek(3))) {
              extglobOpen("negate", value2);
              continue;
            }
          }
          if (opts.nonegate !== true && state.index === 0) {
            negate();
            continue;
          }
        }
        if (value2 === "+") {
          if (opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            extglobOpen("plus", value2);
            continue;
          }
          if (prev && prev.value === "(" || opts.regex === false) {
            push3({ type: "plus", value: value2, output: PLUS_LITERAL });
            continue;
          }
          if (prev && (prev.type === "bracket" || prev.type === "paren" || prev.type === "brace") || state.parens > 0) {
            push3({ type: "plus", value: value2 });
            continue;
          }
          push3({ type: "plus", value: PLUS_LITERAL });
          continue;
        }
        if (value2 === "@") {
          if (opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            push3({ type: "at", extglob: true, value: value2, output: "" });
            continue;
          }
          push3({ type: "text", value: value2 });
          continue;
        }
        if (value2 !== "*") {
          if (value2 === "$" || value2 === "^") {
            value2 = `\\${value2}`;
          }
          const match2 = REGEX_NON_SPECIAL_CHARS.exec(remaining());
          if (match2) {
            value2 += match2[0];
            state.index += match2[0].length;
          }
          push3({ type: "text", value: value2 });
          continue;
        }
        if (prev && (prev.type === "globstar" || prev.star === true)) {
          prev.type = "star";
          prev.star = true;
          prev.value += value2;
          prev.output = star;
          state.backtrack = true;
          state.globstar = true;
          consume(value2);
          continue;
        }
        let rest = remaining();
        if (opts.noextglob !== true && /^\([^?]/.test(rest)) {
          extglobOpen("star", value2);
          continue;
        }
        if (prev.type === "star") {
          if (opts.noglobstar === true) {
            consume(value2);
            continue;
          }
          const prior = prev.prev;
          const before = prior.prev;
          const isStart = prior.type === "slash" || prior.type === "bos";
          const afterStar = before && (before.type === "star" || before.type === "globstar");
          if (opts.bash === true && (!isStart || rest[0] && rest[0] !== "/")) {
            push3({ type: "star", value: value2, output: "" });
            continue;
          }
          const isBrace = state.braces > 0 && (prior.type === "comma" || prior.type === "brace");
          const isExtglob = extglobs.length && (prior.type === "pipe" || prior.type === "paren");
          if (!isStart && prior.type !== "paren" && !isBrace && !isExtglob) {
            push3({ type: "star", value: value2, output: "" });
            continue;
          }
          while (rest.slice(0, 3) === "/**") {
            const after = input2[state.index + 4];
            if (after && after !== "/") {
              break;
            }
            rest = rest.slice(3);
            consume("/**", 3);
          }
          const isEnd = eos() || state.parens > 0 && rest === ")".repeat(state.parens) && !extglobs.some((extglob) => extglob.type === "negate");
          if (prior.type === "bos" && eos()) {
            prev.type = "globstar";
            prev.value += value2;
            prev.output = globstar(opts);
            state.output = prev.output;
            state.globstar = true;
            consume(value2);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && !afterStar && isEnd) {
            state.output = state.output.slice(0, -(prior.output + prev.output).length);
            prior.output = `(?:${prior.output}`;
            prev.type = "globstar";
            prev.output = globstar(opts) + (opts.strictSlashes ? ")" : "|$)");
            prev.value += value2;
            state.globstar = true;
            state.output += prior.output + prev.output;
            consume(value2);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && rest[0] === "/") {
            const end = rest[1] !== void 0 ? "|$" : "";
            state.output = state.output.slice(0, -(prior.output + prev.output).length);
            prior.output = `(?:${prior.output}`;
            prev.type = "globstar";
            prev.output = `${globstar(opts)}${SLASH_LITERAL}|${SLASH_LITERAL}${end})`;
            prev.value += value2;
            state.output += prior.output + prev.output;
            state.globstar = true;
            consume(value2 + advance());
            push3({ type: "slash", value: "/", output: "" });
            continue;
          }
          if (prior.type === "bos" && rest[0] === "/") {
            prev.type = "globstar";
            prev.value += value2;
            prev.output = `(?:^|${SLASH_LITERAL}|${globstar(opts)}${SLASH_LITERAL})`;
            state.output = prev.output;
            state.globstar = true;
            consume(value2 + advance());
            push3({ type: "slash", value: "/", output: "" });
            continue;
          }
          state.output = state.output.slice(0, -prev.output.length);
          prev.type = "globstar";
          prev.output = globstar(opts);
          prev.value += value2;
          state.output += prev.output;
          state.globstar = true;
          consume(value2);
          continue;
        }
        const token = { type: "star", value: value2, output: star };
        if (opts.bash === true) {
          token.output = ".*?";
          if (prev.type === "bos" || prev.type === "slash") {
            token.output = nodot + token.output;
          }
          push3(token);
          continue;
        }
        if (prev && (prev.type === "bracket" || prev.type === "paren") && opts.regex === true) {
          token.output = value2;
          push3(token);
          continue;
        }
        if (state.index === state.start || prev.type === "slash" || prev.type === "dot") {
          if (prev.type === "dot") {
            state.output += NO_DOT_SLASH;
            prev.output += NO_DOT_SLASH;
          } else if (opts.dot === true) {
            state.output += NO_DOTS_SLASH;
            prev.output += NO_DOTS_SLASH;
          } else {
            state.output += nodot;
            prev.output += nodot;
          }
          if (peek() !== "*") {
            state.output += ONE_CHAR;
            prev.output += ONE_CHAR;
          }
        }
        push3(token);
      }
      while (state.brackets > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", "]"));
        state.output = utils.escapeLast(state.output, "[");
        decrement("brackets");
      }
      while (state.parens > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", ")"));
        state.output = utils.escapeLast(state.output, "(");
        decrement("parens");
      }
      while (state.braces > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", "}"));
        state.output = utils.escapeLast(state.output, "{");
        decrement("braces");
      }
      if (opts.strictSlashes !== true && (prev.type === "star" || prev.type === "bracket")) {
        push3({ type: "maybe_slash", value: "", output: `${SLASH_LITERAL}?` });
      }
      if (state.backtrack === true) {
        state.output = "";
        for (const token of state.tokens) {
          state.output += token.output != null ? token.output : token.value;
          if (token.suffix) {
            state.output += token.suffix;
          }
        }
      }
      return state;
    };
    parse3.fastpaths = (input2, options) => {
      const opts = { ...options };
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      const len = input2.length;
      if (len > max) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      }
      input2 = REPLACEMENTS[input2] || input2;
      const {
        DOT_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOTS,
        NO_DOTS_SLASH,
        STAR,
        START_ANCHOR
      } = constants.globChars(opts.windows);
      const nodot = opts.dot ? NO_DOTS : NO_DOT;
      const slashDot = opts.dot ? NO_DOTS_SLASH : NO_DOT;
      const capture = opts.capture ? "" : "?:";
      const state = { negated: false, prefix: "" };
      let star = opts.bash === true ? ".*?" : STAR;
      if (opts.capture) {
        star = `(${star})`;
      }
      const globstar = (opts2) => {
        if (opts2.noglobstar === true) return star;
        return `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
      };
      const create2 = (str) => {
        switch (str) {
          case "*":
            return `${nodot}${ONE_CHAR}${star}`;
          case ".*":
            return `${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*.*":
            return `${nodot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*/*":
            return `${nodot}${star}${SLASH_LITERAL}${ONE_CHAR}${slashDot}${star}`;
          case "**":
            return nodot + globstar(opts);
          case "**/*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${ONE_CHAR}${star}`;
          case "**/*.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "**/.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${DOT_LITERAL}${ONE_CHAR}${star}`;
          default: {
            const match2 = /^(.*?)\.(\w+)$/.exec(str);
            if (!match2) return;
            const source2 = create2(match2[1]);
            if (!source2) return;
            return source2 + DOT_LITERAL + match2[2];
          }
        }
      };
      const output = utils.removePrefix(input2, state);
      let source = create2(output);
      if (source && opts.strictSlashes !== true) {
        source += `${SLASH_LITERAL}?`;
      }
      return source;
    };
    module.exports = parse3;
  }
});

// node_modules/picomatch/lib/picomatch.js
var require_picomatch = __commonJS({
  "node_modules/picomatch/lib/picomatch.js"(exports, module) {
    "use strict";
    var scan = require_scan();
    var parse3 = require_parse();
    var utils = require_utils();
    var constants = require_constants();
    var isObject2 = (val) => val && typeof val === "object" && !Array.isArray(val);
    var picomatch2 = (glob, options, returnState = false) => {
      if (Array.isArray(glob)) {
        const fns = glob.map((input2) => picomatch2(input2, options, returnState));
        const arrayMatcher = (str) => {
          for (const isMatch of fns) {
            const state2 = isMatch(str);
            if (state2) return state2;
          }
          return false;
        };
        return arrayMatcher;
      }
      const isState = isObject2(glob) && glob.tokens && glob.input;
      if (glob === "" || typeof glob !== "string" && !isState) {
        throw new TypeError("Expected pattern to be a non-empty string");
      }
      const opts = options || {};
      const posix2 = opts.windows;
      const regex = isState ? picomatch2.compileRe(glob, options) : picomatch2.makeRe(glob, options, false, true);
      const state = regex.state;
      delete regex.state;
      let isIgnored = () => false;
      if (opts.ignore) {
        const ignoreOpts = { ...options, ignore: null, onMatch: null, onResult: null };
        isIgnored = picomatch2(opts.ignore, ignoreOpts, returnState);
      }
      const matcher = (input2, returnObject = false) => {
        const { isMatch, match: match2, output } = picomatch2.test(input2, regex, options, { glob, posix: posix2 });
        const result = { glob, state, regex, posix: posix2, input: input2, output, match: match2, isMatch };
        if (typeof opts.onResult === "function") {
          opts.onResult(result);
        }
        if (isMatch === false) {
          result.isMatch = false;
          return returnObject ? result : false;
        }
        if (isIgnored(input2)) {
          if (typeof opts.onIgnore === "function") {
            opts.onIgnore(result);
          }
          result.isMatch = false;
          return returnObject ? result : false;
        }
        if (typeof opts.onMatch === "function") {
          opts.onMatch(result);
        }
        return returnObject ? result : true;
      };
      if (returnState) {
        matcher.state = state;
      }
      return matcher;
    };
    picomatch2.test = (input2, regex, options, { glob, posix: posix2 } = {}) => {
      if (typeof input2 !== "string") {
        throw new TypeError("Expected input to be a string");
      }
      if (input2 === "") {
        return { isMatch: false, output: "" };
      }
      const opts = options || {};
      const format = opts.format || (posix2 ? utils.toPosixSlashes : null);
      let match2 = input2 === glob;
      let output = match2 && format ? format(input2) : input2;
      if (match2 === false) {
        output = format ? format(input2) : input2;
        match2 = output === glob;
      }
      if (match2 === false || opts.capture === true) {
        if (opts.matchBase === true || opts.basename === true) {
          match2 = picomatch2.matchBase(input2, regex, options, posix2);
        } else {
          match2 = regex.exec(output);
        }
      }
      return { isMatch: Boolean(match2), match: match2, output };
    };
    picomatch2.matchBase = (input2, glob, options, posix2 = options && options.windows) => {
      const regex = glob instanceof RegExp ? glob : picomatch2.makeRe(glob, options);
      return regex.test(utils.basename(input2, { windows: posix2 }));
    };
    picomatch2.isMatch = (str, patterns, options) => picomatch2(patterns, options)(str);
    picomatch2.parse = (pattern, options) => {
      if (Array.isArray(pattern)) return pattern.map((p) => picomatch2.parse(p, options));
      return parse3(pattern, { ...options, fastpaths: false });
    };
    picomatch2.scan = (input2, options) => scan(input2, options);
    picomatch2.compileRe = (state, options, returnOutput = false, returnState = false) => {
      if (returnOutput === true) {
        return state.output;
      }
      const opts = options || {};
      const prepend = opts.contains ? "" : "^";
      const append = opts.contains ? "" : "$";
      let source = `${prepend}(?:${state.output})${append}`;
      if (state && state.negated === true) {
        source = `^(?!${source}).*$`;
      }
      const regex = picomatch2.toRegex(source, options);
      if (returnState === true) {
        regex.state = state;
      }
      return regex;
    };
    picomatch2.makeRe = (input2, options = {}, returnOutput = false, returnState = false) => {
      if (!input2 || typeof input2 !== "string") {
        throw new TypeError("Expected a non-empty string");
      }
      let parsed = { negated: false, fastpaths: true };
      if (options.fastpaths !== false && (input2[0] === "." || input2[0] === "*")) {
        parsed.output = parse3.fastpaths(input2, options);
      }
      if (!parsed.output) {
        parsed = parse3(input2, options);
      }
      return picomatch2.compileRe(parsed, options, returnOutput, returnState);
    };
    picomatch2.toRegex = (source, options) => {
      try {
        const opts = options || {};
        return new RegExp(source, opts.flags || (opts.nocase ? "i" : ""));
      } catch (err) {
        if (options && options.debug === true) throw err;
        return /$^/;
      }
    };
    picomatch2.constants = constants;
    module.exports = picomatch2;
  }
});

// node_modules/picomatch/index.js
var require_picomatch2 = __commonJS({
  "node_modules/picomatch/index.js"(exports, module) {
    "use strict";
    var pico = require_picomatch();
    var utils = require_utils();
    function picomatch2(glob, options, returnState = false) {
      if (options && (options.windows === null || options.windows === void 0)) {
        options = { ...options, windows: utils.isWindows() };
      }
      return pico(glob, options, returnState);
    }
    Object.assign(picomatch2, pico);
    module.exports = picomatch2;
  }
});

// node_modules/extend/index.js
var require_extend = __commonJS({
  "node_modules/extend/index.js"(exports, module) {
    "use strict";
    var hasOwn = Object.prototype.hasOwnProperty;
    var toStr = Object.prototype.toString;
    var defineProperty = Object.defineProperty;
    var gOPD = Object.getOwnPropertyDescriptor;
    var isArray = function isArray2(arr) {
      if (typeof Array.isArray === "function") {
        return Array.isArray(arr);
      }
      return toStr.call(arr) === "[object Array]";
    };
    var isPlainObject2 = function isPlainObject3(obj) {
      if (!obj || toStr.call(obj) !== "[object Object]") {
        return false;
      }
      var hasOwnConstructor = hasOwn.call(obj, "constructor");
      var hasIsPrototypeOf = obj.constructor && obj.constructor.prototype && hasOwn.call(obj.constructor.prototype, "isPrototypeOf");
      if (obj.constructor && !hasOwnConstructor && !hasIsPrototypeOf) {
        return false;
      }
      var key;
      for (key in obj) {
      }
      return typeof key === "undefined" || hasOwn.call(obj, key);
    };
    var setProperty = function setProperty2(target, options) {
      if (defineProperty && options.name === "__proto__") {
        defineProperty(target, options.name, {
          enumerable: true,
          configurable: true,
          value: options.newValue,
          writable: true
        });
      } else {
        target[options.name] = options.newValue;
      }
    };
    var getProperty = function getProperty2(obj, name) {
      if (name === "__proto__") {
        if (!hasOwn.call(obj, name)) {
          return void 0;
        } else if (gOPD) {
          return gOPD(obj, name).value;
        }
      }
      return obj[name];
    };
    module.exports = function extend3() {
      var options, name, src, copy, copyIsArray, clone;
      var target = arguments[0];
      var i = 1;
      var length = arguments.length;
      var deep = false;
      if (typeof target === "boolean") {
        deep = target;
        target = arguments[1] || {};
        i = 2;
      }
      if (target == null || typeof target !== "object" && typeof target !== "function") {
        target = {};
      }
      for (; i < length; ++i) {
        options = arguments[i];
        if (options != null) {
          for (name in options) {
            src = getProperty(target, name);
            copy = getProperty(options, name);
            if (target !== copy) {
              if (deep && copy && (isPlainObject2(copy) || (copyIsArray = isArray(copy)))) {
                if (copyIsArray) {
                  copyIsArray = false;
                  clone = src && isArray(src) ? src : [];
                } else {
                  clone = src && isPlainObject2(src) ? src : {};
                }
                setProperty(target, { name, newValue: extend3(deep, clone, copy) });
              } else if (typeof copy !== "undefined") {
                setProperty(target, { name, newValue: copy });
              }
            }
          }
        }
      }
      return target;
    };
  }
});

// node_modules/format/format.js
var require_format = __commonJS({
  "node_modules/format/format.js"(exports, module) {
    (function() {
      var namespace;
      if (typeof module !== "undefined") {
        namespace = module.exports = format;
      } else {
        namespace = (function() {
          return this || (1, eval)("this");
        })();
      }
      namespace.format = format;
      namespace.vsprintf = vsprintf;
      if (typeof console !== "undefined" && typeof console.log === "function") {
        namespace.printf = printf;
      }
      function printf() {
        console.log(format.apply(null, arguments));
      }
      function vsprintf(fmt2, replacements) {
        return format.apply(null, [fmt2].concat(replacements));
      }
      function format(fmt2) {
        var argIndex = 1, args = [].slice.call(arguments), i = 0, n = fmt2.length, result = "", c, escaped = false, arg, tmp, leadingZero = false, precision, nextArg = function() {
          return args[argIndex++];
        }, slurpNumber = function() {
          var digits = "";
          while (/\d/.test(fmt2[i])) {
            digits += fmt2[i++];
            c = fmt2[i];
          }
          return digits.length > 0 ? parseInt(digits) : null;
        };
        for (; i < n; ++i) {
          c = fmt2[i];
          if (escaped) {
            escaped = false;
            if (c == ".") {
              leadingZero = false;
              c = fmt2[++i];
            } else if (c == "0" && fmt2[i + 1] == ".") {
              leadingZero = true;
              i += 2;
              c = fmt2[i];
            } else {
              leadingZero = true;
            }
            precision = slurpNumber();
            switch (c) {
              case "b":
                result += parseInt(nextArg(), 10).toString(2);
                break;
              case "c":
                arg = nextArg();
                if (typeof arg === "string" || arg instanceof String)
                  result += arg;
                else
                  result += String.fromCharCode(parseInt(arg, 10));
                break;
              case "d":
                result += parseInt(nextArg(), 10);
                break;
              case "f":
                tmp = String(parseFloat(nextArg()).toFixed(precision || 6));
                result += leadingZero ? tmp : tmp.replace(/^0/, "");
                break;
              case "j":
                result += JSON.stringify(nextArg());
                break;
              case "o":
                result += "0" + parseInt(nextArg(), 10).toString(8);
                break;
              case "s":
                result += nextArg();
                break;
              case "x":
                result += "0x" + parseInt(nextArg(), 10).toString(16);
                break;
              case "X":
                result += "0x" + parseInt(nextArg(), 10).toString(16).toUpperCase();
                break;
              default:
                result += c;
                break;
            }
          } else if (c === "%") {
            escaped = true;
          } else {
            result += c;
          }
        }
        return result;
      }
    })();
  }
});

// node_modules/natural/lib/natural/util/stopwords.js
var require_stopwords = __commonJS({
  "node_modules/natural/lib/natural/util/stopwords.js"(exports) {
    "use strict";
    var words2 = [
      "about",
      "above",
      "after",
      "again",
      "all",
      "also",
      "am",
      "an",
      "and",
      "another",
      "any",
      "are",
      "as",
      "at",
      "be",
      "because",
      "been",
      "before",
      "being",
      "below",
      "between",
      "both",
      "but",
      "by",
      "came",
      "can",
      "cannot",
      "come",
      "could",
      "did",
      "do",
      "does",
      "doing",
      "during",
      "each",
      "few",
      "for",
      "from",
      "further",
      "get",
      "got",
      "has",
      "had",
      "he",
      "have",
      "her",
      "here",
      "him",
      "himself",
      "his",
      "how",
      "if",
      "in",
      "into",
      "is",
      "it",
      "its",
      "itself",
      "like",
      "make",
      "many",
      "me",
      "might",
      "more",
      "most",
      "much",
      "must",
      "my",
      "myself",
      "never",
      "now",
      "of",
      "on",
      "only",
      "or",
      "other",
      "our",
      "ours",
      "ourselves",
      "out",
      "over",
      "own",
      "said",
      "same",
      "see",
      "she",
      "should",
      "since",
      "so",
      "some",
      "still",
      "such",
      "take",
      "than",
      "that",
      "the",
      "their",
      "theirs",
      "them",
      "themselves",
      "then",
      "there",
      "these",
      "they",
      "this",
      "those",
      "through",
      "to",
      "too",
      "under",
      "until",
      "up",
      "very",
      "was",
      "way",
      "we",
      "well",
      "were",
      "what",
      "where",
      "when",
      "which",
      "while",
      "who",
      "whom",
      "with",
      "would",
      "why",
      "you",
      "your",
      "yours",
      "yourself",
      "a",
      "b",
      "c",
      "d",
      "e",
      "f",
      "g",
      "h",
      "i",
      "j",
      "k",
      "l",
      "m",
      "n",
      "o",
      "p",
      "q",
      "r",
      "s",
      "t",
      "u",
      "v",
      "w",
      "x",
      "y",
      "z",
      "$",
      "1",
      "2",
      "3",
      "4",
      "5",
      "6",
      "7",
      "8",
      "9",
      "0",
      "_"
    ];
    exports.words = words2;
  }
});

// node_modules/natural/lib/natural/tokenizers/tokenizer.js
var require_tokenizer = __commonJS({
  "node_modules/natural/lib/natural/tokenizers/tokenizer.js"(exports, module) {
    "use strict";
    var Tokenizer = class {
      trim(array) {
        while (array[array.length - 1] === "") {
          array.pop();
        }
        while (array[0] === "") {
          array.shift();
        }
        return array;
      }
    };
    module.exports = Tokenizer;
  }
});

// node_modules/natural/lib/natural/tokenizers/aggressive_tokenizer.js
var require_aggressive_tokenizer = __commonJS({
  "node_modules/natural/lib/natural/tokenizers/aggressive_tokenizer.js"(exports, module) {
    "use strict";
    var Tokenizer = require_tokenizer();
    var AggressiveTokenizer = class extends Tokenizer {
      tokenize(text3) {
        return this.trim(text3.split(/[^a-zA-Z0-9'\-/]+/));
      }
    };
    module.exports = AggressiveTokenizer;
  }
});

// node_modules/natural/lib/natural/stemmers/stemmer.js
var require_stemmer = __commonJS({
  "node_modules/natural/lib/natural/stemmers/stemmer.js"(exports, module) {
    "use strict";
    var stopwords = require_stopwords();
    var Tokenizer = require_aggressive_tokenizer();
    module.exports = function() {
      const stemmer = this;
      stemmer.stem = function(token) {
        return token;
      };
      stemmer.addStopWord = function(stopWord) {
        stopwords.words.push(stopWord);
      };
      stemmer.addStopWords = function(moreStopWords) {
        stopwords.words = stopwords.words.concat(moreStopWords);
      };
      stemmer.removeStopWord = function(stopWord) {
        this.removeStopWords([stopWord]);
      };
      stemmer.removeStopWords = function(moreStopWords) {
        moreStopWords.forEach(function(stopWord) {
          const idx = stopwords.words.indexOf(stopWord);
          if (idx >= 0) {
            stopwords.words.splice(idx, 1);
          }
        });
      };
      stemmer.tokenizeAndStem = function(text3, keepStops) {
        const stemmedTokens = [];
        const lowercaseText = text3.toLowerCase();
        const tokens = new Tokenizer().tokenize(lowercaseText);
        if (keepStops) {
          tokens.forEach(function(token) {
            stemmedTokens.push(stemmer.stem(token));
          });
        } else {
          tokens.forEach(function(token) {
            if (stopwords.words.indexOf(token) === -1) {
              stemmedTokens.push(stemmer.stem(token));
            }
          });
        }
        return stemmedTokens;
      };
    };
  }
});

// node_modules/natural/lib/natural/stemmers/porter_stemmer.js
var require_porter_stemmer = __commonJS({
  "node_modules/natural/lib/natural/stemmers/porter_stemmer.js"(exports, module) {
    "use strict";
    var Stemmer = require_stemmer();
    function categorizeGroups(token) {
      return token.replace(/[^aeiouy]+y/g, "CV").replace(/[aeiou]+/g, "V").replace(/[^V]+/g, "C");
    }
    function categorizeChars(token) {
      return token.replace(/[^aeiouy]y/g, "CV").replace(/[aeiou]/g, "V").replace(/[^V]/g, "C");
    }
    function measure(token) {
      if (!token) {
        return -1;
      }
      return categorizeGroups(token).replace(/^C/, "").replace(/V$/, "").length / 2;
    }
    function endsWithDoublCons(token) {
      return token.match(/([^aeiou])\1$/);
    }
    function attemptReplace(token, pattern, replacement, callback2) {
      let result = null;
      if (typeof pattern === "string" && token.substr(0 - pattern.length) === pattern) {
        result = token.replace(new RegExp(pattern + "$"), replacement);
      } else if (pattern instanceof RegExp && token.match(pattern)) {
        result = token.replace(pattern, replacement);
      }
      if (result && callback2) {
        return callback2(result);
      } else {
        return result;
      }
    }
    function attemptReplacePatterns(token, replacements, measureThreshold) {
      let replacement = token;
      for (let i = 0; i < replacements.length; i++) {
        if (measureThreshold == null || measure(attemptReplace(token, replacements[i][0], replacements[i][1])) > measureThreshold) {
          replacement = attemptReplace(replacement, replacements[i][0], replacements[i][2]) || replacement;
        }
      }
      return replacement;
    }
    function replacePatterns(token, replacements, measureThreshold) {
      return attemptReplacePatterns(token, replacements, measureThreshold) || token;
    }
    function replaceRegex(token, regex, includeParts, minimumMeasure) {
      let parts;
      let result = "";
      if (regex.test(token)) {
        parts = regex.exec(token);
        includeParts.forEach(function(i) {
          result += parts[i];
        });
      }
      if (measure(result) > minimumMeasure) {
        return result;
      }
      return null;
    }
    function step1a(token) {
      if (token.match(/(ss|i)es$/)) {
        return token.replace(/(ss|i)es$/, "$1");
      }
      if (token.substr(-1) === "s" && token.substr(-2, 1) !== "s" && token.length > 2) {
        return token.replace(/s?$/, "");
      }
      return token;
    }
    function step1b(token) {
      let result;
      if (token.substr(-3) === "eed") {
        if (measure(token.substr(0, token.length - 3)) > 0) {
          return token.replace(/eed$/, "ee");
        }
      } else {
        result = attemptReplace(token, /(ed|ing)$/, "", function(token2) {
          if (categorizeGroups(token2).indexOf("V") >= 0) {
            result = attemptReplacePatterns(token2, [["at", "", "ate"], ["bl", "", "ble"], ["iz", "", "ize"]]);
            if (result !== token2) {
              return result;
            } else {
              if (endsWithDoublCons(token2) && token2.match(/[^lsz]$/)) {
                return token2.replace(/([^aeiou])\1$/, "$1");
              }
              if (measure(token2) === 1 && categorizeChars(token2).substr(-3) === "CVC" && token2.match(/[^wxy]$/)) {
                return token2 + "e";
              }
            }
            return token2;
          }
          return null;
        });
        if (result) {
          return result;
        }
      }
      return token;
    }
    function step1c(token) {
      const categorizedGroups = categorizeGroups(token);
      if (token.substr(-1) === "y" && categorizedGroups.substr(0, categorizedGroups.length - 1).indexOf("V") > -1) {
        return token.replace(/y$/, "i");
      }
      return token;
    }
    function step2(token) {
      token = replacePatterns(token, [
        ["ational", "", "ate"],
        ["tional", "", "tion"],
        ["enci", "", "ence"],
        ["anci", "", "ance"],
        ["izer", "", "ize"],
        ["abli", "", "able"],
        ["bli", "", "ble"],
        ["alli", "", "al"],
        ["entli", "", "ent"],
        ["eli", "", "e"],
        ["ousli", "", "ous"],
        ["ization", "", "ize"],
        ["ation", "", "ate"],
        ["ator", "", "ate"],
        ["alism", "", "al"],
        ["iveness", "", "ive"],
        ["fulness", "", "ful"],
        ["ousness", "", "ous"],
        ["aliti", "", "al"],
        ["iviti", "", "ive"],
        ["biliti", "", "ble"],
        ["logi", "", "log"]
      ], 0);
      return token;
    }
    function step3(token) {
      return replacePatterns(token, [
        ["icate", "", "ic"],
        ["ative", "", ""],
        ["alize", "", "al"],
        ["iciti", "", "ic"],
        ["ical", "", "ic"],
        ["ful", "", ""],
        ["ness", "", ""]
      ], 0);
    }
    function step4(token) {
      return replaceRegex(token, /^(.+?)(al|ance|ence|er|ic|able|ible|ant|ement|ment|ent|ou|ism|ate|iti|ous|ive|ize)$/, [1], 1) || replaceRegex(token, /^(.+?)(s|t)(ion)$/, [1, 2], 1) || token;
    }
    function step5a(token) {
      const m = measure(token.replace(/e$/, ""));
      if (m > 1 || m === 1 && !(categorizeChars(token).substr(-4, 3) === "CVC" && token.match(/[^wxy].$/))) {
        token = token.replace(/e$/, "");
      }
      return token;
    }
    function step5b(token) {
      if (measure(token) > 1) {
        return token.replace(/ll$/, "l");
      }
      return token;
    }
    var PorterStemmer2 = new Stemmer();
    module.exports = PorterStemmer2;
    PorterStemmer2.stem = function(token) {
      if (token.length < 3) return token.toString();
      return step5b(step5a(step4(step3(step2(step1c(step1b(step1a(token.toLowerCase())))))))).toString();
    };
    PorterStemmer2.categorizeGroups = categorizeGroups;
    PorterStemmer2.measure = measure;
    PorterStemmer2.step1a = step1a;
    PorterStemmer2.step1b = step1b;
    PorterStemmer2.step1c = step1c;
    PorterStemmer2.step2 = step2;
    PorterStemmer2.step3 = step3;
    PorterStemmer2.step4 = step4;
    PorterStemmer2.step5a = step5a;
    PorterStemmer2.step5b = step5b;
  }
});

// node_modules/ajv/dist/runtime/ucs2length.js
var require_ucs2length = __commonJS({
  "node_modules/ajv/dist/runtime/ucs2length.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    function ucs2length(str) {
      const len = str.length;
      let length = 0;
      let pos = 0;
      let value2;
      while (pos < len) {
        length++;
        value2 = str.charCodeAt(pos++);
        if (value2 >= 55296 && value2 <= 56319 && pos < len) {
          value2 = str.charCodeAt(pos);
          if ((value2 & 64512) === 56320)
            pos++;
        }
      }
      return length;
    }
    exports.default = ucs2length;
    ucs2length.code = 'require("ajv/dist/runtime/ucs2length").default';
  }
});

// node_modules/fast-deep-equal/index.js
var require_fast_deep_equal = __commonJS({
  "node_modules/fast-deep-equal/index.js"(exports, module) {
    "use strict";
    module.exports = function equal(a, b) {
      if (a === b) return true;
      if (a && b && typeof a == "object" && typeof b == "object") {
        if (a.constructor !== b.constructor) return false;
        var length, i, keys;
        if (Array.isArray(a)) {
          length = a.length;
          if (length != b.length) return false;
          for (i = length; i-- !== 0; )
            if (!equal(a[i], b[i])) return false;
          return true;
        }
        if (a.constructor === RegExp) return a.source === b.source && a.flags === b.flags;
        if (a.valueOf !== Object.prototype.valueOf) return a.valueOf() === b.valueOf();
        if (a.toString !== Object.prototype.toString) return a.toString() === b.toString();
        keys = Object.keys(a);
        length = keys.length;
        if (length !== Object.keys(b).length) return false;
        for (i = length; i-- !== 0; )
          if (!Object.prototype.hasOwnProperty.call(b, keys[i])) return false;
        for (i = length; i-- !== 0; ) {
          var key = keys[i];
          if (!equal(a[key], b[key])) return false;
        }
        return true;
      }
      return a !== a && b !== b;
    };
  }
});

// node_modules/ajv/dist/runtime/equal.js
var require_equal = __commonJS({
  "node_modules/ajv/dist/runtime/equal.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var equal = require_fast_deep_equal();
    equal.code = 'require("ajv/dist/runtime/equal").default';
    exports.default = equal;
  }
});

// src/integrations/action.ts
var import_ignore3 = __toESM(require_ignore(), 1);
import { spawnSync as spawnSync2 } from "node:child_process";
import { randomUUID } from "node:crypto";
import fs9 from "node:fs";
import path17 from "node:path";
import { fileURLToPath as fileURLToPath4 } from "node:url";

// src/lint.ts
import path13 from "node:path";

// src/load/expand.ts
var import_ignore = __toESM(require_ignore(), 1);
import { readdirSync as readdirSync2, readFileSync, statSync as statSync2, existsSync } from "node:fs";
import path3 from "node:path";

// node_modules/tinyglobby/dist/index.mjs
import { readdir, readdirSync, realpath, realpathSync, stat, statSync } from "fs";
import { isAbsolute, posix, resolve as resolve2 } from "path";
import { fileURLToPath } from "url";

// node_modules/fdir/dist/index.mjs
import { createRequire } from "module";
import { basename, dirname, normalize, relative, resolve, sep } from "path";
import * as nativeFs from "fs";
var __require2 = /* @__PURE__ */ createRequire(import.meta.url);
function cleanPath(path18) {
  let normalized = normalize(path18);
  if (normalized.length > 1 && normalized[normalized.length - 1] === sep) normalized = normalized.substring(0, normalized.length - 1);
  return normalized;
}
var SLASHES_REGEX = /[\\/]/g;
function convertSlashes(path18, separator) {
  return path18.replace(SLASHES_REGEX, separator);
}
var WINDOWS_ROOT_DIR_REGEX = /^[a-z]:[\\/]$/i;
function isRootDirectory(path18) {
  return path18 === "/" || WINDOWS_ROOT_DIR_REGEX.test(path18);
}
function normalizePath(path18, options) {
  const { resolvePaths, normalizePath: normalizePath$1, pathSeparator } = options;
  const pathNeedsCleaning = process.platform === "win32" && path18.includes("/") || path18.startsWith(".");
  if (resolvePaths) path18 = resolve(path18);
  if (normalizePath$1 || pathNeedsCleaning) path18 = cleanPath(path18);
  if (path18 === ".") return "";
  const needsSeperator = path18[path18.length - 1] !== pathSeparator;
  return convertSlashes(needsSeperator ? path18 + pathSeparator : path18, pathSeparator);
}
function joinPathWithBasePath(filename, directoryPath) {
  return directoryPath + filename;
}
function joinPathWithRelativePath(root, options) {
  return function(filename, directoryPath) {
    const sameRoot = directoryPath.startsWith(root);
    if (sameRoot) return directoryPath.slice(root.length) + filename;
    else return convertSlashes(relative(root, directoryPath), options.pathSeparator) + options.pathSeparator + filename;
  };
}
function joinPath(filename) {
  return filename;
}
function joinDirectoryPath(filename, directoryPath, separator) {
  return directoryPath + filename + separator;
}
function build$7(root, options) {
  const { relativePaths, includeBasePath } = options;
  return relativePaths && root ? joinPathWithRelativePath(root, options) : includeBasePath ? joinPathWithBasePath : joinPath;
}
function pushDirectoryWithRelativePath(root) {
  return function(directoryPath, paths) {
    paths.push(directoryPath.substring(root.length) || ".");
  };
}
function pushDirectoryFilterWithRelativePath(root) {
  return function(directoryPath, paths, filters) {
    const relativePath2 = directoryPath.substring(root.length) || ".";
    if (filters.every((filter) => filter(relativePath2, true))) paths.push(relativePath2);
  };
}
var pushDirectory = (directoryPath, paths) => {
  paths.push(directoryPath || ".");
};
var pushDirectoryFilter = (directoryPath, paths, filters) => {
  const path18 = directoryPath || ".";
  if (filters.every((filter) => filter(path18, true))) paths.push(path18);
};
var empty$2 = () => {
};
function build$6(root, options) {
  const { includeDirs, filters, relativePaths } = options;
  if (!includeDirs) return empty$2;
  if (relativePaths) return filters && filters.length ? pushDirectoryFilterWithRelativePath(root) : pushDirectoryWithRelativePath(root);
  return filters && filters.length ? pushDirectoryFilter : pushDirectory;
}
var pushFileFilterAndCount = (filename, _paths, counts, filters) => {
  if (filters.every((filter) => filter(filename, false))) counts.files++;
};
var pushFileFilter = (filename, paths, _counts, filters) => {
  if (filters.every((filter) => filter(filename, false))) paths.push(filename);
};
var pushFileCount = (_filename, _paths, counts, _filters) => {
  counts.files++;
};
var pushFile = (filename, paths) => {
  paths.push(filename);
};
var empty$1 = () => {
};
function build$5(options) {
  const { excludeFiles, filters, onlyCounts } = options;
  if (excludeFiles) return empty$1;
  if (filters && filters.length) return onlyCounts ? pushFileFilterAndCount : pushFileFilter;
  else if (onlyCounts) return pushFileCount;
  else return pushFile;
}
var getArray = (paths) => {
  return paths;
};
var getArrayGroup = () => {
  return [""].slice(0, 0);
};
function build$4(options) {
  return options.group ? getArrayGroup : getArray;
}
var groupFiles = (groups, directory, files) => {
  groups.push({
    directory,
    files,
    dir: directory
  });
};
var empty = () => {
};
function build$3(options) {
  return options.group ? groupFiles : empty;
}
var resolveSymlinksAsync = function(path18, state, callback$1) {
  const { queue, fs: fs10, options: { suppressErrors } } = state;
  queue.enqueue();
  fs10.realpath(path18, (error, resolvedPath) => {
    if (error) return queue.dequeue(suppressErrors ? null : error, state);
    fs10.stat(resolvedPath, (error$1, stat2) => {
      if (error$1) return queue.dequeue(suppressErrors ? null : error$1, state);
      if (stat2.isDirectory() && isRecursive(path18, resolvedPath, state)) return queue.dequeue(null, state);
      callback$1(stat2, resolvedPath);
      queue.dequeue(null, state);
    });
  });
};
var resolveSymlinks = function(path18, state, callback$1) {
  const { queue, fs: fs10, options: { suppressErrors } } = state;
  queue.enqueue();
  try {
    const resolvedPath = fs10.realpathSync(path18);
    const stat2 = fs10.statSync(resolvedPath);
    if (stat2.isDirectory() && isRecursive(path18, resolvedPath, state)) return;
    callback$1(stat2, resolvedPath);
  } catch (e) {
    if (!suppressErrors) throw e;
  }
};
function build$2(options, isSynchronous) {
  if (!options.resolveSymlinks || options.excludeSymlinks) return null;
  return isSynchronous ? resolveSymlinks : resolveSymlinksAsync;
}
function isRecursive(path18, resolved, state) {
  if (state.options.useRealPaths) return isRecursiveUsingRealPaths(resolved, state);
  let parent = dirname(path18);
  let depth = 1;
  while (parent !== state.root && depth < 2) {
    const resolvedPath = state.symlinks.get(parent);
    const isSameRoot = !!resolvedPath && (resolvedPath === resolved || resolvedPath.startsWith(resolved) || resolved.startsWith(resolvedPath));
    if (isSameRoot) depth++;
    else parent = dirname(parent);
  }
  state.symlinks.set(path18, resolved);
  return depth > 1;
}
function isRecursiveUsingRealPaths(resolved, state) {
  return state.visited.includes(resolved + state.options.pathSeparator);
}
var onlyCountsSync = (state) => {
  return state.counts;
};
var groupsSync = (state) => {
  return state.groups;
};
var defaultSync = (state) => {
  return state.paths;
};
var limitFilesSync = (state) => {
  return state.paths.slice(0, state.options.maxFiles);
};
var onlyCountsAsync = (state, error, callback$1) => {
  report(error, callback$1, state.counts, state.options.suppressErrors);
  return null;
};
var defaultAsync = (state, error, callback$1) => {
  report(error, callback$1, state.paths, state.options.suppressErrors);
  return null;
};
var limitFilesAsync = (state, error, callback$1) => {
  report(error, callback$1, state.paths.slice(0, state.options.maxFiles), state.options.suppressErrors);
  return null;
};
var groupsAsync = (state, error, callback$1) => {
  report(error, callback$1, state.groups, state.options.suppressErrors);
  return null;
};
function report(error, callback$1, output, suppressErrors) {
  if (error && !suppressErrors) callback$1(error, output);
  else callback$1(null, output);
}
function build$1(options, isSynchronous) {
  const { onlyCounts, group, maxFiles } = options;
  if (onlyCounts) return isSynchronous ? onlyCountsSync : onlyCountsAsync;
  else if (group) return isSynchronous ? groupsSync : groupsAsync;
  else if (maxFiles) return isSynchronous ? limitFilesSync : limitFilesAsync;
  else return isSynchronous ? defaultSync : defaultAsync;
}
var readdirOpts = { withFileTypes: true };
var walkAsync = (state, crawlPath, directoryPath, currentDepth, callback$1) => {
  state.queue.enqueue();
  if (currentDepth < 0) return state.queue.dequeue(null, state);
  const { fs: fs10 } = state;
  state.visited.push(crawlPath);
  state.counts.directories++;
  fs10.readdir(crawlPath || ".", readdirOpts, (error, entries = []) => {
    callback$1(entries, directoryPath, currentDepth);
    state.queue.dequeue(state.options.suppressErrors ? null : error, state);
  });
};
var walkSync = (state, crawlPath, directoryPath, currentDepth, callback$1) => {
  const { fs: fs10 } = state;
  if (currentDepth < 0) return;
  state.visited.push(crawlPath);
  state.counts.directories++;
  let entries = [];
  try {
    entries = fs10.readdirSync(crawlPath || ".", readdirOpts);
  } catch (e) {
    if (!state.options.suppressErrors) throw e;
  }
  callback$1(entries, directoryPath, currentDepth);
};
function build(isSynchronous) {
  return isSynchronous ? walkSync : walkAsync;
}
var Queue = class {
  count = 0;
  constructor(onQueueEmpty) {
    this.onQueueEmpty = onQueueEmpty;
  }
  enqueue() {
    this.count++;
    return this.count;
  }
  dequeue(error, output) {
    if (this.onQueueEmpty && (--this.count <= 0 || error)) {
      this.onQueueEmpty(error, output);
      if (error) {
        output.controller.abort();
        this.onQueueEmpty = void 0;
      }
    }
  }
};
var Counter = class {
  _files = 0;
  _directories = 0;
  set files(num) {
    this._files = num;
  }
  get files() {
    return this._files;
  }
  set directories(num) {
    this._directories = num;
  }
  get directories() {
    return this._directories;
  }
  /**
  * @deprecated use `directories` instead
  */
  /* c8 ignore next 3 */
  get dirs() {
    return this._directories;
  }
};
var Aborter = class {
  aborted = false;
  abort() {
    this.aborted = true;
  }
};
var Walker = class {
  root;
  isSynchronous;
  state;
  joinPath;
  pushDirectory;
  pushFile;
  getArray;
  groupFiles;
  resolveSymlink;
  walkDirectory;
  callbackInvoker;
  constructor(root, options, callback$1) {
    this.isSynchronous = !callback$1;
    this.callbackInvoker = build$1(options, this.isSynchronous);
    this.root = normalizePath(root, options);
    this.state = {
      root: isRootDirectory(this.root) ? this.root : this.root.slice(0, -1),
      paths: [""].slice(0, 0),
      groups: [],
      counts: new Counter(),
      options,
      queue: new Queue((error, state) => this.callbackInvoker(state, error, callback$1)),
      symlinks: /* @__PURE__ */ new Map(),
      visited: [""].slice(0, 0),
      controller: new Aborter(),
      fs: options.fs || nativeFs
    };
    this.joinPath = build$7(this.root, options);
    this.pushDirectory = build$6(this.root, options);
    this.pushFile = build$5(options);
    this.getArray = build$4(options);
    this.groupFiles = build$3(options);
    this.resolveSymlink = build$2(options, this.isSynchronous);
    this.walkDirectory = build(this.isSynchronous);
  }
  start() {
    this.pushDirectory(this.root, this.state.paths, this.state.options.filters);
    this.walkDirectory(this.state, this.root, this.root, this.state.options.maxDepth, this.walk);
    return this.isSynchronous ? this.callbackInvoker(this.state, null) : null;
  }
  walk = (entries, directoryPath, depth) => {
    const { paths, options: { filters, resolveSymlinks: resolveSymlinks$1, excludeSymlinks, exclude, maxFiles, signal, useRealPaths, pathSeparator }, controller } = this.state;
    if (controller.aborted || signal && signal.aborted || maxFiles && paths.length > maxFiles) return;
    const files = this.getArray(this.state.paths);
    for (let i = 0; i < entries.length; ++i) {
      const entry = entries[i];
      if (entry.isFile() || entry.isSymbolicLink() && !resolveSymlinks$1 && !excludeSymlinks) {
        const filename = this.joinPath(entry.name, directoryPath);
        this.pushFile(filename, files, this.state.counts, filters);
      } else if (entry.isDirectory()) {
        let path18 = joinDirectoryPath(entry.name, directoryPath, this.state.options.pathSeparator);
        if (exclude && exclude(entry.name, path18)) continue;
        this.pushDirectory(path18, paths, filters);
        this.walkDirectory(this.state, path18, path18, depth - 1, this.walk);
      } else if (this.resolveSymlink && entry.isSymbolicLink()) {
        let path18 = joinPathWithBasePath(entry.name, directoryPath);
        this.resolveSymlink(path18, this.state, (stat2, resolvedPath) => {
          if (stat2.isDirectory()) {
            resolvedPath = normalizePath(resolvedPath, this.state.options);
            if (exclude && exclude(entry.name, useRealPaths ? resolvedPath : path18 + pathSeparator)) return;
            this.walkDirectory(this.state, resolvedPath, useRealPaths ? resolvedPath : path18 + pathSeparator, depth - 1, this.walk);
          } else {
            resolvedPath = useRealPaths ? resolvedPath : path18;
            const filename = basename(resolvedPath);
            const directoryPath$1 = normalizePath(dirname(resolvedPath), this.state.options);
            resolvedPath = this.joinPath(filename, directoryPath$1);
            this.pushFile(resolvedPath, files, this.state.counts, filters);
          }
        });
      }
    }
    this.groupFiles(this.state.groups, directoryPath, files);
  };
};
function promise(root, options) {
  return new Promise((resolve$1, reject) => {
    callback(root, options, (err, output) => {
      if (err) return reject(err);
      resolve$1(output);
    });
  });
}
function callback(root, options, callback$1) {
  let walker = new Walker(root, options, callback$1);
  walker.start();
}
function sync(root, options) {
  const walker = new Walker(root, options);
  return walker.start();
}
var APIBuilder = class {
  constructor(root, options) {
    this.root = root;
    this.options = options;
  }
  withPromise() {
    return promise(this.root, this.options);
  }
  withCallback(cb) {
    callback(this.root, this.options, cb);
  }
  sync() {
    return sync(this.root, this.options);
  }
};
var pm = null;
try {
  __require2.resolve("picomatch");
  pm = __require2("picomatch");
} catch {
}
var Builder = class {
  globCache = {};
  options = {
    maxDepth: Infinity,
    suppressErrors: true,
    pathSeparator: sep,
    filters: []
  };
  globFunction;
  constructor(options) {
    this.options = {
      ...this.options,
      ...options
    };
    this.globFunction = this.options.globFunction;
  }
  group() {
    this.options.group = true;
    return this;
  }
  withPathSeparator(separator) {
    this.options.pathSeparator = separator;
    return this;
  }
  withBasePath() {
    this.options.includeBasePath = true;
    return this;
  }
  withRelativePaths() {
    this.options.relativePaths = true;
    return this;
  }
  withDirs() {
    this.options.includeDirs = true;
    return this;
  }
  withMaxDepth(depth) {
    this.options.maxDepth = depth;
    return this;
  }
  withMaxFiles(limit2) {
    this.options.maxFiles = limit2;
    return this;
  }
  withFullPaths() {
    this.options.resolvePaths = true;
    this.options.includeBasePath = true;
    return this;
  }
  withErrors() {
    this.options.suppressErrors = false;
    return this;
  }
  withSymlinks({ resolvePaths = true } = {}) {
    this.options.resolveSymlinks = true;
    this.options.useRealPaths = resolvePaths;
    return this.withFullPaths();
  }
  withAbortSignal(signal) {
    this.options.signal = signal;
    return this;
  }
  normalize() {
    this.options.normalizePath = true;
    return this;
  }
  filter(predicate) {
    this.options.filters.push(predicate);
    return this;
  }
  onlyDirs() {
    this.options.excludeFiles = true;
    this.options.includeDirs = true;
    return this;
  }
  exclude(predicate) {
    this.options.exclude = predicate;
    return this;
  }
  onlyCounts() {
    this.options.onlyCounts = true;
    return this;
  }
  crawl(root) {
    return new APIBuilder(root || ".", this.options);
  }
  withGlobFunction(fn) {
    this.globFunction = fn;
    return this;
  }
  /**
  * @deprecated Pass options using the constructor instead:
  * ```ts
  * new fdir(options).crawl("/path/to/root");
  * ```
  * This method will be removed in v7.0
  */
  /* c8 ignore next 4 */
  crawlWithOptions(root, options) {
    this.options = {
      ...this.options,
      ...options
    };
    return new APIBuilder(root || ".", this.options);
  }
  glob(...patterns) {
    if (this.globFunction) return this.globWithOptions(patterns);
    return this.globWithOptions(patterns, ...[{ dot: true }]);
  }
  globWithOptions(patterns, ...options) {
    const globFn = this.globFunction || pm;
    if (!globFn) throw new Error("Please specify a glob function to use glob matching.");
    var isMatch = this.globCache[patterns.join("\0")];
    if (!isMatch) {
      isMatch = globFn(patterns, ...options);
      this.globCache[patterns.join("\0")] = isMatch;
    }
    this.options.filters.push((path18) => isMatch(path18));
    return this;
  }
};

// node_modules/tinyglobby/dist/index.mjs
var import_picomatch = __toESM(require_picomatch2(), 1);
var isReadonlyArray = Array.isArray;
var BACKSLASHES = /\\/g;
var DRIVE_RELATIVE_PATH = /^[A-Za-z]:$/;
var isWin = process.platform === "win32";
var ONLY_PARENT_DIRECTORIES = /^(\/?\.\.)+$/;
function getPartialMatcher(patterns, options = {}) {
  const patternsCount = patterns.length;
  const patternsParts = Array(patternsCount);
  const matchers = Array(patternsCount);
  let i, j;
  for (i = 0; i < patternsCount; i++) {
    const parts = splitPattern(patterns[i]);
    patternsParts[i] = parts;
    const partsCount = parts.length;
    const partMatchers = Array(partsCount);
    for (j = 0; j < partsCount; j++) partMatchers[j] = (0, import_picomatch.default)(parts[j], options);
    matchers[i] = partMatchers;
  }
  return (input2) => {
    const inputParts = input2.split("/");
    if (inputParts[0] === ".." && ONLY_PARENT_DIRECTORIES.test(input2)) return true;
    for (i = 0; i < patternsCount; i++) {
      const patternParts = patternsParts[i];
      const matcher = matchers[i];
      const inputPatternCount = inputParts.length;
      const minParts = Math.min(inputPatternCount, patternParts.length);
      j = 0;
      while (j < minParts) {
        const part = patternParts[j];
        if (part.includes("/")) return true;
        if (!matcher[j](inputParts[j])) break;
        if (!options.noglobstar && part === "**") return true;
        j++;
      }
      if (j === inputPatternCount) return true;
    }
    return false;
  };
}
var WIN32_ROOT_DIR = /^[A-Z]:\/$/i;
var isRoot = isWin ? (p) => WIN32_ROOT_DIR.test(p) : (p) => p === "/";
function buildFormat(cwd, root, absolute) {
  if (cwd === root || root.startsWith(`${cwd}/`)) {
    if (absolute) {
      const start = cwd.length + +!isRoot(cwd);
      return (p, isDir) => p.slice(start, isDir ? -1 : void 0) || ".";
    }
    const prefix = root.slice(cwd.length + 1);
    if (prefix) return (p, isDir) => {
      if (p === ".") return prefix;
      const result = `${prefix}/${p}`;
      return isDir ? result.slice(0, -1) : result;
    };
    return (p, isDir) => isDir && p !== "." ? p.slice(0, -1) : p;
  }
  if (absolute) return (p) => posix.relative(cwd, p) || ".";
  return (p) => posix.relative(cwd, `${root}/${p}`) || ".";
}
function buildRelative(cwd, root) {
  if (root.startsWith(`${cwd}/`)) {
    const prefix = root.slice(cwd.length + 1);
    return (p) => `${prefix}/${p}`;
  }
  return (p) => {
    const result = posix.relative(cwd, `${root}/${p}`);
    return p[p.length - 1] === "/" && result !== "" ? `${result}/` : result || ".";
  };
}
function ensureNonDriveRelativePath(path18) {
  return path18.replace(DRIVE_RELATIVE_PATH, (match2) => `${match2}/`);
}
var splitPatternOptions = { parts: true };
function splitPattern(path18) {
  var _result$parts;
  const result = import_picomatch.default.scan(path18, splitPatternOptions);
  return ((_result$parts = result.parts) === null || _result$parts === void 0 ? void 0 : _result$parts.length) ? result.parts : [path18];
}
var POSIX_UNESCAPED_GLOB_SYMBOLS = /(?<!\\)([()[\]{}*?|]|^!|[!+@](?=\()|\\(?![()[\]{}!*+?@|]))/g;
var WIN32_UNESCAPED_GLOB_SYMBOLS = /(?<!\\)([()[\]{}]|^!|[!+@](?=\())/g;
var escapePosixPath = (path18) => path18.replace(POSIX_UNESCAPED_GLOB_SYMBOLS, "\\$&");
var escapeWin32Path = (path18) => path18.replace(WIN32_UNESCAPED_GLOB_SYMBOLS, "\\$&");
var escapePath = isWin ? escapeWin32Path : escapePosixPath;
function isDynamicPattern(pattern, options) {
  if ((options === null || options === void 0 ? void 0 : options.caseSensitiveMatch) === false) return true;
  const scan = import_picomatch.default.scan(pattern);
  return scan.isGlob || scan.negated;
}
function log(...tasks) {
  console.log(`[tinyglobby ${(/* @__PURE__ */ new Date()).toLocaleTimeString("es")}]`, ...tasks);
}
function ensureStringArray(value2) {
  return typeof value2 === "string" ? [value2] : value2 !== null && value2 !== void 0 ? value2 : [];
}
var PARENT_DIRECTORY = /^(\/?\.\.)+/;
var ESCAPING_BACKSLASHES = /\\(?=[()[\]{}!*+?@|])/g;
function normalizePattern(pattern, opts, props, isIgnore) {
  var _PARENT_DIRECTORY$exe;
  const cwd = opts.cwd;
  let result = pattern;
  if (pattern[pattern.length - 1] === "/") result = pattern.slice(0, -1);
  if (result[result.length - 1] !== "*" && opts.expandDirectories) result += "/**";
  const escapedCwd = escapePath(cwd);
  result = isAbsolute(result.replace(ESCAPING_BACKSLASHES, "")) ? posix.relative(escapedCwd, result) : posix.normalize(result);
  const parentDir = (_PARENT_DIRECTORY$exe = PARENT_DIRECTORY.exec(result)) === null || _PARENT_DIRECTORY$exe === void 0 ? void 0 : _PARENT_DIRECTORY$exe[0];
  const parts = splitPattern(result);
  if (parentDir) {
    const n = (parentDir.length + 1) / 3;
    let i = 0;
    const cwdParts = escapedCwd.split("/");
    while (i < n && parts[i + n] === cwdParts[cwdParts.length + i - n]) {
      result = result.slice(0, (n - i - 1) * 3) + result.slice((n - i) * 3 + parts[i + n].length + 1) || ".";
      i++;
    }
    const potentialRoot = posix.join(cwd, parentDir.slice(i * 3));
    if (potentialRoot[0] !== "." && props.root.length > potentialRoot.length) {
      props.root = ensureNonDriveRelativePath(potentialRoot);
      props.depthOffset = -n + i;
    }
  }
  if (!isIgnore && props.depthOffset >= 0) {
    var _props$commonPath;
    (_props$commonPath = props.commonPath) !== null && _props$commonPath !== void 0 || (props.commonPath = parts);
    const newCommonPath = [];
    const length = Math.min(props.commonPath.length, parts.length);
    for (let i = 0; i < length; i++) {
      const part = parts[i];
      if (part === "**" && !parts[i + 1]) {
        newCommonPath.pop();
        break;
      }
      if (i === parts.length - 1 || part !== props.commonPath[i] || isDynamicPattern(part)) break;
      newCommonPath.push(part);
    }
    props.depthOffset = newCommonPath.length;
    props.commonPath = newCommonPath;
    props.root = ensureNonDriveRelativePath(newCommonPath.length > 0 ? posix.join(cwd, ...newCommonPath) : cwd);
  }
  return result;
}
function processPatterns(options, patterns, props) {
  const matchPatterns = [];
  const ignorePatterns = [];
  for (const pattern of options.ignore) {
    if (!pattern) continue;
    if (pattern[0] !== "!" || pattern[1] === "(") ignorePatterns.push(normalizePattern(pattern, options, props, true));
  }
  for (const pattern of patterns) {
    if (!pattern) continue;
    if (pattern[0] !== "!" || pattern[1] === "(") matchPatterns.push(normalizePattern(pattern, options, props, false));
    else if (pattern[1] !== "!" || pattern[2] === "(") ignorePatterns.push(normalizePattern(pattern.slice(1), options, props, true));
  }
  return {
    match: matchPatterns,
    ignore: ignorePatterns
  };
}
function buildCrawler(options, patterns) {
  const cwd = options.cwd;
  const props = {
    root: cwd,
    depthOffset: 0
  };
  const processed = processPatterns(options, patterns, props);
  if (options.debug) log("internal processing patterns:", processed);
  const { absolute, caseSensitiveMatch, debug, dot, followSymbolicLinks, onlyDirectories } = options;
  const root = props.root.replace(BACKSLASHES, "");
  const matchOptions = {
    dot,
    nobrace: options.braceExpansion === false,
    nocase: !caseSensitiveMatch,
    noextglob: options.extglob === false,
    noglobstar: options.globstar === false,
    posix: true
  };
  const matcher = (0, import_picomatch.default)(processed.match, matchOptions);
  const ignore4 = (0, import_picomatch.default)(processed.ignore, matchOptions);
  const partialMatcher = getPartialMatcher(processed.match, matchOptions);
  const format = buildFormat(cwd, root, absolute);
  const excludeFormatter = absolute ? format : buildFormat(cwd, root, true);
  const excludePredicate = (_, p) => {
    const relativePath2 = excludeFormatter(p, true);
    return relativePath2 !== "." && !partialMatcher(relativePath2) || ignore4(relativePath2);
  };
  let maxDepth;
  if (options.deep !== void 0) maxDepth = Math.round(options.deep - props.depthOffset);
  const crawler = new Builder({
    filters: [debug ? (p, isDirectory) => {
      const path18 = format(p, isDirectory);
      const matches3 = matcher(path18) && !ignore4(path18);
      if (matches3) log(`matched ${path18}`);
      return matches3;
    } : (p, isDirectory) => {
      const path18 = format(p, isDirectory);
      return matcher(path18) && !ignore4(path18);
    }],
    exclude: debug ? (_, p) => {
      const skipped = excludePredicate(_, p);
      log(`${skipped ? "skipped" : "crawling"} ${p}`);
      return skipped;
    } : excludePredicate,
    fs: options.fs,
    pathSeparator: "/",
    relativePaths: !absolute,
    resolvePaths: absolute,
    includeBasePath: absolute,
    resolveSymlinks: followSymbolicLinks,
    excludeSymlinks: !followSymbolicLinks,
    excludeFiles: onlyDirectories,
    includeDirs: onlyDirectories || !options.onlyFiles,
    maxDepth,
    signal: options.signal
  }).crawl(root);
  if (options.debug) log("internal properties:", {
    ...props,
    root
  });
  return [crawler, cwd !== root && !absolute && buildRelative(cwd, root)];
}
function formatPaths(paths, mapper) {
  if (mapper) for (let i = paths.length - 1; i >= 0; i--) paths[i] = mapper(paths[i]);
  return paths;
}
var defaultOptions = {
  caseSensitiveMatch: true,
  debug: !!process.env.TINYGLOBBY_DEBUG,
  expandDirectories: true,
  followSymbolicLinks: true,
  onlyFiles: true
};
function getOptions(options) {
  const opts = Object.assign({}, options);
  for (const key in defaultOptions) if (opts[key] === void 0) Object.assign(opts, { [key]: defaultOptions[key] });
  opts.cwd = (opts.cwd instanceof URL ? fileURLToPath(opts.cwd) : resolve2(opts.cwd || process.cwd())).replace(BACKSLASHES, "/");
  opts.ignore = ensureStringArray(opts.ignore);
  opts.fs && (opts.fs = {
    readdir: opts.fs.readdir || readdir,
    readdirSync: opts.fs.readdirSync || readdirSync,
    realpath: opts.fs.realpath || realpath,
    realpathSync: opts.fs.realpathSync || realpathSync,
    stat: opts.fs.stat || stat,
    statSync: opts.fs.statSync || statSync
  });
  if (opts.debug) log("globbing with options:", opts);
  return opts;
}
function getCrawler(globInput, inputOptions = {}) {
  var _ref;
  if (globInput && (inputOptions === null || inputOptions === void 0 ? void 0 : inputOptions.patterns)) throw new Error("Cannot pass patterns as both an argument and an option");
  const isModern = isReadonlyArray(globInput) || typeof globInput === "string";
  const patterns = ensureStringArray((_ref = isModern ? globInput : globInput.patterns) !== null && _ref !== void 0 ? _ref : "**/*");
  const options = getOptions(isModern ? inputOptions : globInput);
  return patterns.length > 0 ? buildCrawler(options, patterns) : [];
}
function globSync(globInput, options) {
  const [crawler, relative2] = getCrawler(globInput, options);
  return crawler ? formatPaths(crawler.sync(), relative2) : [];
}

// src/load/format.ts
var POLICY_EXTENSIONS = {
  ".md": "markdown",
  ".markdown": "markdown",
  ".mdx": "markdown",
  ".txt": "text",
  ".text": "text",
  ".html": "html",
  ".htm": "html"
};
function formatFromName(name) {
  const m = /\.[^./\\]+$/.exec(name.toLowerCase());
  return m ? POLICY_EXTENSIONS[m[0]] ?? null : null;
}
function sniffFormat(text3) {
  const head = text3.slice(0, 4e3);
  if (/^\s*(<!doctype html|<html|<head|<body)/i.test(head) || (head.match(/<\/?(p|div|h[1-6]|ul|li|section|span|a)\b/gi) ?? []).length > 5) {
    return "html";
  }
  if (/^(#{1,6} |\s*[-*+] |---\n)|\]\(|\*\*\w/m.test(head)) return "markdown";
  return "text";
}
var ATX_HEADINGS = /^#{1,6}[ \t]+\S[^\n]*\n(?:[^\n]*\n)*?#{1,6}[ \t]+\S/m;
function formatOf(name, text3) {
  const named = formatFromName(name);
  return named && contentFormat(named, text3);
}
function contentFormat(named, text3) {
  if (named === "text") return ATX_HEADINGS.test(text3.slice(0, 2e4)) ? "markdown" : named;
  if (named !== "html" || /<[a-z!/]/i.test(text3.slice(0, 2e4))) return named;
  return sniffFormat(text3);
}

// src/load/paths.ts
import path from "node:path";
function relativePath(cwd, filePath) {
  return path.relative(cwd, path.resolve(cwd, filePath)).split(path.sep).join("/");
}

// src/order.ts
function compareCodeUnits(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}

// src/load/policy-names.ts
import path2 from "node:path";
var POLICY_NAME_WORDS = ["privacy", "cookie", "datenschutz", "data-protection", "data_protection", "dataprotection", "confidentialit", "privacidad", "gdpr", "ccpa"];
var POLICY_NAME = new RegExp(POLICY_NAME_WORDS.join("|"), "i");
function isPolicyName(file) {
  return POLICY_NAME.test(path2.basename(file));
}
function policyNameWord(file) {
  return POLICY_NAME.exec(path2.basename(file))?.[0].toLowerCase();
}

// src/load/expand.ts
function patternSelection(cwd, patterns = []) {
  const ig = (0, import_ignore.default)().add(patterns);
  return {
    ignored: (abs, isDir) => {
      const rel = relativePath(cwd, abs);
      return rel !== "" && !rel.startsWith("..") && ig.ignores(isDir ? `${rel}/` : rel);
    },
    extra: () => null
  };
}
var ALWAYS_SKIPPED = /* @__PURE__ */ new Set(["node_modules", ".git", ".hg", ".svn"]);
var GLOB = /[*?[\]{}]/;
function expandPaths(inputs, cwd, selection = patternSelection(cwd)) {
  const out = { files: [], reasons: /* @__PURE__ */ new Map(), problems: [] };
  const add = (f, why) => {
    if (out.reasons.has(f)) return;
    out.reasons.set(f, why);
    out.files.push(f);
  };
  for (const input2 of inputs) {
    const abs = path3.resolve(cwd, input2);
    if (!existsSync(abs) && GLOB.test(input2)) {
      const matches3 = globSync(input2, { cwd, absolute: true, onlyFiles: true, ignore: ["**/node_modules/**", "**/.git/**"] }).map((f) => path3.resolve(f));
      const kept = matches3.filter((f) => !selection.ignored(f, false)).sort(compareCodeUnits);
      if (kept.length === 0) out.problems.push([input2, "the pattern matches no file"]);
      for (const f of kept) add(f, `matches "${input2}"`);
      continue;
    }
    let st;
    try {
      st = statSync2(abs);
    } catch {
      out.problems.push([input2, "no such file or folder"]);
      continue;
    }
    if (st.isDirectory()) {
      const found = /* @__PURE__ */ new Map();
      walk(abs, selection, repositoryIgnores(abs), found);
      if (found.size === 0) out.problems.push([input2, 'the folder has no policy files (names with privacy, cookie, datenschutz, data-protection \u2026; add others with "files" in the configuration)']);
      for (const [f, why] of found) add(f, why);
    } else if (!selection.ignored(abs, false)) {
      add(abs, "named on the command line");
    }
  }
  return out;
}
function gitignoreIn(dir) {
  try {
    return { dir, ig: (0, import_ignore.default)().add(readFileSync(path3.join(dir, ".gitignore"), "utf8")) };
  } catch {
    return null;
  }
}
function repositoryIgnores(dir) {
  if (existsSync(path3.join(dir, ".git"))) return [];
  const above = [];
  for (let d = path3.dirname(dir); ; d = path3.dirname(d)) {
    const g = gitignoreIn(d);
    if (g) above.unshift(g);
    if (existsSync(path3.join(d, ".git"))) return above;
    if (path3.dirname(d) === d) return [];
  }
}
function gitIgnored(abs, isDir, ignores) {
  return ignores.some(({ dir, ig }) => {
    const rel = relativePath(dir, abs);
    return rel !== "" && !rel.startsWith("..") && ig.ignores(isDir ? `${rel}/` : rel);
  });
}
function walk(dir, selection, ignores, found) {
  let entries;
  try {
    entries = readdirSync2(dir, { withFileTypes: true });
  } catch {
    return;
  }
  const own4 = gitignoreIn(dir);
  const here = own4 ? [...ignores, own4] : ignores;
  entries.sort((a, b) => compareCodeUnits(a.name, b.name));
  for (const e of entries) {
    if (ALWAYS_SKIPPED.has(e.name)) continue;
    const abs = path3.join(dir, e.name);
    const isDir = e.isDirectory();
    if (selection.ignored(abs, isDir) || gitIgnored(abs, isDir, here)) continue;
    if (isDir) walk(abs, selection, here, found);
    else if (e.isFile() && path3.extname(e.name).toLowerCase() in POLICY_EXTENSIONS) {
      const word = policyNameWord(abs);
      const why = word ? `its name has "${word}"` : selection.extra(abs);
      if (why) found.set(abs, why);
    }
  }
}

// src/load/changed.ts
import { spawnSync } from "node:child_process";
import path4 from "node:path";
var GitError = class extends Error {
};
function git(args, cwd) {
  const r = spawnSync("git", args, { cwd, encoding: "utf8", maxBuffer: 1 << 28 });
  if (r.error) throw new GitError(`git could not run: ${r.error.message}`);
  if (r.status !== 0) throw new GitError((r.stderr || `git ${args[0]} failed`).trim().split("\n")[0]);
  return r.stdout;
}
function changedSince(ref, cwd) {
  const top = git(["rev-parse", "--show-toplevel"], cwd).trim();
  const names = [
    ...git(["diff", "--name-only", "-z", "--diff-filter=ACMRT", ref, "--"], top).split("\0"),
    ...git(["ls-files", "--others", "--exclude-standard", "-z"], top).split("\0")
  ];
  return new Set(names.filter(Boolean).map((n) => path4.resolve(top, n)));
}

// src/load/read.ts
import { readFileSync as readFileSync2, statSync as statSync3 } from "node:fs";
var DEFAULT_MAX_BYTES = 5 * 1024 * 1024;
function parseSize(value2) {
  const m = /^\s*(\d+(?:\.\d+)?)\s*(b|k|kb|kib|m|mb|mib|g|gb|gib)?\s*$/i.exec(value2);
  if (!m) return null;
  const unit = (m[2] ?? "b").toLowerCase()[0];
  const bytes = Math.round(Number(m[1]) * (unit === "k" ? 1024 : unit === "m" ? 1048576 : unit === "g" ? 1073741824 : 1));
  return bytes > 0 ? bytes : null;
}
function sizeText(bytes) {
  return bytes >= 1048576 ? `${+(bytes / 1048576).toFixed(1)} MB` : bytes >= 1024 ? `${+(bytes / 1024).toFixed(1)} KB` : `${bytes} bytes`;
}
function tooBig(size, limit2) {
  return new LoadError(`the file is ${sizeText(size)}, over the ${sizeText(limit2)} limit (raise it with --max-file-size)`);
}
var LoadError = class extends Error {
};
function decodePolicy(bytes, filePath, forced, limit2 = DEFAULT_MAX_BYTES) {
  if (bytes.length === 0) throw new LoadError("the file is empty");
  if (bytes.length > limit2) throw tooBig(bytes.length, limit2);
  if (looksBinary(bytes)) throw new LoadError("the file is binary, not a policy in Markdown, text or HTML");
  const warnings = [];
  let text3;
  try {
    text3 = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    text3 = new TextDecoder("utf-8").decode(bytes);
    warnings.push("the file is not valid UTF-8; invalid bytes were read as U+FFFD");
  }
  if (text3.charCodeAt(0) === 65279) text3 = text3.slice(1);
  if (text3.trim() === "") throw new LoadError("the file has no text");
  return { filePath, text: text3, format: forced ?? formatOf(filePath, text3) ?? sniffFormat(text3), warnings };
}
function readPolicy(filePath, forced, limit2 = DEFAULT_MAX_BYTES) {
  let bytes;
  try {
    const size = statSync3(filePath).size;
    if (size > limit2) throw tooBig(size, limit2);
    bytes = readFileSync2(filePath);
  } catch (e) {
    if (e instanceof LoadError) throw e;
    const code = e.code;
    throw new LoadError(code === "ENOENT" ? "no such file" : code === "EACCES" ? "permission denied" : code === "EISDIR" ? "is a folder" : `cannot read it (${code ?? "unknown error"})`);
  }
  return decodePolicy(bytes, filePath, forced, limit2);
}
function looksBinary(bytes) {
  const n = Math.min(bytes.length, 8192);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    if (b === 0) return true;
    if (b < 9 || b > 13 && b < 32) control++;
  }
  return control > n * 0.1;
}

// node_modules/bail/index.js
function bail(error) {
  if (error) {
    throw error;
  }
}

// node_modules/unified/lib/index.js
var import_extend = __toESM(require_extend(), 1);

// node_modules/devlop/lib/default.js
function ok() {
}

// node_modules/is-plain-obj/index.js
function isPlainObject(value2) {
  if (typeof value2 !== "object" || value2 === null) {
    return false;
  }
  const prototype = Object.getPrototypeOf(value2);
  return (prototype === null || prototype === Object.prototype || Object.getPrototypeOf(prototype) === null) && !(Symbol.toStringTag in value2) && !(Symbol.iterator in value2);
}

// node_modules/trough/lib/index.js
function trough() {
  const fns = [];
  const pipeline = { run, use };
  return pipeline;
  function run(...values) {
    let middlewareIndex = -1;
    const callback2 = values.pop();
    if (typeof callback2 !== "function") {
      throw new TypeError("Expected function as last argument, not " + callback2);
    }
    next(null, ...values);
    function next(error, ...output) {
      const fn = fns[++middlewareIndex];
      let index2 = -1;
      if (error) {
        callback2(error);
        return;
      }
      while (++index2 < values.length) {
        if (output[index2] === null || output[index2] === void 0) {
          output[index2] = values[index2];
        }
      }
      values = output;
      if (fn) {
        wrap(fn, next)(...output);
      } else {
        callback2(null, ...output);
      }
    }
  }
  function use(middelware) {
    if (typeof middelware !== "function") {
      throw new TypeError(
        "Expected `middelware` to be a function, not " + middelware
      );
    }
    fns.push(middelware);
    return pipeline;
  }
}
function wrap(middleware, callback2) {
  let called;
  return wrapped;
  function wrapped(...parameters) {
    const fnExpectsCallback = middleware.length > parameters.length;
    let result;
    if (fnExpectsCallback) {
      parameters.push(done);
    }
    try {
      result = middleware.apply(this, parameters);
    } catch (error) {
      const exception = (
        /** @type {Error} */
        error
      );
      if (fnExpectsCallback && called) {
        throw exception;
      }
      return done(exception);
    }
    if (!fnExpectsCallback) {
      if (result && result.then && typeof result.then === "function") {
        result.then(then, done);
      } else if (result instanceof Error) {
        done(result);
      } else {
        then(result);
      }
    }
  }
  function done(error, ...output) {
    if (!called) {
      called = true;
      callback2(error, ...output);
    }
  }
  function then(value2) {
    done(null, value2);
  }
}

// node_modules/unist-util-stringify-position/lib/index.js
function stringifyPosition(value2) {
  if (!value2 || typeof value2 !== "object") {
    return "";
  }
  if ("position" in value2 || "type" in value2) {
    return position(value2.position);
  }
  if ("start" in value2 || "end" in value2) {
    return position(value2);
  }
  if ("line" in value2 || "column" in value2) {
    return point(value2);
  }
  return "";
}
function point(point4) {
  return index(point4 && point4.line) + ":" + index(point4 && point4.column);
}
function position(pos) {
  return point(pos && pos.start) + "-" + point(pos && pos.end);
}
function index(value2) {
  return value2 && typeof value2 === "number" ? value2 : 1;
}

// node_modules/vfile-message/lib/index.js
var VFileMessage = class extends Error {
  /**
   * Create a message for `reason`.
   *
   * > 🪦 **Note**: also has obsolete signatures.
   *
   * @overload
   * @param {string} reason
   *   Reason for message, should use markdown.
   * @param {Options | null | undefined} [options]
   *   Configuration (optional).
   * @returns
   *   Instance of `VFileMessage`.
   *
   * @overload
   * @param {string} reason
   *   Reason for message, should use markdown.
   * @param {Node | NodeLike | null | undefined} parent
   *   Node or node-like, used for `ancestors` and `place`.
   * @param {string | null | undefined} [origin]
   *   Place in code where the message originates (optional).
   * @returns
   *   Instance of `VFileMessage`.
   *
   * @overload
   * @param {string} reason
   *   Reason for message, should use markdown.
   * @param {Point | Position | null | undefined} place
   *   Place of message.
   * @param {string | null | undefined} [origin]
   *   Place in code where the message originates (optional).
   * @returns
   *   Instance of `VFileMessage`.
   *
   * @overload
   * @param {string} reason
   *   Reason for message, should use markdown.
   * @param {string | null | undefined} [origin]
   *   Place in code where the message originates (optional).
   * @returns
   *   Instance of `VFileMessage`.
   *
   * @overload
   * @param {Error | VFileMessage} cause
   *   Original error cause of the message.
   * @param {Node | NodeLike | null | undefined} parent
   *   Node or node-like, used for `ancestors` and `place`.
   * @param {string | null | undefined} [origin]
   *   Place in code where the message originates (optional).
   * @returns
   *   Instance of `VFileMessage`.
   *
   * @overload
   * @param {Error | VFileMessage} cause
   *   Original error cause of the message.
   * @param {Point | Position | null | undefined} place
   *   Place of message.
   * @param {string | null | undefined} [origin]
   *   Place in code where the message originates (optional).
   * @returns
   *   Instance of `VFileMessage`.
   *
   * @overload
   * @param {Error | VFileMessage} cause
   *   Original error cause of the message.
   * @param {string | null | undefined} [origin]
   *   Place in code where the message originates (optional).
   * @returns
   *   Instance of `VFileMessage`.
   *
   * @param {Error | VFileMessage | string} causeOrReason
   *   Reason for message, should use markdown.
   * @param {Node | NodeLike | Options | Point | Position | string | null | undefined} [optionsOrParentOrPlace]
   *   Configuration (optional).
   * @param {string | null | undefined} [origin]
   *   Place in code where the message originates (example:
   *   `'my-package:my-rule'` or `'my-rule'`).
   * @returns
   *   Instance of `VFileMessage`.
   */
  // eslint-disable-next-line complexity
  constructor(causeOrReason, optionsOrParentOrPlace, origin) {
    super();
    if (typeof optionsOrParentOrPlace === "string") {
      origin = optionsOrParentOrPlace;
      optionsOrParentOrPlace = void 0;
    }
    let reason = "";
    let options = {};
    let legacyCause = false;
    if (optionsOrParentOrPlace) {
      if ("line" in optionsOrParentOrPlace && "column" in optionsOrParentOrPlace) {
        options = { place: optionsOrParentOrPlace };
      } else if ("start" in optionsOrParentOrPlace && "end" in optionsOrParentOrPlace) {
        options = { place: optionsOrParentOrPlace };
      } else if ("type" in optionsOrParentOrPlace) {
        options = {
          ancestors: [optionsOrParentOrPlace],
          place: optionsOrParentOrPlace.position
        };
      } else {
        options = { ...optionsOrParentOrPlace };
      }
    }
    if (typeof causeOrReason === "string") {
      reason = causeOrReason;
    } else if (!options.cause && causeOrReason) {
      legacyCause = true;
      reason = causeOrReason.message;
      options.cause = causeOrReason;
    }
    if (!options.ruleId && !options.source && typeof origin === "string") {
      const index2 = origin.indexOf(":");
      if (index2 === -1) {
        options.ruleId = origin;
      } else {
        options.source = origin.slice(0, index2);
        options.ruleId = origin.slice(index2 + 1);
      }
    }
    if (!options.place && options.ancestors) {
      const parent = options.ancestors[options.ancestors.length - 1];
      if (parent) {
        options.place = parent.position;
      }
    }
    const start = options.place && "start" in options.place ? options.place.start : options.place;
    this.ancestors = options.ancestors || void 0;
    this.cause = options.cause || void 0;
    this.column = start ? start.column : void 0;
    this.fatal = void 0;
    this.file = "";
    this.message = reason;
    this.line = start ? start.line : void 0;
    this.name = stringifyPosition(options.place) || "1:1";
    this.place = options.place || void 0;
    this.reason = this.message;
    this.ruleId = options.ruleId || void 0;
    this.source = options.source || void 0;
    this.stack = legacyCause && options.cause && typeof options.cause.stack === "string" ? options.cause.stack : "";
    this.actual = void 0;
    this.expected = void 0;
    this.note = void 0;
    this.url = void 0;
  }
};
Object.defineProperties(VFileMessage.prototype, {
  file: { configurable: true, enumerable: true, value: "", writable: true },
  name: { configurable: true, enumerable: true, value: "", writable: true },
  reason: { configurable: true, enumerable: true, value: "", writable: true },
  message: { configurable: true, enumerable: true, value: "", writable: true },
  stack: { configurable: true, enumerable: true, value: "", writable: true },
  column: { configurable: true, enumerable: true, writable: true },
  line: { configurable: true, enumerable: true, writable: true },
  ancestors: { configurable: true, enumerable: true, writable: true },
  cause: { configurable: true, enumerable: true, writable: true },
  fatal: { configurable: true, enumerable: true, writable: true },
  place: { configurable: true, enumerable: true, writable: true },
  ruleId: { configurable: true, enumerable: true, writable: true },
  source: { configurable: true, enumerable: true, writable: true }
});

// node_modules/vfile/lib/minpath.js
import { default as default2 } from "node:path";

// node_modules/vfile/lib/minproc.js
import { default as default3 } from "node:process";

// node_modules/vfile/lib/minurl.js
import { fileURLToPath as fileURLToPath2 } from "node:url";

// node_modules/vfile/lib/minurl.shared.js
function isUrl(fileUrlOrPath) {
  return Boolean(
    fileUrlOrPath !== null && typeof fileUrlOrPath === "object" && "href" in fileUrlOrPath && fileUrlOrPath.href && "protocol" in fileUrlOrPath && fileUrlOrPath.protocol && // @ts-expect-error: indexing is fine.
    fileUrlOrPath.auth === void 0
  );
}

// node_modules/vfile/lib/index.js
var order = (
  /** @type {const} */
  [
    "history",
    "path",
    "basename",
    "stem",
    "extname",
    "dirname"
  ]
);
var VFile = class {
  /**
   * Create a new virtual file.
   *
   * `options` is treated as:
   *
   * *   `string` or `Uint8Array` — `{value: options}`
   * *   `URL` — `{path: options}`
   * *   `VFile` — shallow copies its data over to the new file
   * *   `object` — all fields are shallow copied over to the new file
   *
   * Path related fields are set in the following order (least specific to
   * most specific): `history`, `path`, `basename`, `stem`, `extname`,
   * `dirname`.
   *
   * You cannot set `dirname` or `extname` without setting either `history`,
   * `path`, `basename`, or `stem` too.
   *
   * @param {Compatible | null | undefined} [value]
   *   File value.
   * @returns
   *   New instance.
   */
  constructor(value2) {
    let options;
    if (!value2) {
      options = {};
    } else if (isUrl(value2)) {
      options = { path: value2 };
    } else if (typeof value2 === "string" || isUint8Array(value2)) {
      options = { value: value2 };
    } else {
      options = value2;
    }
    this.cwd = "cwd" in options ? "" : default3.cwd();
    this.data = {};
    this.history = [];
    this.messages = [];
    this.value;
    this.map;
    this.result;
    this.stored;
    let index2 = -1;
    while (++index2 < order.length) {
      const field2 = order[index2];
      if (field2 in options && options[field2] !== void 0 && options[field2] !== null) {
        this[field2] = field2 === "history" ? [...options[field2]] : options[field2];
      }
    }
    let field;
    for (field in options) {
      if (!order.includes(field)) {
        this[field] = options[field];
      }
    }
  }
  /**
   * Get the basename (including extname) (example: `'index.min.js'`).
   *
   * @returns {string | undefined}
   *   Basename.
   */
  get basename() {
    return typeof this.path === "string" ? default2.basename(this.path) : void 0;
  }
  /**
   * Set basename (including extname) (`'index.min.js'`).
   *
   * Cannot contain path separators (`'/'` on unix, macOS, and browsers, `'\'`
   * on windows).
   * Cannot be nullified (use `file.path = file.dirname` instead).
   *
   * @param {string} basename
   *   Basename.
   * @returns {undefined}
   *   Nothing.
   */
  set basename(basename2) {
    assertNonEmpty(basename2, "basename");
    assertPart(basename2, "basename");
    this.path = default2.join(this.dirname || "", basename2);
  }
  /**
   * Get the parent path (example: `'~'`).
   *
   * @returns {string | undefined}
   *   Dirname.
   */
  get dirname() {
    return typeof this.path === "string" ? default2.dirname(this.path) : void 0;
  }
  /**
   * Set the parent path (example: `'~'`).
   *
   * Cannot be set if there’s no `path` yet.
   *
   * @param {string | undefined} dirname
   *   Dirname.
   * @returns {undefined}
   *   Nothing.
   */
  set dirname(dirname2) {
    assertPath(this.basename, "dirname");
    this.path = default2.join(dirname2 || "", this.basename);
  }
  /**
   * Get the extname (including dot) (example: `'.js'`).
   *
   * @returns {string | undefined}
   *   Extname.
   */
  get extname() {
    return typeof this.path === "string" ? default2.extname(this.path) : void 0;
  }
  /**
   * Set the extname (including dot) (example: `'.js'`).
   *
   * Cannot contain path separators (`'/'` on unix, macOS, and browsers, `'\'`
   * on windows).
   * Cannot be set if there’s no `path` yet.
   *
   * @param {string | undefined} extname
   *   Extname.
   * @returns {undefined}
   *   Nothing.
   */
  set extname(extname) {
    assertPart(extname, "extname");
    assertPath(this.dirname, "extname");
    if (extname) {
      if (extname.codePointAt(0) !== 46) {
        throw new Error("`extname` must start with `.`");
      }
      if (extname.includes(".", 1)) {
        throw new Error("`extname` cannot contain multiple dots");
      }
    }
    this.path = default2.join(this.dirname, this.stem + (extname || ""));
  }
  /**
   * Get the full path (example: `'~/index.min.js'`).
   *
   * @returns {string}
   *   Path.
   */
  get path() {
    return this.history[this.history.length - 1];
  }
  /**
   * Set the full path (example: `'~/index.min.js'`).
   *
   * Cannot be nullified.
   * You can set a file URL (a `URL` object with a `file:` protocol) which will
   * be turned into a path with `url.fileURLToPath`.
   *
   * @param {URL | string} path
   *   Path.
   * @returns {undefined}
   *   Nothing.
   */
  set path(path18) {
    if (isUrl(path18)) {
      path18 = fileURLToPath2(path18);
    }
    assertNonEmpty(path18, "path");
    if (this.path !== path18) {
      this.history.push(path18);
    }
  }
  /**
   * Get the stem (basename w/o extname) (example: `'index.min'`).
   *
   * @returns {string | undefined}
   *   Stem.
   */
  get stem() {
    return typeof this.path === "string" ? default2.basename(this.path, this.extname) : void 0;
  }
  /**
   * Set the stem (basename w/o extname) (example: `'index.min'`).
   *
   * Cannot contain path separators (`'/'` on unix, macOS, and browsers, `'\'`
   * on windows).
   * Cannot be nullified (use `file.path = file.dirname` instead).
   *
   * @param {string} stem
   *   Stem.
   * @returns {undefined}
   *   Nothing.
   */
  set stem(stem) {
    assertNonEmpty(stem, "stem");
    assertPart(stem, "stem");
    this.path = default2.join(this.dirname || "", stem + (this.extname || ""));
  }
  // Normal prototypal methods.
  /**
   * Create a fatal message for `reason` associated with the file.
   *
   * The `fatal` field of the message is set to `true` (error; file not usable)
   * and the `file` field is set to the current file path.
   * The message is added to the `messages` field on `file`.
   *
   * > 🪦 **Note**: also has obsolete signatures.
   *
   * @overload
   * @param {string} reason
   * @param {MessageOptions | null | undefined} [options]
   * @returns {never}
   *
   * @overload
   * @param {string} reason
   * @param {Node | NodeLike | null | undefined} parent
   * @param {string | null | undefined} [origin]
   * @returns {never}
   *
   * @overload
   * @param {string} reason
   * @param {Point | Position | null | undefined} place
   * @param {string | null | undefined} [origin]
   * @returns {never}
   *
   * @overload
   * @param {string} reason
   * @param {string | null | undefined} [origin]
   * @returns {never}
   *
   * @overload
   * @param {Error | VFileMessage} cause
   * @param {Node | NodeLike | null | undefined} parent
   * @param {string | null | undefined} [origin]
   * @returns {never}
   *
   * @overload
   * @param {Error | VFileMessage} cause
   * @param {Point | Position | null | undefined} place
   * @param {string | null | undefined} [origin]
   * @returns {never}
   *
   * @overload
   * @param {Error | VFileMessage} cause
   * @param {string | null | undefined} [origin]
   * @returns {never}
   *
   * @param {Error | VFileMessage | string} causeOrReason
   *   Reason for message, should use markdown.
   * @param {Node | NodeLike | MessageOptions | Point | Position | string | null | undefined} [optionsOrParentOrPlace]
   *   Configuration (optional).
   * @param {string | null | undefined} [origin]
   *   Place in code where the message originates (example:
   *   `'my-package:my-rule'` or `'my-rule'`).
   * @returns {never}
   *   Never.
   * @throws {VFileMessage}
   *   Message.
   */
  fail(causeOrReason, optionsOrParentOrPlace, origin) {
    const message = this.message(causeOrReason, optionsOrParentOrPlace, origin);
    message.fatal = true;
    throw message;
  }
  /**
   * Create an info message for `reason` associated with the file.
   *
   * The `fatal` field of the message is set to `undefined` (info; change
   * likely not needed) and the `file` field is set to the current file path.
   * The message is added to the `messages` field on `file`.
   *
   * > 🪦 **Note**: also has obsolete signatures.
   *
   * @overload
   * @param {string} reason
   * @param {MessageOptions | null | undefined} [options]
   * @returns {VFileMessage}
   *
   * @overload
   * @param {string} reason
   * @param {Node | NodeLike | null | undefined} parent
   * @param {string | null | undefined} [origin]
   * @returns {VFileMessage}
   *
   * @overload
   * @param {string} reason
   * @param {Point | Position | null | undefined} place
   * @param {string | null | undefined} [origin]
   * @returns {VFileMessage}
   *
   * @overload
   * @param {string} reason
   * @param {string | null | undefined} [origin]
   * @returns {VFileMessage}
   *
   * @overload
   * @param {Error | VFileMessage} cause
   * @param {Node | NodeLike | null | undefined} parent
   * @param {string | null | undefined} [origin]
   * @returns {VFileMessage}
   *
   * @overload
   * @param {Error | VFileMessage} cause
   * @param {Point | Position | null | undefined} place
   * @param {string | null | undefined} [origin]
   * @returns {VFileMessage}
   *
   * @overload
   * @param {Error | VFileMessage} cause
   * @param {string | null | undefined} [origin]
   * @returns {VFileMessage}
   *
   * @param {Error | VFileMessage | string} causeOrReason
   *   Reason for message, should use markdown.
   * @param {Node | NodeLike | MessageOptions | Point | Position | string | null | undefined} [optionsOrParentOrPlace]
   *   Configuration (optional).
   * @param {string | null | undefined} [origin]
   *   Place in code where the message originates (example:
   *   `'my-package:my-rule'` or `'my-rule'`).
   * @returns {VFileMessage}
   *   Message.
   */
  info(causeOrReason, optionsOrParentOrPlace, origin) {
    const message = this.message(causeOrReason, optionsOrParentOrPlace, origin);
    message.fatal = void 0;
    return message;
  }
  /**
   * Create a message for `reason` associated with the file.
   *
   * The `fatal` field of the message is set to `false` (warning; change may be
   * needed) and the `file` field is set to the current file path.
   * The message is added to the `messages` field on `file`.
   *
   * > 🪦 **Note**: also has obsolete signatures.
   *
   * @overload
   * @param {string} reason
   * @param {MessageOptions | null | undefined} [options]
   * @returns {VFileMessage}
   *
   * @overload
   * @param {string} reason
   * @param {Node | NodeLike | null | undefined} parent
   * @param {string | null | undefined} [origin]
   * @returns {VFileMessage}
   *
   * @overload
   * @param {string} reason
   * @param {Point | Position | null | undefined} place
   * @param {string | null | undefined} [origin]
   * @returns {VFileMessage}
   *
   * @overload
   * @param {string} reason
   * @param {string | null | undefined} [origin]
   * @returns {VFileMessage}
   *
   * @overload
   * @param {Error | VFileMessage} cause
   * @param {Node | NodeLike | null | undefined} parent
   * @param {string | null | undefined} [origin]
   * @returns {VFileMessage}
   *
   * @overload
   * @param {Error | VFileMessage} cause
   * @param {Point | Position | null | undefined} place
   * @param {string | null | undefined} [origin]
   * @returns {VFileMessage}
   *
   * @overload
   * @param {Error | VFileMessage} cause
   * @param {string | null | undefined} [origin]
   * @returns {VFileMessage}
   *
   * @param {Error | VFileMessage | string} causeOrReason
   *   Reason for message, should use markdown.
   * @param {Node | NodeLike | MessageOptions | Point | Position | string | null | undefined} [optionsOrParentOrPlace]
   *   Configuration (optional).
   * @param {string | null | undefined} [origin]
   *   Place in code where the message originates (example:
   *   `'my-package:my-rule'` or `'my-rule'`).
   * @returns {VFileMessage}
   *   Message.
   */
  message(causeOrReason, optionsOrParentOrPlace, origin) {
    const message = new VFileMessage(
      // @ts-expect-error: the overloads are fine.
      causeOrReason,
      optionsOrParentOrPlace,
      origin
    );
    if (this.path) {
      message.name = this.path + ":" + message.name;
      message.file = this.path;
    }
    message.fatal = false;
    this.messages.push(message);
    return message;
  }
  /**
   * Serialize the file.
   *
   * > **Note**: which encodings are supported depends on the engine.
   * > For info on Node.js, see:
   * > <https://nodejs.org/api/util.html#whatwg-supported-encodings>.
   *
   * @param {string | null | undefined} [encoding='utf8']
   *   Character encoding to understand `value` as when it’s a `Uint8Array`
   *   (default: `'utf-8'`).
   * @returns {string}
   *   Serialized file.
   */
  toString(encoding) {
    if (this.value === void 0) {
      return "";
    }
    if (typeof this.value === "string") {
      return this.value;
    }
    const decoder = new TextDecoder(encoding || void 0);
    return decoder.decode(this.value);
  }
};
function assertPart(part, name) {
  if (part && part.includes(default2.sep)) {
    throw new Error(
      "`" + name + "` cannot be a path: did not expect `" + default2.sep + "`"
    );
  }
}
function assertNonEmpty(part, name) {
  if (!part) {
    throw new Error("`" + name + "` cannot be empty");
  }
}
function assertPath(path18, name) {
  if (!path18) {
    throw new Error("Setting `" + name + "` requires `path` to be set too");
  }
}
function isUint8Array(value2) {
  return Boolean(
    value2 && typeof value2 === "object" && "byteLength" in value2 && "byteOffset" in value2
  );
}

// node_modules/unified/lib/callable-instance.js
var CallableInstance = (
  /**
   * @type {new <Parameters extends Array<unknown>, Result>(property: string | symbol) => (...parameters: Parameters) => Result}
   */
  /** @type {unknown} */
  /**
   * @this {Function}
   * @param {string | symbol} property
   * @returns {(...parameters: Array<unknown>) => unknown}
   */
  (function(property) {
    const self = this;
    const constr = self.constructor;
    const proto = (
      /** @type {Record<string | symbol, Function>} */
      // Prototypes do exist.
      // type-coverage:ignore-next-line
      constr.prototype
    );
    const value2 = proto[property];
    const apply = function() {
      return value2.apply(apply, arguments);
    };
    Object.setPrototypeOf(apply, proto);
    return apply;
  })
);

// node_modules/unified/lib/index.js
var own = {}.hasOwnProperty;
var Processor = class _Processor extends CallableInstance {
  /**
   * Create a processor.
   */
  constructor() {
    super("copy");
    this.Compiler = void 0;
    this.Parser = void 0;
    this.attachers = [];
    this.compiler = void 0;
    this.freezeIndex = -1;
    this.frozen = void 0;
    this.namespace = {};
    this.parser = void 0;
    this.transformers = trough();
  }
  /**
   * Copy a processor.
   *
   * @deprecated
   *   This is a private internal method and should not be used.
   * @returns {Processor<ParseTree, HeadTree, TailTree, CompileTree, CompileResult>}
   *   New *unfrozen* processor ({@linkcode Processor}) that is
   *   configured to work the same as its ancestor.
   *   When the descendant processor is configured in the future it does not
   *   affect the ancestral processor.
   */
  copy() {
    const destination = (
      /** @type {Processor<ParseTree, HeadTree, TailTree, CompileTree, CompileResult>} */
      new _Processor()
    );
    let index2 = -1;
    while (++index2 < this.attachers.length) {
      const attacher = this.attachers[index2];
      destination.use(...attacher);
    }
    destination.data((0, import_extend.default)(true, {}, this.namespace));
    return destination;
  }
  /**
   * Configure the processor with info available to all plugins.
   * Information is stored in an object.
   *
   * Typically, options can be given to a specific plugin, but sometimes it
   * makes sense to have information shared with several plugins.
   * For example, a list of HTML elements that are self-closing, which is
   * needed during all phases.
   *
   * > **Note**: setting information cannot occur on *frozen* processors.
   * > Call the processor first to create a new unfrozen processor.
   *
   * > **Note**: to register custom data in TypeScript, augment the
   * > {@linkcode Data} interface.
   *
   * @example
   *   This example show how to get and set info:
   *
   *   ```js
   *   import {unified} from 'unified'
   *
   *   const processor = unified().data('alpha', 'bravo')
   *
   *   processor.data('alpha') // => 'bravo'
   *
   *   processor.data() // => {alpha: 'bravo'}
   *
   *   processor.data({charlie: 'delta'})
   *
   *   processor.data() // => {charlie: 'delta'}
   *   ```
   *
   * @template {keyof Data} Key
   *
   * @overload
   * @returns {Data}
   *
   * @overload
   * @param {Data} dataset
   * @returns {Processor<ParseTree, HeadTree, TailTree, CompileTree, CompileResult>}
   *
   * @overload
   * @param {Key} key
   * @returns {Data[Key]}
   *
   * @overload
   * @param {Key} key
   * @param {Data[Key]} value
   * @returns {Processor<ParseTree, HeadTree, TailTree, CompileTree, CompileResult>}
   *
   * @param {Data | Key} [key]
   *   Key to get or set, or entire dataset to set, or nothing to get the
   *   entire dataset (optional).
   * @param {Data[Key]} [value]
   *   Value to set (optional).
   * @returns {unknown}
   *   The current processor when setting, the value at `key` when getting, or
   *   the entire dataset when getting without key.
   */
  data(key, value2) {
    if (typeof key === "string") {
      if (arguments.length === 2) {
        assertUnfrozen("data", this.frozen);
        this.namespace[key] = value2;
        return this;
      }
      return own.call(this.namespace, key) && this.namespace[key] || void 0;
    }
    if (key) {
      assertUnfrozen("data", this.frozen);
      this.namespace = key;
      return this;
    }
    return this.namespace;
  }
  /**
   * Freeze a processor.
   *
   * Frozen processors are meant to be extended and not to be configured
   * directly.
   *
   * When a processor is frozen it cannot be unfrozen.
   * New processors working the same way can be created by calling the
   * processor.
   *
   * It’s possible to freeze processors explicitly by calling `.freeze()`.
   * Processors freeze automatically when `.parse()`, `.run()`, `.runSync()`,
   * `.stringify()`, `.process()`, or `.processSync()` are called.
   *
   * @returns {Processor<ParseTree, HeadTree, TailTree, CompileTree, CompileResult>}
   *   The current processor.
   */
  freeze() {
    if (this.frozen) {
      return this;
    }
    const self = (
      /** @type {Processor} */
      /** @type {unknown} */
      this
    );
    while (++this.freezeIndex < this.attachers.length) {
      const [attacher, ...options] = this.attachers[this.freezeIndex];
      if (options[0] === false) {
        continue;
      }
      if (options[0] === true) {
        options[0] = void 0;
      }
      const transformer = attacher.call(self, ...options);
      if (typeof transformer === "function") {
        this.transformers.use(transformer);
      }
    }
    this.frozen = true;
    this.freezeIndex = Number.POSITIVE_INFINITY;
    return this;
  }
  /**
   * Parse text to a syntax tree.
   *
   * > **Note**: `parse` freezes the processor if not already *frozen*.
   *
   * > **Note**: `parse` performs the parse phase, not the run phase or other
   * > phases.
   *
   * @param {Compatible | undefined} [file]
   *   file to parse (optional); typically `string` or `VFile`; any value
   *   accepted as `x` in `new VFile(x)`.
   * @returns {ParseTree extends undefined ? Node : ParseTree}
   *   Syntax tree representing `file`.
   */
  parse(file) {
    this.freeze();
    const realFile = vfile(file);
    const parser = this.parser || this.Parser;
    assertParser("parse", parser);
    return parser(String(realFile), realFile);
  }
  /**
   * Process the given file as configured on the processor.
   *
   * > **Note**: `process` freezes the processor if not already *frozen*.
   *
   * > **Note**: `process` performs the parse, run, and stringify phases.
   *
   * @overload
   * @param {Compatible | undefined} file
   * @param {ProcessCallback<VFileWithOutput<CompileResult>>} done
   * @returns {undefined}
   *
   * @overload
   * @param {Compatible | undefined} [file]
   * @returns {Promise<VFileWithOutput<CompileResult>>}
   *
   * @param {Compatible | undefined} [file]
   *   File (optional); typically `string` or `VFile`]; any value accepted as
   *   `x` in `new VFile(x)`.
   * @param {ProcessCallback<VFileWithOutput<CompileResult>> | undefined} [done]
   *   Callback (optional).
   * @returns {Promise<VFile> | undefined}
   *   Nothing if `done` is given.
   *   Otherwise a promise, rejected with a fatal error or resolved with the
   *   processed file.
   *
   *   The parsed, transformed, and compiled value is available at
   *   `file.value` (see note).
   *
   *   > **Note**: unified typically compiles by serializing: most
   *   > compilers return `string` (or `Uint8Array`).
   *   > Some compilers, such as the one configured with
   *   > [`rehype-react`][rehype-react], return other values (in this case, a
   *   > React tree).
   *   > If you’re using a compiler that doesn’t serialize, expect different
   *   > result values.
   *   >
   *   > To register custom results in TypeScript, add them to
   *   > {@linkcode CompileResultMap}.
   *
   *   [rehype-react]: https://github.com/rehypejs/rehype-react
   */
  process(file, done) {
    const self = this;
    this.freeze();
    assertParser("process", this.parser || this.Parser);
    assertCompiler("process", this.compiler || this.Compiler);
    return done ? executor(void 0, done) : new Promise(executor);
    function executor(resolve3, reject) {
      const realFile = vfile(file);
      const parseTree = (
        /** @type {HeadTree extends undefined ? Node : HeadTree} */
        /** @type {unknown} */
        self.parse(realFile)
      );
      self.run(parseTree, realFile, function(error, tree, file2) {
        if (error || !tree || !file2) {
          return realDone(error);
        }
        const compileTree = (
          /** @type {CompileTree extends undefined ? Node : CompileTree} */
          /** @type {unknown} */
          tree
        );
        const compileResult = self.stringify(compileTree, file2);
        if (looksLikeAValue(compileResult)) {
          file2.value = compileResult;
        } else {
          file2.result = compileResult;
        }
        realDone(
          error,
          /** @type {VFileWithOutput<CompileResult>} */
          file2
        );
      });
      function realDone(error, file2) {
        if (error || !file2) {
          reject(error);
        } else if (resolve3) {
          resolve3(file2);
        } else {
          ok(done, "`done` is defined if `resolve` is not");
          done(void 0, file2);
        }
      }
    }
  }
  /**
   * Process the given file as configured on the processor.
   *
   * An error is thrown if asynchronous transforms are configured.
   *
   * > **Note**: `processSync` freezes the processor if not already *frozen*.
   *
   * > **Note**: `processSync` performs the parse, run, and stringify phases.
   *
   * @param {Compatible | undefined} [file]
   *   File (optional); typically `string` or `VFile`; any value accepted as
   *   `x` in `new VFile(x)`.
   * @returns {VFileWithOutput<CompileResult>}
   *   The processed file.
   *
   *   The parsed, transformed, and compiled value is available at
   *   `file.value` (see note).
   *
   *   > **Note**: unified typically compiles by serializing: most
   *   > compilers return `string` (or `Uint8Array`).
   *   > Some compilers, such as the one configured with
   *   > [`rehype-react`][rehype-react], return other values (in this case, a
   *   > React tree).
   *   > If you’re using a compiler that doesn’t serialize, expect different
   *   > result values.
   *   >
   *   > To register custom results in TypeScript, add them to
   *   > {@linkcode CompileResultMap}.
   *
   *   [rehype-react]: https://github.com/rehypejs/rehype-react
   */
  processSync(file) {
    let complete = false;
    let result;
    this.freeze();
    assertParser("processSync", this.parser || this.Parser);
    assertCompiler("processSync", this.compiler || this.Compiler);
    this.process(file, realDone);
    assertDone("processSync", "process", complete);
    ok(result, "we either bailed on an error or have a tree");
    return result;
    function realDone(error, file2) {
      complete = true;
      bail(error);
      result = file2;
    }
  }
  /**
   * Run *transformers* on a syntax tree.
   *
   * > **Note**: `run` freezes the processor if not already *frozen*.
   *
   * > **Note**: `run` performs the run phase, not other phases.
   *
   * @overload
   * @param {HeadTree extends undefined ? Node : HeadTree} tree
   * @param {RunCallback<TailTree extends undefined ? Node : TailTree>} done
   * @returns {undefined}
   *
   * @overload
   * @param {HeadTree extends undefined ? Node : HeadTree} tree
   * @param {Compatible | undefined} file
   * @param {RunCallback<TailTree extends undefined ? Node : TailTree>} done
   * @returns {undefined}
   *
   * @overload
   * @param {HeadTree extends undefined ? Node : HeadTree} tree
   * @param {Compatible | undefined} [file]
   * @returns {Promise<TailTree extends undefined ? Node : TailTree>}
   *
   * @param {HeadTree extends undefined ? Node : HeadTree} tree
   *   Tree to transform and inspect.
   * @param {(
   *   RunCallback<TailTree extends undefined ? Node : TailTree> |
   *   Compatible
   * )} [file]
   *   File associated with `node` (optional); any value accepted as `x` in
   *   `new VFile(x)`.
   * @param {RunCallback<TailTree extends undefined ? Node : TailTree>} [done]
   *   Callback (optional).
   * @returns {Promise<TailTree extends undefined ? Node : TailTree> | undefined}
   *   Nothing if `done` is given.
   *   Otherwise, a promise rejected with a fatal error or resolved with the
   *   transformed tree.
   */
  run(tree, file, done) {
    assertNode(tree);
    this.freeze();
    const transformers = this.transformers;
    if (!done && typeof file === "function") {
      done = file;
      file = void 0;
    }
    return done ? executor(void 0, done) : new Promise(executor);
    function executor(resolve3, reject) {
      ok(
        typeof file !== "function",
        "`file` can\u2019t be a `done` anymore, we checked"
      );
      const realFile = vfile(file);
      transformers.run(tree, realFile, realDone);
      function realDone(error, outputTree, file2) {
        const resultingTree = (
          /** @type {TailTree extends undefined ? Node : TailTree} */
          outputTree || tree
        );
        if (error) {
          reject(error);
        } else if (resolve3) {
          resolve3(resultingTree);
        } else {
          ok(done, "`done` is defined if `resolve` is not");
          done(void 0, resultingTree, file2);
        }
      }
    }
  }
  /**
   * Run *transformers* on a syntax tree.
   *
   * An error is thrown if asynchronous transforms are configured.
   *
   * > **Note**: `runSync` freezes the processor if not already *frozen*.
   *
   * > **Note**: `runSync` performs the run phase, not other phases.
   *
   * @param {HeadTree extends undefined ? Node : HeadTree} tree
   *   Tree to transform and inspect.
   * @param {Compatible | undefined} [file]
   *   File associated with `node` (optional); any value accepted as `x` in
   *   `new VFile(x)`.
   * @returns {TailTree extends undefined ? Node : TailTree}
   *   Transformed tree.
   */
  runSync(tree, file) {
    let complete = false;
    let result;
    this.run(tree, file, realDone);
    assertDone("runSync", "run", complete);
    ok(result, "we either bailed on an error or have a tree");
    return result;
    function realDone(error, tree2) {
      bail(error);
      result = tree2;
      complete = true;
    }
  }
  /**
   * Compile a syntax tree.
   *
   * > **Note**: `stringify` freezes the processor if not already *frozen*.
   *
   * > **Note**: `stringify` performs the stringify phase, not the run phase
   * > or other phases.
   *
   * @param {CompileTree extends undefined ? Node : CompileTree} tree
   *   Tree to compile.
   * @param {Compatible | undefined} [file]
   *   File associated with `node` (optional); any value accepted as `x` in
   *   `new VFile(x)`.
   * @returns {CompileResult extends undefined ? Value : CompileResult}
   *   Textual representation of the tree (see note).
   *
   *   > **Note**: unified typically compiles by serializing: most compilers
   *   > return `string` (or `Uint8Array`).
   *   > Some compilers, such as the one configured with
   *   > [`rehype-react`][rehype-react], return other values (in this case, a
   *   > React tree).
   *   > If you’re using a compiler that doesn’t serialize, expect different
   *   > result values.
   *   >
   *   > To register custom results in TypeScript, add them to
   *   > {@linkcode CompileResultMap}.
   *
   *   [rehype-react]: https://github.com/rehypejs/rehype-react
   */
  stringify(tree, file) {
    this.freeze();
    const realFile = vfile(file);
    const compiler3 = this.compiler || this.Compiler;
    assertCompiler("stringify", compiler3);
    assertNode(tree);
    return compiler3(tree, realFile);
  }
  /**
   * Configure the processor to use a plugin, a list of usable values, or a
   * preset.
   *
   * If the processor is already using a plugin, the previous plugin
   * configuration is changed based on the options that are passed in.
   * In other words, the plugin is not added a second time.
   *
   * > **Note**: `use` cannot be called on *frozen* processors.
   * > Call the processor first to create a new unfrozen processor.
   *
   * @example
   *   There are many ways to pass plugins to `.use()`.
   *   This example gives an overview:
   *
   *   ```js
   *   import {unified} from 'unified'
   *
   *   unified()
   *     // Plugin with options:
   *     .use(pluginA, {x: true, y: true})
   *     // Passing the same plugin again merges configuration (to `{x: true, y: false, z: true}`):
   *     .use(pluginA, {y: false, z: true})
   *     // Plugins:
   *     .use([pluginB, pluginC])
   *     // Two plugins, the second with options:
   *     .use([pluginD, [pluginE, {}]])
   *     // Preset with plugins and settings:
   *     .use({plugins: [pluginF, [pluginG, {}]], settings: {position: false}})
   *     // Settings only:
   *     .use({settings: {position: false}})
   *   ```
   *
   * @template {Array<unknown>} [Parameters=[]]
   * @template {Node | string | undefined} [Input=undefined]
   * @template [Output=Input]
   *
   * @overload
   * @param {Preset | null | undefined} [preset]
   * @returns {Processor<ParseTree, HeadTree, TailTree, CompileTree, CompileResult>}
   *
   * @overload
   * @param {PluggableList} list
   * @returns {Processor<ParseTree, HeadTree, TailTree, CompileTree, CompileResult>}
   *
   * @overload
   * @param {Plugin<Parameters, Input, Output>} plugin
   * @param {...(Parameters | [boolean])} parameters
   * @returns {UsePlugin<ParseTree, HeadTree, TailTree, CompileTree, CompileResult, Input, Output>}
   *
   * @param {PluggableList | Plugin | Preset | null | undefined} value
   *   Usable value.
   * @param {...unknown} parameters
   *   Parameters, when a plugin is given as a usable value.
   * @returns {Processor<ParseTree, HeadTree, TailTree, CompileTree, CompileResult>}
   *   Current processor.
   */
  use(value2, ...parameters) {
    const attachers = this.attachers;
    const namespace = this.namespace;
    assertUnfrozen("use", this.frozen);
    if (value2 === null || value2 === void 0) {
    } else if (typeof value2 === "function") {
      addPlugin(value2, parameters);
    } else if (typeof value2 === "object") {
      if (Array.isArray(value2)) {
        addList(value2);
      } else {
        addPreset(value2);
      }
    } else {
      throw new TypeError("Expected usable value, not `" + value2 + "`");
    }
    return this;
    function add(value3) {
      if (typeof value3 === "function") {
        addPlugin(value3, []);
      } else if (typeof value3 === "object") {
        if (Array.isArray(value3)) {
          const [plugin, ...parameters2] = (
            /** @type {PluginTuple<Array<unknown>>} */
            value3
          );
          addPlugin(plugin, parameters2);
        } else {
          addPreset(value3);
        }
      } else {
        throw new TypeError("Expected usable value, not `" + value3 + "`");
      }
    }
    function addPreset(result) {
      if (!("plugins" in result) && !("settings" in result)) {
        throw new Error(
          "Expected usable value but received an empty preset, which is probably a mistake: presets typically come with `plugins` and sometimes with `settings`, but this has neither"
        );
      }
      addList(result.plugins);
      if (result.settings) {
        namespace.settings = (0, import_extend.default)(true, namespace.settings, result.settings);
      }
    }
    function addList(plugins) {
      let index2 = -1;
      if (plugins === null || plugins === void 0) {
      } else if (Array.isArray(plugins)) {
        while (++index2 < plugins.length) {
          const thing = plugins[index2];
          add(thing);
        }
      } else {
        throw new TypeError("Expected a list of plugins, not `" + plugins + "`");
      }
    }
    function addPlugin(plugin, parameters2) {
      let index2 = -1;
      let entryIndex = -1;
      while (++index2 < attachers.length) {
        if (attachers[index2][0] === plugin) {
          entryIndex = index2;
          break;
        }
      }
      if (entryIndex === -1) {
        attachers.push([plugin, ...parameters2]);
      } else if (parameters2.length > 0) {
        let [primary, ...rest] = parameters2;
        const currentPrimary = attachers[entryIndex][1];
        if (isPlainObject(currentPrimary) && isPlainObject(primary)) {
          primary = (0, import_extend.default)(true, currentPrimary, primary);
        }
        attachers[entryIndex] = [plugin, primary, ...rest];
      }
    }
  }
};
var unified = new Processor().freeze();
function assertParser(name, value2) {
  if (typeof value2 !== "function") {
    throw new TypeError("Cannot `" + name + "` without `parser`");
  }
}
function assertCompiler(name, value2) {
  if (typeof value2 !== "function") {
    throw new TypeError("Cannot `" + name + "` without `compiler`");
  }
}
function assertUnfrozen(name, frozen) {
  if (frozen) {
    throw new Error(
      "Cannot call `" + name + "` on a frozen processor.\nCreate a new processor first, by calling it: use `processor()` instead of `processor`."
    );
  }
}
function assertNode(node2) {
  if (!isPlainObject(node2) || typeof node2.type !== "string") {
    throw new TypeError("Expected node, got `" + node2 + "`");
  }
}
function assertDone(name, asyncName, complete) {
  if (!complete) {
    throw new Error(
      "`" + name + "` finished async. Use `" + asyncName + "` instead"
    );
  }
}
function vfile(value2) {
  return looksLikeAVFile(value2) ? value2 : new VFile(value2);
}
function looksLikeAVFile(value2) {
  return Boolean(
    value2 && typeof value2 === "object" && "message" in value2 && "messages" in value2
  );
}
function looksLikeAValue(value2) {
  return typeof value2 === "string" || isUint8Array2(value2);
}
function isUint8Array2(value2) {
  return Boolean(
    value2 && typeof value2 === "object" && "byteLength" in value2 && "byteOffset" in value2
  );
}

// node_modules/mdast-util-to-string/lib/index.js
var emptyOptions = {};
function toString(value2, options) {
  const settings = options || emptyOptions;
  const includeImageAlt = typeof settings.includeImageAlt === "boolean" ? settings.includeImageAlt : true;
  const includeHtml = typeof settings.includeHtml === "boolean" ? settings.includeHtml : true;
  return one(value2, includeImageAlt, includeHtml);
}
function one(value2, includeImageAlt, includeHtml) {
  if (node(value2)) {
    if ("value" in value2) {
      return value2.type === "html" && !includeHtml ? "" : value2.value;
    }
    if (includeImageAlt && "alt" in value2 && value2.alt) {
      return value2.alt;
    }
    if ("children" in value2) {
      return all(value2.children, includeImageAlt, includeHtml);
    }
  }
  if (Array.isArray(value2)) {
    return all(value2, includeImageAlt, includeHtml);
  }
  return "";
}
function all(values, includeImageAlt, includeHtml) {
  const result = [];
  let index2 = -1;
  while (++index2 < values.length) {
    result[index2] = one(values[index2], includeImageAlt, includeHtml);
  }
  return result.join("");
}
function node(value2) {
  return Boolean(value2 && typeof value2 === "object");
}

// lazy-package:decode-named-character-reference
var mod;
function load() {
  return mod ??= __require("./entities.cjs");
}
function decodeNamedCharacterReference(...args) {
  return load()["decodeNamedCharacterReference"](...args);
}

// node_modules/micromark-util-chunked/index.js
function splice(list3, start, remove, items) {
  const end = list3.length;
  let chunkStart = 0;
  let parameters;
  if (start < 0) {
    start = -start > end ? 0 : end + start;
  } else {
    start = start > end ? end : start;
  }
  remove = remove > 0 ? remove : 0;
  if (items.length < 1e4) {
    parameters = Array.from(items);
    parameters.unshift(start, remove);
    list3.splice(...parameters);
  } else {
    if (remove) list3.splice(start, remove);
    while (chunkStart < items.length) {
      parameters = items.slice(chunkStart, chunkStart + 1e4);
      parameters.unshift(start, 0);
      list3.splice(...parameters);
      chunkStart += 1e4;
      start += 1e4;
    }
  }
}
function push(list3, items) {
  if (list3.length > 0) {
    splice(list3, list3.length, 0, items);
    return list3;
  }
  return items;
}

// node_modules/micromark-util-combine-extensions/index.js
var hasOwnProperty = {}.hasOwnProperty;
function combineExtensions(extensions) {
  const all2 = {};
  let index2 = -1;
  while (++index2 < extensions.length) {
    syntaxExtension(all2, extensions[index2]);
  }
  return all2;
}
function syntaxExtension(all2, extension2) {
  let hook;
  for (hook in extension2) {
    const maybe = hasOwnProperty.call(all2, hook) ? all2[hook] : void 0;
    const left = maybe || (all2[hook] = {});
    const right = extension2[hook];
    let code;
    if (right) {
      for (code in right) {
        if (!hasOwnProperty.call(left, code)) left[code] = [];
        const value2 = right[code];
        constructs(
          // @ts-expect-error Looks like a list.
          left[code],
          Array.isArray(value2) ? value2 : value2 ? [value2] : []
        );
      }
    }
  }
}
function constructs(existing, list3) {
  let index2 = -1;
  const before = [];
  while (++index2 < list3.length) {
    ;
    (list3[index2].add === "after" ? existing : before).push(list3[index2]);
  }
  splice(existing, 0, 0, before);
}

// node_modules/micromark-util-decode-numeric-character-reference/index.js
function decodeNumericCharacterReference(value2, base) {
  const code = Number.parseInt(value2, base);
  if (
    // C0 except for HT, LF, FF, CR, space.
    code < 9 || code === 11 || code > 13 && code < 32 || // Control character (DEL) of C0, and C1 controls.
    code > 126 && code < 160 || // Lone high surrogates and low surrogates.
    code > 55295 && code < 57344 || // Noncharacters.
    code > 64975 && code < 65008 || /* eslint-disable no-bitwise */
    (code & 65535) === 65535 || (code & 65535) === 65534 || /* eslint-enable no-bitwise */
    // Out of range
    code > 1114111
  ) {
    return "\uFFFD";
  }
  return String.fromCodePoint(code);
}

// node_modules/micromark-util-normalize-identifier/index.js
function normalizeIdentifier(value2) {
  return value2.replace(/[\t\n\r ]+/g, " ").replace(/^ | $/g, "").toLowerCase().toUpperCase();
}

// node_modules/micromark-util-character/index.js
var asciiAlpha = regexCheck(/[A-Za-z]/);
var asciiAlphanumeric = regexCheck(/[\dA-Za-z]/);
var asciiAtext = regexCheck(/[#-'*+\--9=?A-Z^-~]/);
function asciiControl(code) {
  return (
    // Special whitespace codes (which have negative values), C0 and Control
    // character DEL
    code !== null && (code < 32 || code === 127)
  );
}
var asciiDigit = regexCheck(/\d/);
var asciiHexDigit = regexCheck(/[\dA-Fa-f]/);
var asciiPunctuation = regexCheck(/[!-/:-@[-`{-~]/);
function markdownLineEnding(code) {
  return code !== null && code < -2;
}
function markdownLineEndingOrSpace(code) {
  return code !== null && (code < 0 || code === 32);
}
function markdownSpace(code) {
  return code === -2 || code === -1 || code === 32;
}
var unicodePunctuation = regexCheck(new RegExp("\\p{P}|\\p{S}", "u"));
var unicodeWhitespace = regexCheck(/\s/);
function regexCheck(regex) {
  return check;
  function check(code) {
    return code !== null && code > -1 && regex.test(String.fromCharCode(code));
  }
}

// node_modules/micromark-factory-space/index.js
function factorySpace(effects, ok2, type, max) {
  const limit2 = max ? max - 1 : Infinity;
  let size = 0;
  return start;
  function start(code) {
    if (markdownSpace(code)) {
      effects.enter(type);
      return prefix(code);
    }
    return ok2(code);
  }
  function prefix(code) {
    if (markdownSpace(code) && size++ < limit2) {
      effects.consume(code);
      return prefix;
    }
    effects.exit(type);
    return ok2(code);
  }
}
function factorySpaceMinMax(effects, ok2, nok, type, min, max) {
  let size = 0;
  return start;
  function start(code) {
    if (max > 0 && markdownSpace(code)) {
      effects.enter(type);
      return prefix(code);
    }
    return after(code);
  }
  function prefix(code) {
    if (markdownSpace(code) && size < max) {
      effects.consume(code);
      size++;
      return prefix;
    }
    effects.exit(type);
    return after(code);
  }
  function after(code) {
    return size >= min ? ok2(code) : nok(code);
  }
}

// node_modules/micromark/lib/initialize/content.js
var content = {
  tokenize: initializeContent
};
function initializeContent(effects) {
  const contentStart = effects.attempt(this.parser.constructs.contentInitial, afterContentStartConstruct, paragraphInitial);
  let previous2;
  return contentStart;
  function afterContentStartConstruct(code) {
    if (code === null) {
      effects.consume(code);
      return;
    }
    effects.enter("lineEnding");
    effects.consume(code);
    effects.exit("lineEnding");
    return factorySpace(effects, contentStart, "linePrefix");
  }
  function paragraphInitial(code) {
    effects.enter("paragraph");
    return lineStart(code);
  }
  function lineStart(code) {
    const token = effects.enter("chunkText", {
      contentType: "text",
      previous: previous2
    });
    if (previous2) {
      previous2.next = token;
    }
    previous2 = token;
    return data(code);
  }
  function data(code) {
    if (code === null) {
      effects.exit("chunkText");
      effects.exit("paragraph");
      effects.consume(code);
      return;
    }
    if (markdownLineEnding(code)) {
      effects.consume(code);
      effects.exit("chunkText");
      return lineStart;
    }
    effects.consume(code);
    return data;
  }
}

// node_modules/micromark-util-edit-map/index.js
var EditMap = class {
  /**
   * Create a new edit map.
   *
   * @returns
   *   New instance.
   */
  constructor() {
    this.index = /* @__PURE__ */ new Map();
    this.map = [];
  }
  /**
   * Create an edit: a remove and/or add at a certain place.
   *
   * @param {number} index
   *   Index at which to apply the edit.
   * @param {number} remove
   *   Count of items to remove at the index.
   * @param {Array<Event>} add
   *   Items to add at the index.
   * @returns {undefined}
   *   Nothing.
   */
  add(index2, remove, add) {
    addImplementation(this, index2, remove, add, false);
  }
  /**
   * Create an edit: but insert `add` before existing additions, instead of
   * after them.
   *
   * @param {number} index
   *   Index at which to apply the edit.
   * @param {number} remove
   *   Count of items to remove at the index.
   * @param {Array<Event>} add
   *   Items to add at the index.
   * @returns {undefined}
   *   Nothing.
   */
  addBefore(index2, remove, add) {
    addImplementation(this, index2, remove, add, true);
  }
  /**
   * Done, change the events.
   *
   * @param {Array<Event>} events
   *   List of events to apply the edits to.
   * @returns {undefined}
   *   Nothing.
   */
  consume(events) {
    this.map.sort(function(a, b) {
      return a[0] - b[0];
    });
    if (this.map.length === 0) {
      return;
    }
    let index2 = this.map.length;
    const vecs = [];
    while (index2 > 0) {
      index2 -= 1;
      vecs.push(events.slice(this.map[index2][0] + this.map[index2][1]), this.map[index2][2]);
      events.length = this.map[index2][0];
    }
    vecs.push(events.slice());
    events.length = 0;
    let slice = vecs.pop();
    while (slice) {
      for (const element of slice) {
        events.push(element);
      }
      slice = vecs.pop();
    }
    this.map.length = 0;
    this.index.clear();
  }
};
function addImplementation(editMap, at, remove, add, before) {
  if (remove === 0 && add.length === 0) {
    return;
  }
  const existing = editMap.index.get(at);
  if (existing) {
    existing[1] += remove;
    if (before) {
      add.push(...existing[2]);
      existing[2] = add;
    } else {
      existing[2].push(...add);
    }
    return;
  }
  const change = [at, remove, add];
  editMap.map.push(change);
  editMap.index.set(at, change);
}

// node_modules/micromark/lib/initialize/document.js
var document = {
  tokenize: initializeDocument
};
var containerConstruct = {
  tokenize: tokenizeContainer
};
function initializeDocument(effects) {
  const self = this;
  const stack = [];
  let continued = 0;
  let childFlow;
  let childToken;
  let lineStartOffset;
  return start;
  function start(code) {
    if (continued < stack.length) {
      const item = stack[continued];
      self.containerState = item[1];
      return effects.attempt(item[0].continuation, documentContinue, checkNewContainers)(code);
    }
    return checkNewContainers(code);
  }
  function documentContinue(code) {
    continued++;
    if (self.containerState._closeFlow) {
      self.containerState._closeFlow = void 0;
      if (childFlow) {
        closeFlow();
      }
      const indexBeforeExits = self.events.length;
      let indexBeforeFlow = indexBeforeExits;
      let point4;
      while (indexBeforeFlow--) {
        if (self.events[indexBeforeFlow][0] === "exit" && self.events[indexBeforeFlow][1].type === "chunkFlow") {
          point4 = self.events[indexBeforeFlow][1].end;
          break;
        }
      }
      exitContainers(continued);
      let index2 = indexBeforeExits;
      while (index2 < self.events.length) {
        self.events[index2][1].end = {
          ...point4
        };
        index2++;
      }
      const editMap = new EditMap();
      editMap.add(indexBeforeFlow + 1, 0, self.events.slice(indexBeforeExits));
      editMap.add(indexBeforeExits, index2 - indexBeforeExits, []);
      editMap.consume(self.events);
      return checkNewContainers(code);
    }
    return start(code);
  }
  function checkNewContainers(code) {
    if (continued === stack.length) {
      if (!childFlow) {
        return documentContinued(code);
      }
      if (childFlow.currentConstruct && childFlow.currentConstruct.concrete) {
        return flowStart(code);
      }
      self.interrupt = Boolean(childFlow.currentConstruct && !childFlow._gfmTableDynamicInterruptHack);
    }
    self.containerState = {};
    return effects.check(containerConstruct, thereIsANewContainer, thereIsNoNewContainer)(code);
  }
  function thereIsANewContainer(code) {
    if (childFlow) {
      closeFlow();
    }
    exitContainers(continued);
    return documentContinued(code);
  }
  function thereIsNoNewContainer(code) {
    self.parser.lazy[self.now().line] = continued !== stack.length;
    lineStartOffset = self.now().offset;
    return flowStart(code);
  }
  function documentContinued(code) {
    self.containerState = {};
    return effects.attempt(containerConstruct, containerContinue, flowStart)(code);
  }
  function containerContinue(code) {
    continued++;
    stack.push([self.currentConstruct, self.containerState]);
    return documentContinued(code);
  }
  function flowStart(code) {
    if (code === null) {
      if (childFlow) {
        closeFlow();
      }
      exitContainers(0);
      effects.consume(code);
      return;
    }
    childFlow = childFlow || self.parser.flow(self.now());
    effects.enter("chunkFlow", {
      _tokenizer: childFlow,
      contentType: "flow",
      previous: childToken
    });
    return flowContinue(code);
  }
  function flowContinue(code) {
    if (code === null) {
      writeToChild(effects.exit("chunkFlow"), true);
      exitContainers(0);
      effects.consume(code);
      return;
    }
    if (markdownLineEnding(code)) {
      effects.consume(code);
      writeToChild(effects.exit("chunkFlow"));
      continued = 0;
      self.interrupt = void 0;
      return start;
    }
    effects.consume(code);
    return flowContinue;
  }
  function writeToChild(token, endOfFile) {
    const stream = self.sliceStream(token);
    if (endOfFile) {
      stream.push(null);
    }
    token.previous = childToken;
    if (childToken) {
      childToken.next = token;
    }
    childToken = token;
    childFlow.defineSkip(token.start);
    childFlow.write(stream);
    if (self.parser.lazy[token.start.line]) {
      let index2 = childFlow.events.length;
      while (index2--) {
        if (
          // The token starts before the line ending…
          childFlow.events[index2][1].start.offset < lineStartOffset && // …and either is not ended yet…
          (!childFlow.events[index2][1].end || // …or ends after it.
          childFlow.events[index2][1].end.offset > lineStartOffset)
        ) {
          return;
        }
      }
      const indexBeforeExits = self.events.length;
      let indexBeforeFlow = indexBeforeExits;
      let seen;
      let point4;
      while (indexBeforeFlow--) {
        if (self.events[indexBeforeFlow][0] === "exit" && self.events[indexBeforeFlow][1].type === "chunkFlow") {
          if (seen) {
            point4 = self.events[indexBeforeFlow][1].end;
            break;
          }
          seen = true;
        }
      }
      exitContainers(continued);
      index2 = indexBeforeExits;
      while (index2 < self.events.length) {
        self.events[index2][1].end = {
          ...point4
        };
        index2++;
      }
      const editMap = new EditMap();
      editMap.add(indexBeforeFlow + 1, 0, self.events.slice(indexBeforeExits));
      editMap.add(indexBeforeExits, index2 - indexBeforeExits, []);
      editMap.consume(self.events);
    }
  }
  function exitContainers(size) {
    let index2 = stack.length;
    while (index2-- > size) {
      const entry = stack[index2];
      self.containerState = entry[1];
      entry[0].exit.call(self, effects);
    }
    stack.length = size;
  }
  function closeFlow() {
    childFlow.write([null]);
    childToken = void 0;
    childFlow = void 0;
    self.containerState._closeFlow = void 0;
  }
}
function tokenizeContainer(effects, ok2, nok) {
  return factorySpace(effects, effects.attempt(this.parser.constructs.document, ok2, nok), "linePrefix", this.parser.constructs.disable.null.includes("codeIndented") ? void 0 : 4);
}

// node_modules/micromark-util-classify-character/index.js
function classifyCharacter(code) {
  if (code === null || markdownLineEndingOrSpace(code) || unicodeWhitespace(code)) {
    return 1;
  }
  if (unicodePunctuation(code)) {
    return 2;
  }
}

// node_modules/micromark-util-resolve-all/index.js
function resolveAll(constructs2, events, context) {
  const called = [];
  let index2 = -1;
  while (++index2 < constructs2.length) {
    const resolve3 = constructs2[index2].resolveAll;
    if (resolve3 && !called.includes(resolve3)) {
      events = resolve3(events, context);
      called.push(resolve3);
    }
  }
  return events;
}

// node_modules/micromark-core-commonmark/lib/attention.js
var attention = {
  name: "attention",
  resolveAll: resolveAllAttention,
  tokenize: tokenizeAttention
};
function resolveAllAttention(events, context) {
  let index2 = -1;
  let nextEvents;
  while (++index2 < events.length) {
    if (events[index2][0] === "enter" && events[index2][1].type === "attentionSequence" && events[index2][1]._close) {
      let open = index2;
      while (open--) {
        if (events[open][0] === "exit" && events[open][1].type === "attentionSequence" && events[open][1]._open && // If the markers are the same:
        context.sliceSerialize(events[open][1]).charCodeAt(0) === context.sliceSerialize(events[index2][1]).charCodeAt(0)) {
          if ((events[open][1]._close || events[index2][1]._open) && (events[index2][1].end.offset - events[index2][1].start.offset) % 3 && !((events[open][1].end.offset - events[open][1].start.offset + events[index2][1].end.offset - events[index2][1].start.offset) % 3)) {
            continue;
          }
          const use = events[open][1].end.offset - events[open][1].start.offset > 1 && events[index2][1].end.offset - events[index2][1].start.offset > 1 ? 2 : 1;
          const start = {
            ...events[open][1].end
          };
          const end = {
            ...events[index2][1].start
          };
          movePoint(start, -use);
          movePoint(end, use);
          const openingSequence = {
            type: use > 1 ? "strongSequence" : "emphasisSequence",
            start,
            end: {
              ...events[open][1].end
            }
          };
          const closingSequence = {
            type: use > 1 ? "strongSequence" : "emphasisSequence",
            start: {
              ...events[index2][1].start
            },
            end
          };
          const text3 = {
            type: use > 1 ? "strongText" : "emphasisText",
            start: {
              ...events[open][1].end
            },
            end: {
              ...events[index2][1].start
            }
          };
          const group = {
            type: use > 1 ? "strong" : "emphasis",
            start: {
              ...openingSequence.start
            },
            end: {
              ...closingSequence.end
            }
          };
          events[open][1].end = {
            ...openingSequence.start
          };
          events[index2][1].start = {
            ...closingSequence.end
          };
          nextEvents = [];
          if (events[open][1].end.offset - events[open][1].start.offset) {
            nextEvents = push(nextEvents, [["enter", events[open][1], context], ["exit", events[open][1], context]]);
          }
          nextEvents = push(nextEvents, [["enter", group, context], ["enter", openingSequence, context], ["exit", openingSequence, context], ["enter", text3, context]]);
          nextEvents = push(nextEvents, resolveAll(context.parser.constructs.insideSpan.null, events.slice(open + 1, index2), context));
          nextEvents = push(nextEvents, [["exit", text3, context], ["enter", closingSequence, context], ["exit", closingSequence, context], ["exit", group, context]]);
          let offset2 = 0;
          if (events[index2][1].end.offset - events[index2][1].start.offset) {
            offset2 = 2;
            nextEvents = push(nextEvents, [["enter", events[index2][1], context], ["exit", events[index2][1], context]]);
          }
          splice(events, open - 1, index2 - open + 3, nextEvents);
          index2 = open + nextEvents.length - offset2 - 2;
          break;
        }
      }
    }
  }
  index2 = -1;
  while (++index2 < events.length) {
    if (events[index2][1].type === "attentionSequence") {
      events[index2][1].type = "data";
    }
  }
  return events;
}
function tokenizeAttention(effects, ok2) {
  const attentionMarkers2 = this.parser.constructs.attentionMarkers.null;
  const previous2 = this.previous;
  const before = classifyCharacter(previous2);
  let marker2;
  return start;
  function start(code) {
    marker2 = code;
    effects.enter("attentionSequence");
    return inside(code);
  }
  function inside(code) {
    if (code === marker2) {
      effects.consume(code);
      return inside;
    }
    const token = effects.exit("attentionSequence");
    const after = classifyCharacter(code);
    const open = !after || after === 2 && before || attentionMarkers2.includes(code) && code !== 42 && code !== 95;
    const close2 = !before || before === 2 && after || attentionMarkers2.includes(previous2) && previous2 !== 42 && previous2 !== 95;
    token._open = Boolean(marker2 === 42 ? open : open && (before || !close2));
    token._close = Boolean(marker2 === 42 ? close2 : close2 && (after || !open));
    return ok2(code);
  }
}
function movePoint(point4, offset2) {
  point4.column += offset2;
  point4.offset += offset2;
  point4._bufferIndex += offset2;
}

// node_modules/micromark-core-commonmark/lib/autolink.js
var autolink = {
  name: "autolink",
  tokenize: tokenizeAutolink
};
function tokenizeAutolink(effects, ok2, nok) {
  let size = 0;
  return start;
  function start(code) {
    effects.enter("autolink");
    effects.enter("autolinkMarker");
    effects.consume(code);
    effects.exit("autolinkMarker");
    effects.enter("autolinkProtocol");
    return open;
  }
  function open(code) {
    if (asciiAlpha(code)) {
      effects.consume(code);
      return schemeOrEmailAtext;
    }
    if (code === 64) {
      return nok(code);
    }
    return emailAtext(code);
  }
  function schemeOrEmailAtext(code) {
    if (code === 43 || code === 45 || code === 46 || asciiAlphanumeric(code)) {
      size = 1;
      return schemeInsideOrEmailAtext(code);
    }
    return emailAtext(code);
  }
  function schemeInsideOrEmailAtext(code) {
    if (code === 58) {
      effects.consume(code);
      size = 0;
      return urlInside;
    }
    if ((code === 43 || code === 45 || code === 46 || asciiAlphanumeric(code)) && size++ < 32) {
      effects.consume(code);
      return schemeInsideOrEmailAtext;
    }
    size = 0;
    return emailAtext(code);
  }
  function urlInside(code) {
    if (code === 62) {
      effects.exit("autolinkProtocol");
      effects.enter("autolinkMarker");
      effects.consume(code);
      effects.exit("autolinkMarker");
      effects.exit("autolink");
      return ok2;
    }
    if (code === null || code === 32 || code === 60 || asciiControl(code)) {
      return nok(code);
    }
    effects.consume(code);
    return urlInside;
  }
  function emailAtext(code) {
    if (code === 64) {
      effects.consume(code);
      return emailAtSignOrDot;
    }
    if (asciiAtext(code)) {
      effects.consume(code);
      return emailAtext;
    }
    return nok(code);
  }
  function emailAtSignOrDot(code) {
    return asciiAlphanumeric(code) ? emailLabel(code) : nok(code);
  }
  function emailLabel(code) {
    if (code === 46) {
      effects.consume(code);
      size = 0;
      return emailAtSignOrDot;
    }
    if (code === 62) {
      effects.exit("autolinkProtocol").type = "autolinkEmail";
      effects.enter("autolinkMarker");
      effects.consume(code);
      effects.exit("autolinkMarker");
      effects.exit("autolink");
      return ok2;
    }
    return emailValue(code);
  }
  function emailValue(code) {
    if ((code === 45 || asciiAlphanumeric(code)) && size++ < 63) {
      const next = code === 45 ? emailValue : emailLabel;
      effects.consume(code);
      return next;
    }
    return nok(code);
  }
}

// node_modules/micromark-core-commonmark/lib/blank-line.js
var blankLine = {
  partial: true,
  tokenize: tokenizeBlankLine
};
function tokenizeBlankLine(effects, ok2, nok) {
  return start;
  function start(code) {
    return markdownSpace(code) ? factorySpace(effects, after, "linePrefix")(code) : after(code);
  }
  function after(code) {
    return code === null || markdownLineEnding(code) ? ok2(code) : nok(code);
  }
}

// node_modules/micromark-core-commonmark/lib/block-quote.js
var blockQuote = {
  continuation: {
    tokenize: tokenizeBlockQuoteContinuation
  },
  exit,
  name: "blockQuote",
  tokenize: tokenizeBlockQuoteStart
};
function tokenizeBlockQuoteStart(effects, ok2, nok) {
  const self = this;
  return start;
  function start(code) {
    if (code === 62) {
      const state = self.containerState;
      if (!state.open) {
        effects.enter("blockQuote", {
          _container: true
        });
        state.open = true;
      }
      effects.enter("blockQuotePrefix");
      effects.enter("blockQuoteMarker");
      effects.consume(code);
      effects.exit("blockQuoteMarker");
      return after;
    }
    return nok(code);
  }
  function after(code) {
    if (markdownSpace(code)) {
      effects.enter("blockQuotePrefixWhitespace");
      effects.consume(code);
      effects.exit("blockQuotePrefixWhitespace");
      effects.exit("blockQuotePrefix");
      return ok2;
    }
    effects.exit("blockQuotePrefix");
    return ok2(code);
  }
}
function tokenizeBlockQuoteContinuation(effects, ok2, nok) {
  const self = this;
  return contStart;
  function contStart(code) {
    if (markdownSpace(code)) {
      return factorySpace(effects, contBefore, "linePrefix", self.parser.constructs.disable.null.includes("codeIndented") ? void 0 : 4)(code);
    }
    return contBefore(code);
  }
  function contBefore(code) {
    return effects.attempt(blockQuote, ok2, nok)(code);
  }
}
function exit(effects) {
  effects.exit("blockQuote");
}

// node_modules/micromark-core-commonmark/lib/character-escape.js
var characterEscape = {
  name: "characterEscape",
  tokenize: tokenizeCharacterEscape
};
function tokenizeCharacterEscape(effects, ok2, nok) {
  return start;
  function start(code) {
    effects.enter("characterEscape");
    effects.enter("escapeMarker");
    effects.consume(code);
    effects.exit("escapeMarker");
    return inside;
  }
  function inside(code) {
    if (asciiPunctuation(code)) {
      effects.enter("characterEscapeValue");
      effects.consume(code);
      effects.exit("characterEscapeValue");
      effects.exit("characterEscape");
      return ok2;
    }
    return nok(code);
  }
}

// node_modules/micromark-core-commonmark/lib/character-reference.js
var characterReference = {
  name: "characterReference",
  tokenize: tokenizeCharacterReference
};
function tokenizeCharacterReference(effects, ok2, nok) {
  const self = this;
  let size = 0;
  let max;
  let test;
  return start;
  function start(code) {
    effects.enter("characterReference");
    effects.enter("characterReferenceMarker");
    effects.consume(code);
    effects.exit("characterReferenceMarker");
    return open;
  }
  function open(code) {
    if (code === 35) {
      effects.enter("characterReferenceMarkerNumeric");
      effects.consume(code);
      effects.exit("characterReferenceMarkerNumeric");
      return numeric;
    }
    effects.enter("characterReferenceValue");
    max = 31;
    test = asciiAlphanumeric;
    return value2(code);
  }
  function numeric(code) {
    if (code === 88 || code === 120) {
      effects.enter("characterReferenceMarkerHexadecimal");
      effects.consume(code);
      effects.exit("characterReferenceMarkerHexadecimal");
      effects.enter("characterReferenceValue");
      max = 6;
      test = asciiHexDigit;
      return value2;
    }
    effects.enter("characterReferenceValue");
    max = 7;
    test = asciiDigit;
    return value2(code);
  }
  function value2(code) {
    if (code === 59 && size) {
      const token = effects.exit("characterReferenceValue");
      if (test === asciiAlphanumeric && !decodeNamedCharacterReference(self.sliceSerialize(token))) {
        return nok(code);
      }
      effects.enter("characterReferenceMarker");
      effects.consume(code);
      effects.exit("characterReferenceMarker");
      effects.exit("characterReference");
      return ok2;
    }
    if (test(code) && size++ < max) {
      effects.consume(code);
      return value2;
    }
    return nok(code);
  }
}

// node_modules/micromark-core-commonmark/lib/partial-non-lazy-continuation.js
var nonLazyContinuation = {
  partial: true,
  tokenize: tokenizeNonLazyContinuation
};
function tokenizeNonLazyContinuation(effects, ok2, nok) {
  const self = this;
  return start;
  function start(code) {
    if (code === null) {
      return nok(code);
    }
    effects.enter("lineEnding");
    effects.consume(code);
    effects.exit("lineEnding");
    return after;
  }
  function after(code) {
    return self.parser.lazy[self.now().line] ? nok(code) : ok2(code);
  }
}

// node_modules/micromark-core-commonmark/lib/code-fenced.js
var codeFenced = {
  concrete: true,
  name: "codeFenced",
  tokenize: tokenizeCodeFenced
};
function tokenizeCodeFenced(effects, ok2, nok) {
  const self = this;
  const closeStart = {
    partial: true,
    tokenize: tokenizeCloseStart
  };
  let initialPrefix = 0;
  let sizeOpen = 0;
  let marker2;
  return start;
  function start(code) {
    return beforeSequenceOpen(code);
  }
  function beforeSequenceOpen(code) {
    const tail = self.events[self.events.length - 1];
    initialPrefix = tail && tail[1].type === "linePrefix" ? tail[2].sliceSerialize(tail[1], true).length : 0;
    marker2 = code;
    effects.enter("codeFenced");
    effects.enter("codeFencedFence");
    effects.enter("codeFencedFenceSequence");
    return sequenceOpen(code);
  }
  function sequenceOpen(code) {
    if (code === marker2) {
      sizeOpen++;
      effects.consume(code);
      return sequenceOpen;
    }
    if (sizeOpen < 3) {
      return nok(code);
    }
    effects.exit("codeFencedFenceSequence");
    return markdownSpace(code) ? factorySpace(effects, infoBefore, "whitespace")(code) : infoBefore(code);
  }
  function infoBefore(code) {
    if (code === null || markdownLineEnding(code)) {
      effects.exit("codeFencedFence");
      return self.interrupt ? ok2(code) : effects.check(nonLazyContinuation, atNonLazyBreak, after)(code);
    }
    effects.enter("codeFencedFenceInfo");
    effects.enter("chunkString", {
      contentType: "string"
    });
    return info(code);
  }
  function info(code) {
    if (code === null || markdownLineEnding(code)) {
      effects.exit("chunkString");
      effects.exit("codeFencedFenceInfo");
      return infoBefore(code);
    }
    if (markdownSpace(code)) {
      effects.exit("chunkString");
      effects.exit("codeFencedFenceInfo");
      return factorySpace(effects, metaBefore, "whitespace")(code);
    }
    if (code === 96 && code === marker2) {
      return nok(code);
    }
    effects.consume(code);
    return info;
  }
  function metaBefore(code) {
    if (code === null || markdownLineEnding(code)) {
      return infoBefore(code);
    }
    effects.enter("codeFencedFenceMeta");
    effects.enter("chunkString", {
      contentType: "string"
    });
    return meta(code);
  }
  function meta(code) {
    if (code === null || markdownLineEnding(code)) {
      effects.exit("chunkString");
      effects.exit("codeFencedFenceMeta");
      return infoBefore(code);
    }
    if (code === 96 && code === marker2) {
      return nok(code);
    }
    effects.consume(code);
    return meta;
  }
  function atNonLazyBreak(code) {
    return effects.attempt(closeStart, after, contentBefore)(code);
  }
  function contentBefore(code) {
    effects.enter("lineEnding");
    effects.consume(code);
    effects.exit("lineEnding");
    return contentStart;
  }
  function contentStart(code) {
    return initialPrefix > 0 && markdownSpace(code) ? factorySpace(effects, beforeContentChunk, "linePrefix", initialPrefix + 1)(code) : beforeContentChunk(code);
  }
  function beforeContentChunk(code) {
    if (code === null || markdownLineEnding(code)) {
      return effects.check(nonLazyContinuation, atNonLazyBreak, after)(code);
    }
    effects.enter("codeFlowValue");
    return contentChunk(code);
  }
  function contentChunk(code) {
    if (code === null || markdownLineEnding(code)) {
      effects.exit("codeFlowValue");
      return beforeContentChunk(code);
    }
    effects.consume(code);
    return contentChunk;
  }
  function after(code) {
    effects.exit("codeFenced");
    return ok2(code);
  }
  function tokenizeCloseStart(effects2, ok3, nok2) {
    let size = 0;
    return startBefore;
    function startBefore(code) {
      effects2.enter("lineEnding");
      effects2.consume(code);
      effects2.exit("lineEnding");
      return start2;
    }
    function start2(code) {
      effects2.enter("codeFencedFence");
      return markdownSpace(code) ? factorySpace(effects2, beforeSequenceClose, "linePrefix", self.parser.constructs.disable.null.includes("codeIndented") ? void 0 : 4)(code) : beforeSequenceClose(code);
    }
    function beforeSequenceClose(code) {
      if (code === marker2) {
        effects2.enter("codeFencedFenceSequence");
        return sequenceClose(code);
      }
      return nok2(code);
    }
    function sequenceClose(code) {
      if (code === marker2) {
        size++;
        effects2.consume(code);
        return sequenceClose;
      }
      if (size >= sizeOpen) {
        effects2.exit("codeFencedFenceSequence");
        return markdownSpace(code) ? factorySpace(effects2, sequenceCloseAfter, "whitespace")(code) : sequenceCloseAfter(code);
      }
      return nok2(code);
    }
    function sequenceCloseAfter(code) {
      if (code === null || markdownLineEnding(code)) {
        effects2.exit("codeFencedFence");
        return ok3(code);
      }
      return nok2(code);
    }
  }
}

// node_modules/micromark-core-commonmark/lib/code-indented.js
var codeIndented = {
  name: "codeIndented",
  tokenize: tokenizeCodeIndented
};
var furtherStart = {
  partial: true,
  tokenize: tokenizeFurtherStart
};
function tokenizeCodeIndented(effects, ok2, nok) {
  return start;
  function start(code) {
    effects.enter("codeIndented");
    return factorySpaceMinMax(effects, atBreak, nok, "linePrefix", 4, 4)(code);
  }
  function atBreak(code) {
    if (code === null) {
      return after(code);
    }
    if (markdownLineEnding(code)) {
      return effects.attempt(furtherStart, atBreak, after)(code);
    }
    effects.enter("codeFlowValue");
    return inside(code);
  }
  function inside(code) {
    if (code === null || markdownLineEnding(code)) {
      effects.exit("codeFlowValue");
      return atBreak(code);
    }
    effects.consume(code);
    return inside;
  }
  function after(code) {
    effects.exit("codeIndented");
    return ok2(code);
  }
}
function tokenizeFurtherStart(effects, ok2, nok) {
  const self = this;
  return furtherStart2;
  function furtherStart2(code) {
    if (self.parser.lazy[self.now().line]) {
      return nok(code);
    }
    if (markdownLineEnding(code)) {
      effects.enter("lineEnding");
      effects.consume(code);
      effects.exit("lineEnding");
      return furtherStart2;
    }
    return factorySpaceMinMax(effects, ok2, onNotEnoughPrefix, "linePrefix", 4, 4)(code);
  }
  function onNotEnoughPrefix(code) {
    return markdownLineEnding(code) ? furtherStart2(code) : nok(code);
  }
}

// node_modules/micromark-core-commonmark/lib/code-text.js
var codeText = {
  name: "codeText",
  previous,
  resolve: resolveCodeText,
  tokenize: tokenizeCodeText
};
function resolveCodeText(events) {
  let tailExitIndex = events.length - 4;
  let headEnterIndex = 3;
  let index2;
  let enter;
  if ((events[headEnterIndex][1].type === "lineEnding" || events[headEnterIndex][1].type === "space") && (events[tailExitIndex][1].type === "lineEnding" || events[tailExitIndex][1].type === "space")) {
    index2 = headEnterIndex;
    while (++index2 < tailExitIndex) {
      if (events[index2][1].type === "codeTextData") {
        events[headEnterIndex][1].type = "codeTextPadding";
        events[tailExitIndex][1].type = "codeTextPadding";
        headEnterIndex += 2;
        tailExitIndex -= 2;
        break;
      }
    }
  }
  index2 = headEnterIndex - 1;
  tailExitIndex++;
  while (++index2 <= tailExitIndex) {
    if (enter === void 0) {
      if (index2 !== tailExitIndex && events[index2][1].type !== "lineEnding") {
        enter = index2;
      }
    } else if (index2 === tailExitIndex || events[index2][1].type === "lineEnding") {
      events[enter][1].type = "codeTextData";
      if (index2 !== enter + 2) {
        events[enter][1].end = events[index2 - 1][1].end;
        events.splice(enter + 2, index2 - enter - 2);
        tailExitIndex -= index2 - enter - 2;
        index2 = enter + 2;
      }
      enter = void 0;
    }
  }
  return events;
}
function previous(code) {
  return code !== 96 || this.events[this.events.length - 1][1].type === "characterEscape";
}
function tokenizeCodeText(effects, ok2, nok) {
  const self = this;
  let sizeOpen = 0;
  let size;
  let token;
  return start;
  function start(code) {
    effects.enter("codeText");
    effects.enter("codeTextSequence");
    return sequenceOpen(code);
  }
  function sequenceOpen(code) {
    if (code === 96) {
      effects.consume(code);
      sizeOpen++;
      return sequenceOpen;
    }
    effects.exit("codeTextSequence");
    return between(code);
  }
  function between(code) {
    if (code === null) {
      return nok(code);
    }
    if (code === 32) {
      effects.enter("space");
      effects.consume(code);
      effects.exit("space");
      return between;
    }
    if (code === 96) {
      token = effects.enter("codeTextSequence");
      size = 0;
      return sequenceClose(code);
    }
    if (markdownLineEnding(code)) {
      effects.enter("lineEnding");
      effects.consume(code);
      effects.exit("lineEnding");
      return between;
    }
    effects.enter("codeTextData");
    return data(code);
  }
  function data(code) {
    if (code === null || code === 32 || code === 96 || markdownLineEnding(code)) {
      effects.exit("codeTextData");
      return between(code);
    }
    effects.consume(code);
    return data;
  }
  function sequenceClose(code) {
    if (code === 96) {
      effects.consume(code);
      size++;
      return sequenceClose;
    }
    if (size === sizeOpen) {
      effects.exit("codeTextSequence");
      effects.exit("codeText");
      return ok2(code);
    }
    token.type = "codeTextData";
    return data(code);
  }
}

// node_modules/micromark-util-subtokenize/lib/splice-buffer.js
var SpliceBuffer = class {
  /**
   * @param {ReadonlyArray<T> | null | undefined} [initial]
   *   Initial items (optional).
   * @returns
   *   Splice buffer.
   */
  constructor(initial) {
    this.left = initial ? [...initial] : [];
    this.right = [];
  }
  /**
   * Array access;
   * does not move the cursor.
   *
   * @param {number} index
   *   Index.
   * @return {T}
   *   Item.
   */
  get(index2) {
    if (index2 < 0 || index2 >= this.left.length + this.right.length) {
      throw new RangeError("Cannot access index `" + index2 + "` in a splice buffer of size `" + (this.left.length + this.right.length) + "`");
    }
    if (index2 < this.left.length) return this.left[index2];
    return this.right[this.right.length - index2 + this.left.length - 1];
  }
  /**
   * The length of the splice buffer, one greater than the largest index in the
   * array.
   */
  get length() {
    return this.left.length + this.right.length;
  }
  /**
   * Remove and return `list[0]`;
   * moves the cursor to `0`.
   *
   * @returns {T | undefined}
   *   Item, optional.
   */
  shift() {
    this.setCursor(0);
    return this.right.pop();
  }
  /**
   * Slice the buffer to get an array;
   * does not move the cursor.
   *
   * @param {number} start
   *   Start.
   * @param {number | null | undefined} [end]
   *   End (optional).
   * @returns {Array<T>}
   *   Array of items.
   */
  slice(start, end) {
    const stop = end === null || end === void 0 ? Number.POSITIVE_INFINITY : end;
    if (stop < this.left.length) {
      return this.left.slice(start, stop);
    }
    if (start > this.left.length) {
      return this.right.slice(this.right.length - stop + this.left.length, this.right.length - start + this.left.length).reverse();
    }
    return this.left.slice(start).concat(this.right.slice(this.right.length - stop + this.left.length).reverse());
  }
  /**
   * Mimics the behavior of Array.prototype.splice() except for the change of
   * interface necessary to avoid segfaults when patching in very large arrays.
   *
   * This operation moves cursor is moved to `start` and results in the cursor
   * placed after any inserted items.
   *
   * @param {number} start
   *   Start;
   *   zero-based index at which to start changing the array;
   *   negative numbers count backwards from the end of the array and values
   *   that are out-of bounds are clamped to the appropriate end of the array.
   * @param {number | null | undefined} [deleteCount=0]
   *   Delete count (default: `0`);
   *   maximum number of elements to delete, starting from start.
   * @param {Array<T> | null | undefined} [items=[]]
   *   Items to include in place of the deleted items (default: `[]`).
   * @return {Array<T>}
   *   Any removed items.
   */
  splice(start, deleteCount, items) {
    const count2 = deleteCount || 0;
    this.setCursor(Math.trunc(start));
    const removed = this.right.splice(this.right.length - count2, Number.POSITIVE_INFINITY);
    if (items) chunkedPush(this.left, items);
    return removed.reverse();
  }
  /**
   * Remove and return the highest-numbered item in the array, so
   * `list[list.length - 1]`;
   * Moves the cursor to `length`.
   *
   * @returns {T | undefined}
   *   Item, optional.
   */
  pop() {
    this.setCursor(Number.POSITIVE_INFINITY);
    return this.left.pop();
  }
  /**
   * Inserts a single item to the high-numbered side of the array;
   * moves the cursor to `length`.
   *
   * @param {T} item
   *   Item.
   * @returns {undefined}
   *   Nothing.
   */
  push(item) {
    this.setCursor(Number.POSITIVE_INFINITY);
    this.left.push(item);
  }
  /**
   * Inserts many items to the high-numbered side of the array.
   * Moves the cursor to `length`.
   *
   * @param {Array<T>} items
   *   Items.
   * @returns {undefined}
   *   Nothing.
   */
  pushMany(items) {
    this.setCursor(Number.POSITIVE_INFINITY);
    chunkedPush(this.left, items);
  }
  /**
   * Inserts a single item to the low-numbered side of the array;
   * Moves the cursor to `0`.
   *
   * @param {T} item
   *   Item.
   * @returns {undefined}
   *   Nothing.
   */
  unshift(item) {
    this.setCursor(0);
    this.right.push(item);
  }
  /**
   * Inserts many items to the low-numbered side of the array;
   * moves the cursor to `0`.
   *
   * @param {Array<T>} items
   *   Items.
   * @returns {undefined}
   *   Nothing.
   */
  unshiftMany(items) {
    this.setCursor(0);
    chunkedPush(this.right, items.reverse());
  }
  /**
   * Move the cursor to a specific position in the array. Requires
   * time proportional to the distance moved.
   *
   * If `n < 0`, the cursor will end up at the beginning.
   * If `n > length`, the cursor will end up at the end.
   *
   * @param {number} n
   *   Position.
   * @return {undefined}
   *   Nothing.
   */
  setCursor(n) {
    if (n === this.left.length || n > this.left.length && this.right.length === 0 || n < 0 && this.left.length === 0) return;
    if (n < this.left.length) {
      const removed = this.left.splice(n, Number.POSITIVE_INFINITY);
      chunkedPush(this.right, removed.reverse());
    } else {
      const removed = this.right.splice(this.left.length + this.right.length - n, Number.POSITIVE_INFINITY);
      chunkedPush(this.left, removed.reverse());
    }
  }
};
function chunkedPush(list3, right) {
  let chunkStart = 0;
  if (right.length < 1e4) {
    list3.push(...right);
  } else {
    while (chunkStart < right.length) {
      list3.push(...right.slice(chunkStart, chunkStart + 1e4));
      chunkStart += 1e4;
    }
  }
}

// node_modules/micromark-util-subtokenize/index.js
function subtokenize(eventsArray) {
  const jumps = {};
  let index2 = -1;
  let event;
  let lineIndex;
  let otherIndex;
  let otherEvent;
  let parameters;
  let subevents;
  let more;
  const events = new SpliceBuffer(eventsArray);
  while (++index2 < events.length) {
    while (index2 in jumps) {
      index2 = jumps[index2];
    }
    event = events.get(index2);
    if (index2 && event[1].type === "chunkFlow" && events.get(index2 - 1)[1].type === "listItemPrefix") {
      subevents = event[1]._tokenizer.events;
      otherIndex = 0;
      if (otherIndex < subevents.length && subevents[otherIndex][1].type === "lineEndingBlank") {
        otherIndex += 2;
      }
      if (otherIndex < subevents.length && subevents[otherIndex][1].type === "content") {
        while (++otherIndex < subevents.length) {
          if (subevents[otherIndex][1].type === "content") {
            break;
          }
          if (subevents[otherIndex][1].type === "chunkText") {
            subevents[otherIndex][1]._isInFirstContentOfListItem = true;
            otherIndex++;
          }
        }
      }
    }
    if (event[0] === "enter") {
      if (event[1].contentType) {
        Object.assign(jumps, subcontent(events, index2));
        index2 = jumps[index2];
        more = true;
      }
    } else if (event[1]._container) {
      otherIndex = index2;
      lineIndex = void 0;
      while (otherIndex--) {
        otherEvent = events.get(otherIndex);
        if (otherEvent[1].type === "lineEnding" || otherEvent[1].type === "lineEndingBlank") {
          if (otherEvent[0] === "enter") {
            if (lineIndex) {
              events.get(lineIndex)[1].type = "lineEndingBlank";
            }
            otherEvent[1].type = "lineEnding";
            lineIndex = otherIndex;
          }
        } else if (otherEvent[1].type === "linePrefix" || otherEvent[1].type === "listItemIndent") {
        } else {
          break;
        }
      }
      if (lineIndex) {
        event[1].end = {
          ...events.get(lineIndex)[1].start
        };
        parameters = events.slice(lineIndex, index2);
        parameters.unshift(event);
        events.splice(lineIndex, index2 - lineIndex + 1, parameters);
      }
    }
  }
  splice(eventsArray, 0, Number.POSITIVE_INFINITY, events.slice(0));
  return !more;
}
function subcontent(events, eventIndex) {
  const token = events.get(eventIndex)[1];
  const context = events.get(eventIndex)[2];
  let startPosition = eventIndex - 1;
  const startPositions = [];
  let tokenizer = token._tokenizer;
  if (!tokenizer) {
    tokenizer = context.parser[token.contentType](token.start);
    if (token._contentTypeTextTrailing) {
      tokenizer._contentTypeTextTrailing = true;
    }
  }
  const childEvents = tokenizer.events;
  const jumps = [];
  const gaps = {};
  let stream;
  let previous2;
  let index2 = -1;
  let current = token;
  let adjust = 0;
  let start = 0;
  const breaks = [start];
  while (current) {
    while (events.get(++startPosition)[1] !== current) {
    }
    startPositions.push(startPosition);
    if (!current._tokenizer) {
      stream = context.sliceStream(current);
      if (!current.next) {
        stream.push(null);
      }
      if (previous2) {
        tokenizer.defineSkip(current.start);
      }
      if (current._isInFirstContentOfListItem) {
        tokenizer._gfmTasklistFirstContentOfListItem = true;
      }
      tokenizer.write(stream);
      if (current._isInFirstContentOfListItem) {
        tokenizer._gfmTasklistFirstContentOfListItem = void 0;
      }
    }
    previous2 = current;
    current = current.next;
  }
  current = token;
  while (++index2 < childEvents.length) {
    if (
      // Find a void token that includes a break.
      childEvents[index2][0] === "exit" && childEvents[index2 - 1][0] === "enter" && childEvents[index2][1].type === childEvents[index2 - 1][1].type && childEvents[index2][1].start.line !== childEvents[index2][1].end.line
    ) {
      start = index2 + 1;
      breaks.push(start);
      current._tokenizer = void 0;
      current.previous = void 0;
      current = current.next;
    }
  }
  tokenizer.events = [];
  if (current) {
    current._tokenizer = void 0;
    current.previous = void 0;
  } else {
    breaks.pop();
  }
  index2 = breaks.length;
  while (index2--) {
    const slice = childEvents.slice(breaks[index2], breaks[index2 + 1]);
    const start2 = startPositions.pop();
    jumps.push([start2, start2 + slice.length - 1]);
    events.splice(start2, 2, slice);
  }
  jumps.reverse();
  index2 = -1;
  while (++index2 < jumps.length) {
    gaps[adjust + jumps[index2][0]] = adjust + jumps[index2][1];
    adjust += jumps[index2][1] - jumps[index2][0] - 1;
  }
  return gaps;
}

// node_modules/micromark-core-commonmark/lib/content.js
var content2 = {
  resolve: resolveContent,
  tokenize: tokenizeContent
};
var continuationConstruct = {
  partial: true,
  tokenize: tokenizeContinuation
};
function resolveContent(events) {
  subtokenize(events);
  return events;
}
function tokenizeContent(effects, ok2) {
  let previous2;
  return chunkStart;
  function chunkStart(code) {
    effects.enter("content");
    previous2 = effects.enter("chunkContent", {
      contentType: "content"
    });
    return chunkInside(code);
  }
  function chunkInside(code) {
    if (code === null) {
      return contentEnd(code);
    }
    if (markdownLineEnding(code)) {
      return effects.check(continuationConstruct, contentContinue, contentEnd)(code);
    }
    effects.consume(code);
    return chunkInside;
  }
  function contentEnd(code) {
    effects.exit("chunkContent");
    effects.exit("content");
    return ok2(code);
  }
  function contentContinue(code) {
    effects.consume(code);
    effects.exit("chunkContent");
    previous2.next = effects.enter("chunkContent", {
      contentType: "content",
      previous: previous2
    });
    previous2 = previous2.next;
    return chunkInside;
  }
}
function tokenizeContinuation(effects, ok2, nok) {
  const self = this;
  return startLookahead;
  function startLookahead(code) {
    effects.exit("chunkContent");
    effects.enter("lineEnding");
    effects.consume(code);
    effects.exit("lineEnding");
    return factorySpace(effects, prefixed, "linePrefix");
  }
  function prefixed(code) {
    if (code === null || markdownLineEnding(code)) {
      return nok(code);
    }
    const tail = self.events[self.events.length - 1];
    if (!self.parser.constructs.disable.null.includes("codeIndented") && tail && tail[1].type === "linePrefix" && tail[2].sliceSerialize(tail[1], true).length >= 4) {
      return ok2(code);
    }
    return effects.interrupt(self.parser.constructs.flow, nok, ok2)(code);
  }
}

// node_modules/micromark-factory-destination/index.js
function factoryDestination(effects, ok2, nok, type, literalType, literalMarkerType, rawType, stringType, max) {
  const limit2 = max || Number.POSITIVE_INFINITY;
  let balance = 0;
  return start;
  function start(code) {
    if (code === 60) {
      effects.enter(type);
      effects.enter(literalType);
      effects.enter(literalMarkerType);
      effects.consume(code);
      effects.exit(literalMarkerType);
      return enclosedBefore;
    }
    if (code === null || code === 32 || code === 41 || asciiControl(code)) {
      return nok(code);
    }
    effects.enter(type);
    effects.enter(rawType);
    effects.enter(stringType);
    effects.enter("chunkString", {
      contentType: "string"
    });
    return raw(code);
  }
  function enclosedBefore(code) {
    if (code === 62) {
      effects.enter(literalMarkerType);
      effects.consume(code);
      effects.exit(literalMarkerType);
      effects.exit(literalType);
      effects.exit(type);
      return ok2;
    }
    effects.enter(stringType);
    effects.enter("chunkString", {
      contentType: "string"
    });
    return enclosed(code);
  }
  function enclosed(code) {
    if (code === 62) {
      effects.exit("chunkString");
      effects.exit(stringType);
      return enclosedBefore(code);
    }
    if (code === null || code === 60 || markdownLineEnding(code)) {
      return nok(code);
    }
    effects.consume(code);
    return code === 92 ? enclosedEscape : enclosed;
  }
  function enclosedEscape(code) {
    if (code === 60 || code === 62 || code === 92) {
      effects.consume(code);
      return enclosed;
    }
    return enclosed(code);
  }
  function raw(code) {
    if (!balance && (code === null || code === 41 || markdownLineEndingOrSpace(code))) {
      effects.exit("chunkString");
      effects.exit(stringType);
      effects.exit(rawType);
      effects.exit(type);
      return ok2(code);
    }
    if (balance < limit2 && code === 40) {
      effects.consume(code);
      balance++;
      return raw;
    }
    if (code === 41) {
      effects.consume(code);
      balance--;
      return raw;
    }
    if (code === null || code === 32 || code === 40 || asciiControl(code)) {
      return nok(code);
    }
    effects.consume(code);
    return code === 92 ? rawEscape : raw;
  }
  function rawEscape(code) {
    if (code === 40 || code === 41 || code === 92) {
      effects.consume(code);
      return raw;
    }
    return raw(code);
  }
}

// node_modules/micromark-factory-label/index.js
function factoryLabel(effects, ok2, nok, type, markerType, stringType) {
  const self = this;
  let size = 0;
  let seen;
  return start;
  function start(code) {
    effects.enter(type);
    effects.enter(markerType);
    effects.consume(code);
    effects.exit(markerType);
    effects.enter(stringType);
    return atBreak;
  }
  function atBreak(code) {
    if (size > 999 || code === null || code === 91 || code === 93 && !seen || // To do: remove in the future once we’ve switched from
    // `micromark-extension-footnote` to `micromark-extension-gfm-footnote`,
    // which doesn’t need this.
    // Hidden footnotes hook.
    /* c8 ignore next 3 */
    code === 94 && !size && "_hiddenFootnoteSupport" in self.parser.constructs) {
      return nok(code);
    }
    if (code === 93) {
      effects.exit(stringType);
      effects.enter(markerType);
      effects.consume(code);
      effects.exit(markerType);
      effects.exit(type);
      return ok2;
    }
    if (markdownLineEnding(code)) {
      effects.enter("lineEnding");
      effects.consume(code);
      effects.exit("lineEnding");
      return atBreak;
    }
    effects.enter("chunkString", {
      contentType: "string"
    });
    return labelInside(code);
  }
  function labelInside(code) {
    if (code === null || code === 91 || code === 93 || markdownLineEnding(code) || size++ > 999) {
      effects.exit("chunkString");
      return atBreak(code);
    }
    effects.consume(code);
    if (!seen) seen = !markdownSpace(code);
    return code === 92 ? labelEscape : labelInside;
  }
  function labelEscape(code) {
    if (code === 91 || code === 92 || code === 93) {
      effects.consume(code);
      size++;
      return labelInside;
    }
    return labelInside(code);
  }
}

// node_modules/micromark-factory-title/index.js
function factoryTitle(effects, ok2, nok, type, markerType, stringType) {
  let marker2;
  return start;
  function start(code) {
    if (code === 34 || code === 39 || code === 40) {
      effects.enter(type);
      effects.enter(markerType);
      effects.consume(code);
      effects.exit(markerType);
      marker2 = code === 40 ? 41 : code;
      return begin;
    }
    return nok(code);
  }
  function begin(code) {
    if (code === marker2) {
      effects.enter(markerType);
      effects.consume(code);
      effects.exit(markerType);
      effects.exit(type);
      return ok2;
    }
    effects.enter(stringType);
    return atBreak(code);
  }
  function atBreak(code) {
    if (code === marker2) {
      effects.exit(stringType);
      return begin(marker2);
    }
    if (code === null) {
      return nok(code);
    }
    if (markdownLineEnding(code)) {
      effects.enter("lineEnding");
      effects.consume(code);
      effects.exit("lineEnding");
      return factorySpace(effects, atBreak, "linePrefix");
    }
    effects.enter("chunkString", {
      contentType: "string"
    });
    return inside(code);
  }
  function inside(code) {
    if (code === marker2 || code === null || markdownLineEnding(code)) {
      effects.exit("chunkString");
      return atBreak(code);
    }
    effects.consume(code);
    return code === 92 ? escape2 : inside;
  }
  function escape2(code) {
    if (code === marker2 || code === 92) {
      effects.consume(code);
      return inside;
    }
    return inside(code);
  }
}

// node_modules/micromark-factory-whitespace/index.js
function factoryWhitespace(effects, ok2) {
  let seen;
  return start;
  function start(code) {
    if (markdownLineEnding(code)) {
      effects.enter("lineEnding");
      effects.consume(code);
      effects.exit("lineEnding");
      seen = true;
      return start;
    }
    if (markdownSpace(code)) {
      return factorySpace(effects, start, seen ? "linePrefix" : "lineSuffix")(code);
    }
    return ok2(code);
  }
}

// node_modules/micromark-core-commonmark/lib/definition.js
var definition = {
  name: "definition",
  tokenize: tokenizeDefinition
};
var titleBefore = {
  partial: true,
  tokenize: tokenizeTitleBefore
};
function tokenizeDefinition(effects, ok2, nok) {
  const self = this;
  let identifier;
  return start;
  function start(code) {
    effects.enter("definition");
    return before(code);
  }
  function before(code) {
    return factoryLabel.call(
      self,
      effects,
      labelAfter,
      // Note: we don’t need to reset the way `markdown-rs` does.
      nok,
      "definitionLabel",
      "definitionLabelMarker",
      "definitionLabelString"
    )(code);
  }
  function labelAfter(code) {
    identifier = normalizeIdentifier(self.sliceSerialize(self.events[self.events.length - 1][1]).slice(1, -1));
    if (code === 58) {
      effects.enter("definitionMarker");
      effects.consume(code);
      effects.exit("definitionMarker");
      return markerAfter;
    }
    return nok(code);
  }
  function markerAfter(code) {
    return markdownLineEndingOrSpace(code) ? factoryWhitespace(effects, destinationBefore)(code) : destinationBefore(code);
  }
  function destinationBefore(code) {
    return factoryDestination(
      effects,
      destinationAfter,
      // Note: we don’t need to reset the way `markdown-rs` does.
      nok,
      "definitionDestination",
      "definitionDestinationLiteral",
      "definitionDestinationLiteralMarker",
      "definitionDestinationRaw",
      "definitionDestinationString"
    )(code);
  }
  function destinationAfter(code) {
    return effects.attempt(titleBefore, after, after)(code);
  }
  function after(code) {
    return markdownSpace(code) ? factorySpace(effects, afterWhitespace, "whitespace")(code) : afterWhitespace(code);
  }
  function afterWhitespace(code) {
    if (code === null || markdownLineEnding(code)) {
      effects.exit("definition");
      self.parser.defined.push(identifier);
      return ok2(code);
    }
    return nok(code);
  }
}
function tokenizeTitleBefore(effects, ok2, nok) {
  return titleBefore2;
  function titleBefore2(code) {
    return markdownLineEndingOrSpace(code) ? factoryWhitespace(effects, beforeMarker)(code) : nok(code);
  }
  function beforeMarker(code) {
    return factoryTitle(effects, titleAfter, nok, "definitionTitle", "definitionTitleMarker", "definitionTitleString")(code);
  }
  function titleAfter(code) {
    return markdownSpace(code) ? factorySpace(effects, titleAfterOptionalWhitespace, "whitespace")(code) : titleAfterOptionalWhitespace(code);
  }
  function titleAfterOptionalWhitespace(code) {
    return code === null || markdownLineEnding(code) ? ok2(code) : nok(code);
  }
}

// node_modules/micromark-core-commonmark/lib/hard-break-escape.js
var hardBreakEscape = {
  name: "hardBreakEscape",
  tokenize: tokenizeHardBreakEscape
};
function tokenizeHardBreakEscape(effects, ok2, nok) {
  return start;
  function start(code) {
    effects.enter("hardBreakEscape");
    effects.consume(code);
    return after;
  }
  function after(code) {
    if (markdownLineEnding(code)) {
      effects.exit("hardBreakEscape");
      return ok2(code);
    }
    return nok(code);
  }
}

// node_modules/micromark-core-commonmark/lib/heading-atx.js
var headingAtx = {
  name: "headingAtx",
  resolve: resolveHeadingAtx,
  tokenize: tokenizeHeadingAtx
};
function resolveHeadingAtx(events, context) {
  let contentEnd = events.length - 2;
  let contentStart = 3;
  if (events[contentStart][1].type === "whitespace") {
    contentStart += 2;
  }
  if (contentEnd - 2 > contentStart && events[contentEnd][1].type === "whitespace") {
    contentEnd -= 2;
  }
  if (events[contentEnd][1].type === "atxHeadingSequence" && (contentStart === contentEnd - 1 || contentEnd - 4 > contentStart && events[contentEnd - 2][1].type === "whitespace")) {
    contentEnd -= contentStart + 1 === contentEnd ? 2 : 4;
  }
  if (contentEnd > contentStart) {
    const content3 = {
      type: "atxHeadingText",
      start: events[contentStart][1].start,
      end: events[contentEnd][1].end
    };
    const text3 = {
      type: "chunkText",
      start: events[contentStart][1].start,
      end: events[contentEnd][1].end,
      contentType: "text"
    };
    splice(events, contentStart, contentEnd - contentStart + 1, [["enter", content3, context], ["enter", text3, context], ["exit", text3, context], ["exit", content3, context]]);
  }
  return events;
}
function tokenizeHeadingAtx(effects, ok2, nok) {
  let size = 0;
  return start;
  function start(code) {
    effects.enter("atxHeading");
    return before(code);
  }
  function before(code) {
    effects.enter("atxHeadingSequence");
    return sequenceOpen(code);
  }
  function sequenceOpen(code) {
    if (code === 35 && size++ < 6) {
      effects.consume(code);
      return sequenceOpen;
    }
    if (code === null || markdownLineEndingOrSpace(code)) {
      effects.exit("atxHeadingSequence");
      return atBreak(code);
    }
    return nok(code);
  }
  function atBreak(code) {
    if (code === 35) {
      effects.enter("atxHeadingSequence");
      return sequenceFurther(code);
    }
    if (code === null || markdownLineEnding(code)) {
      effects.exit("atxHeading");
      return ok2(code);
    }
    if (markdownSpace(code)) {
      return factorySpace(effects, atBreak, "whitespace")(code);
    }
    effects.enter("atxHeadingText");
    return data(code);
  }
  function sequenceFurther(code) {
    if (code === 35) {
      effects.consume(code);
      return sequenceFurther;
    }
    effects.exit("atxHeadingSequence");
    return atBreak(code);
  }
  function data(code) {
    if (code === null || code === 35 || markdownLineEndingOrSpace(code)) {
      effects.exit("atxHeadingText");
      return atBreak(code);
    }
    effects.consume(code);
    return data;
  }
}

// node_modules/micromark-util-html-tag-name/index.js
var htmlBlockNames = [
  "address",
  "article",
  "aside",
  "base",
  "basefont",
  "blockquote",
  "body",
  "caption",
  "center",
  "col",
  "colgroup",
  "dd",
  "details",
  "dialog",
  "dir",
  "div",
  "dl",
  "dt",
  "fieldset",
  "figcaption",
  "figure",
  "footer",
  "form",
  "frame",
  "frameset",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "head",
  "header",
  "hr",
  "html",
  "iframe",
  "legend",
  "li",
  "link",
  "main",
  "menu",
  "menuitem",
  "nav",
  "noframes",
  "ol",
  "optgroup",
  "option",
  "p",
  "param",
  "search",
  "section",
  "summary",
  "table",
  "tbody",
  "td",
  "tfoot",
  "th",
  "thead",
  "title",
  "tr",
  "track",
  "ul"
];
var htmlRawNames = ["pre", "script", "style", "textarea"];

// node_modules/micromark-core-commonmark/lib/html-flow.js
var htmlFlow = {
  concrete: true,
  name: "htmlFlow",
  resolveTo: resolveToHtmlFlow,
  tokenize: tokenizeHtmlFlow
};
var blankLineBefore = {
  partial: true,
  tokenize: tokenizeBlankLineBefore
};
function resolveToHtmlFlow(events) {
  let index2 = events.length;
  while (index2--) {
    if (events[index2][0] === "enter" && events[index2][1].type === "htmlFlow") {
      break;
    }
  }
  if (index2 > 1 && events[index2 - 2][1].type === "linePrefix") {
    events[index2][1].start = events[index2 - 2][1].start;
    events[index2 + 1][1].start = events[index2 - 2][1].start;
    events.splice(index2 - 2, 2);
  }
  return events;
}
function tokenizeHtmlFlow(effects, ok2, nok) {
  const self = this;
  let marker2;
  let closingTag;
  let buffer;
  let index2;
  let markerB;
  return start;
  function start(code) {
    return before(code);
  }
  function before(code) {
    effects.enter("htmlFlow");
    effects.enter("htmlFlowData");
    effects.consume(code);
    return open;
  }
  function open(code) {
    if (code === 33) {
      effects.consume(code);
      return declarationOpen;
    }
    if (code === 47) {
      effects.consume(code);
      closingTag = true;
      return tagCloseStart;
    }
    if (code === 63) {
      effects.consume(code);
      marker2 = 3;
      return self.interrupt ? ok2 : continuationDeclarationInside;
    }
    if (asciiAlpha(code)) {
      effects.consume(code);
      buffer = String.fromCharCode(code);
      return tagName;
    }
    return nok(code);
  }
  function declarationOpen(code) {
    if (code === 45) {
      effects.consume(code);
      marker2 = 2;
      return commentOpenInside;
    }
    if (code === 91) {
      effects.consume(code);
      marker2 = 5;
      index2 = 0;
      return cdataOpenInside;
    }
    if (asciiAlpha(code)) {
      effects.consume(code);
      marker2 = 4;
      return self.interrupt ? ok2 : continuationDeclarationInside;
    }
    return nok(code);
  }
  function commentOpenInside(code) {
    if (code === 45) {
      effects.consume(code);
      return self.interrupt ? ok2 : continuationDeclarationInside;
    }
    return nok(code);
  }
  function cdataOpenInside(code) {
    const value2 = "CDATA[";
    if (code === value2.charCodeAt(index2++)) {
      effects.consume(code);
      if (index2 === value2.length) {
        return self.interrupt ? ok2 : continuation;
      }
      return cdataOpenInside;
    }
    return nok(code);
  }
  function tagCloseStart(code) {
    if (asciiAlpha(code)) {
      effects.consume(code);
      buffer = String.fromCharCode(code);
      return tagName;
    }
    return nok(code);
  }
  function tagName(code) {
    if (code === null || code === 47 || code === 62 || markdownLineEndingOrSpace(code)) {
      const slash = code === 47;
      const name = buffer.toLowerCase();
      if (!slash && !closingTag && htmlRawNames.includes(name)) {
        marker2 = 1;
        return self.interrupt ? ok2(code) : continuation(code);
      }
      if (htmlBlockNames.includes(buffer.toLowerCase())) {
        marker2 = 6;
        if (slash) {
          effects.consume(code);
          return basicSelfClosing;
        }
        return self.interrupt ? ok2(code) : continuation(code);
      }
      marker2 = 7;
      return self.interrupt && !self.parser.lazy[self.now().line] ? nok(code) : closingTag ? completeClosingTagAfter(code) : completeAttributeNameBefore(code);
    }
    if (code === 45 || asciiAlphanumeric(code)) {
      effects.consume(code);
      buffer += String.fromCharCode(code);
      return tagName;
    }
    return nok(code);
  }
  function basicSelfClosing(code) {
    if (code === 62) {
      effects.consume(code);
      return self.interrupt ? ok2 : continuation;
    }
    return nok(code);
  }
  function completeClosingTagAfter(code) {
    if (markdownSpace(code)) {
      effects.consume(code);
      return completeClosingTagAfter;
    }
    return completeEnd(code);
  }
  function completeAttributeNameBefore(code) {
    if (code === 47) {
      effects.consume(code);
      return completeEnd;
    }
    if (code === 58 || code === 95 || asciiAlpha(code)) {
      effects.consume(code);
      return completeAttributeName;
    }
    if (markdownSpace(code)) {
      effects.consume(code);
      return completeAttributeNameBefore;
    }
    return completeEnd(code);
  }
  function completeAttributeName(code) {
    if (code === 45 || code === 46 || code === 58 || code === 95 || asciiAlphanumeric(code)) {
      effects.consume(code);
      return completeAttributeName;
    }
    return completeAttributeNameAfter(code);
  }
  function completeAttributeNameAfter(code) {
    if (code === 61) {
      effects.consume(code);
      return completeAttributeValueBefore;
    }
    if (markdownSpace(code)) {
      effects.consume(code);
      return completeAttributeNameAfter;
    }
    return completeAttributeNameBefore(code);
  }
  function completeAttributeValueBefore(code) {
    if (code === null || code === 60 || code === 61 || code === 62 || code === 96) {
      return nok(code);
    }
    if (code === 34 || code === 39) {
      effects.consume(code);
      markerB = code;
      return completeAttributeValueQuoted;
    }
    if (markdownSpace(code)) {
      effects.consume(code);
      return completeAttributeValueBefore;
    }
    return completeAttributeValueUnquoted(code);
  }
  function completeAttributeValueQuoted(code) {
    if (code === markerB) {
      effects.consume(code);
      markerB = null;
      return completeAttributeValueQuotedAfter;
    }
    if (code === null || markdownLineEnding(code)) {
      return nok(code);
    }
    effects.consume(code);
    return completeAttributeValueQuoted;
  }
  function completeAttributeValueUnquoted(code) {
    if (code === null || code === 34 || code === 39 || code === 47 || code === 60 || code === 61 || code === 62 || code === 96 || markdownLineEndingOrSpace(code)) {
      return completeAttributeNameAfter(code);
    }
    effects.consume(code);
    return completeAttributeValueUnquoted;
  }
  function completeAttributeValueQuotedAfter(code) {
    if (code === 47 || code === 62 || markdownSpace(code)) {
      return completeAttributeNameBefore(code);
    }
    return nok(code);
  }
  function completeEnd(code) {
    if (code === 62) {
      effects.consume(code);
      return completeAfter;
    }
    return nok(code);
  }
  function completeAfter(code) {
    if (code === null || markdownLineEnding(code)) {
      return continuation(code);
    }
    if (markdownSpace(code)) {
      effects.consume(code);
      return completeAfter;
    }
    return nok(code);
  }
  function continuation(code) {
    if (code === 45 && marker2 === 2) {
      effects.consume(code);
      return continuationCommentInside;
    }
    if (code === 60 && marker2 === 1) {
      effects.consume(code);
      return continuationRawTagOpen;
    }
    if (code === 62 && marker2 === 4) {
      effects.consume(code);
      return continuationClose;
    }
    if (code === 63 && marker2 === 3) {
      effects.consume(code);
      return continuationDeclarationInside;
    }
    if (code === 93 && marker2 === 5) {
      effects.consume(code);
      return continuationCdataInside;
    }
    if (markdownLineEnding(code) && (marker2 === 6 || marker2 === 7)) {
      effects.exit("htmlFlowData");
      return effects.check(blankLineBefore, continuationAfter, continuationStart)(code);
    }
    if (code === null || markdownLineEnding(code)) {
      effects.exit("htmlFlowData");
      return continuationStart(code);
    }
    effects.consume(code);
    return continuation;
  }
  function continuationStart(code) {
    return effects.check(nonLazyContinuation, continuationStartNonLazy, continuationAfter)(code);
  }
  function continuationStartNonLazy(code) {
    effects.enter("lineEnding");
    effects.consume(code);
    effects.exit("lineEnding");
    return continuationBefore;
  }
  function continuationBefore(code) {
    if (code === null || markdownLineEnding(code)) {
      return continuationStart(code);
    }
    effects.enter("htmlFlowData");
    return continuation(code);
  }
  function continuationCommentInside(code) {
    if (code === 45) {
      effects.consume(code);
      return continuationDeclarationInside;
    }
    return continuation(code);
  }
  function continuationRawTagOpen(code) {
    if (code === 47) {
      effects.consume(code);
      buffer = "";
      return continuationRawEndTag;
    }
    return continuation(code);
  }
  function continuationRawEndTag(code) {
    if (code === 62) {
      const name = buffer.toLowerCase();
      if (htmlRawNames.includes(name)) {
        effects.consume(code);
        return continuationClose;
      }
      return continuation(code);
    }
    if (asciiAlpha(code) && buffer.length < 8) {
      effects.consume(code);
      buffer += String.fromCharCode(code);
      return continuationRawEndTag;
    }
    return continuation(code);
  }
  function continuationCdataInside(code) {
    if (code === 93) {
      effects.consume(code);
      return continuationDeclarationInside;
    }
    return continuation(code);
  }
  function continuationDeclarationInside(code) {
    if (code === 62) {
      effects.consume(code);
      return continuationClose;
    }
    if (code === 45 && marker2 === 2) {
      effects.consume(code);
      return continuationDeclarationInside;
    }
    return continuation(code);
  }
  function continuationClose(code) {
    if (code === null || markdownLineEnding(code)) {
      effects.exit("htmlFlowData");
      return continuationAfter(code);
    }
    effects.consume(code);
    return continuationClose;
  }
  function continuationAfter(code) {
    effects.exit("htmlFlow");
    return ok2(code);
  }
}
function tokenizeBlankLineBefore(effects, ok2, nok) {
  return start;
  function start(code) {
    effects.enter("lineEnding");
    effects.consume(code);
    effects.exit("lineEnding");
    return effects.attempt(blankLine, ok2, nok);
  }
}

// node_modules/micromark-core-commonmark/lib/html-text.js
var htmlText = {
  name: "htmlText",
  tokenize: tokenizeHtmlText
};
function tokenizeHtmlText(effects, ok2, nok) {
  const self = this;
  let marker2;
  let index2;
  let returnState;
  return start;
  function start(code) {
    effects.enter("htmlText");
    effects.enter("htmlTextData");
    effects.consume(code);
    return open;
  }
  function open(code) {
    if (code === 33) {
      effects.consume(code);
      return declarationOpen;
    }
    if (code === 47) {
      effects.consume(code);
      return tagCloseStart;
    }
    if (code === 63) {
      effects.consume(code);
      return instruction;
    }
    if (asciiAlpha(code)) {
      effects.consume(code);
      return tagOpen;
    }
    return nok(code);
  }
  function declarationOpen(code) {
    if (code === 45) {
      effects.consume(code);
      return commentOpenInside;
    }
    if (code === 91) {
      effects.consume(code);
      index2 = 0;
      return cdataOpenInside;
    }
    if (asciiAlpha(code)) {
      effects.consume(code);
      return declaration;
    }
    return nok(code);
  }
  function commentOpenInside(code) {
    if (code === 45) {
      effects.consume(code);
      return commentEnd;
    }
    return nok(code);
  }
  function comment(code) {
    if (code === null) {
      return nok(code);
    }
    if (code === 45) {
      effects.consume(code);
      return commentClose;
    }
    if (markdownLineEnding(code)) {
      returnState = comment;
      return lineEndingBefore(code);
    }
    effects.consume(code);
    return comment;
  }
  function commentClose(code) {
    if (code === 45) {
      effects.consume(code);
      return commentEnd;
    }
    return comment(code);
  }
  function commentEnd(code) {
    return code === 62 ? end(code) : code === 45 ? commentClose(code) : comment(code);
  }
  function cdataOpenInside(code) {
    const value2 = "CDATA[";
    if (code === value2.charCodeAt(index2++)) {
      effects.consume(code);
      return index2 === value2.length ? cdata : cdataOpenInside;
    }
    return nok(code);
  }
  function cdata(code) {
    if (code === null) {
      return nok(code);
    }
    if (code === 93) {
      effects.consume(code);
      return cdataClose;
    }
    if (markdownLineEnding(code)) {
      returnState = cdata;
      return lineEndingBefore(code);
    }
    effects.consume(code);
    return cdata;
  }
  function cdataClose(code) {
    if (code === 93) {
      effects.consume(code);
      return cdataEnd;
    }
    return cdata(code);
  }
  function cdataEnd(code) {
    if (code === 62) {
      return end(code);
    }
    if (code === 93) {
      effects.consume(code);
      return cdataEnd;
    }
    return cdata(code);
  }
  function declaration(code) {
    if (code === null || code === 62) {
      return end(code);
    }
    if (markdownLineEnding(code)) {
      returnState = declaration;
      return lineEndingBefore(code);
    }
    effects.consume(code);
    return declaration;
  }
  function instruction(code) {
    if (code === null) {
      return nok(code);
    }
    if (code === 63) {
      effects.consume(code);
      return instructionClose;
    }
    if (markdownLineEnding(code)) {
      returnState = instruction;
      return lineEndingBefore(code);
    }
    effects.consume(code);
    return instruction;
  }
  function instructionClose(code) {
    return code === 62 ? end(code) : instruction(code);
  }
  function tagCloseStart(code) {
    if (asciiAlpha(code)) {
      effects.consume(code);
      return tagClose;
    }
    return nok(code);
  }
  function tagClose(code) {
    if (code === 45 || asciiAlphanumeric(code)) {
      effects.consume(code);
      return tagClose;
    }
    return tagCloseBetween(code);
  }
  function tagCloseBetween(code) {
    if (markdownLineEnding(code)) {
      returnState = tagCloseBetween;
      return lineEndingBefore(code);
    }
    if (markdownSpace(code)) {
      effects.consume(code);
      return tagCloseBetween;
    }
    return end(code);
  }
  function tagOpen(code) {
    if (code === 45 || asciiAlphanumeric(code)) {
      effects.consume(code);
      return tagOpen;
    }
    if (code === 47 || code === 62 || markdownLineEndingOrSpace(code)) {
      return tagOpenBetween(code);
    }
    return nok(code);
  }
  function tagOpenBetween(code) {
    if (code === 47) {
      effects.consume(code);
      return end;
    }
    if (code === 58 || code === 95 || asciiAlpha(code)) {
      effects.consume(code);
      return tagOpenAttributeName;
    }
    if (markdownLineEnding(code)) {
      returnState = tagOpenBetween;
      return lineEndingBefore(code);
    }
    if (markdownSpace(code)) {
      effects.consume(code);
      return tagOpenBetween;
    }
    return end(code);
  }
  function tagOpenAttributeName(code) {
    if (code === 45 || code === 46 || code === 58 || code === 95 || asciiAlphanumeric(code)) {
      effects.consume(code);
      return tagOpenAttributeName;
    }
    return tagOpenAttributeNameAfter(code);
  }
  function tagOpenAttributeNameAfter(code) {
    if (code === 61) {
      effects.consume(code);
      return tagOpenAttributeValueBefore;
    }
    if (markdownLineEnding(code)) {
      returnState = tagOpenAttributeNameAfter;
      return lineEndingBefore(code);
    }
    if (markdownSpace(code)) {
      effects.consume(code);
      return tagOpenAttributeNameAfter;
    }
    return tagOpenBetween(code);
  }
  function tagOpenAttributeValueBefore(code) {
    if (code === null || code === 60 || code === 61 || code === 62 || code === 96) {
      return nok(code);
    }
    if (code === 34 || code === 39) {
      effects.consume(code);
      marker2 = code;
      return tagOpenAttributeValueQuoted;
    }
    if (markdownLineEnding(code)) {
      returnState = tagOpenAttributeValueBefore;
      return lineEndingBefore(code);
    }
    if (markdownSpace(code)) {
      effects.consume(code);
      return tagOpenAttributeValueBefore;
    }
    effects.consume(code);
    return tagOpenAttributeValueUnquoted;
  }
  function tagOpenAttributeValueQuoted(code) {
    if (code === marker2) {
      effects.consume(code);
      marker2 = void 0;
      return tagOpenAttributeValueQuotedAfter;
    }
    if (code === null) {
      return nok(code);
    }
    if (markdownLineEnding(code)) {
      returnState = tagOpenAttributeValueQuoted;
      return lineEndingBefore(code);
    }
    effects.consume(code);
    return tagOpenAttributeValueQuoted;
  }
  function tagOpenAttributeValueUnquoted(code) {
    if (code === null || code === 34 || code === 39 || code === 60 || code === 61 || code === 96) {
      return nok(code);
    }
    if (code === 47 || code === 62 || markdownLineEndingOrSpace(code)) {
      return tagOpenBetween(code);
    }
    effects.consume(code);
    return tagOpenAttributeValueUnquoted;
  }
  function tagOpenAttributeValueQuotedAfter(code) {
    if (code === 47 || code === 62 || markdownLineEndingOrSpace(code)) {
      return tagOpenBetween(code);
    }
    return nok(code);
  }
  function end(code) {
    if (code === 62) {
      effects.consume(code);
      effects.exit("htmlTextData");
      effects.exit("htmlText");
      return ok2;
    }
    return nok(code);
  }
  function lineEndingBefore(code) {
    effects.exit("htmlTextData");
    effects.enter("lineEnding");
    effects.consume(code);
    effects.exit("lineEnding");
    return lineEndingAfter;
  }
  function lineEndingAfter(code) {
    return markdownSpace(code) ? factorySpace(effects, lineEndingAfterPrefix, "linePrefix", self.parser.constructs.disable.null.includes("codeIndented") ? void 0 : 4)(code) : lineEndingAfterPrefix(code);
  }
  function lineEndingAfterPrefix(code) {
    effects.enter("htmlTextData");
    return returnState(code);
  }
}

// node_modules/micromark-core-commonmark/lib/label-end.js
var labelEnd = {
  name: "labelEnd",
  resolveAll: resolveAllLabelEnd,
  resolveTo: resolveToLabelEnd,
  tokenize: tokenizeLabelEnd
};
var resourceConstruct = {
  tokenize: tokenizeResource
};
var referenceFullConstruct = {
  tokenize: tokenizeReferenceFull
};
var referenceCollapsedConstruct = {
  tokenize: tokenizeReferenceCollapsed
};
function resolveAllLabelEnd(events) {
  let index2 = -1;
  const newEvents = [];
  while (++index2 < events.length) {
    const token = events[index2][1];
    newEvents.push(events[index2]);
    if (token.type === "labelImage" || token.type === "labelLink" || token.type === "labelEnd") {
      const offset2 = token.type === "labelImage" ? 4 : 2;
      token.type = "data";
      index2 += offset2;
    }
  }
  if (events.length !== newEvents.length) {
    splice(events, 0, events.length, newEvents);
  }
  return events;
}
function resolveToLabelEnd(events, context) {
  let index2 = events.length;
  let offset2 = 0;
  let open;
  let close2;
  let media;
  while (index2--) {
    const token = events[index2][1];
    if (open) {
      if (token.type === "link" || token.type === "labelLink" && token._inactive) {
        break;
      }
      if (events[index2][0] === "enter" && token.type === "labelLink") {
        token._inactive = true;
      }
    } else if (close2) {
      if (events[index2][0] === "enter" && (token.type === "labelImage" || token.type === "labelLink") && !token._balanced) {
        open = index2;
        if (token.type !== "labelLink") {
          offset2 = 2;
          break;
        }
      }
    } else if (token.type === "labelEnd") {
      close2 = index2;
    }
  }
  const group = {
    type: events[open][1].type === "labelLink" ? "link" : "image",
    start: {
      ...events[open][1].start
    },
    end: {
      ...events[events.length - 1][1].end
    }
  };
  const label = {
    type: "label",
    start: {
      ...events[open][1].start
    },
    end: {
      ...events[close2][1].end
    }
  };
  const text3 = {
    type: "labelText",
    start: {
      ...events[open + offset2 + 2][1].end
    },
    end: {
      ...events[close2 - 2][1].start
    }
  };
  media = [["enter", group, context], ["enter", label, context]];
  media = push(media, events.slice(open + 1, open + offset2 + 3));
  media = push(media, [["enter", text3, context]]);
  media = push(media, resolveAll(context.parser.constructs.insideSpan.null, events.slice(open + offset2 + 4, close2 - 3), context));
  media = push(media, [["exit", text3, context], events[close2 - 2], events[close2 - 1], ["exit", label, context]]);
  media = push(media, events.slice(close2 + 1));
  media = push(media, [["exit", group, context]]);
  splice(events, open, events.length, media);
  return events;
}
function tokenizeLabelEnd(effects, ok2, nok) {
  const self = this;
  const labelStarts = self._labelStarts;
  let labelStart;
  let defined;
  if (labelStarts) {
    while (labelStarts.length > 0 && labelStarts[labelStarts.length - 1]._balanced) {
      labelStarts.pop();
    }
    labelStart = labelStarts[labelStarts.length - 1];
  }
  return start;
  function start(code) {
    if (!labelStart) {
      return nok(code);
    }
    if (labelStart._inactive) {
      return labelEndNok(code);
    }
    defined = self.parser.defined.includes(normalizeIdentifier(self.sliceSerialize({
      start: labelStart.end,
      end: self.now()
    })));
    effects.enter("labelEnd");
    effects.enter("labelMarker");
    effects.consume(code);
    effects.exit("labelMarker");
    effects.exit("labelEnd");
    return after;
  }
  function after(code) {
    if (code === 40) {
      return effects.attempt(resourceConstruct, labelEndOk, defined ? labelEndOk : labelEndNok)(code);
    }
    if (code === 91) {
      return effects.attempt(referenceFullConstruct, labelEndOk, defined ? referenceNotFull : labelEndNok)(code);
    }
    return defined ? labelEndOk(code) : labelEndNok(code);
  }
  function referenceNotFull(code) {
    return effects.attempt(referenceCollapsedConstruct, labelEndOk, labelEndNok)(code);
  }
  function labelEndOk(code) {
    labelStarts.pop();
    return ok2(code);
  }
  function labelEndNok(code) {
    labelStart._balanced = true;
    return nok(code);
  }
}
function tokenizeResource(effects, ok2, nok) {
  return resourceStart;
  function resourceStart(code) {
    effects.enter("resource");
    effects.enter("resourceMarker");
    effects.consume(code);
    effects.exit("resourceMarker");
    return resourceBefore;
  }
  function resourceBefore(code) {
    return markdownLineEndingOrSpace(code) ? factoryWhitespace(effects, resourceOpen)(code) : resourceOpen(code);
  }
  function resourceOpen(code) {
    if (code === 41) {
      return resourceEnd(code);
    }
    return factoryDestination(effects, resourceDestinationAfter, resourceDestinationMissing, "resourceDestination", "resourceDestinationLiteral", "resourceDestinationLiteralMarker", "resourceDestinationRaw", "resourceDestinationString", 32)(code);
  }
  function resourceDestinationAfter(code) {
    return markdownLineEndingOrSpace(code) ? factoryWhitespace(effects, resourceBetween)(code) : resourceEnd(code);
  }
  function resourceDestinationMissing(code) {
    return nok(code);
  }
  function resourceBetween(code) {
    if (code === 34 || code === 39 || code === 40) {
      return factoryTitle(effects, resourceTitleAfter, nok, "resourceTitle", "resourceTitleMarker", "resourceTitleString")(code);
    }
    return resourceEnd(code);
  }
  function resourceTitleAfter(code) {
    return markdownLineEndingOrSpace(code) ? factoryWhitespace(effects, resourceEnd)(code) : resourceEnd(code);
  }
  function resourceEnd(code) {
    if (code === 41) {
      effects.enter("resourceMarker");
      effects.consume(code);
      effects.exit("resourceMarker");
      effects.exit("resource");
      return ok2;
    }
    return nok(code);
  }
}
function tokenizeReferenceFull(effects, ok2, nok) {
  const self = this;
  return referenceFull;
  function referenceFull(code) {
    return factoryLabel.call(self, effects, referenceFullAfter, referenceFullMissing, "reference", "referenceMarker", "referenceString")(code);
  }
  function referenceFullAfter(code) {
    return self.parser.defined.includes(normalizeIdentifier(self.sliceSerialize(self.events[self.events.length - 1][1]).slice(1, -1))) ? ok2(code) : nok(code);
  }
  function referenceFullMissing(code) {
    return nok(code);
  }
}
function tokenizeReferenceCollapsed(effects, ok2, nok) {
  return referenceCollapsedStart;
  function referenceCollapsedStart(code) {
    effects.enter("reference");
    effects.enter("referenceMarker");
    effects.consume(code);
    effects.exit("referenceMarker");
    return referenceCollapsedOpen;
  }
  function referenceCollapsedOpen(code) {
    if (code === 93) {
      effects.enter("referenceMarker");
      effects.consume(code);
      effects.exit("referenceMarker");
      effects.exit("reference");
      return ok2;
    }
    return nok(code);
  }
}

// node_modules/micromark-core-commonmark/lib/label-start-image.js
var labelStartImage = {
  name: "labelStartImage",
  resolveAll: labelEnd.resolveAll,
  tokenize: tokenizeLabelStartImage
};
function tokenizeLabelStartImage(effects, ok2, nok) {
  const self = this;
  let labelImage;
  return start;
  function start(code) {
    effects.enter("labelImage");
    effects.enter("labelImageMarker");
    effects.consume(code);
    effects.exit("labelImageMarker");
    return open;
  }
  function open(code) {
    if (code === 91) {
      effects.enter("labelMarker");
      effects.consume(code);
      effects.exit("labelMarker");
      labelImage = effects.exit("labelImage");
      return after;
    }
    return nok(code);
  }
  function after(code) {
    if (code === 94 && "_hiddenFootnoteSupport" in self.parser.constructs) {
      return nok(code);
    }
    self._labelStarts = self._labelStarts || [];
    self._labelStarts.push(labelImage);
    return ok2(code);
  }
}

// node_modules/micromark-core-commonmark/lib/label-start-link.js
var labelStartLink = {
  name: "labelStartLink",
  resolveAll: labelEnd.resolveAll,
  tokenize: tokenizeLabelStartLink
};
function tokenizeLabelStartLink(effects, ok2, nok) {
  const self = this;
  let labelLink;
  return start;
  function start(code) {
    effects.enter("labelLink");
    effects.enter("labelMarker");
    effects.consume(code);
    effects.exit("labelMarker");
    labelLink = effects.exit("labelLink");
    return after;
  }
  function after(code) {
    if (code === 94 && "_hiddenFootnoteSupport" in self.parser.constructs) {
      return nok(code);
    }
    self._labelStarts = self._labelStarts || [];
    self._labelStarts.push(labelLink);
    return ok2(code);
  }
}

// node_modules/micromark-core-commonmark/lib/line-ending.js
var lineEnding = {
  name: "lineEnding",
  tokenize: tokenizeLineEnding
};
function tokenizeLineEnding(effects, ok2) {
  return start;
  function start(code) {
    effects.enter("lineEnding");
    effects.consume(code);
    effects.exit("lineEnding");
    return factorySpace(effects, ok2, "linePrefix");
  }
}

// node_modules/micromark-core-commonmark/lib/thematic-break.js
var thematicBreak = {
  name: "thematicBreak",
  tokenize: tokenizeThematicBreak
};
function tokenizeThematicBreak(effects, ok2, nok) {
  let size = 0;
  let marker2;
  return start;
  function start(code) {
    effects.enter("thematicBreak");
    return before(code);
  }
  function before(code) {
    marker2 = code;
    return atBreak(code);
  }
  function atBreak(code) {
    if (code === marker2) {
      effects.enter("thematicBreakSequence");
      return sequence(code);
    }
    if (size >= 3 && (code === null || markdownLineEnding(code))) {
      effects.exit("thematicBreak");
      return ok2(code);
    }
    return nok(code);
  }
  function sequence(code) {
    if (code === marker2) {
      effects.consume(code);
      size++;
      return sequence;
    }
    effects.exit("thematicBreakSequence");
    return markdownSpace(code) ? factorySpace(effects, atBreak, "whitespace")(code) : atBreak(code);
  }
}

// node_modules/micromark-core-commonmark/lib/list.js
var list = {
  continuation: {
    tokenize: tokenizeListContinuation
  },
  exit: tokenizeListEnd,
  name: "list",
  tokenize: tokenizeListStart
};
var listItemPrefixWhitespaceConstruct = {
  partial: true,
  tokenize: tokenizeListItemPrefixWhitespace
};
var indentConstruct = {
  partial: true,
  tokenize: tokenizeIndent
};
function tokenizeListStart(effects, ok2, nok) {
  const self = this;
  const tail = self.events[self.events.length - 1];
  let initialSize = tail && tail[1].type === "linePrefix" ? tail[2].sliceSerialize(tail[1], true).length : 0;
  let size = 0;
  return start;
  function start(code) {
    const kind = self.containerState.type || (code === 42 || code === 43 || code === 45 ? "listUnordered" : "listOrdered");
    if (kind === "listUnordered" ? !self.containerState.marker || code === self.containerState.marker : asciiDigit(code)) {
      if (!self.containerState.type) {
        self.containerState.type = kind;
        effects.enter(kind, {
          _container: true
        });
      }
      if (kind === "listUnordered") {
        effects.enter("listItemPrefix");
        return code === 42 || code === 45 ? effects.check(thematicBreak, nok, atMarker)(code) : atMarker(code);
      }
      if (!self.interrupt || code === 49) {
        effects.enter("listItemPrefix");
        effects.enter("listItemValue");
        return inside(code);
      }
    }
    return nok(code);
  }
  function inside(code) {
    if (asciiDigit(code) && ++size < 10) {
      effects.consume(code);
      return inside;
    }
    if ((!self.interrupt || size < 2) && (self.containerState.marker ? code === self.containerState.marker : code === 41 || code === 46)) {
      effects.exit("listItemValue");
      return atMarker(code);
    }
    return nok(code);
  }
  function atMarker(code) {
    effects.enter("listItemMarker");
    effects.consume(code);
    effects.exit("listItemMarker");
    self.containerState.marker = self.containerState.marker || code;
    return effects.check(
      blankLine,
      // Can’t be empty when interrupting.
      self.interrupt ? nok : onBlank,
      effects.attempt(listItemPrefixWhitespaceConstruct, endOfPrefix, otherPrefix)
    );
  }
  function onBlank(code) {
    self.containerState.initialBlankLine = true;
    initialSize++;
    return endOfPrefix(code);
  }
  function otherPrefix(code) {
    if (markdownSpace(code)) {
      effects.enter("listItemPrefixWhitespace");
      effects.consume(code);
      effects.exit("listItemPrefixWhitespace");
      return endOfPrefix;
    }
    return nok(code);
  }
  function endOfPrefix(code) {
    self.containerState.size = initialSize + self.sliceSerialize(effects.exit("listItemPrefix"), true).length;
    return ok2(code);
  }
}
function tokenizeListContinuation(effects, ok2, nok) {
  const self = this;
  self.containerState._closeFlow = void 0;
  return effects.check(blankLine, onBlank, notBlank);
  function onBlank(code) {
    self.containerState.furtherBlankLines = self.containerState.furtherBlankLines || self.containerState.initialBlankLine;
    return factorySpace(effects, ok2, "listItemIndent", self.containerState.size + 1)(code);
  }
  function notBlank(code) {
    if (self.containerState.furtherBlankLines || !markdownSpace(code)) {
      self.containerState.furtherBlankLines = void 0;
      self.containerState.initialBlankLine = void 0;
      return notInCurrentItem(code);
    }
    self.containerState.furtherBlankLines = void 0;
    self.containerState.initialBlankLine = void 0;
    return effects.attempt(indentConstruct, ok2, notInCurrentItem)(code);
  }
  function notInCurrentItem(code) {
    self.containerState._closeFlow = true;
    self.interrupt = void 0;
    return factorySpace(effects, effects.attempt(list, ok2, nok), "linePrefix", self.parser.constructs.disable.null.includes("codeIndented") ? void 0 : 4)(code);
  }
}
function tokenizeIndent(effects, ok2, nok) {
  const self = this;
  return factorySpace(effects, afterPrefix, "listItemIndent", self.containerState.size + 1);
  function afterPrefix(code) {
    const tail = self.events[self.events.length - 1];
    return tail && tail[1].type === "listItemIndent" && tail[2].sliceSerialize(tail[1], true).length === self.containerState.size ? ok2(code) : nok(code);
  }
}
function tokenizeListEnd(effects) {
  effects.exit(this.containerState.type);
}
function tokenizeListItemPrefixWhitespace(effects, ok2, nok) {
  const self = this;
  return factorySpace(effects, afterPrefix, "listItemPrefixWhitespace", self.parser.constructs.disable.null.includes("codeIndented") ? void 0 : 4 + 1);
  function afterPrefix(code) {
    const tail = self.events[self.events.length - 1];
    return !markdownSpace(code) && tail && tail[1].type === "listItemPrefixWhitespace" ? ok2(code) : nok(code);
  }
}

// node_modules/micromark-core-commonmark/lib/setext-underline.js
var setextUnderline = {
  name: "setextUnderline",
  resolveTo: resolveToSetextUnderline,
  tokenize: tokenizeSetextUnderline
};
function resolveToSetextUnderline(events, context) {
  const editMap = new EditMap();
  let index2 = events.length;
  let content3;
  let text3;
  let definition2;
  while (index2--) {
    if (events[index2][0] === "enter") {
      if (events[index2][1].type === "content") {
        content3 = index2;
        break;
      }
      if (events[index2][1].type === "paragraph") {
        text3 = index2;
      }
    } else {
      if (events[index2][1].type === "content") {
        editMap.add(index2, 1, []);
      }
      if (!definition2 && events[index2][1].type === "definition") {
        definition2 = index2;
      }
    }
  }
  const heading = {
    type: "setextHeading",
    start: {
      ...events[content3][1].start
    },
    end: {
      ...events[events.length - 1][1].end
    }
  };
  events[text3][1].type = "setextHeadingText";
  if (definition2) {
    editMap.add(text3, 0, [["enter", heading, context]]);
    editMap.add(definition2 + 1, 0, [["exit", events[content3][1], context]]);
    events[content3][1].end = {
      ...events[definition2][1].end
    };
  } else {
    events[content3][1] = heading;
  }
  editMap.add(events.length, 0, [["exit", heading, context]]);
  editMap.consume(events);
  return events;
}
function tokenizeSetextUnderline(effects, ok2, nok) {
  const self = this;
  let marker2;
  return start;
  function start(code) {
    let index2 = self.events.length;
    let paragraph;
    while (index2--) {
      if (self.events[index2][1].type !== "lineEnding" && self.events[index2][1].type !== "linePrefix" && self.events[index2][1].type !== "content") {
        paragraph = self.events[index2][1].type === "paragraph";
        break;
      }
    }
    if (!self.parser.lazy[self.now().line] && (self.interrupt || paragraph)) {
      effects.enter("setextHeadingLine");
      marker2 = code;
      return before(code);
    }
    return nok(code);
  }
  function before(code) {
    effects.enter("setextHeadingLineSequence");
    return inside(code);
  }
  function inside(code) {
    if (code === marker2) {
      effects.consume(code);
      return inside;
    }
    effects.exit("setextHeadingLineSequence");
    return markdownSpace(code) ? factorySpace(effects, after, "lineSuffix")(code) : after(code);
  }
  function after(code) {
    if (code === null || markdownLineEnding(code)) {
      effects.exit("setextHeadingLine");
      return ok2(code);
    }
    return nok(code);
  }
}

// node_modules/micromark/lib/initialize/flow.js
var flow = {
  tokenize: initializeFlow
};
function initializeFlow(effects) {
  const self = this;
  const initial = effects.attempt(
    // Try to parse a blank line.
    blankLine,
    atBlankEnding,
    // Try to parse initial flow (essentially, only code).
    effects.attempt(this.parser.constructs.flowInitial, afterConstruct, factorySpace(effects, effects.attempt(this.parser.constructs.flow, afterConstruct, effects.attempt(content2, afterConstruct)), "linePrefix"))
  );
  return initial;
  function atBlankEnding(code) {
    if (code === null) {
      effects.consume(code);
      return;
    }
    effects.enter("lineEndingBlank");
    effects.consume(code);
    effects.exit("lineEndingBlank");
    self.currentConstruct = void 0;
    return initial;
  }
  function afterConstruct(code) {
    if (code === null) {
      effects.consume(code);
      return;
    }
    effects.enter("lineEnding");
    effects.consume(code);
    effects.exit("lineEnding");
    self.currentConstruct = void 0;
    return initial;
  }
}

// node_modules/micromark/lib/initialize/text.js
var resolver = {
  resolveAll: createResolver()
};
var string = initializeFactory("string");
var text = initializeFactory("text");
function initializeFactory(field) {
  return {
    resolveAll: createResolver(field === "text" ? resolveAllLineSuffixes : void 0),
    tokenize: initializeText
  };
  function initializeText(effects) {
    const self = this;
    const constructs2 = this.parser.constructs[field];
    const text3 = effects.attempt(constructs2, start, notText);
    return start;
    function start(code) {
      return atBreak(code) ? text3(code) : notText(code);
    }
    function notText(code) {
      if (code === null) {
        effects.consume(code);
        return;
      }
      effects.enter("data");
      effects.consume(code);
      return data;
    }
    function data(code) {
      if (atBreak(code)) {
        effects.exit("data");
        return text3(code);
      }
      effects.consume(code);
      return data;
    }
    function atBreak(code) {
      if (code === null) {
        return true;
      }
      const list3 = constructs2[code];
      let index2 = -1;
      if (list3) {
        while (++index2 < list3.length) {
          const item = list3[index2];
          if (!item.previous || item.previous.call(self, self.previous)) {
            return true;
          }
        }
      }
      return false;
    }
  }
}
function createResolver(extraResolver) {
  return resolveAllText;
  function resolveAllText(events, context) {
    let index2 = -1;
    let enter;
    while (++index2 <= events.length) {
      if (enter === void 0) {
        if (events[index2] && events[index2][1].type === "data") {
          enter = index2;
          index2++;
        }
      } else if (!events[index2] || events[index2][1].type !== "data") {
        if (index2 !== enter + 2) {
          events[enter][1].end = events[index2 - 1][1].end;
          events.splice(enter + 2, index2 - enter - 2);
          index2 = enter + 2;
        }
        enter = void 0;
      }
    }
    return extraResolver ? extraResolver(events, context) : events;
  }
}
function resolveAllLineSuffixes(events, context) {
  const editMap = new EditMap();
  let eventIndex = 0;
  while (++eventIndex <= events.length) {
    if ((eventIndex === events.length || events[eventIndex][1].type === "lineEnding") && events[eventIndex - 1][1].type === "data") {
      const data = events[eventIndex - 1][1];
      const chunks = context.sliceStream(data);
      let index2 = chunks.length;
      let bufferIndex = -1;
      let size = 0;
      let tabs;
      while (index2--) {
        const chunk = chunks[index2];
        if (typeof chunk === "string") {
          bufferIndex = chunk.length;
          while (chunk.charCodeAt(bufferIndex - 1) === 32) {
            size++;
            bufferIndex--;
          }
          if (bufferIndex) {
            break;
          }
          bufferIndex = -1;
        } else if (chunk === -2) {
          tabs = true;
          size++;
        } else if (chunk === -1) {
        } else {
          index2++;
          break;
        }
      }
      if (context._contentTypeTextTrailing && eventIndex === events.length) {
        size = 0;
      }
      if (size) {
        const token = {
          type: eventIndex === events.length || tabs || size < 2 ? "lineSuffix" : "hardBreakTrailing",
          start: {
            _bufferIndex: index2 ? bufferIndex : data.start._bufferIndex + bufferIndex,
            _index: data.start._index + index2,
            line: data.end.line,
            column: data.end.column - size,
            offset: data.end.offset - size
          },
          end: {
            ...data.end
          }
        };
        data.end = {
          ...token.start
        };
        if (data.start.offset === data.end.offset) {
          Object.assign(data, token);
        } else {
          editMap.add(eventIndex, 0, [["enter", token, context], ["exit", token, context]]);
        }
      }
      eventIndex++;
    }
  }
  editMap.consume(events);
  return events;
}

// node_modules/micromark/lib/constructs.js
var constructs_exports = {};
__export(constructs_exports, {
  attentionMarkers: () => attentionMarkers,
  contentInitial: () => contentInitial,
  disable: () => disable,
  document: () => document2,
  flow: () => flow2,
  flowInitial: () => flowInitial,
  insideSpan: () => insideSpan,
  string: () => string2,
  text: () => text2
});
var document2 = {
  [42]: list,
  [43]: list,
  [45]: list,
  [48]: list,
  [49]: list,
  [50]: list,
  [51]: list,
  [52]: list,
  [53]: list,
  [54]: list,
  [55]: list,
  [56]: list,
  [57]: list,
  [62]: blockQuote
};
var contentInitial = {
  [91]: definition
};
var flowInitial = {
  [-2]: codeIndented,
  [-1]: codeIndented,
  [32]: codeIndented
};
var flow2 = {
  [35]: headingAtx,
  [42]: thematicBreak,
  [45]: [setextUnderline, thematicBreak],
  [60]: htmlFlow,
  [61]: setextUnderline,
  [95]: thematicBreak,
  [96]: codeFenced,
  [126]: codeFenced
};
var string2 = {
  [38]: characterReference,
  [92]: characterEscape
};
var text2 = {
  [-5]: lineEnding,
  [-4]: lineEnding,
  [-3]: lineEnding,
  [33]: labelStartImage,
  [38]: characterReference,
  [42]: attention,
  [60]: [autolink, htmlText],
  [91]: labelStartLink,
  [92]: [hardBreakEscape, characterEscape],
  [93]: labelEnd,
  [95]: attention,
  [96]: codeText
};
var insideSpan = {
  null: [attention, resolver]
};
var attentionMarkers = {
  null: [42, 95]
};
var disable = {
  null: []
};

// node_modules/micromark/lib/create-tokenizer.js
function createTokenizer(parser, initialize, from) {
  let point4 = {
    _bufferIndex: -1,
    _index: 0,
    line: from && from.line || 1,
    column: from && from.column || 1,
    offset: from && from.offset || 0
  };
  const columnStart = {};
  const resolveAllConstructs = [];
  let chunks = [];
  let stack = [];
  let consumed = true;
  const effects = {
    attempt: constructFactory(onsuccessfulconstruct),
    check: constructFactory(onsuccessfulcheck),
    consume,
    enter,
    exit: exit3,
    interrupt: constructFactory(onsuccessfulcheck, {
      interrupt: true
    })
  };
  const context = {
    code: null,
    containerState: {},
    defineSkip,
    events: [],
    now,
    parser,
    previous: null,
    sliceSerialize,
    sliceStream,
    write
  };
  let state = initialize.tokenize.call(context, effects);
  let expectedCode;
  if (initialize.resolveAll) {
    resolveAllConstructs.push(initialize);
  }
  return context;
  function write(slice) {
    chunks = push(chunks, slice);
    main2();
    if (chunks[chunks.length - 1] !== null) {
      return [];
    }
    addResult(initialize, 0);
    context.events = resolveAll(resolveAllConstructs, context.events, context);
    return context.events;
  }
  function sliceSerialize(token, expandTabs) {
    return serializeChunks(sliceStream(token), expandTabs);
  }
  function sliceStream(token) {
    return sliceChunks(chunks, token);
  }
  function now() {
    const {
      _bufferIndex,
      _index,
      line,
      column,
      offset: offset2
    } = point4;
    return {
      _bufferIndex,
      _index,
      line,
      column,
      offset: offset2
    };
  }
  function defineSkip(value2) {
    columnStart[value2.line] = value2.column;
    accountForPotentialSkip();
  }
  function main2() {
    while (point4._index < chunks.length) {
      const chunk = chunks[point4._index];
      if (typeof chunk === "string") {
        const chunkIndex = point4._index;
        if (point4._bufferIndex < 0) {
          point4._bufferIndex = 0;
        }
        while (point4._index === chunkIndex && point4._bufferIndex < chunk.length) {
          go(chunk.charCodeAt(point4._bufferIndex));
        }
      } else {
        go(chunk);
      }
    }
  }
  function go(code) {
    consumed = void 0;
    expectedCode = code;
    state = state(code);
  }
  function consume(code) {
    if (markdownLineEnding(code)) {
      point4.line++;
      point4.column = 1;
      point4.offset += code === -3 ? 2 : 1;
      accountForPotentialSkip();
    } else if (code !== -1) {
      point4.column++;
      point4.offset++;
    }
    if (point4._bufferIndex < 0) {
      point4._index++;
    } else {
      point4._bufferIndex++;
      if (point4._bufferIndex === // Points w/ non-negative `_bufferIndex` reference
      // strings.
      /** @type {string} */
      chunks[point4._index].length) {
        point4._bufferIndex = -1;
        point4._index++;
      }
    }
    context.previous = code;
    consumed = true;
  }
  function enter(type, fields) {
    const token = fields || {};
    token.type = type;
    token.start = now();
    context.events.push(["enter", token, context]);
    stack.push(token);
    return token;
  }
  function exit3(type) {
    const token = stack.pop();
    token.end = now();
    context.events.push(["exit", token, context]);
    return token;
  }
  function onsuccessfulconstruct(construct, info) {
    addResult(construct, info.from);
  }
  function onsuccessfulcheck(_, info) {
    info.restore();
  }
  function constructFactory(onreturn, fields) {
    return hook;
    function hook(constructs2, returnState, bogusState) {
      let listOfConstructs;
      let constructIndex;
      let currentConstruct;
      let info;
      return Array.isArray(constructs2) ? (
        /* c8 ignore next 1 */
        handleListOfConstructs(constructs2)
      ) : "tokenize" in constructs2 ? (
        // Looks like a construct.
        handleListOfConstructs([
          /** @type {Construct} */
          constructs2
        ])
      ) : handleMapOfConstructs(constructs2);
      function handleMapOfConstructs(map) {
        return start;
        function start(code) {
          const left = code !== null && map[code];
          const all2 = code !== null && map.null;
          const list3 = [
            // To do: add more extension tests.
            /* c8 ignore next 2 */
            ...Array.isArray(left) ? left : left ? [left] : [],
            ...Array.isArray(all2) ? all2 : all2 ? [all2] : []
          ];
          return handleListOfConstructs(list3)(code);
        }
      }
      function handleListOfConstructs(list3) {
        listOfConstructs = list3;
        constructIndex = 0;
        if (list3.length === 0) {
          return bogusState;
        }
        return handleConstruct(list3[constructIndex]);
      }
      function handleConstruct(construct) {
        return start;
        function start(code) {
          info = store();
          currentConstruct = construct;
          if (!construct.partial) {
            context.currentConstruct = construct;
          }
          if (construct.name && context.parser.constructs.disable.null.includes(construct.name)) {
            return nok(code);
          }
          return construct.tokenize.call(
            // If we do have fields, create an object w/ `context` as its
            // prototype.
            // This allows a “live binding”, which is needed for `interrupt`.
            fields ? Object.assign(Object.create(context), fields) : context,
            effects,
            ok2,
            nok
          )(code);
        }
      }
      function ok2(code) {
        consumed = true;
        onreturn(currentConstruct, info);
        return returnState;
      }
      function nok(code) {
        consumed = true;
        info.restore();
        if (++constructIndex < listOfConstructs.length) {
          return handleConstruct(listOfConstructs[constructIndex]);
        }
        return bogusState;
      }
    }
  }
  function addResult(construct, from2) {
    if (construct.resolveAll && !resolveAllConstructs.includes(construct)) {
      resolveAllConstructs.push(construct);
    }
    if (construct.resolve) {
      splice(context.events, from2, context.events.length - from2, construct.resolve(context.events.slice(from2), context));
    }
    if (construct.resolveTo) {
      context.events = construct.resolveTo(context.events, context);
    }
  }
  function store() {
    const startPoint = now();
    const startPrevious = context.previous;
    const startCurrentConstruct = context.currentConstruct;
    const startEventsIndex = context.events.length;
    const startStack = Array.from(stack);
    return {
      from: startEventsIndex,
      restore
    };
    function restore() {
      point4 = startPoint;
      context.previous = startPrevious;
      context.currentConstruct = startCurrentConstruct;
      context.events.length = startEventsIndex;
      stack = startStack;
      accountForPotentialSkip();
    }
  }
  function accountForPotentialSkip() {
    if (point4.line in columnStart && point4.column < 2) {
      point4.column = columnStart[point4.line];
      point4.offset += columnStart[point4.line] - 1;
    }
  }
}
function sliceChunks(chunks, token) {
  const startIndex = token.start._index;
  const startBufferIndex = token.start._bufferIndex;
  const endIndex = token.end._index;
  const endBufferIndex = token.end._bufferIndex;
  let view;
  if (startIndex === endIndex) {
    view = [chunks[startIndex].slice(startBufferIndex, endBufferIndex)];
  } else {
    view = chunks.slice(startIndex, endIndex);
    if (startBufferIndex > -1) {
      const head = view[0];
      if (typeof head === "string") {
        view[0] = head.slice(startBufferIndex);
      } else {
        view.shift();
      }
    }
    if (endBufferIndex > 0) {
      view.push(chunks[endIndex].slice(0, endBufferIndex));
    }
  }
  return view;
}
function serializeChunks(chunks, expandTabs) {
  let index2 = -1;
  const result = [];
  let atTab;
  while (++index2 < chunks.length) {
    const chunk = chunks[index2];
    let value2;
    if (typeof chunk === "string") {
      value2 = chunk;
    } else {
      switch (chunk) {
        case -5: {
          value2 = "\r";
          break;
        }
        case -4: {
          value2 = "\n";
          break;
        }
        case -3: {
          value2 = "\r\n";
          break;
        }
        case -2: {
          value2 = expandTabs ? " " : "	";
          break;
        }
        case -1: {
          if (!expandTabs && atTab) {
            continue;
          }
          value2 = " ";
          break;
        }
        default: {
          value2 = String.fromCharCode(chunk);
        }
      }
    }
    atTab = chunk === -2;
    result.push(value2);
  }
  return result.join("");
}

// node_modules/micromark/lib/parse.js
function parse(options) {
  const settings = options || {};
  const constructs2 = (
    /** @type {FullNormalizedExtension} */
    combineExtensions([constructs_exports, ...settings.extensions || []])
  );
  const parser = {
    constructs: constructs2,
    content: create2(content),
    defined: [],
    document: create2(document),
    flow: create2(flow),
    lazy: {},
    string: create2(string),
    text: create2(text)
  };
  return parser;
  function create2(initial) {
    return creator;
    function creator(from) {
      return createTokenizer(parser, initial, from);
    }
  }
}

// node_modules/micromark/lib/postprocess.js
function postprocess(events) {
  while (!subtokenize(events)) {
  }
  return events;
}

// node_modules/micromark/lib/preprocess.js
var search = /[\0\t\n\r]/g;
function preprocess() {
  let column = 1;
  let buffer = "";
  let start = true;
  let atCarriageReturn;
  return preprocessor;
  function preprocessor(value2, encoding, end) {
    value2 = buffer + (typeof value2 === "string" ? value2.toString() : new TextDecoder(encoding || void 0).decode(value2));
    const chunks = [];
    let startPosition = 0;
    buffer = "";
    if (start) {
      if (value2.charCodeAt(0) === 65279) {
        startPosition++;
      }
      start = void 0;
    }
    while (startPosition < value2.length) {
      search.lastIndex = startPosition;
      const match2 = search.exec(value2);
      const endPosition = match2 && match2.index !== void 0 ? match2.index : value2.length;
      const code = value2.charCodeAt(endPosition);
      if (!match2) {
        buffer = value2.slice(startPosition);
        break;
      }
      if (code === 10 && startPosition === endPosition && atCarriageReturn) {
        chunks.push(-3);
        atCarriageReturn = void 0;
      } else {
        if (atCarriageReturn) {
          chunks.push(-5);
          atCarriageReturn = void 0;
        }
        if (startPosition < endPosition) {
          chunks.push(value2.slice(startPosition, endPosition));
          column += endPosition - startPosition;
        }
        switch (code) {
          case 0: {
            chunks.push(65533);
            column++;
            break;
          }
          case 9: {
            const next = Math.ceil(column / 4) * 4;
            chunks.push(-2);
            while (column++ < next) {
              chunks.push(-1);
            }
            break;
          }
          case 10: {
            chunks.push(-4);
            column = 1;
            break;
          }
          default: {
            atCarriageReturn = true;
            column = 1;
          }
        }
      }
      startPosition = endPosition + 1;
    }
    if (end) {
      if (atCarriageReturn) {
        chunks.push(-5);
      }
      if (buffer) {
        chunks.push(buffer);
      }
      chunks.push(null);
    }
    return chunks;
  }
}

// node_modules/micromark-util-decode-string/index.js
var characterEscapeOrReference = /\\([!-/:-@[-`{-~])|&(#(?:\d{1,7}|x[\da-f]{1,6})|[\da-z]{1,31});/gi;
function decodeString(value2) {
  return value2.replace(characterEscapeOrReference, decode);
}
function decode($0, $1, $2) {
  if ($1) {
    return $1;
  }
  const head = $2.charCodeAt(0);
  if (head === 35) {
    const head2 = $2.charCodeAt(1);
    const hex = head2 === 120 || head2 === 88;
    return decodeNumericCharacterReference($2.slice(hex ? 2 : 1), hex ? 16 : 10);
  }
  return decodeNamedCharacterReference($2) || $0;
}

// node_modules/mdast-util-from-markdown/lib/index.js
var own2 = {}.hasOwnProperty;
function fromMarkdown(value2, encoding, options) {
  if (encoding && typeof encoding === "object") {
    options = encoding;
    encoding = void 0;
  }
  return compiler(options)(postprocess(parse(options).document().write(preprocess()(value2, encoding, true))));
}
function compiler(options) {
  const config = {
    afterExit: [],
    beforeEnter: [],
    transforms: [],
    canContainEols: ["emphasis", "fragment", "heading", "paragraph", "strong"],
    enter: {
      autolink: opener2(link),
      autolinkProtocol: onenterdata,
      autolinkEmail: onenterdata,
      atxHeading: opener2(heading),
      blockQuote: opener2(blockQuote2),
      characterEscape: onenterdata,
      characterReference: onenterdata,
      codeFenced: opener2(codeFlow),
      codeFencedFenceInfo: buffer,
      codeFencedFenceMeta: buffer,
      codeIndented: opener2(codeFlow, buffer),
      codeText: opener2(codeText2, buffer),
      codeTextData: onenterdata,
      data: onenterdata,
      codeFlowValue: onenterdata,
      definition: opener2(definition2),
      definitionDestinationString: buffer,
      definitionLabelString: buffer,
      definitionTitleString: buffer,
      emphasis: opener2(emphasis),
      hardBreakEscape: opener2(hardBreak),
      hardBreakTrailing: opener2(hardBreak),
      htmlFlow: opener2(html, buffer),
      htmlFlowData: onenterdata,
      htmlText: opener2(html, buffer),
      htmlTextData: onenterdata,
      image: opener2(image),
      label: buffer,
      link: opener2(link),
      listItem: opener2(listItem),
      listItemValue: onenterlistitemvalue,
      listOrdered: opener2(list3, onenterlistordered),
      listUnordered: opener2(list3),
      paragraph: opener2(paragraph),
      reference: onenterreference,
      referenceString: buffer,
      resourceDestinationString: buffer,
      resourceTitleString: buffer,
      setextHeading: opener2(heading),
      strong: opener2(strong),
      thematicBreak: opener2(thematicBreak2)
    },
    exit: {
      atxHeading: closer(),
      atxHeadingSequence: onexitatxheadingsequence,
      autolink: closer(),
      autolinkEmail: onexitautolinkemail,
      autolinkProtocol: onexitautolinkprotocol,
      blockQuote: closer(),
      characterEscapeValue: onexitdata,
      characterReferenceMarkerHexadecimal: onexitcharacterreferencemarker,
      characterReferenceMarkerNumeric: onexitcharacterreferencemarker,
      characterReferenceValue: onexitcharacterreferencevalue,
      characterReference: onexitcharacterreference,
      codeFenced: closer(onexitcodefenced),
      codeFencedFence: onexitcodefencedfence,
      codeFencedFenceInfo: onexitcodefencedfenceinfo,
      codeFencedFenceMeta: onexitcodefencedfencemeta,
      codeFlowValue: onexitdata,
      codeIndented: closer(onexitcodeindented),
      codeText: closer(onexitcodetext),
      codeTextData: onexitdata,
      data: onexitdata,
      definition: closer(),
      definitionDestinationString: onexitdefinitiondestinationstring,
      definitionLabelString: onexitdefinitionlabelstring,
      definitionTitleString: onexitdefinitiontitlestring,
      emphasis: closer(),
      hardBreakEscape: closer(onexithardbreak),
      hardBreakTrailing: closer(onexithardbreak),
      htmlFlow: closer(onexithtmlflow),
      htmlFlowData: onexitdata,
      htmlText: closer(onexithtmltext),
      htmlTextData: onexitdata,
      image: closer(onexitimage),
      label: onexitlabel,
      labelText: onexitlabeltext,
      lineEnding: onexitlineending,
      link: closer(onexitlink),
      listItem: closer(),
      listOrdered: closer(),
      listUnordered: closer(),
      paragraph: closer(),
      referenceString: onexitreferencestring,
      resourceDestinationString: onexitresourcedestinationstring,
      resourceTitleString: onexitresourcetitlestring,
      resource: onexitresource,
      setextHeading: closer(onexitsetextheading),
      setextHeadingLineSequence: onexitsetextheadinglinesequence,
      setextHeadingText: onexitsetextheadingtext,
      strong: closer(),
      thematicBreak: closer()
    }
  };
  configure(config, (options || {}).mdastExtensions || []);
  const data = {};
  return compile;
  function compile(events) {
    let tree = {
      type: "root",
      children: [],
      position: void 0
    };
    const context = {
      stack: [tree],
      tokenStack: [],
      config,
      enter,
      exit: exit3,
      buffer,
      resume,
      data
    };
    const listStack = [];
    const prepared = [];
    let index2 = -1;
    while (++index2 < events.length) {
      prepared.push(events[index2]);
      if (events[index2][1].type === "listOrdered" || events[index2][1].type === "listUnordered") {
        if (events[index2][0] === "enter") {
          listStack.push(prepared.length - 1);
        } else {
          const tail = listStack.pop();
          prepareList(prepared, tail);
        }
      }
    }
    events = prepared;
    index2 = -1;
    while (++index2 < events.length) {
      const handler2 = config[events[index2][0]];
      if (events[index2][0] === "enter" && config.beforeEnter.length > 0) {
        callListeners(config.beforeEnter, {
          ...context,
          sliceSerialize: events[index2][2].sliceSerialize
        }, events[index2][1]);
      }
      if (own2.call(handler2, events[index2][1].type)) {
        handler2[events[index2][1].type].call({
          ...context,
          sliceSerialize: events[index2][2].sliceSerialize
        }, events[index2][1]);
      }
      if (events[index2][0] === "exit" && config.afterExit.length > 0) {
        callListeners(config.afterExit, {
          ...context,
          sliceSerialize: events[index2][2].sliceSerialize
        }, events[index2][1]);
      }
    }
    if (context.tokenStack.length > 0) {
      const tail = context.tokenStack[context.tokenStack.length - 1];
      const handler2 = tail[1] || defaultOnError;
      handler2.call(context, void 0, tail[0]);
    }
    tree.position = {
      start: point2(events.length > 0 ? events[0][1].start : {
        line: 1,
        column: 1,
        offset: 0
      }),
      end: point2(events.length > 0 ? events[events.length - 2][1].end : {
        line: 1,
        column: 1,
        offset: 0
      })
    };
    index2 = -1;
    while (++index2 < config.transforms.length) {
      tree = config.transforms[index2](tree) || tree;
    }
    return tree;
  }
  function callListeners(listeners, context, token) {
    let index2 = -1;
    while (++index2 < listeners.length) {
      listeners[index2].call(context, token);
    }
  }
  function prepareList(events, start) {
    const end = events.length - 1;
    let index2 = start - 1;
    let containerBalance = -1;
    let listSpread = false;
    let listItem2;
    let lineIndex;
    let firstBlankLineIndex;
    let atMarker;
    const insertions = [];
    while (++index2 <= end) {
      const event = events[index2];
      switch (event[1].type) {
        case "listUnordered":
        case "listOrdered":
        case "blockQuote": {
          if (event[0] === "enter") {
            containerBalance++;
          } else {
            containerBalance--;
          }
          atMarker = void 0;
          break;
        }
        case "lineEndingBlank": {
          if (event[0] === "enter") {
            if (listItem2 && !atMarker && !containerBalance && !firstBlankLineIndex) {
              firstBlankLineIndex = index2;
            }
            atMarker = void 0;
          }
          break;
        }
        case "linePrefix":
        case "listItemValue":
        case "listItemMarker":
        case "listItemPrefix":
        case "listItemPrefixWhitespace": {
          break;
        }
        default: {
          atMarker = void 0;
        }
      }
      if (!containerBalance && event[0] === "enter" && event[1].type === "listItemPrefix" || containerBalance === -1 && event[0] === "exit" && (event[1].type === "listUnordered" || event[1].type === "listOrdered")) {
        if (listItem2) {
          let tailIndex = index2;
          lineIndex = void 0;
          while (tailIndex--) {
            const tailEvent = events[tailIndex];
            if (tailEvent[1].type === "lineEnding" || tailEvent[1].type === "lineEndingBlank") {
              if (tailEvent[0] === "exit") continue;
              if (lineIndex) {
                events[lineIndex][1].type = "lineEndingBlank";
                listSpread = true;
              }
              tailEvent[1].type = "lineEnding";
              lineIndex = tailIndex;
            } else if (tailEvent[1].type === "linePrefix" || tailEvent[1].type === "blockQuotePrefix" || tailEvent[1].type === "blockQuotePrefixWhitespace" || tailEvent[1].type === "blockQuoteMarker" || tailEvent[1].type === "listItemIndent") {
            } else {
              break;
            }
          }
          if (firstBlankLineIndex && (!lineIndex || firstBlankLineIndex < lineIndex)) {
            listItem2._spread = true;
          }
          listItem2.end = Object.assign({}, lineIndex ? events[lineIndex][1].start : event[1].end);
          insertions.push({
            at: lineIndex || index2,
            event: ["exit", listItem2, event[2]]
          });
        }
        if (event[1].type === "listItemPrefix") {
          const item = {
            type: "listItem",
            _spread: false,
            start: Object.assign({}, event[1].start),
            // @ts-expect-error: we’ll add `end` in a second.
            end: void 0
          };
          listItem2 = item;
          insertions.push({
            at: index2,
            event: ["enter", item, event[2]]
          });
          firstBlankLineIndex = void 0;
          atMarker = true;
        }
      }
    }
    const listEvents = events.splice(start);
    let insertion = 0;
    index2 = -1;
    while (++index2 < listEvents.length) {
      while (insertion < insertions.length && insertions[insertion].at === start + index2) {
        events.push(insertions[insertion++].event);
      }
      events.push(listEvents[index2]);
    }
    events[start][1]._spread = listSpread;
  }
  function opener2(create2, and) {
    return open;
    function open(token) {
      enter.call(this, create2(token), token);
      if (and) and.call(this, token);
    }
  }
  function buffer() {
    this.stack.push({
      type: "fragment",
      children: []
    });
  }
  function enter(node2, token, errorHandler) {
    const parent = this.stack[this.stack.length - 1];
    const siblings = parent.children;
    siblings.push(node2);
    this.stack.push(node2);
    this.tokenStack.push([token, errorHandler || void 0]);
    node2.position = {
      start: point2(token.start),
      // @ts-expect-error: `end` will be patched later.
      end: void 0
    };
  }
  function closer(and) {
    return close2;
    function close2(token) {
      if (and) and.call(this, token);
      exit3.call(this, token);
    }
  }
  function exit3(token, onExitError) {
    const node2 = this.stack.pop();
    const open = this.tokenStack.pop();
    if (!open) {
      throw new Error("Cannot close `" + token.type + "` (" + stringifyPosition({
        start: token.start,
        end: token.end
      }) + "): it\u2019s not open");
    }
    if (open[0].type !== token.type) {
      if (onExitError) {
        onExitError.call(this, token, open[0]);
      } else {
        const handler2 = open[1] || defaultOnError;
        handler2.call(this, token, open[0]);
      }
    }
    node2.position.end = point2(token.end);
  }
  function resume() {
    return toString(this.stack.pop());
  }
  function onenterlistordered() {
    this.data.expectingFirstListItemValue = true;
  }
  function onenterlistitemvalue(token) {
    if (this.data.expectingFirstListItemValue) {
      const ancestor = this.stack[this.stack.length - 2];
      ancestor.start = Number.parseInt(this.sliceSerialize(token), 10);
      this.data.expectingFirstListItemValue = void 0;
    }
  }
  function onexitcodefencedfenceinfo() {
    const data2 = this.resume();
    const node2 = this.stack[this.stack.length - 1];
    node2.lang = data2;
  }
  function onexitcodefencedfencemeta() {
    const data2 = this.resume();
    const node2 = this.stack[this.stack.length - 1];
    node2.meta = data2;
  }
  function onexitcodefencedfence() {
    if (this.data.flowCodeInside) return;
    this.buffer();
    this.data.flowCodeInside = true;
  }
  function onexitcodefenced() {
    const data2 = this.resume();
    const node2 = this.stack[this.stack.length - 1];
    node2.value = data2.replace(/^(\r?\n|\r)|(\r?\n|\r)$/g, "");
    this.data.flowCodeInside = void 0;
  }
  function onexitcodeindented() {
    const data2 = this.resume();
    const node2 = this.stack[this.stack.length - 1];
    node2.value = data2.replace(/(\r?\n|\r)$/g, "");
  }
  function onexitdefinitionlabelstring(token) {
    const label = this.resume();
    const node2 = this.stack[this.stack.length - 1];
    node2.label = label;
    node2.identifier = normalizeIdentifier(this.sliceSerialize(token)).toLowerCase();
  }
  function onexitdefinitiontitlestring() {
    const data2 = this.resume();
    const node2 = this.stack[this.stack.length - 1];
    node2.title = data2;
  }
  function onexitdefinitiondestinationstring() {
    const data2 = this.resume();
    const node2 = this.stack[this.stack.length - 1];
    node2.url = data2;
  }
  function onexitatxheadingsequence(token) {
    const node2 = this.stack[this.stack.length - 1];
    if (!node2.depth) {
      const depth = this.sliceSerialize(token).length;
      node2.depth = depth;
    }
  }
  function onexitsetextheadingtext() {
    this.data.setextHeadingSlurpLineEnding = true;
  }
  function onexitsetextheadinglinesequence(token) {
    const node2 = this.stack[this.stack.length - 1];
    node2.depth = this.sliceSerialize(token).codePointAt(0) === 61 ? 1 : 2;
  }
  function onexitsetextheading() {
    this.data.setextHeadingSlurpLineEnding = void 0;
  }
  function onenterdata(token) {
    const node2 = this.stack[this.stack.length - 1];
    const siblings = node2.children;
    let tail = siblings[siblings.length - 1];
    if (!tail || tail.type !== "text") {
      tail = text3();
      tail.position = {
        start: point2(token.start),
        // @ts-expect-error: we’ll add `end` later.
        end: void 0
      };
      siblings.push(tail);
    }
    this.stack.push(tail);
  }
  function onexitdata(token) {
    const tail = this.stack.pop();
    tail.value += this.sliceSerialize(token);
    tail.position.end = point2(token.end);
  }
  function onexitlineending(token) {
    const context = this.stack[this.stack.length - 1];
    if (this.data.atHardBreak) {
      const tail = context.children[context.children.length - 1];
      tail.position.end = point2(token.end);
      this.data.atHardBreak = void 0;
      return;
    }
    if (!this.data.setextHeadingSlurpLineEnding && config.canContainEols.includes(context.type)) {
      onenterdata.call(this, token);
      onexitdata.call(this, token);
    }
  }
  function onexithardbreak() {
    this.data.atHardBreak = true;
  }
  function onexithtmlflow() {
    const data2 = this.resume();
    const node2 = this.stack[this.stack.length - 1];
    node2.value = data2;
  }
  function onexithtmltext() {
    const data2 = this.resume();
    const node2 = this.stack[this.stack.length - 1];
    node2.value = data2;
  }
  function onexitcodetext() {
    const data2 = this.resume();
    const node2 = this.stack[this.stack.length - 1];
    node2.value = data2;
  }
  function onexitlink() {
    const node2 = this.stack[this.stack.length - 1];
    if (this.data.inReference) {
      const referenceType = this.data.referenceType || "shortcut";
      node2.type += "Reference";
      node2.referenceType = referenceType;
      delete node2.url;
      delete node2.title;
    } else {
      delete node2.identifier;
      delete node2.label;
    }
    this.data.referenceType = void 0;
  }
  function onexitimage() {
    const node2 = this.stack[this.stack.length - 1];
    if (this.data.inReference) {
      const referenceType = this.data.referenceType || "shortcut";
      node2.type += "Reference";
      node2.referenceType = referenceType;
      delete node2.url;
      delete node2.title;
    } else {
      delete node2.identifier;
      delete node2.label;
    }
    this.data.referenceType = void 0;
  }
  function onexitlabeltext(token) {
    const string3 = this.sliceSerialize(token);
    const ancestor = this.stack[this.stack.length - 2];
    ancestor.label = decodeString(string3);
    ancestor.identifier = normalizeIdentifier(string3).toLowerCase();
  }
  function onexitlabel() {
    const fragment = this.stack[this.stack.length - 1];
    const value2 = this.resume();
    const node2 = this.stack[this.stack.length - 1];
    this.data.inReference = true;
    if (node2.type === "link") {
      const children = fragment.children;
      node2.children = children;
    } else {
      node2.alt = value2;
    }
  }
  function onexitresourcedestinationstring() {
    const data2 = this.resume();
    const node2 = this.stack[this.stack.length - 1];
    node2.url = data2;
  }
  function onexitresourcetitlestring() {
    const data2 = this.resume();
    const node2 = this.stack[this.stack.length - 1];
    node2.title = data2;
  }
  function onexitresource() {
    this.data.inReference = void 0;
  }
  function onenterreference() {
    this.data.referenceType = "collapsed";
  }
  function onexitreferencestring(token) {
    const label = this.resume();
    const node2 = this.stack[this.stack.length - 1];
    node2.label = label;
    node2.identifier = normalizeIdentifier(this.sliceSerialize(token)).toLowerCase();
    this.data.referenceType = "full";
  }
  function onexitcharacterreferencemarker(token) {
    this.data.characterReferenceType = token.type;
  }
  function onexitcharacterreferencevalue(token) {
    const data2 = this.sliceSerialize(token);
    const type = this.data.characterReferenceType;
    let value2;
    if (type) {
      value2 = decodeNumericCharacterReference(data2, type === "characterReferenceMarkerNumeric" ? 10 : 16);
      this.data.characterReferenceType = void 0;
    } else {
      const result = decodeNamedCharacterReference(data2);
      value2 = result;
    }
    const tail = this.stack[this.stack.length - 1];
    tail.value += value2;
  }
  function onexitcharacterreference(token) {
    const tail = this.stack.pop();
    tail.position.end = point2(token.end);
  }
  function onexitautolinkprotocol(token) {
    onexitdata.call(this, token);
    const node2 = this.stack[this.stack.length - 1];
    node2.url = this.sliceSerialize(token);
  }
  function onexitautolinkemail(token) {
    onexitdata.call(this, token);
    const node2 = this.stack[this.stack.length - 1];
    node2.url = "mailto:" + this.sliceSerialize(token);
  }
  function blockQuote2() {
    return {
      type: "blockquote",
      children: [],
      position: void 0
    };
  }
  function codeFlow() {
    return {
      type: "code",
      lang: null,
      meta: null,
      value: "",
      position: void 0
    };
  }
  function codeText2() {
    return {
      type: "inlineCode",
      value: "",
      position: void 0
    };
  }
  function definition2() {
    return {
      type: "definition",
      identifier: "",
      label: null,
      title: null,
      url: "",
      position: void 0
    };
  }
  function emphasis() {
    return {
      type: "emphasis",
      children: [],
      position: void 0
    };
  }
  function heading() {
    return {
      type: "heading",
      // @ts-expect-error `depth` will be set later.
      depth: 0,
      children: [],
      position: void 0
    };
  }
  function hardBreak() {
    return {
      type: "break",
      position: void 0
    };
  }
  function html() {
    return {
      type: "html",
      value: "",
      position: void 0
    };
  }
  function image() {
    return {
      type: "image",
      title: null,
      url: "",
      alt: null,
      position: void 0
    };
  }
  function link() {
    return {
      type: "link",
      title: null,
      url: "",
      children: [],
      position: void 0
    };
  }
  function list3(token) {
    return {
      type: "list",
      ordered: token.type === "listOrdered",
      start: null,
      spread: token._spread,
      children: [],
      position: void 0
    };
  }
  function listItem(token) {
    return {
      type: "listItem",
      spread: token._spread,
      checked: null,
      children: [],
      position: void 0
    };
  }
  function paragraph() {
    return {
      type: "paragraph",
      children: [],
      position: void 0
    };
  }
  function strong() {
    return {
      type: "strong",
      children: [],
      position: void 0
    };
  }
  function text3() {
    return {
      type: "text",
      value: "",
      position: void 0
    };
  }
  function thematicBreak2() {
    return {
      type: "thematicBreak",
      position: void 0
    };
  }
}
function point2(d) {
  return {
    line: d.line,
    column: d.column,
    offset: d.offset
  };
}
function configure(combined, extensions) {
  let index2 = -1;
  while (++index2 < extensions.length) {
    const value2 = extensions[index2];
    if (Array.isArray(value2)) {
      configure(combined, value2);
    } else {
      extension(combined, value2);
    }
  }
}
function extension(combined, extension2) {
  let key;
  for (key in extension2) {
    if (own2.call(extension2, key)) {
      switch (key) {
        case "canContainEols": {
          const right = extension2[key];
          if (right) {
            combined[key].push(...right);
          }
          break;
        }
        case "transforms": {
          const right = extension2[key];
          if (right) {
            combined[key].push(...right);
          }
          break;
        }
        case "afterExit":
        case "beforeEnter": {
          const right = extension2[key];
          if (right) {
            combined[key].push(right);
          }
          break;
        }
        case "enter":
        case "exit": {
          const right = extension2[key];
          if (right) {
            Object.assign(combined[key], right);
          }
          break;
        }
      }
    }
  }
}
function defaultOnError(left, right) {
  if (left) {
    throw new Error("Cannot close `" + left.type + "` (" + stringifyPosition({
      start: left.start,
      end: left.end
    }) + "): a different token (`" + right.type + "`, " + stringifyPosition({
      start: right.start,
      end: right.end
    }) + ") is open");
  }
  throw new Error("Cannot close document, a token (`" + right.type + "`, " + stringifyPosition({
    start: right.start,
    end: right.end
  }) + ") is still open");
}

// node_modules/remark-parse/lib/index.js
function remarkParse(options) {
  const self = this;
  self.parser = parser;
  function parser(doc) {
    return fromMarkdown(doc, {
      ...self.data("settings"),
      ...options,
      // Note: these options are not in the readme.
      // The goal is for them to be set by plugins on `data` instead of being
      // passed by users.
      extensions: self.data("micromarkExtensions") || [],
      mdastExtensions: self.data("fromMarkdownExtensions") || []
    });
  }
}

// node_modules/fault/index.js
var import_format3 = __toESM(require_format(), 1);
var fault = Object.assign(create(Error), {
  eval: create(EvalError),
  range: create(RangeError),
  reference: create(ReferenceError),
  syntax: create(SyntaxError),
  type: create(TypeError),
  uri: create(URIError)
});
function create(Constructor) {
  FormattedError.displayName = Constructor.displayName || Constructor.name;
  return FormattedError;
  function FormattedError(format, ...values) {
    const reason = format ? (0, import_format3.default)(format, ...values) : format;
    return new Constructor(reason);
  }
}

// node_modules/micromark-extension-frontmatter/lib/to-matters.js
var own3 = {}.hasOwnProperty;
var markers = {
  yaml: "-",
  toml: "+"
};
function toMatters(options) {
  const result = [];
  let index2 = -1;
  const presetsOrMatters = Array.isArray(options) ? options : options ? [options] : ["yaml"];
  while (++index2 < presetsOrMatters.length) {
    result[index2] = matter(presetsOrMatters[index2]);
  }
  return result;
}
function matter(option) {
  let result = option;
  if (typeof result === "string") {
    if (!own3.call(markers, result)) {
      throw fault("Missing matter definition for `%s`", result);
    }
    result = {
      type: result,
      marker: markers[result]
    };
  } else if (typeof result !== "object") {
    throw fault("Expected matter to be an object, not `%j`", result);
  }
  if (!own3.call(result, "type")) {
    throw fault("Missing `type` in matter `%j`", result);
  }
  if (!own3.call(result, "fence") && !own3.call(result, "marker")) {
    throw fault("Missing `marker` or `fence` in matter `%j`", result);
  }
  return result;
}

// node_modules/micromark-extension-frontmatter/lib/syntax.js
function frontmatter(options) {
  const matters = toMatters(options);
  const flow3 = {};
  let index2 = -1;
  while (++index2 < matters.length) {
    const matter2 = matters[index2];
    const code = fence(matter2, "open").charCodeAt(0);
    const construct = createConstruct(matter2);
    const existing = flow3[code];
    if (Array.isArray(existing)) {
      existing.push(construct);
    } else {
      flow3[code] = [construct];
    }
  }
  return {
    flow: flow3
  };
}
function createConstruct(matter2) {
  const anywhere = matter2.anywhere;
  const frontmatterType = (
    /** @type {TokenType} */
    matter2.type
  );
  const fenceType = (
    /** @type {TokenType} */
    frontmatterType + "Fence"
  );
  const sequenceType = (
    /** @type {TokenType} */
    fenceType + "Sequence"
  );
  const valueType = (
    /** @type {TokenType} */
    frontmatterType + "Value"
  );
  const closingFenceConstruct = {
    tokenize: tokenizeClosingFence,
    partial: true
  };
  let buffer;
  let bufferIndex = 0;
  return {
    tokenize: tokenizeFrontmatter,
    concrete: true
  };
  function tokenizeFrontmatter(effects, ok2, nok) {
    const self = this;
    return start;
    function start(code) {
      const position2 = self.now();
      if (
        // Indent not allowed.
        position2.column === 1 && // Normally, only allowed in first line.
        (position2.line === 1 || anywhere)
      ) {
        buffer = fence(matter2, "open");
        bufferIndex = 0;
        if (code === buffer.charCodeAt(bufferIndex)) {
          effects.enter(frontmatterType);
          effects.enter(fenceType);
          effects.enter(sequenceType);
          return openSequence(code);
        }
      }
      return nok(code);
    }
    function openSequence(code) {
      if (bufferIndex === buffer.length) {
        effects.exit(sequenceType);
        if (markdownSpace(code)) {
          effects.enter("whitespace");
          return openSequenceWhitespace(code);
        }
        return openAfter(code);
      }
      if (code === buffer.charCodeAt(bufferIndex++)) {
        effects.consume(code);
        return openSequence;
      }
      return nok(code);
    }
    function openSequenceWhitespace(code) {
      if (markdownSpace(code)) {
        effects.consume(code);
        return openSequenceWhitespace;
      }
      effects.exit("whitespace");
      return openAfter(code);
    }
    function openAfter(code) {
      if (markdownLineEnding(code)) {
        effects.exit(fenceType);
        effects.enter("lineEnding");
        effects.consume(code);
        effects.exit("lineEnding");
        buffer = fence(matter2, "close");
        bufferIndex = 0;
        return effects.attempt(closingFenceConstruct, after, contentStart);
      }
      return nok(code);
    }
    function contentStart(code) {
      if (code === null || markdownLineEnding(code)) {
        return contentEnd(code);
      }
      effects.enter(valueType);
      return contentInside(code);
    }
    function contentInside(code) {
      if (code === null || markdownLineEnding(code)) {
        effects.exit(valueType);
        return contentEnd(code);
      }
      effects.consume(code);
      return contentInside;
    }
    function contentEnd(code) {
      if (code === null) {
        return nok(code);
      }
      effects.enter("lineEnding");
      effects.consume(code);
      effects.exit("lineEnding");
      return effects.attempt(closingFenceConstruct, after, contentStart);
    }
    function after(code) {
      effects.exit(frontmatterType);
      return ok2(code);
    }
  }
  function tokenizeClosingFence(effects, ok2, nok) {
    let bufferIndex2 = 0;
    return closeStart;
    function closeStart(code) {
      if (code === buffer.charCodeAt(bufferIndex2)) {
        effects.enter(fenceType);
        effects.enter(sequenceType);
        return closeSequence(code);
      }
      return nok(code);
    }
    function closeSequence(code) {
      if (bufferIndex2 === buffer.length) {
        effects.exit(sequenceType);
        if (markdownSpace(code)) {
          effects.enter("whitespace");
          return closeSequenceWhitespace(code);
        }
        return closeAfter(code);
      }
      if (code === buffer.charCodeAt(bufferIndex2++)) {
        effects.consume(code);
        return closeSequence;
      }
      return nok(code);
    }
    function closeSequenceWhitespace(code) {
      if (markdownSpace(code)) {
        effects.consume(code);
        return closeSequenceWhitespace;
      }
      effects.exit("whitespace");
      return closeAfter(code);
    }
    function closeAfter(code) {
      if (code === null || markdownLineEnding(code)) {
        effects.exit(fenceType);
        return ok2(code);
      }
      return nok(code);
    }
  }
}
function fence(matter2, prop) {
  return matter2.marker ? pick(matter2.marker, prop).repeat(3) : (
    // @ts-expect-error: They’re mutually exclusive.
    pick(matter2.fence, prop)
  );
}
function pick(schema, prop) {
  return typeof schema === "string" ? schema : schema[prop];
}

// node_modules/escape-string-regexp/index.js
function escapeStringRegexp(string3) {
  if (typeof string3 !== "string") {
    throw new TypeError("Expected a string");
  }
  return string3.replace(/[|\\{}()[\]^$+*?.]/g, "\\$&").replace(/-/g, "\\x2d");
}

// node_modules/mdast-util-frontmatter/lib/index.js
function frontmatterFromMarkdown(options) {
  const matters = toMatters(options);
  const enter = {};
  const exit3 = {};
  let index2 = -1;
  while (++index2 < matters.length) {
    const matter2 = matters[index2];
    enter[matter2.type] = opener(matter2);
    exit3[matter2.type] = close;
    exit3[matter2.type + "Value"] = value;
  }
  return { enter, exit: exit3 };
}
function opener(matter2) {
  return open;
  function open(token) {
    this.enter({ type: matter2.type, value: "" }, token);
    this.buffer();
  }
}
function close(token) {
  const data = this.resume();
  const node2 = this.stack[this.stack.length - 1];
  ok("value" in node2);
  this.exit(token);
  node2.value = data.replace(/^(\r?\n|\r)|(\r?\n|\r)$/g, "");
}
function value(token) {
  this.config.enter.data.call(this, token);
  this.config.exit.data.call(this, token);
}
function frontmatterToMarkdown(options) {
  const unsafe = [];
  const handlers = {};
  const matters = toMatters(options);
  let index2 = -1;
  while (++index2 < matters.length) {
    const matter2 = matters[index2];
    handlers[matter2.type] = handler(matter2);
    const open = fence2(matter2, "open");
    unsafe.push({
      atBreak: true,
      character: open.charAt(0),
      after: escapeStringRegexp(open.charAt(1))
    });
  }
  return { unsafe, handlers };
}
function handler(matter2) {
  const open = fence2(matter2, "open");
  const close2 = fence2(matter2, "close");
  return handle;
  function handle(node2) {
    return open + (node2.value ? "\n" + node2.value : "") + "\n" + close2;
  }
}
function fence2(matter2, prop) {
  return matter2.marker ? pick2(matter2.marker, prop).repeat(3) : (
    // @ts-expect-error: They’re mutually exclusive.
    pick2(matter2.fence, prop)
  );
}
function pick2(schema, prop) {
  return typeof schema === "string" ? schema : schema[prop];
}

// node_modules/remark-frontmatter/lib/index.js
var emptyOptions2 = "yaml";
function remarkFrontmatter(options) {
  const self = (
    /** @type {Processor} */
    this
  );
  const settings = options || emptyOptions2;
  const data = self.data();
  const micromarkExtensions = data.micromarkExtensions || (data.micromarkExtensions = []);
  const fromMarkdownExtensions = data.fromMarkdownExtensions || (data.fromMarkdownExtensions = []);
  const toMarkdownExtensions = data.toMarkdownExtensions || (data.toMarkdownExtensions = []);
  micromarkExtensions.push(frontmatter(settings));
  fromMarkdownExtensions.push(frontmatterFromMarkdown(settings));
  toMarkdownExtensions.push(frontmatterToMarkdown(settings));
}

// node_modules/micromark-extension-gfm-table/lib/edit-map.js
var EditMap2 = class {
  /**
   * Create a new edit map.
   */
  constructor() {
    this.map = [];
    this.index = /* @__PURE__ */ new Map();
  }
  /**
   * Create an edit: a remove and/or add at a certain place.
   *
   * @param {number} index
   *   Index at which to apply the edit.
   * @param {number} remove
   *   Count of items to remove at the index.
   * @param {Array<Event>} add
   *   Items to add at the index.
   * @returns {undefined}
   *   Nothing.
   */
  add(index2, remove, add) {
    addImplementation2(this, index2, remove, add);
  }
  // To do: add this when moving to `micromark`.
  // /**
  //  * Create an edit: but insert `add` before existing additions.
  //  *
  //  * @param {number} index
  //  * @param {number} remove
  //  * @param {Array<Event>} add
  //  * @returns {undefined}
  //  */
  // addBefore(index, remove, add) {
  //   addImplementation(this, index, remove, add, true)
  // }
  /**
   * Done, change the events.
   *
   * @param {Array<Event>} events
   *   List of events to apply the edits to.
   * @returns {undefined}
   *   Nothing.
   */
  consume(events) {
    this.map.sort(function(a, b) {
      return a[0] - b[0];
    });
    if (this.map.length === 0) {
      return;
    }
    let index2 = this.map.length;
    const vecs = [];
    while (index2 > 0) {
      index2 -= 1;
      vecs.push(events.slice(this.map[index2][0] + this.map[index2][1]), this.map[index2][2]);
      events.length = this.map[index2][0];
    }
    vecs.push(events.slice());
    events.length = 0;
    let slice = vecs.pop();
    while (slice) {
      for (const element of slice) {
        events.push(element);
      }
      slice = vecs.pop();
    }
    this.map.length = 0;
    this.index.clear();
  }
};
function addImplementation2(editMap, at, remove, add) {
  if (remove === 0 && add.length === 0) {
    return;
  }
  const existing = editMap.index.get(at);
  if (existing) {
    existing[1] += remove;
    existing[2].push(...add);
    return;
  }
  const change = [at, remove, add];
  editMap.map.push(change);
  editMap.index.set(at, change);
}

// node_modules/micromark-extension-gfm-table/lib/infer.js
function gfmTableAlign(events, index2) {
  let inDelimiterRow = false;
  const align = [];
  while (index2 < events.length) {
    const event = events[index2];
    if (inDelimiterRow) {
      if (event[0] === "enter") {
        if (event[1].type === "tableContent") {
          align.push(events[index2 + 1][1].type === "tableDelimiterMarker" ? "left" : "none");
        }
      } else if (event[1].type === "tableContent") {
        if (events[index2 - 1][1].type === "tableDelimiterMarker") {
          const alignIndex = align.length - 1;
          align[alignIndex] = align[alignIndex] === "left" ? "center" : "right";
        }
      } else if (event[1].type === "tableDelimiterRow") {
        break;
      }
    } else if (event[0] === "enter" && event[1].type === "tableDelimiterRow") {
      inDelimiterRow = true;
    }
    index2 += 1;
  }
  return align;
}

// node_modules/micromark-extension-gfm-table/lib/syntax.js
function gfmTable() {
  return {
    flow: {
      null: {
        name: "table",
        tokenize: tokenizeTable,
        resolveAll: resolveTable
      }
    }
  };
}
function tokenizeTable(effects, ok2, nok) {
  const self = this;
  let size = 0;
  let sizeB = 0;
  let seen;
  return start;
  function start(code) {
    let index2 = self.events.length - 1;
    while (index2 > -1) {
      const {
        type
      } = self.events[index2][1];
      if (type === "lineEnding" || // Note: markdown-rs uses `whitespace` instead of `linePrefix`
      type === "linePrefix") {
        index2--;
      } else {
        break;
      }
    }
    const tail = index2 > -1 ? self.events[index2][1].type : null;
    const next = tail === "tableHead" || tail === "tableRow" ? bodyRowStart : headRowBefore;
    if (next === bodyRowStart && self.parser.lazy[self.now().line]) {
      return nok(code);
    }
    return next(code);
  }
  function headRowBefore(code) {
    effects.enter("tableHead");
    effects.enter("tableRow");
    return headRowStart(code);
  }
  function headRowStart(code) {
    if (code === 124) {
      return headRowBreak(code);
    }
    seen = true;
    sizeB += 1;
    return headRowBreak(code);
  }
  function headRowBreak(code) {
    if (code === null) {
      return nok(code);
    }
    if (markdownLineEnding(code)) {
      if (sizeB > 1) {
        sizeB = 0;
        self.interrupt = true;
        effects.exit("tableRow");
        effects.enter("lineEnding");
        effects.consume(code);
        effects.exit("lineEnding");
        return headDelimiterStart;
      }
      return nok(code);
    }
    if (markdownSpace(code)) {
      return factorySpace(effects, headRowBreak, "whitespace")(code);
    }
    sizeB += 1;
    if (seen) {
      seen = false;
      size += 1;
    }
    if (code === 124) {
      effects.enter("tableCellDivider");
      effects.consume(code);
      effects.exit("tableCellDivider");
      seen = true;
      return headRowBreak;
    }
    effects.enter("data");
    return headRowData(code);
  }
  function headRowData(code) {
    if (code === null || code === 124 || markdownLineEndingOrSpace(code)) {
      effects.exit("data");
      return headRowBreak(code);
    }
    effects.consume(code);
    return code === 92 ? headRowEscape : headRowData;
  }
  function headRowEscape(code) {
    if (code === 92 || code === 124) {
      effects.consume(code);
      return headRowData;
    }
    return headRowData(code);
  }
  function headDelimiterStart(code) {
    self.interrupt = false;
    if (self.parser.lazy[self.now().line]) {
      return nok(code);
    }
    effects.enter("tableDelimiterRow");
    seen = false;
    if (markdownSpace(code)) {
      return factorySpace(effects, headDelimiterBefore, "linePrefix", self.parser.constructs.disable.null.includes("codeIndented") ? void 0 : 4)(code);
    }
    return headDelimiterBefore(code);
  }
  function headDelimiterBefore(code) {
    if (code === 45 || code === 58) {
      return headDelimiterValueBefore(code);
    }
    if (code === 124) {
      seen = true;
      effects.enter("tableCellDivider");
      effects.consume(code);
      effects.exit("tableCellDivider");
      return headDelimiterCellBefore;
    }
    return headDelimiterNok(code);
  }
  function headDelimiterCellBefore(code) {
    if (markdownSpace(code)) {
      return factorySpace(effects, headDelimiterValueBefore, "whitespace")(code);
    }
    return headDelimiterValueBefore(code);
  }
  function headDelimiterValueBefore(code) {
    if (code === 58) {
      sizeB += 1;
      seen = true;
      effects.enter("tableDelimiterMarker");
      effects.consume(code);
      effects.exit("tableDelimiterMarker");
      return headDelimiterLeftAlignmentAfter;
    }
    if (code === 45) {
      sizeB += 1;
      return headDelimiterLeftAlignmentAfter(code);
    }
    if (code === null || markdownLineEnding(code)) {
      return headDelimiterCellAfter(code);
    }
    return headDelimiterNok(code);
  }
  function headDelimiterLeftAlignmentAfter(code) {
    if (code === 45) {
      effects.enter("tableDelimiterFiller");
      return headDelimiterFiller(code);
    }
    return headDelimiterNok(code);
  }
  function headDelimiterFiller(code) {
    if (code === 45) {
      effects.consume(code);
      return headDelimiterFiller;
    }
    if (code === 58) {
      seen = true;
      effects.exit("tableDelimiterFiller");
      effects.enter("tableDelimiterMarker");
      effects.consume(code);
      effects.exit("tableDelimiterMarker");
      return headDelimiterRightAlignmentAfter;
    }
    effects.exit("tableDelimiterFiller");
    return headDelimiterRightAlignmentAfter(code);
  }
  function headDelimiterRightAlignmentAfter(code) {
    if (markdownSpace(code)) {
      return factorySpace(effects, headDelimiterCellAfter, "whitespace")(code);
    }
    return headDelimiterCellAfter(code);
  }
  function headDelimiterCellAfter(code) {
    if (code === 124) {
      return headDelimiterBefore(code);
    }
    if (code === null || markdownLineEnding(code)) {
      if (!seen || size !== sizeB) {
        return headDelimiterNok(code);
      }
      effects.exit("tableDelimiterRow");
      effects.exit("tableHead");
      return ok2(code);
    }
    return headDelimiterNok(code);
  }
  function headDelimiterNok(code) {
    return nok(code);
  }
  function bodyRowStart(code) {
    effects.enter("tableRow");
    return bodyRowBreak(code);
  }
  function bodyRowBreak(code) {
    if (code === 124) {
      effects.enter("tableCellDivider");
      effects.consume(code);
      effects.exit("tableCellDivider");
      return bodyRowBreak;
    }
    if (code === null || markdownLineEnding(code)) {
      effects.exit("tableRow");
      return ok2(code);
    }
    if (markdownSpace(code)) {
      return factorySpace(effects, bodyRowBreak, "whitespace")(code);
    }
    effects.enter("data");
    return bodyRowData(code);
  }
  function bodyRowData(code) {
    if (code === null || code === 124 || markdownLineEndingOrSpace(code)) {
      effects.exit("data");
      return bodyRowBreak(code);
    }
    effects.consume(code);
    return code === 92 ? bodyRowEscape : bodyRowData;
  }
  function bodyRowEscape(code) {
    if (code === 92 || code === 124) {
      effects.consume(code);
      return bodyRowData;
    }
    return bodyRowData(code);
  }
}
function resolveTable(events, context) {
  let index2 = -1;
  let inFirstCellAwaitingPipe = true;
  let rowKind = 0;
  let lastCell = [0, 0, 0, 0];
  let cell2 = [0, 0, 0, 0];
  let afterHeadAwaitingFirstBodyRow = false;
  let lastTableEnd = 0;
  let currentTable;
  let currentBody;
  let currentCell;
  const map = new EditMap2();
  while (++index2 < events.length) {
    const event = events[index2];
    const token = event[1];
    if (event[0] === "enter") {
      if (token.type === "tableHead") {
        afterHeadAwaitingFirstBodyRow = false;
        if (lastTableEnd !== 0) {
          flushTableEnd(map, context, lastTableEnd, currentTable, currentBody);
          currentBody = void 0;
          lastTableEnd = 0;
        }
        currentTable = {
          type: "table",
          start: Object.assign({}, token.start),
          // Note: correct end is set later.
          end: Object.assign({}, token.end)
        };
        map.add(index2, 0, [["enter", currentTable, context]]);
      } else if (token.type === "tableRow" || token.type === "tableDelimiterRow") {
        inFirstCellAwaitingPipe = true;
        currentCell = void 0;
        lastCell = [0, 0, 0, 0];
        cell2 = [0, index2 + 1, 0, 0];
        if (afterHeadAwaitingFirstBodyRow) {
          afterHeadAwaitingFirstBodyRow = false;
          currentBody = {
            type: "tableBody",
            start: Object.assign({}, token.start),
            // Note: correct end is set later.
            end: Object.assign({}, token.end)
          };
          map.add(index2, 0, [["enter", currentBody, context]]);
        }
        rowKind = token.type === "tableDelimiterRow" ? 2 : currentBody ? 3 : 1;
      } else if (rowKind && (token.type === "data" || token.type === "tableDelimiterMarker" || token.type === "tableDelimiterFiller")) {
        inFirstCellAwaitingPipe = false;
        if (cell2[2] === 0) {
          if (lastCell[1] !== 0) {
            cell2[0] = cell2[1];
            currentCell = flushCell(map, context, lastCell, rowKind, void 0, currentCell);
            lastCell = [0, 0, 0, 0];
          }
          cell2[2] = index2;
        }
      } else if (token.type === "tableCellDivider") {
        if (inFirstCellAwaitingPipe) {
          inFirstCellAwaitingPipe = false;
        } else {
          if (lastCell[1] !== 0) {
            cell2[0] = cell2[1];
            currentCell = flushCell(map, context, lastCell, rowKind, void 0, currentCell);
          }
          lastCell = cell2;
          cell2 = [lastCell[1], index2, 0, 0];
        }
      }
    } else if (token.type === "tableHead") {
      afterHeadAwaitingFirstBodyRow = true;
      lastTableEnd = index2;
    } else if (token.type === "tableRow" || token.type === "tableDelimiterRow") {
      lastTableEnd = index2;
      if (lastCell[1] !== 0) {
        cell2[0] = cell2[1];
        currentCell = flushCell(map, context, lastCell, rowKind, index2, currentCell);
      } else if (cell2[1] !== 0) {
        currentCell = flushCell(map, context, cell2, rowKind, index2, currentCell);
      }
      rowKind = 0;
    } else if (rowKind && (token.type === "data" || token.type === "tableDelimiterMarker" || token.type === "tableDelimiterFiller")) {
      cell2[3] = index2;
    }
  }
  if (lastTableEnd !== 0) {
    flushTableEnd(map, context, lastTableEnd, currentTable, currentBody);
  }
  map.consume(context.events);
  index2 = -1;
  while (++index2 < context.events.length) {
    const event = context.events[index2];
    if (event[0] === "enter" && event[1].type === "table") {
      event[1]._align = gfmTableAlign(context.events, index2);
    }
  }
  return events;
}
function flushCell(map, context, range, rowKind, rowEnd, previousCell) {
  const groupName = rowKind === 1 ? "tableHeader" : rowKind === 2 ? "tableDelimiter" : "tableData";
  const valueName = "tableContent";
  if (range[0] !== 0) {
    previousCell.end = Object.assign({}, getPoint(context.events, range[0]));
    map.add(range[0], 0, [["exit", previousCell, context]]);
  }
  const now = getPoint(context.events, range[1]);
  previousCell = {
    type: groupName,
    start: Object.assign({}, now),
    // Note: correct end is set later.
    end: Object.assign({}, now)
  };
  map.add(range[1], 0, [["enter", previousCell, context]]);
  if (range[2] !== 0) {
    const relatedStart = getPoint(context.events, range[2]);
    const relatedEnd = getPoint(context.events, range[3]);
    const valueToken = {
      type: valueName,
      start: Object.assign({}, relatedStart),
      end: Object.assign({}, relatedEnd)
    };
    map.add(range[2], 0, [["enter", valueToken, context]]);
    if (rowKind !== 2) {
      const start = context.events[range[2]];
      const end = context.events[range[3]];
      start[1].end = Object.assign({}, end[1].end);
      start[1].type = "chunkText";
      start[1].contentType = "text";
      if (range[3] > range[2] + 1) {
        const a = range[2] + 1;
        const b = range[3] - range[2] - 1;
        map.add(a, b, []);
      }
    }
    map.add(range[3] + 1, 0, [["exit", valueToken, context]]);
  }
  if (rowEnd !== void 0) {
    previousCell.end = Object.assign({}, getPoint(context.events, rowEnd));
    map.add(rowEnd, 0, [["exit", previousCell, context]]);
    previousCell = void 0;
  }
  return previousCell;
}
function flushTableEnd(map, context, index2, table, tableBody) {
  const exits = [];
  const related = getPoint(context.events, index2);
  if (tableBody) {
    tableBody.end = Object.assign({}, related);
    exits.push(["exit", tableBody, context]);
  }
  table.end = Object.assign({}, related);
  exits.push(["exit", table, context]);
  map.add(index2 + 1, 0, exits);
}
function getPoint(events, index2) {
  const event = events[index2];
  const side = event[0] === "enter" ? "start" : "end";
  return event[1][side];
}

// node_modules/mdast-util-gfm-table/lib/index.js
function gfmTableFromMarkdown() {
  return {
    enter: {
      table: enterTable,
      tableData: enterCell,
      tableHeader: enterCell,
      tableRow: enterRow
    },
    exit: {
      codeText: exitCodeText,
      table: exitTable,
      tableData: exit2,
      tableHeader: exit2,
      tableRow: exit2
    }
  };
}
function enterTable(token) {
  const align = token._align;
  ok(align, "expected `_align` on table");
  this.enter(
    {
      type: "table",
      align: align.map(function(d) {
        return d === "none" ? null : d;
      }),
      children: [],
      position: void 0
    },
    token
  );
  this.data.inTable = true;
}
function exitTable(token) {
  this.exit(token);
  this.data.inTable = void 0;
}
function enterRow(token) {
  this.enter({ type: "tableRow", children: [], position: void 0 }, token);
}
function exit2(token) {
  this.exit(token);
}
function enterCell(token) {
  this.enter({ type: "tableCell", children: [], position: void 0 }, token);
}
function exitCodeText(token) {
  let value2 = this.resume();
  if (this.data.inTable) {
    value2 = value2.replace(/\\([\\|])/g, replace);
  }
  const node2 = this.stack[this.stack.length - 1];
  ok(node2.type === "inlineCode");
  node2.value = value2;
  this.exit(token);
}
function replace($0, $1) {
  return $1 === "|" ? $1 : $0;
}

// src/parse/look-alikes.ts
var LOOK_ALIKE = { "[": "\u2045", "]": "\u2046", ">": "\u203A", "-": "\u2010", "*": "\u2217", "+": "\uFF0B", ".": "\u2024", ")": "\u2769" };
var STANDS_FOR = Object.fromEntries(Object.entries(LOOK_ALIKE).map(([c, l]) => [l, c]));

// src/parse/chunks.ts
var CHUNK_SIZE = 64 * 1024;
var MANY_ITEMS = 500;
var ITEM_PIECE = 8 * 1024;
var FENCE = /^ {0,3}(`{3,}|~{3,})/;
var HTML_OPEN = /^ {0,3}<(?:!--|\?|![A-Za-z]|!\[CDATA\[|(?:script|pre|style|textarea)(?=[\s>]|$))/i;
var HTML_CLOSE = /-->|\?>|>|\]\]>|<\/(?:script|pre|style|textarea)>/i;
var DEFINITION = /^ {0,3}\[[^\]\n]+\]:/m;
var ANY_ITEM = /^[ \t>]*(?:[-+*]|\d{1,9}[.)])[ \t]+\S/;
var ITEM = /^((?:> ?)*)(?:[-+*]|\d{1,9}[.)])[ \t]+\S/;
var THEMATIC = /^(?:> ?)*([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
var QUOTES = /^(?:> ?)*/;
var quoteDepth = (prefix) => prefix.split(">").length - 1;
function candidates(text3) {
  const cuts = [];
  let itemLines = 0;
  let fence3 = null;
  let html = false;
  let prevBlankOrHeading = true;
  let prevTextDepth = -1;
  let prevBlank = true;
  for (let start = 0; start < text3.length; ) {
    const nl = text3.indexOf("\n", start);
    const end = nl < 0 ? text3.length : nl;
    const line = text3.slice(start, end);
    const heading = line.startsWith("#") && /^#{1,6}(?:[ \t]|$)/.test(line);
    const quotes = QUOTES.exec(line)[0];
    if (ANY_ITEM.test(line)) itemLines++;
    if (fence3) {
      if (line.trimStart().startsWith(fence3)) fence3 = null;
    } else if (html) {
      if (HTML_CLOSE.test(line)) html = false;
    } else {
      const item = ITEM.exec(line);
      if (heading && prevBlankOrHeading) cuts.push({ at: start });
      else if (item && !THEMATIC.test(line)) {
        if (prevBlank && item[1] === "") cuts.push({ at: start, item: "blank" });
        else if (prevTextDepth === quoteDepth(item[1])) cuts.push({ at: start, item: "text" });
      }
      const f = FENCE.exec(line);
      if (f) fence3 = f[1].slice(0, 3);
      else if (HTML_OPEN.test(line) && !HTML_CLOSE.test(line.slice(line.indexOf("<") + 2))) html = true;
    }
    prevBlank = line.trim() === "";
    prevBlankOrHeading = prevBlank || heading;
    prevTextDepth = line.slice(quotes.length).trim() === "" ? -1 : quoteDepth(quotes);
    start = end + 1;
  }
  return { cuts, itemLines };
}
function splitMarkdown(text3, { byItems = true, manyItems = MANY_ITEMS, itemPiece = ITEM_PIECE } = {}) {
  const whole = [{ text: text3, offset: 0, line: 1 }];
  if (DEFINITION.test(text3)) return whole;
  const { cuts, itemLines } = candidates(text3);
  const items = byItems && itemLines >= manyItems;
  if (!items && text3.length < 2 * CHUNK_SIZE) return whole;
  const least = items ? itemPiece : CHUNK_SIZE;
  const end = { at: text3.length };
  const pieces = [];
  let offset2 = 0;
  let line = 1;
  let continuesList;
  for (const cut of [...cuts.filter((c) => items || !c.item), end]) {
    if (cut !== end && cut.at - offset2 < least) continue;
    const piece = text3.slice(offset2, cut.at);
    pieces.push({ text: piece, offset: offset2, line, continuesList });
    for (let i = piece.indexOf("\n"); i >= 0; i = piece.indexOf("\n", i + 1)) line++;
    offset2 = cut.at;
    continuesList = cut.item;
  }
  return pieces;
}
function shift(node2, piece) {
  const stack = [node2];
  while (stack.length > 0) {
    const n = stack.pop();
    for (const p of n.position ? [n.position.start, n.position.end] : []) {
      if (p.offset !== void 0) p.offset += piece.offset;
      p.line += piece.line - 1;
    }
    if (n.children) stack.push(...n.children);
  }
}
function marker(list3, text3) {
  const at = list3.children[0]?.position?.start.offset;
  if (at === void 0) return void 0;
  return /^(?:[-+*]|\d{1,9}[.)])/.exec(text3.slice(at, at + 10))?.[0].slice(-1);
}
function joinList(before, after, text3, follows) {
  const a = before[before.length - 1];
  const b = after[0];
  if (follows === "text" && a?.type === "blockquote" && b?.type === "blockquote") {
    if (!joinList(a.children, b.children, text3, follows)) return false;
    a.children.push(...b.children);
    a.position.end = b.position.end;
    after.shift();
    return true;
  }
  if (b?.type !== "list") return false;
  if (a?.type === "list" && a.ordered === b.ordered && marker(a, text3) === marker(b, text3)) {
    a.children.push(...b.children);
    a.spread = Boolean(a.spread || b.spread || follows === "blank");
    a.position.end = b.position.end;
    after.shift();
    return true;
  }
  return follows === "blank" || a?.type === "paragraph" && (!b.ordered || b.start === 1);
}
function joinPieces(trees, pieces, text3) {
  if (trees.length === 1) return trees[0];
  trees.forEach((t, i) => i > 0 && shift(t, pieces[i]));
  const children = [];
  for (const [i, t] of trees.entries()) {
    const follows = pieces[i].continuesList;
    if (follows && !joinList(children, t.children, text3, follows)) return null;
    children.push(...t.children);
  }
  const last = trees[trees.length - 1].position?.end;
  return { type: "root", children, position: { start: { line: 1, column: 1, offset: 0 }, end: last ?? { line: 1, column: 1, offset: 0 } } };
}

// src/parse/markdown.ts
function remarkGfmTable() {
  const data = this.data();
  (data.micromarkExtensions ??= []).push(gfmTable());
  (data.fromMarkdownExtensions ??= []).push(gfmTableFromMarkdown());
}
var processors = /* @__PURE__ */ new Map();
function processorFor(tables, frontmatter2) {
  const key = (tables ? 1 : 0) | (frontmatter2 ? 2 : 0);
  let p = processors.get(key);
  if (!p) {
    p = unified().use(remarkParse);
    if (tables) p.use(remarkGfmTable);
    if (frontmatter2) p.use(remarkFrontmatter, ["yaml", "toml"]);
    processors.set(key, p);
  }
  return p;
}
var MAX_OPEN_BRACKETS = 32;
function fewBrackets(text3) {
  let n = 0;
  for (let i = text3.indexOf("["); i >= 0; i = text3.indexOf("[", i + 1)) if (++n > MAX_OPEN_BRACKETS) return false;
  return true;
}
function boundBrackets(text3) {
  if (fewBrackets(text3)) return text3;
  let depth = 0;
  let out = "";
  let from = 0;
  for (let i = 0; i < text3.length; i++) {
    const c = text3[i];
    if (c === "\n" && text3[i + 1] === "\n") depth = 0;
    else if (c === "[" && ++depth > MAX_OPEN_BRACKETS) {
      out += `${text3.slice(from, i)}${LOOK_ALIKE["["]}`;
      from = i + 1;
    } else if (c === "]" && depth > 0 && depth-- > MAX_OPEN_BRACKETS) {
      out += `${text3.slice(from, i)}${LOOK_ALIKE["]"]}`;
      from = i + 1;
    }
  }
  return from === 0 ? text3 : out + text3.slice(from);
}
var MAX_CONTAINERS = 32;
var MAX_LIST_INDENT = 64;
function deepMarkers(text3, from, at) {
  let depth = 0;
  let col = 0;
  let i = from;
  const spaceAfter = (k) => k >= text3.length || text3[k] === " " || text3[k] === "	" || text3[k] === "\n" || text3[k] === "\r";
  const marker2 = (k, isItem) => {
    if (++depth > MAX_CONTAINERS || isItem && col >= MAX_LIST_INDENT) at.push(k);
  };
  for (; ; ) {
    const c = text3[i];
    if (c === " ") col++;
    else if (c === "	") col += 4 - col % 4;
    else if (c === ">") marker2(i, false);
    else if ((c === "-" || c === "*" || c === "+") && spaceAfter(i + 1)) marker2(i, true);
    else if (c >= "0" && c <= "9") {
      let k = i;
      while (k < i + 9 && text3[k] >= "0" && text3[k] <= "9") k++;
      if (text3[k] !== "." && text3[k] !== ")" || !spaceAfter(k + 1)) return;
      col += k - i;
      i = k;
      marker2(i, true);
    } else return;
    i++;
  }
}
function boundNesting(text3) {
  const at = [];
  for (let line = 0; line < text3.length; ) {
    deepMarkers(text3, line, at);
    const next = text3.indexOf("\n", line);
    if (next < 0) break;
    line = next + 1;
  }
  if (at.length === 0) return text3;
  let out = "";
  let from = 0;
  for (const k of at) {
    out += text3.slice(from, k) + LOOK_ALIKE[text3[k]];
    from = k + 1;
  }
  return out + text3.slice(from);
}
var MAX_TABLE_ROWS = 2e3;
function tableRows(text3, max) {
  let rows = 0;
  for (let line = 0; line < text3.length && rows <= max; ) {
    let k = line;
    while (text3[k] === " " || text3[k] === "	") k++;
    if (text3[k] === "|") rows++;
    const nl = text3.indexOf("\n", line);
    if (nl < 0) break;
    line = nl + 1;
  }
  return rows;
}
function blankSpacerBreaks(text3) {
  if (!/<br/i.test(text3)) return text3;
  return text3.replace(/(^|\n[ \t]*\n)([ \t]*(?:<br\s*\/?>[ \t]*)+)(?=\n[ \t]*\S)/gi, (_, before, br) => before + " ".repeat(br.length));
}
function parseWhole(text3, first) {
  const frontmatter2 = first && /^\uFEFF?(---|\+\+\+)/.test(text3);
  const tables = text3.includes("|") && tableRows(text3, MAX_TABLE_ROWS) <= MAX_TABLE_ROWS;
  return processorFor(tables, frontmatter2).parse(boundNesting(boundBrackets(blankSpacerBreaks(text3))));
}
var parsePieces = (text3, byItems) => {
  const pieces = splitMarkdown(text3, { byItems });
  return joinPieces(pieces.map((p, i) => parseWhole(p.text, i === 0)), pieces, text3);
};
function parseMarkdown(text3) {
  return parsePieces(text3, true) ?? parsePieces(text3, false);
}

// src/parse/line-kinds.ts
var BULLET = /^\s*(?:[-*+•◦▪▫‣⁃·●○■□–—]|\(?[a-z]\)|\(?[ivx]{1,4}\)|\d{1,2}\))\s+/i;
var NUMBERED = /^\s*((?:\d{1,2}\.)+\d{0,2}|\d{1,2}|[IVX]{1,5}\.|[A-Z]\.|(?:section|article|part)\s+\d+[.:]?)\s+(?=\S)/i;
var SMALL_WORDS = /* @__PURE__ */ new Set(["a", "an", "and", "as", "at", "by", "for", "from", "in", "into", "of", "on", "or", "the", "to", "with", "we", "our", "your", "you", "is", "are", "do", "how", "what", "who", "why", "us", "this", "that", "about", "when", "where", "which", "under"]);
var CELL_VALUES = /* @__PURE__ */ new Set(["yes", "no", "n/a", "na", "none", "true", "false", "x", "collected", "optional", "required", "varies"]);
function bulletPrefix(line) {
  return BULLET.exec(line)?.[0] ?? null;
}
function numberedPrefix(line) {
  return NUMBERED.exec(line)?.[0] ?? null;
}
function words(s) {
  return s.split(/\s+/).filter((w) => new RegExp("\\p{L}", "u").test(w));
}
function holdsSentences(s) {
  return /[.!?]\s+\S/.test(s);
}
function isTitleCase(s) {
  const ws = words(s);
  if (ws.length === 0) return false;
  if (!/^[\p{Lu}\d"“'(]/u.test(s.trim())) return false;
  if (s === s.toUpperCase() && new RegExp("\\p{Lu}{2}", "u").test(s)) return true;
  const content3 = ws.filter((w) => !SMALL_WORDS.has(w.toLowerCase().replace(/[^\p{L}]/gu, "")));
  if (content3.length === 0) return true;
  const caps = content3.filter((w) => /^["“'(]?[\p{Lu}\d]/u.test(w)).length;
  return caps / content3.length >= 0.6;
}
function looksLikeHeading(line) {
  const t = line.trim();
  if (t.length === 0 || t.length > 90 || /[@]|https?:\/\/|www\./i.test(t)) return false;
  if (bulletPrefix(t) || labelOf(t)) return false;
  const num = numberedPrefix(t);
  const rest = num ? t.slice(num.length).trim() : t;
  if (rest.length === 0) return false;
  const n = words(rest).length;
  if (n === 0) return false;
  if (n === 1 && CELL_VALUES.has(rest.toLowerCase().replace(/[^\p{L}/]/gu, ""))) return false;
  if (/[?]$/.test(rest)) return n <= 14 && /^[\p{Lu}]/u.test(rest);
  if (/[.,;:!"”]$/.test(rest)) return false;
  if (num) return n <= 12 && /^[\p{Lu}"“]/u.test(rest);
  return n <= 10 && isTitleCase(rest);
}
function labelOf(line) {
  const m = /^\s*([^:.!?]{1,60}?):\s+\S/.exec(line);
  if (!m) return null;
  const label = m[1].trim();
  const n = words(label).length;
  if (n === 0 || n > 6 || /^https?$/i.test(label)) return null;
  return label;
}
function isLeadIn(line) {
  return /:\s*$/.test(line) && new RegExp("\\p{L}", "u").test(line) && !/^\s*(https?|mailto):/i.test(line.trim()) && !/^\s*:::/.test(line);
}
function looksLikeListItem(line) {
  const t = line.trim();
  if (t === "") return false;
  if (bulletPrefix(t) || labelOf(t)) return true;
  const ws = words(t).length;
  if (!/[.!?]["”']?$/.test(t)) return ws <= 40;
  const sentences = t.split(/[.!?]+\s+(?=[\p{Lu}])/u).length;
  return sentences === 1 && ws <= 16;
}

// src/parse/text.ts
function splitLines(source) {
  const out = [];
  let offset2 = 0;
  let lineNo = 1;
  for (const raw of source.split("\n")) {
    const text3 = raw.endsWith("\r") ? raw.slice(0, -1) : raw;
    out.push({ text: text3, offset: offset2, lineNo });
    offset2 += raw.length + 1;
    lineNo++;
  }
  return out;
}
function point3(l, col0) {
  return { line: l.lineNo, column: col0 + 1, offset: l.offset + col0 };
}
function textNode(b, skip) {
  const first = b.lines[0];
  const last = b.lines[b.lines.length - 1];
  const start = first.text.length - first.text.trimStart().length + skip;
  const endCol = last.text.trimEnd().length;
  const value2 = b.lines.map((l, i) => i === 0 ? l.text.slice(start) : l.text).join("\n").trimEnd();
  return { type: "text", value: value2, position: { start: point3(first, start), end: point3(last, endCol) } };
}
function span(b) {
  const first = b.lines[0];
  const last = b.lines[b.lines.length - 1];
  return { start: point3(first, first.text.length - first.text.trimStart().length), end: point3(last, last.text.trimEnd().length) };
}
function isSetextUnderline(t) {
  return /^\s*(=+|-{3,})\s*$/.test(t);
}
function groupBlocks(lines) {
  const blocks = [];
  let cur = null;
  for (const l of lines) {
    const t = l.text.trim();
    if (t === "") {
      cur = null;
      continue;
    }
    const prev = cur?.lines[cur.lines.length - 1].text.trimEnd();
    const continues = cur && prev && prev.length >= 40 && !/[.:;!?]["”']?$/.test(prev) && /^[\p{Ll}(]/u.test(t) && !bulletPrefix(t);
    if (continues) cur.lines.push(l);
    else {
      cur = { lines: [l] };
      blocks.push(cur);
    }
  }
  return blocks;
}
function parseText(source) {
  const lines = splitLines(source);
  const blocks = groupBlocks(lines);
  const children = [];
  let list3 = null;
  let itemContext = false;
  let bulleted = false;
  const closeList = () => {
    if (list3) {
      list3.position = { start: list3.children[0].position.start, end: list3.children[list3.children.length - 1].position.end };
      children.push(list3);
    }
    list3 = null;
    bulleted = false;
  };
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i];
    const first = b.lines[0].text;
    const next = blocks[i + 1]?.lines[0];
    const single = b.lines.length === 1;
    if (single && next && isSetextUnderline(next.text) && next.lineNo === b.lines[0].lineNo + 1 && !isSetextUnderline(first)) {
      closeList();
      const depth = /=/.test(next.text) ? 1 : 2;
      const h = { type: "heading", depth, children: [textNode(b, 0)], position: span(b) };
      children.push(h);
      i++;
      itemContext = false;
      continue;
    }
    if (isSetextUnderline(first)) continue;
    const bullet = bulletPrefix(first);
    const bareItem = itemContext && !bulleted && single && looksLikeListItem(first) && !(numberedPrefix(first) && looksLikeHeading(first));
    const isItem = bullet !== null || bareItem;
    const runOfLabels = !bullet && labelOf(first) !== null && next !== void 0 && labelOf(next.text) !== null && (list3 !== null || blocks[i + 1].lines.length === 1);
    if (isItem || runOfLabels || list3 !== null && labelOf(first) !== null) {
      const indent = first.length - first.trimStart().length;
      const skip = bullet ? bullet.length - indent : 0;
      const para2 = { type: "paragraph", children: [textNode(b, skip)], position: span(b) };
      const item = { type: "listItem", spread: false, children: [para2], position: span(b) };
      if (!list3) {
        list3 = { type: "list", ordered: false, spread: false, children: [] };
        bulleted = bullet !== null;
      }
      list3.children.push(item);
      itemContext = true;
      continue;
    }
    closeList();
    if (single && looksLikeHeading(first)) {
      const num = numberedPrefix(first);
      const depth = num ? Math.min(6, 2 + (num.match(/\d+\./g)?.length ?? 1) - 1) : 2;
      const h = { type: "heading", depth, children: [textNode(b, 0)], position: span(b) };
      children.push(h);
      itemContext = false;
      continue;
    }
    const para = { type: "paragraph", children: [textNode(b, 0)], position: span(b) };
    children.push(para);
    itemContext = isLeadIn(b.lines[b.lines.length - 1].text);
  }
  closeList();
  const last = lines[lines.length - 1];
  return {
    type: "root",
    children,
    position: { start: { line: 1, column: 1, offset: 0 }, end: point3(last, last.text.length) }
  };
}

// lazy:src/parse/html.ts
var mod2;
function load2() {
  return mod2 ??= __require("./html.cjs");
}
function parseHtml(...args) {
  return load2()["parseHtml"](...args);
}
function parseHtmlFragment(...args) {
  return load2()["parseHtmlFragment"](...args);
}

// src/parse/depth.ts
var MAX_DEPTH = 64;
function textUnder(node2, shape) {
  const parts = [];
  const stack = [node2];
  while (stack.length > 0) {
    const n = stack.pop();
    const t = shape.text(n);
    if (t !== void 0) parts.push(t);
    const kids = shape.skip?.(n) ? void 0 : shape.kids(n);
    if (kids) for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]);
  }
  return parts.join(" ").replace(/\s+/g, " ").trim();
}
function boundDepth(root, shape, flatten) {
  const stack = [[root, 0]];
  while (stack.length > 0) {
    const [node2, depth] = stack.pop();
    const kids = shape.kids(node2);
    if (!kids) continue;
    if (depth >= MAX_DEPTH) {
      if (kids.some((c) => (shape.kids(c)?.length ?? 0) > 0)) flatten(node2, textUnder(node2, shape));
      continue;
    }
    for (const c of kids) stack.push([c, depth + 1]);
  }
  return root;
}
var MDAST = {
  kids: (n) => n.children,
  text: (n) => typeof n.value === "string" && (n.type === "text" || n.type === "inlineCode" || n.type === "code") ? n.value : void 0
};
function boundMdast(root) {
  return boundDepth(root, MDAST, (node2, text3) => {
    const position2 = node2.position;
    node2.children = [{ type: "paragraph", children: [{ type: "text", value: text3, position: position2 }], position: position2 }];
  });
}

// src/parse/index.ts
var BLOCK_HTML = /<(?:p|h[1-6]|ul|ol|li|table|tr|td|th|dl|dt|dd|blockquote|section|article|div)\b[^>]*>[^<]*\S/i;
function readHtmlBlocks(root, text3) {
  if (!root.children.some(holdsText)) return root;
  root.children = root.children.flatMap((n) => {
    const start = n.position?.start;
    const html = holdsText(n) ? n.value : htmlInCode(n, text3);
    if (html === null || start?.offset === void 0) return [n];
    return parseHtmlFragment(html, { offset: start.offset, line: start.line, column: start.column }).children;
  });
  return root;
}
function holdsText(n) {
  return n.type === "html" && !n.value.startsWith("<!--") && BLOCK_HTML.test(n.value);
}
function htmlInCode(n, text3) {
  const { start, end } = n.position ?? {};
  if (n.type !== "code" || start?.offset === void 0 || end?.offset === void 0) return null;
  const raw = text3.slice(start.offset, end.offset);
  return /^[ \t]+</.test(raw) && BLOCK_HTML.test(raw) ? raw : null;
}
function parse2(text3, format) {
  if (format === "markdown") return readHtmlBlocks(boundMdast(parseMarkdown(text3)), text3);
  if (format === "html") return parseHtml(text3);
  return parseText(text3);
}

// src/analysis/tokens.ts
var import_porter_stemmer = __toESM(require_porter_stemmer(), 1);

// src/analysis/negation.ts
var NEGATORS = /* @__PURE__ */ new Set([
  "not",
  "no",
  "never",
  "neither",
  "nor",
  "none",
  "without",
  "cannot",
  "don't",
  "doesn't",
  "didn't",
  "won't",
  "isn't",
  "aren't",
  "can't",
  "wouldn't",
  "shouldn't",
  "haven't",
  "hasn't",
  "nothing",
  "nobody"
]);
var WINDOW = 5;
function isNegatorWord(lower) {
  return NEGATORS.has(lower) || lower.endsWith("n't");
}
function isNegated(tokens, from, to) {
  for (let i = from; i < to; i++) if (tokens[i].negator) return true;
  return negatedBefore(tokens, from);
}
function negatedBefore(tokens, from) {
  for (let i = from - 1; i >= 0 && i >= from - WINDOW; i--) {
    if (tokens[i].negator) return true;
    if (tokens[i + 1].clauseBreak) break;
    if (tokens[i].lower === "or" && !tokens[i].clauseBreak) return negatedBefore(tokens, i);
  }
  return false;
}

// src/analysis/tokens.ts
var WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;
var NUMBER_SIGN = /^\.\s?\d/;
var NOT_A_LIMIT = /^[\s,]+limit(?:ed|ation)\b/i;
var limit = 5e5;
var vocabulary = /* @__PURE__ */ new Map();
var stemIds = /* @__PURE__ */ new Map();
var wordTexts = [];
function stemNumber(stem) {
  let id = stemIds.get(stem);
  if (id === void 0) {
    id = stemIds.size;
    stemIds.set(stem, id);
  }
  return id;
}
function entryOf(lower, keep = false) {
  let e = vocabulary.get(lower);
  if (e === void 0) {
    const base = lower.replace(/'s$/, "");
    const stem = /^\d/.test(base) ? base : import_porter_stemmer.default.stem(base);
    if (!keep && vocabulary.size >= limit) return { lower, stem, word: -1, stemId: stemIds.get(stem) ?? -1, negator: isNegatorWord(lower) };
    e = { lower, stem, word: vocabulary.size, stemId: stemNumber(stem), negator: isNegatorWord(lower) };
    vocabulary.set(lower, e);
    wordTexts.push(lower);
  }
  return e;
}
function wordText(word) {
  return wordTexts[word];
}
function hasBreak(text3, from, to) {
  for (let i = from; i < to; i++) {
    const c = text3.charCodeAt(i);
    if (c === 44 || c === 59 || c === 58 || c === 40 || c === 41 || c === 8211 || c === 8212 || c === 124) return true;
  }
  return false;
}
function tokenize(text3, from = 0, to = text3.length) {
  const out = [];
  let last = from;
  const span2 = text3.slice(from, to);
  const lowered2 = span2.toLowerCase();
  const aligned = lowered2.length === span2.length;
  const curly = span2.includes("\u2019");
  const re = WORD;
  re.lastIndex = from;
  for (let m = re.exec(text3); m && m.index < to; m = re.exec(text3)) {
    const end = Math.min(to, m.index + m[0].length);
    let lower = aligned ? lowered2.slice(m.index - from, end - from) : text3.slice(m.index, end).toLowerCase();
    if (curly && lower.includes("\u2019")) lower = lower.replace(/’/g, "'");
    const e = entryOf(lower);
    const negator = e.negator && !(lower === "no" && NUMBER_SIGN.test(text3.slice(end, end + 4))) && !((lower === "not" || lower === "without") && NOT_A_LIMIT.test(text3.slice(end, end + 16)));
    out.push({ lower: e.lower, stem: e.stem, word: e.word, stemId: e.stemId, negator, start: m.index, end, clauseBreak: hasBreak(text3, last, m.index) });
    last = end;
  }
  return out;
}

// src/analysis/sentences.ts
var ABBREV = /* @__PURE__ */ new Set([
  "e.g",
  "i.e",
  "etc",
  "inc",
  "ltd",
  "llc",
  "co",
  "corp",
  "no",
  "nos",
  "art",
  "arts",
  "sec",
  "para",
  "mr",
  "mrs",
  "ms",
  "dr",
  "st",
  "vs",
  "u.s",
  "u.k",
  "e.u",
  "jan",
  "feb",
  "mar",
  "apr",
  "jun",
  "jul",
  "aug",
  "sep",
  "sept",
  "oct",
  "nov",
  "dec",
  "approx",
  "cf",
  "ca",
  "cal",
  "civ",
  "reg",
  "seq",
  "et al",
  "fig",
  "p",
  "pp",
  "gmbh",
  "s.a",
  "b.v",
  "n.v"
]);
var END = /[.!?]+["'”’)\]]*(?=\s+["'“‘(\[]?[\p{Lu}\p{N}])|[.!?]+["'”’)\]]*$/gu;
function splitSentences(text3) {
  const spans = [];
  let start = 0;
  END.lastIndex = 0;
  for (let m = END.exec(text3); m; m = END.exec(text3)) {
    const before = text3.slice(Math.max(start, m.index - 12), m.index);
    const word = /([\p{L}.]+)$/u.exec(before)?.[1]?.toLowerCase() ?? "";
    if (m[0].startsWith(".") && (ABBREV.has(word) || new RegExp("^\\p{L}$", "u").test(word))) continue;
    const end = m.index + m[0].length;
    pushTrimmed(text3, start, end, spans);
    start = end;
  }
  pushTrimmed(text3, start, text3.length, spans);
  return spans;
}
function pushTrimmed(text3, start, end, out) {
  while (start < end && /\s/.test(text3[start])) start++;
  while (end > start && /\s/.test(text3[end - 1])) end--;
  if (end > start) out.push({ start, end });
}
var MARKER = /(?<=^|[\s:;,])\(([ivx]{1,4}|[a-j]|[1-9])\)(?=\s)/g;
var SERIES = {
  i: ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x"],
  a: "abcdefghij".split(""),
  "1": "123456789".split("")
};
function splitEnumeration(text3, span2) {
  const s = text3.slice(span2.start, span2.end);
  const found = [];
  for (const m of s.matchAll(MARKER)) found.push({ at: m.index, marker: m[1] });
  if (found.length < 2) return null;
  const order2 = SERIES[found[0].marker];
  if (!order2) return null;
  const items = [found[0].at];
  let next = 1;
  for (const f of found.slice(1)) {
    if (f.marker === order2[next]) {
      items.push(f.at);
      next++;
    }
  }
  if (items.length < 2 || !new RegExp("\\p{L}", "u").test(s.slice(0, items[0]))) return null;
  const spans = [];
  pushTrimmed(text3, span2.start, span2.start + items[0], spans);
  items.forEach((at, i) => pushTrimmed(text3, span2.start + at, i + 1 < items.length ? span2.start + items[i + 1] : span2.end, spans));
  return spans.length === items.length + 1 ? { lead: spans[0], items: spans.slice(1) } : null;
}
function splitDashList(text3) {
  const colon = text3.indexOf(":");
  if (colon < 3 || !/^\s+[-•–]\s+\S/.test(text3.slice(colon + 1))) return null;
  const markers2 = [...text3.slice(colon).matchAll(DASH_ITEM)].map((m) => ({ at: colon + m.index, item: colon + m.index + m[0].length }));
  if (markers2.length < 2) return null;
  const lead = [];
  pushTrimmed(text3, 0, colon + 1, lead);
  const items = [];
  markers2.forEach((m, i) => pushTrimmed(text3, m.item, markers2[i + 1]?.at ?? text3.length, items));
  return lead.length === 1 && items.length === markers2.length ? { lead: lead[0], items } : null;
}
var DASH_ITEM = /(?<=[:.;!?])\s+[-•–]\s+(?=\S)/g;

// src/sections/positions.ts
function lastAtOrBefore(sorted, value2) {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo < hi) {
    const mid = lo + hi + 1 >> 1;
    if (sorted[mid] <= value2) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
var LineIndex = class {
  starts = [0];
  constructor(source) {
    for (let i = source.indexOf("\n"); i >= 0; i = source.indexOf("\n", i + 1)) this.starts.push(i + 1);
  }
  point(offset2) {
    const lo = lastAtOrBefore(this.starts, offset2);
    return { line: lo + 1, column: offset2 - this.starts[lo] + 1, offset: offset2 };
  }
  lineStart(line) {
    return this.starts[Math.max(0, Math.min(line - 1, this.starts.length - 1))];
  }
  get lineCount() {
    return this.starts.length;
  }
};

// src/sections/front-matter-text.ts
var BODY_MAX_WORDS = 40;
var FIELDS_MIN_WORDS = 50;
var LINE_MIN_WORDS = 4;
var WORDS = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]|[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;
var countWords = (text3) => text3.match(WORDS)?.length ?? 0;
var FIELD = /^(\s*)(?:-\s+)?([A-Za-z_][\w-]*)\s*:\s?(.*)$/;
var BLOCK_SCALAR = /^[|>][-+]?\d*\s*$/;
function blankMarkup(text3) {
  return text3.replace(/<[^>\n]*>|&[a-z]+;|&#\d+;/gi, (m) => " ".repeat(m.length));
}
function unquote(value2, at) {
  const m = /^(["'])(.*)\1\s*$/.exec(value2);
  return m ? { text: m[2], at: at + 1 } : { text: value2.trimEnd(), at };
}
var RICH_TEXT_NODE = /^\s*(?:-\s+)?type:\s*(?:text|paragraph|heading|bulletList|listItem)\s*$/gm;
function fieldParagraphs(yaml, start) {
  if ((yaml.match(RICH_TEXT_NODE)?.length ?? 0) >= 3) return [];
  const out = [];
  let para = null;
  const end = () => {
    if (para) out.push(para);
    para = null;
  };
  const piece = (text3, at) => {
    const blanked = blankMarkup(text3);
    if (blanked.trim() === "") return;
    const lead = blanked.length - blanked.trimStart().length;
    const t = blanked.trim();
    const from = start + at + lead;
    if (!para) para = { pieces: [], start: from, end: from };
    para.pieces.push({ text: t, start: from });
    para.end = from + t.length;
  };
  let blockIndent = -1;
  let offset2 = 0;
  for (const line of yaml.split("\n")) {
    const here = offset2;
    offset2 += line.length + 1;
    const indent = line.length - line.trimStart().length;
    if (blockIndent >= 0) {
      if (line.trim() === "") {
        end();
        continue;
      }
      if (indent > blockIndent) {
        piece(line.replace(/\r$/, ""), here);
        continue;
      }
      blockIndent = -1;
      end();
    }
    const m = FIELD.exec(line.replace(/\r$/, ""));
    if (!m) continue;
    const value2 = m[3];
    if (BLOCK_SCALAR.test(value2)) {
      blockIndent = m[1].length;
      continue;
    }
    const v = unquote(value2, line.length - value2.length);
    if (countWords(blankMarkup(v.text)) >= LINE_MIN_WORDS) {
      piece(v.text, here + v.at);
      end();
    }
  }
  end();
  return out;
}
function emptyBody(body) {
  const words2 = new RegExp(WORDS.source, "gu");
  let n = 0;
  while (n < BODY_MAX_WORDS && words2.exec(body)) n++;
  return n < BODY_MAX_WORDS;
}
function policyInFields(paragraphs) {
  const words2 = paragraphs.reduce((n, p) => n + p.pieces.reduce((k, x) => k + countWords(x.text), 0), 0);
  return words2 >= FIELDS_MIN_WORDS;
}

// src/sections/model.ts
var CELL_SEPARATOR = " | ";
function contextTokens(s) {
  return s.leadIn ? s.withLeadIn ??= [...s.leadIn.tokens, ...s.tokens] : s.tokens;
}
function lineOfText(b) {
  return b.kind === "paragraph" || b.kind === "heading" && b.inferred !== void 0;
}
function sourceEnd(block, textOffset) {
  return textOffset > 0 ? sourceOffset(block, textOffset - 1) + 1 : sourceOffset(block, textOffset);
}
function sourceOffset(block, textOffset) {
  const segs = block.segments;
  if (segs.length === 0) return block.srcStart;
  let seg = segs[0];
  for (const s of segs) {
    if (s.textStart <= textOffset) seg = s;
    else break;
  }
  return seg.srcStart + Math.min(textOffset - seg.textStart, seg.length);
}

// src/sections/build.ts
var TextBuilder = class {
  constructor(source) {
    this.source = source;
  }
  source;
  text = "";
  segments = [];
  links = [];
  code = [];
  add(value2, srcStart) {
    if (value2 === "") return;
    if (srcStart !== void 0) this.segments.push({ textStart: this.text.length, srcStart, length: value2.length });
    this.text += value2;
  }
  /**
   * A text node's value, mapped onto its source span. The value is not always a copy of the
   * source: "&amp;" and "\*" are decoded, and a list item's or quote's continuation lines lose
   * their indentation and ">" markers. Runs of equal characters become segments; a character
   * reference maps to its "&"; markup the value lacks is skipped.
   */
  addText(value2, from, to) {
    const src = this.source.slice(from, to);
    if (src === value2) return this.add(value2, from);
    const base = this.text.length;
    let i = 0;
    let j = 0;
    let runI = 0;
    let runJ = 0;
    const close2 = () => {
      if (i > runI) this.segments.push({ textStart: base + runI, srcStart: from + runJ, length: i - runI });
    };
    while (i < value2.length && j < src.length) {
      if (value2[i] === src[j] || STANDS_FOR[value2[i]] === src[j]) {
        i++;
        j++;
        continue;
      }
      close2();
      if (src[j] === "\\" && src[j + 1] === value2[i]) {
        j++;
      } else if (src[j] === "&" && /^&(?:#\d{1,7}|#[xX][\da-fA-F]{1,6}|[A-Za-z][A-Za-z\d]{1,31});/.test(src.slice(j, j + 40))) {
        const end = src.indexOf(";", j) + 1;
        const decodedStart = i;
        i++;
        if (i < value2.length && value2[i] !== src[end] && i - decodedStart < 2) i++;
        this.segments.push({ textStart: base + decodedStart, srcStart: from + j, length: 0 });
        j = end;
      } else {
        j++;
      }
      runI = i;
      runJ = j;
    }
    close2();
    this.text += value2;
  }
  phrasing(nodes) {
    for (const n of nodes) this.inline(n);
  }
  inline(n) {
    switch (n.type) {
      case "text":
        if (n.position?.start.offset !== void 0 && n.position.end.offset !== void 0) this.addText(n.value, n.position.start.offset, n.position.end.offset);
        else this.add(n.value, void 0);
        break;
      case "inlineCode": {
        const start = this.text.length;
        const src = n.position ? n.position.start.offset + Math.max(1, n.position.end.offset - n.position.start.offset - n.value.length >> 1) : void 0;
        this.add(n.value, src);
        this.code.push([start, this.text.length]);
        break;
      }
      case "break":
        this.add("\n", n.position?.start.offset);
        break;
      case "link": {
        const start = this.text.length;
        this.phrasing(n.children);
        this.links.push({
          url: n.url,
          text: this.text.slice(start),
          start,
          end: this.text.length,
          srcStart: n.position?.start.offset ?? 0,
          srcEnd: n.position?.end.offset ?? 0
        });
        break;
      }
      case "image":
        this.add(n.alt ?? "", n.position?.start.offset);
        break;
      case "html":
        if (/^<\s*(?:your|insert|enter|add)\b[\w\s-]{0,60}>$/i.test(n.value)) this.add(n.value, n.position?.start.offset);
        break;
      case "footnoteReference":
      case "imageReference":
        break;
      default:
        if ("children" in n) this.phrasing(n.children);
    }
  }
};
function plain(nodes) {
  const b = new TextBuilder("");
  b.phrasing(nodes);
  return b.text;
}
function emphasisOnly(p, emphasis) {
  const kids = p.children.filter((c) => !(c.type === "text" && c.value.trim() === ""));
  if (kids.length !== 1 || !(kids[0].type === "strong" || emphasis && kids[0].type === "emphasis")) return null;
  return plain(kids).trim();
}
var DATE_LINE = /\b(?:updated|effective|revised|modified|dated?)\b|\b(?:19|20)\d\d\b/i;
function boldHeading(p) {
  const t = emphasisOnly(p, true);
  if (!t || t.length > 90 || /[.,;!]$/.test(t) || holdsSentences(t) || t.split(/\s+/).length > 14 || DATE_LINE.test(t) || /https?:\/\/|www\./i.test(t)) return false;
  return p.children.some((c) => c.type === "strong") || isTitleCase(t);
}
function setextParagraph(h, text3) {
  const { start, end } = h.position ?? {};
  if (!start || !end || start.line === end.line) return false;
  const t = text3.trim();
  return (holdsSentences(t) || /[.!?]$/.test(t) && !isTitleCase(t)) && t.split(/\s+/).length > 14;
}
function boldTitle(p) {
  if (p.children.some((c) => c.type === "strong" && c.children.some((x) => x.type === "link"))) return false;
  const t = emphasisOnly(p, false)?.replace(/[.:]$/, "");
  return !!t && t.length <= 120 && !/[.!?;]\s/.test(t) && t.split(/\s+/).length <= 16;
}
function linksOnly(nodes) {
  let links = 0;
  for (const n of nodes) {
    if (n.type === "link") links++;
    else if (n.type === "text") {
      if (!/^[\s|•·,;/–—-]*$/.test(n.value)) return false;
    } else if ((n.type === "strong" || n.type === "emphasis") && linksOnly(n.children)) links++;
    else if (n.type !== "break") return false;
  }
  return links > 0;
}
function spanOf(node2) {
  const p = node2.position;
  if (p?.start.offset !== void 0 && p.end.offset !== void 0) return [p.start.offset, p.end.offset];
  if (!("children" in node2)) return null;
  const spans = node2.children.map(spanOf).filter((x) => x !== null);
  return spans.length ? [spans[0][0], spans[spans.length - 1][1]] : null;
}
function buildDocument(filePath, source, format, root) {
  const lines = new LineIndex(source);
  const top = { title: "", depth: 0, heading: null, path: [], pathTokens: [], blocks: [], children: [], parent: null };
  const sections = [top];
  const blocks = [];
  const sentences = [];
  const frontmatter2 = {};
  let bodyStart = 0;
  let current = top;
  const openSection = (title, depth, heading2) => {
    let parent = current;
    while (parent.depth >= depth && parent.parent) parent = parent.parent;
    const s = {
      title,
      depth,
      heading: heading2,
      path: [...parent.path, title],
      pathTokens: [...parent.pathTokens, tokenize(title)],
      blocks: [],
      children: [],
      parent
    };
    parent.children.push(s);
    sections.push(s);
    current = s;
    heading2.section = s;
  };
  const addBlock = (kind, tb, node2, listDepth) => {
    const text3 = tb.text;
    const span2 = spanOf(node2);
    if (text3.trim() === "" || !span2) return null;
    const block = {
      kind,
      text: text3,
      segments: tb.segments,
      srcStart: span2[0],
      srcEnd: span2[1],
      section: current,
      index: blocks.length,
      listDepth,
      links: tb.links,
      code: tb.code,
      sentences: []
    };
    const add = (sp, leadIn) => {
      const sentence = { block, start: sp.start, end: sp.end, text: text3.slice(sp.start, sp.end), tokens: tokenize(text3, sp.start, sp.end), index: sentences.length };
      if (leadIn) sentence.leadIn = leadIn;
      block.sentences.push(sentence);
      sentences.push(sentence);
      return sentence;
    };
    const addList = (lead, items) => {
      const l = add(lead);
      for (const item of items) add(item, l);
    };
    const dashes = kind === "paragraph" || kind === "listItem" ? splitDashList(text3) : null;
    if (dashes) {
      const before = splitSentences(text3.slice(0, dashes.lead.end));
      before.slice(0, -1).forEach((sp) => add(sp));
      addList(before[before.length - 1] ?? dashes.lead, dashes.items);
    } else {
      const spans = kind === "heading" || kind === "code" ? [{ start: 0, end: text3.length }] : splitSentences(text3);
      for (const sp of spans) {
        const list3 = kind === "heading" || kind === "code" ? null : splitEnumeration(text3, sp);
        if (list3) addList(list3.lead, list3.items);
        else add(sp);
      }
    }
    blocks.push(block);
    current.blocks.push(block);
    return block;
  };
  const heading = (tb, node2, depth, inferred) => {
    const block = addBlock("heading", tb, node2, 0);
    if (block) {
      if (inferred) block.inferred = inferred;
      current.blocks.pop();
      openSection(block.text.trim(), depth, block);
      current.blocks.push(block);
    }
  };
  const lastHeadingDepth = () => current.depth || 1;
  const readFields = (yaml, fenceAt) => {
    if (fenceAt === void 0) return;
    const start = source.indexOf(yaml, fenceAt);
    if (start < 0) return;
    if (!emptyBody(source.slice(start + yaml.length))) return;
    const paragraphs = fieldParagraphs(yaml, start);
    if (!policyInFields(paragraphs)) return;
    for (const p of paragraphs) {
      const tb = new TextBuilder(source);
      p.pieces.forEach((x, i) => {
        if (i > 0) tb.add(" ", void 0);
        tb.add(x.text, x.start);
      });
      addBlock("paragraph", tb, { type: "paragraph", children: [], position: { start: lines.point(p.start), end: lines.point(p.end) } }, 0);
    }
  };
  const visit = (node2, listDepth, isLast) => {
    switch (node2.type) {
      case "yaml":
        bodyStart = node2.position?.end.offset ?? 0;
        for (const m of node2.value.matchAll(/^([A-Za-z_][\w-]*)[ \t]*[:=][ \t]*["']?(.*?)["']?[ \t]*$/gm)) frontmatter2[m[1].toLowerCase()] ??= m[2];
        readFields(node2.value, node2.position?.start.offset);
        break;
      case "heading": {
        const tb = new TextBuilder(source);
        tb.phrasing(node2.children);
        if (setextParagraph(node2, tb.text)) {
          addBlock("paragraph", tb, node2, listDepth);
          break;
        }
        heading(tb, node2, node2.depth, format === "text" ? "line" : void 0);
        break;
      }
      case "paragraph": {
        const p = node2;
        const tb = new TextBuilder(source);
        tb.phrasing(p.children);
        const bold = listDepth === 0 && boldHeading(p);
        if (listDepth === 0 && !linksOnly(p.children) && (bold || format !== "text" && !isLast && !tb.text.includes("\n") && looksLikeHeading(tb.text) && tb.text.trim().split(/\s+/).length <= 8)) {
          heading(tb, node2, Math.min(6, lastHeadingDepth() + (bold ? 1 : 0)), bold ? "bold" : "line");
        } else addBlock(listDepth > 0 ? "listItem" : "paragraph", tb, node2, listDepth);
        break;
      }
      case "list": {
        const list3 = node2;
        const only = list3.children.length === 1 ? list3.children[0] : null;
        if (list3.ordered && only && listDepth === 0 && only.children.length === 1 && only.children[0].type === "paragraph") {
          const tb = new TextBuilder(source);
          tb.phrasing(only.children[0].children);
          if (looksLikeHeading(tb.text) || boldTitle(only.children[0])) {
            heading(tb, node2, Math.max(2, lastHeadingDepth()), "line");
            break;
          }
        }
        const before = blocks[blocks.length - 1];
        const leadIn = before && before.section === current && continuesIntoList(before) ? before.sentences[before.sentences.length - 1] : void 0;
        const first = blocks.length;
        for (const item of list3.children) {
          item.children.forEach((c, i) => visit(c, listDepth + 1, i === item.children.length - 1));
        }
        if (leadIn) {
          for (let i = first; i < blocks.length; i++) {
            const b = blocks[i];
            if (b.kind === "listItem" && b.listDepth === listDepth + 1 && b.sentences.length > 0) b.sentences[0].leadIn = leadIn;
          }
        }
        break;
      }
      case "blockquote":
        node2.children.forEach((c, i) => visit(c, listDepth, i === node2.children.length - 1));
        break;
      case "table":
        for (const row of node2.children) {
          const tb = new TextBuilder(source);
          row.children.forEach((cell2, i) => {
            if (i > 0) tb.add(CELL_SEPARATOR, void 0);
            tb.phrasing(cell2.children);
          });
          addBlock("tableRow", tb, row, listDepth);
        }
        break;
      case "code": {
        const tb = new TextBuilder(source);
        let at = node2.position?.start.offset ?? 0;
        const end = node2.position?.end.offset ?? source.length;
        node2.value.split("\n").forEach((line, i) => {
          if (i > 0) tb.add("\n", void 0);
          const found = line === "" ? -1 : source.indexOf(line, at);
          const src = found >= 0 && found + line.length <= end ? found : void 0;
          tb.add(line, src);
          if (src !== void 0) at = src + line.length;
        });
        const plain2 = plainIndented(node2, source);
        if (!plain2) tb.code.push([0, node2.value.length]);
        const block = addBlock("code", tb, node2, listDepth);
        if (block && plain2) block.plainText = true;
        break;
      }
      case "html": {
        const title = /^<!--\s*TITLE:\s*(.+?)\s*-->$/i.exec(node2.value.trim());
        if (title && blocks.length === 0) frontmatter2.title ??= title[1];
        const tb = new TextBuilder(source);
        tb.add(node2.value, node2.position?.start.offset);
        tb.code.push([0, node2.value.length]);
        addBlock("html", tb, node2, listDepth);
        break;
      }
      default:
        if (node2.type === "toml") bodyStart = node2.position?.end.offset ?? 0;
        break;
    }
  };
  root.children.forEach((c, i) => visit(c, 0, i === root.children.length - 1));
  for (const s of sections) fitSection(s);
  return { filePath, source, format, lines, frontmatter: frontmatter2, bodyStart, top, sections, blocks, sentences };
}
function fit(a) {
  return a.length === 0 ? EMPTY : a.slice();
}
var EMPTY = Object.freeze([]);
function fitSection(s) {
  s.path = fit(s.path);
  s.pathTokens = fit(s.pathTokens);
  s.children = fit(s.children);
  s.blocks = fit(s.blocks);
  for (const b of s.blocks) {
    b.segments = fit(b.segments);
    b.links = fit(b.links);
    b.code = fit(b.code);
    b.sentences = fit(b.sentences);
    for (const st of b.sentences) st.tokens = fit(st.tokens);
  }
}
function plainIndented(node2, source) {
  const start = node2.position?.start.offset ?? 0;
  if (node2.lang || /^[ \t]*(?:`{3,}|~{3,})/.test(source.slice(start, start + 12))) return false;
  const lines = node2.value.split("\n").filter((l) => l.trim() !== "");
  return lines.length > 0 && lines.length <= 12 && lines.every((l) => l.length <= 100 && new RegExp("\\p{L}", "u").test(l) && !CODE_LINE.test(l));
}
var CODE_LINE = /[{}<>;=$`\\|]|\(\)|^\s*(?:\/\/|#|\$|-|\*)/;
function continuesIntoList(b) {
  const text3 = b.text.trimEnd();
  if (!text3.endsWith(":")) return false;
  return b.kind === "paragraph" || b.kind === "listItem" || b.kind === "heading" && /^(?:we|i)\b/i.test(text3);
}

// src/config/load.ts
import fs from "node:fs";
import path5 from "node:path";

// src/generated/validators.js
var import_ucs2length = __toESM(require_ucs2length(), 1);
var import_equal = __toESM(require_equal(), 1);
var validateRule = validate10;
var schema11 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://policylint.dev/schemas/rule.json", "title": "policylint rule", "description": "One rule of a policylint rule pack: rules/<pack>/<rule>.json. Rules are data: the engine runs one of a fixed set of check kinds configured by this file.", "type": "object", "required": ["id", "kind", "title", "description", "citation", "message"], "additionalProperties": false, "definitions": { "phrase": { "type": "string", "minLength": 1, "maxLength": 200, "description": "A token phrase: words are matched by stem and case-insensitively; 'word*' matches a prefix; '(a|b)' alternatives; 'word?' optional; '...' a gap of up to 4 words, '...N' up to N words (N <= 12); '=word' an exact (unstemmed) word." }, "phrases": { "type": "array", "items": { "$ref": "#/definitions/phrase" }, "maxItems": 400 }, "signal": { "type": "string", "enum": ["policy-date", "email", "postal-address", "phone", "url", "handle", "organisation-name", "list"] }, "statement": { "type": "object", "additionalProperties": false, "required": ["verb"], "description": "A statement read as a frame, in one clause: who (subject) does what (verb) to which data (object). Negation ('we do not and will not sell', 'no data is sold'), conditions about us ('if we ever offer', 'should we sell', 'in the event of a merger') and exceptions ('except with our processors') are read, so a keyword in a denial, a hypothesis, a heading or a link's name is not a statement.", "properties": { "verb": { "$ref": "#/definitions/phrases", "minItems": 1, "description": "The action ('(sell|share)', 'offer')." }, "object": { "$ref": "#/definitions/phrases", "description": "What it is done to: read after an active verb, before a passive one ('personal data is sold'), in the same clause." }, "after": { "$ref": "#/definitions/phrases", "description": "Words that must follow the verb in its clause ('for ...3 children')." }, "subject": { "enum": ["first-party", "we", "any"], "default": "first-party", "description": "first-party: the operator's own statement ('we', 'the app', or a subject naming no one else); a user or a third party ('advertisers may collect') does not count. we: only a subject that names the operator ('we', 'I', 'the app'). any: whoever does it." }, "polarity": { "enum": ["affirmed", "negated", "any"], "default": "affirmed", "description": "affirmed: a statement that it is done (not negated, not conditional). negated: a statement that it is not done, with no exception. any: either, or a denial with an exception ('no data is shared except photos you upload'): a statement about it, not a hypothesis." }, "exceptionsCount": { "type": "boolean", "default": false, "description": "negated: a denial with an exception ('no data is shared except the photos you upload') counts too: it says what is done." }, "unlessWith": { "$ref": "#/definitions/phrases", "description": "A clause that also holds one of these does not count (a qualifier: 'sensitive', 'from children')." }, "headings": { "type": "boolean", "default": false, "description": "Headings count as statements ('Information We Collect'). By default only sentences of prose do." } } }, "statements": { "type": "array", "items": { "$ref": "#/definitions/statement" }, "maxItems": 50 }, "condition": { "type": "object", "additionalProperties": false, "description": "When the requirement applies. It applies when any of the given triggers (text, statements, fact, factIncludes) holds, and, if alsoText is given, one of those phrases is present too; with no trigger given it always applies. A configured fact decides before the text does. Every kind honours it: a rule that does not apply reports nothing.", "properties": { "text": { "$ref": "#/definitions/phrases", "description": "Phrases whose affirmative (not negated) presence makes the requirement apply." }, "fact": { "type": "string", "pattern": "^[a-zA-Z][a-zA-Z0-9]*$", "description": "A config fact (facts.<name>) that, when true, makes the requirement apply, and when false, makes it not apply whatever the text says." }, "factIncludes": { "type": "object", "additionalProperties": false, "required": ["fact", "value"], "description": "A config fact holding a list (facts.states): when the list is set, the requirement applies if it contains the value (or one of the values; compared case-insensitively) and does not apply if it contains none of them, whatever the text says. When the fact is unset, the other triggers decide.", "properties": { "fact": { "type": "string", "pattern": "^[a-zA-Z][a-zA-Z0-9]*$" }, "value": { "oneOf": [{ "type": "string", "minLength": 1 }, { "type": "array", "items": { "type": "string", "minLength": 1 }, "minItems": 1 }] } } }, "statements": { "$ref": "#/definitions/statements", "description": "Statements of fact, any of which makes the requirement apply (affirmed: 'we sell', not 'we do not sell' or 'if we ever sell'); the finding quotes it." }, "unlessFact": { "oneOf": [{ "type": "string", "pattern": "^[a-zA-Z][a-zA-Z0-9]*$" }, { "type": "array", "items": { "type": "string", "pattern": "^[a-zA-Z][a-zA-Z0-9]*$" }, "minItems": 1 }], "description": "Facts (configured, or found in the text by rules/facts.json, such as collectsNoPersonalData) any of which makes the requirement not apply." }, "exclude": { "$ref": "#/definitions/phrases", "description": "A sentence holding one of these is not a trigger: 'we will post changes on our website' says nothing about the service having one." }, "alsoText": { "$ref": "#/definitions/phrases", "description": "Phrases of which one must also be present, affirmatively, whichever trigger holds: a state's duty that arises only when the policy says it sells sensitive data, say." }, "whenConfigured": { "type": "boolean", "default": false, "description": "The requirement also applies, with no trigger in the text, where the user selected the rule's pack (jurisdictions in config or --jurisdiction): a business that chose the law is asked for all it asks; a policy whose law was only detected is asked where its text shows the practice." }, "reason": { "type": "string", "description": "Why it is not applicable when no trigger holds." } } }, "pattern": { "type": "object", "required": ["regex"], "additionalProperties": false, "properties": { "regex": { "type": "string", "minLength": 1, "maxLength": 2e3, "description": "An RE2 regular expression (linear time: no backreferences or lookaround)." }, "caseSensitive": { "type": "boolean", "default": false }, "message": { "type": "string", "description": "Message for this pattern; {match} is replaced by the matched text." }, "suggestion": { "type": "string", "description": "What to do about a match of this pattern, where the rule's own suggestion does not fit it." }, "fix": { "type": "string", "description": "Replacement for the match: makes the finding fixable with --fix. {match} is the matched text." }, "severity": { "enum": ["warn", "error"] }, "scope": { "type": "array", "items": { "enum": ["text", "link-targets", "headings", "code"] }, "description": "Where to look: visible text (default, excluding code), link targets, headings only, or also code." }, "unless": { "$ref": "#/definitions/phrases", "description": "Skip a match whose sentence contains one of these phrases." }, "skipIfDocument": { "type": "string", "minLength": 1, "description": "An RE2 regular expression: where the document's source matches it, this pattern is not used (a signature line on a form)." }, "unlessFact": { "type": "string", "pattern": "^[a-zA-Z][a-zA-Z0-9]*$", "description": "A document fact (rules/facts.json, or configured in facts) under which this pattern is not used: generatorTemplate, whose variables a generator fills." }, "notAround": { "type": "object", "additionalProperties": false, "description": "Skip a match when what stands just before it (the 12 characters before, tested with `before`) or just after it (`after`) matches: a UI path ('Settings \u2192 [Your Name] \u2192'), a field label ('Company Name:').", "properties": { "before": { "type": "string", "minLength": 1, "description": "An RE2 regular expression, tested against the text just before the match (anchor it with $)." }, "after": { "type": "string", "minLength": 1, "description": "An RE2 regular expression, tested against the text just after the match (anchor it with ^)." } } }, "literals": { "type": "array", "items": { "type": "string", "minLength": 1 }, "minItems": 1, "description": "Strings (compared in lower case) of which every match contains at least one: lines without any are skipped, which makes the pattern fast on large policies." } } }, "limit": { "type": "object", "required": ["value", "unit"], "additionalProperties": false, "properties": { "scope": { "type": "string", "description": "What this limit belongs to (a state code, a law), matched against the fact named by limitsFact." }, "value": { "type": "number", "exclusiveMinimum": 0 }, "unit": { "enum": ["hour", "day", "business-day", "week", "month", "year", "age", "currency"] }, "citation": { "type": "string" }, "verified": { "enum": ["P", "S", "U"] }, "note": { "type": "string" }, "context": { "$ref": "#/definitions/phrases", "description": "This limit applies only to sentences with one of these phrases (a regulator's name, 'appeal'). A sentence that matches some limit's context is compared only with the limits in force whose context it matches (none: not checked); other sentences with the limits that have no context." } } }, "example": { "description": "A policy text. As an object it also pins what the test expects: for a non-compliant example, the line the finding points at (default 1, required when the text has several lines); for a compliant one, the requirement's coverage status (default: present for a disclosure, so an example cannot pass only because the rule did not apply).", "oneOf": [{ "type": "string", "minLength": 1 }, { "type": "object", "additionalProperties": false, "required": ["text"], "properties": { "text": { "type": "string", "minLength": 1 }, "line": { "type": "integer", "minimum": 1 }, "status": { "enum": ["present", "not-applicable"] }, "jurisdictions": { "type": "array", "items": { "type": "string" }, "description": "Packs to select for this example instead of the rule's own (an empty list: detect them from the text)." } } }] } }, "properties": { "$schema": { "type": "string" }, "id": { "type": "string", "pattern": "^[a-z0-9]+(-[a-z0-9]+)*/[a-z0-9]+(-[a-z0-9]+)*$" }, "kind": { "enum": ["disclosure", "forbidden-pattern", "number-limit", "date", "structure", "applicability"], "description": "applicability: the one note a pack gives where the policy names its law without addressing its people ({evidence} is the naming sentence)." }, "title": { "type": "string", "minLength": 3, "maxLength": 120 }, "description": { "type": "string", "minLength": 10 }, "citation": { "type": "string", "minLength": 1 }, "verified": { "enum": ["P", "S", "U"], "description": "Verification of the citation: P primary text, S secondary source, U unverified (reports at most a warning)." }, "severity": { "enum": ["warn", "error"], "default": "error" }, "message": { "type": "string", "minLength": 5, "description": "The finding. Placeholders: {match}, {value}, {limit}, {evidence}." }, "suggestion": { "type": "string", "description": "What compliant wording must contain." }, "docs": { "type": "string", "description": "Extra Markdown for the generated rule page." }, "examples": { "type": "object", "additionalProperties": false, "description": "Run as tests: each compliant text passes the rule, each noncompliant text triggers it.", "properties": { "compliant": { "type": "array", "items": { "$ref": "#/definitions/example" } }, "noncompliant": { "type": "array", "items": { "$ref": "#/definitions/example" } } } }, "evidence": { "type": "object", "additionalProperties": false, "description": "disclosure: what counts as the policy saying it.", "properties": { "phrases": { "$ref": "#/definitions/phrases", "description": "Sufficient anywhere in the policy's text." }, "statements": { "$ref": "#/definitions/statements", "description": "Statements that are sufficient anywhere, read as frames ('we do not sell personal information', negated with no exception)." }, "sectionHeadings": { "$ref": "#/definitions/phrases", "description": "A section whose heading path matches one of these is on topic." }, "inSection": { "$ref": "#/definitions/phrases", "description": "Sufficient only inside an on-topic section (sectionHeadings)." }, "weakPhrases": { "$ref": "#/definitions/phrases", "description": "Sufficient anywhere, but cited only after everything more direct (on-topic signals and headings included): words that name this disclosure as often as something else ('restriction', 'provided by')." }, "tableColumns": { "$ref": "#/definitions/phrases", "description": "A table with a column headed like one of these ('Why', 'Who we disclose it to'), with text under it, is the disclosure: each row gives it. The header row is cited." }, "addressBlock": { "$ref": "#/definitions/phrases", "description": "A short line of its own naming who answers ('NSS Data Protection Officer') and followed, before the next heading and within five blocks, by an e-mail or postal address: an address block, which is the disclosure." }, "nearPhrases": { "$ref": "#/definitions/phrases", "description": "Not sufficient, but close: a sentence holding one of these (a complaint right to 'a supervisory authority' where the ICO is asked for) is quoted as the closest passage, and the finding is a warning." }, "citedLast": { "$ref": "#/definitions/phrases", "description": "A sentence holding one of these still counts, but is cited after every other piece of evidence: it names the disclosure while being about something else (an opt-out right names selling without saying what is sold)." }, "headingSuffices": { "type": "boolean", "description": "An on-topic section with any text under it is sufficient by itself." }, "signals": { "type": "array", "items": { "$ref": "#/definitions/signal" }, "description": "Facts found by analysis that count as evidence (inside an on-topic section when sectionHeadings is given)." }, "signalsAnywhere": { "type": "array", "items": { "$ref": "#/definitions/signal" }, "description": "Signals that count wherever they are, even when sectionHeadings confine the others (the operator's name)." }, "exclude": { "$ref": "#/definitions/phrases", "description": "A sentence containing one of these never counts as evidence." }, "excludeSections": { "$ref": "#/definitions/phrases", "description": "A sentence inside a section whose heading path matches one of these never counts as evidence (a rights list for another jurisdiction, say)." }, "negated": { "enum": ["counts", "ignored"], "default": "counts", "description": "Whether a negated statement ('we do not sell') is a disclosure." }, "satisfiedBy": { "type": "array", "items": { "type": "string", "pattern": "^[a-z0-9]+(-[a-z0-9]+)*/[a-z0-9]+(-[a-z0-9]+)*$" }, "minItems": 1, "description": "Requirements that together meet this one (a notice at collection is its categories, purposes, sale and retention): present when each of them is present, or handed over to another policy." }, "minMatches": { "type": "integer", "minimum": 1, "maximum": 20, "default": 1, "description": "Distinct sentences of evidence needed." }, "slots": { "$ref": "#/definitions/phrases", "description": "Words of a template slot that stands where this disclosure belongs ('[COMPANY LEGAL NAME]', '{{retention period}}'): when a rule that marks slots (marksSlot) reports one, a missing-disclosure finding names it as the unfilled place of the disclosure." } } }, "condition": { "$ref": "#/definitions/condition" }, "jurisdictions": { "type": "array", "items": { "type": "string", "pattern": "^[a-z0-9]+(-[a-z0-9]+)*$" }, "minItems": 1, "description": "Packs of the laws this rule applies: it runs only when at least one of them is enabled for the file (detected, selected with --jurisdiction, or implied), so a rule that compares a promise with a law stays quiet where that law is not in scope. A disclosure rule that does not run is listed as not-applicable." }, "topic": { "enum": ["rights", "retention", "sharing", "collection", "purposes", "security", "cookies", "children", "contact", "transfers", "changes"], "description": `disclosure: what the requirement is about, so a reference that hands that topic to another policy ('see the "Your rights" section of our Privacy Policy') covers it (rules/documents.json, references).` }, "sameDisclosure": { "type": "array", "items": { "type": "string", "pattern": "^[a-z0-9]+(-[a-z0-9]+)*/[a-z0-9]+(-[a-z0-9]+)*$" }, "minItems": 2, "description": "Rules (this one among them) that ask for the same disclosure, most specific law first: when several report it missing, only the first does, naming the others." }, "runsWhereNamed": { "type": "boolean", "default": true, "description": "With jurisdictions: whether the rule runs, as a warning, where the policy only names one of its laws. false for a duty that binds only those the law reaches (the CCPA's yearly update binds CCPA businesses)." }, "documents": { "type": "array", "items": { "enum": ["policy", "supplement", "notice-at-collection", "cookie-notice", "children-notice", "opt-out-notice", "telemetry-notice", "processing-terms", "deployer-note", "section", "stub"] }, "minItems": 1, "uniqueItems": true, "description": "Kinds of document this rule applies to (rules/kinds.json), instead of its pack's: a notice at collection need not list consumers' rights, a stub is checked for nothing but drafting defects." }, "marksSlot": { "type": "boolean", "default": false, "description": "A finding of this rule is an unfilled template slot ('[DATE]'): a missing-disclosure finding whose evidence.slots words it holds names it." }, "defersTo": { "type": "array", "items": { "type": "string", "pattern": "^[a-z0-9]+(-[a-z0-9]+)*/[a-z0-9]+(-[a-z0-9]+)*$" }, "minItems": 1, "description": "Rule ids that report the same promise more specifically: a finding of this rule on a line where one of them reports a finding is dropped, so one sentence never gets the same finding under two ids." }, "patterns": { "type": "array", "items": { "$ref": "#/definitions/pattern" }, "minItems": 1, "maxItems": 200 }, "quantity": { "enum": ["duration", "age", "money"], "description": "number-limit: what number to read from a matching sentence." }, "context": { "$ref": "#/definitions/phrases", "description": "number-limit: a sentence must contain one of these to be checked." }, "contextAll": { "$ref": "#/definitions/phrases", "description": "number-limit: ...and also one of these." }, "contextExclude": { "$ref": "#/definitions/phrases", "description": "number-limit: sentences with these are skipped." }, "excludeSections": { "$ref": "#/definitions/phrases", "description": "number-limit: sentences in a section headed like these (another law's section: 'California residents') are skipped." }, "compare": { "enum": ["max", "min"], "default": "max", "description": "number-limit: the number may not exceed (max) or fall below (min) the limit." }, "limits": { "type": "array", "items": { "$ref": "#/definitions/limit" }, "minItems": 1 }, "limitsFact": { "type": "string", "description": "number-limit: config fact listing the scopes in force (e.g. states); the strictest of those limits applies; all limits when the fact is unset." }, "check": { "enum": ["empty-list", "empty-section", "broken-link", "mismatched-entity", "invalid-date", "stale-date", "stub", "cross-reference", "language"], "description": "structure/date: which built-in check to run." }, "options": { "type": "object", "description": "Options of the built-in check." } }, "allOf": [{ "if": { "required": ["kind"], "properties": { "kind": { "const": "disclosure" } } }, "then": { "required": ["evidence", "suggestion"] } }, { "if": { "required": ["kind"], "properties": { "kind": { "const": "forbidden-pattern" } } }, "then": { "required": ["patterns"] } }, { "if": { "required": ["kind"], "properties": { "kind": { "const": "number-limit" } } }, "then": { "required": ["quantity", "context", "limits"] } }, { "if": { "required": ["kind"], "properties": { "kind": { "enum": ["structure", "date"] } } }, "then": { "required": ["check"] } }] };
var schema12 = { "description": "A policy text. As an object it also pins what the test expects: for a non-compliant example, the line the finding points at (default 1, required when the text has several lines); for a compliant one, the requirement's coverage status (default: present for a disclosure, so an example cannot pass only because the rule did not apply).", "oneOf": [{ "type": "string", "minLength": 1 }, { "type": "object", "additionalProperties": false, "required": ["text"], "properties": { "text": { "type": "string", "minLength": 1 }, "line": { "type": "integer", "minimum": 1 }, "status": { "enum": ["present", "not-applicable"] }, "jurisdictions": { "type": "array", "items": { "type": "string" }, "description": "Packs to select for this example instead of the rule's own (an empty list: detect them from the text)." } } }] };
var schema18 = { "type": "string", "enum": ["policy-date", "email", "postal-address", "phone", "url", "handle", "organisation-name", "list"] };
var func2 = Object.prototype.hasOwnProperty;
var func3 = import_ucs2length.default.default;
var func0 = import_equal.default.default;
var pattern0 = new RegExp("^[a-z0-9]+(-[a-z0-9]+)*/[a-z0-9]+(-[a-z0-9]+)*$", "u");
var pattern6 = new RegExp("^[a-z0-9]+(-[a-z0-9]+)*$", "u");
function validate11(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (Array.isArray(data)) {
    if (data.length > 400) {
      const err0 = { instancePath, schemaPath: "#/maxItems", keyword: "maxItems", params: { limit: 400 }, message: "must NOT have more than 400 items" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    const len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) {
      let data0 = data[i0];
      if (typeof data0 === "string") {
        if (func3(data0) > 200) {
          const err1 = { instancePath: instancePath + "/" + i0, schemaPath: "#/definitions/phrase/maxLength", keyword: "maxLength", params: { limit: 200 }, message: "must NOT have more than 200 characters" };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
        if (func3(data0) < 1) {
          const err2 = { instancePath: instancePath + "/" + i0, schemaPath: "#/definitions/phrase/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      } else {
        const err3 = { instancePath: instancePath + "/" + i0, schemaPath: "#/definitions/phrase/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
  } else {
    const err4 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" }, message: "must be array" };
    if (vErrors === null) {
      vErrors = [err4];
    } else {
      vErrors.push(err4);
    }
    errors++;
  }
  validate11.errors = vErrors;
  return errors === 0;
}
var schema17 = { "type": "object", "additionalProperties": false, "required": ["verb"], "description": "A statement read as a frame, in one clause: who (subject) does what (verb) to which data (object). Negation ('we do not and will not sell', 'no data is sold'), conditions about us ('if we ever offer', 'should we sell', 'in the event of a merger') and exceptions ('except with our processors') are read, so a keyword in a denial, a hypothesis, a heading or a link's name is not a statement.", "properties": { "verb": { "$ref": "#/definitions/phrases", "minItems": 1, "description": "The action ('(sell|share)', 'offer')." }, "object": { "$ref": "#/definitions/phrases", "description": "What it is done to: read after an active verb, before a passive one ('personal data is sold'), in the same clause." }, "after": { "$ref": "#/definitions/phrases", "description": "Words that must follow the verb in its clause ('for ...3 children')." }, "subject": { "enum": ["first-party", "we", "any"], "default": "first-party", "description": "first-party: the operator's own statement ('we', 'the app', or a subject naming no one else); a user or a third party ('advertisers may collect') does not count. we: only a subject that names the operator ('we', 'I', 'the app'). any: whoever does it." }, "polarity": { "enum": ["affirmed", "negated", "any"], "default": "affirmed", "description": "affirmed: a statement that it is done (not negated, not conditional). negated: a statement that it is not done, with no exception. any: either, or a denial with an exception ('no data is shared except photos you upload'): a statement about it, not a hypothesis." }, "exceptionsCount": { "type": "boolean", "default": false, "description": "negated: a denial with an exception ('no data is shared except the photos you upload') counts too: it says what is done." }, "unlessWith": { "$ref": "#/definitions/phrases", "description": "A clause that also holds one of these does not count (a qualifier: 'sensitive', 'from children')." }, "headings": { "type": "boolean", "default": false, "description": "Headings count as statements ('Information We Collect'). By default only sentences of prose do." } } };
function validate14(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.verb === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "verb" }, message: "must have required property 'verb'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "verb" || key0 === "object" || key0 === "after" || key0 === "subject" || key0 === "polarity" || key0 === "exceptionsCount" || key0 === "unlessWith" || key0 === "headings")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.verb !== void 0) {
      let data0 = data.verb;
      if (!validate11(data0, { instancePath: instancePath + "/verb", parentData: data, parentDataProperty: "verb", rootData })) {
        vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);
        errors = vErrors.length;
      }
      if (Array.isArray(data0)) {
        if (data0.length < 1) {
          const err2 = { instancePath: instancePath + "/verb", schemaPath: "#/properties/verb/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      }
    }
    if (data.object !== void 0) {
      if (!validate11(data.object, { instancePath: instancePath + "/object", parentData: data, parentDataProperty: "object", rootData })) {
        vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);
        errors = vErrors.length;
      }
    }
    if (data.after !== void 0) {
      if (!validate11(data.after, { instancePath: instancePath + "/after", parentData: data, parentDataProperty: "after", rootData })) {
        vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);
        errors = vErrors.length;
      }
    }
    if (data.subject !== void 0) {
      let data3 = data.subject;
      if (!(data3 === "first-party" || data3 === "we" || data3 === "any")) {
        const err3 = { instancePath: instancePath + "/subject", schemaPath: "#/properties/subject/enum", keyword: "enum", params: { allowedValues: schema17.properties.subject.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.polarity !== void 0) {
      let data4 = data.polarity;
      if (!(data4 === "affirmed" || data4 === "negated" || data4 === "any")) {
        const err4 = { instancePath: instancePath + "/polarity", schemaPath: "#/properties/polarity/enum", keyword: "enum", params: { allowedValues: schema17.properties.polarity.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.exceptionsCount !== void 0) {
      if (typeof data.exceptionsCount !== "boolean") {
        const err5 = { instancePath: instancePath + "/exceptionsCount", schemaPath: "#/properties/exceptionsCount/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.unlessWith !== void 0) {
      if (!validate11(data.unlessWith, { instancePath: instancePath + "/unlessWith", parentData: data, parentDataProperty: "unlessWith", rootData })) {
        vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);
        errors = vErrors.length;
      }
    }
    if (data.headings !== void 0) {
      if (typeof data.headings !== "boolean") {
        const err6 = { instancePath: instancePath + "/headings", schemaPath: "#/properties/headings/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
  } else {
    const err7 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err7];
    } else {
      vErrors.push(err7);
    }
    errors++;
  }
  validate14.errors = vErrors;
  return errors === 0;
}
function validate13(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (Array.isArray(data)) {
    if (data.length > 50) {
      const err0 = { instancePath, schemaPath: "#/maxItems", keyword: "maxItems", params: { limit: 50 }, message: "must NOT have more than 50 items" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    const len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) {
      if (!validate14(data[i0], { instancePath: instancePath + "/" + i0, parentData: data, parentDataProperty: i0, rootData })) {
        vErrors = vErrors === null ? validate14.errors : vErrors.concat(validate14.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err1 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" }, message: "must be array" };
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  validate13.errors = vErrors;
  return errors === 0;
}
var schema20 = { "type": "object", "additionalProperties": false, "description": "When the requirement applies. It applies when any of the given triggers (text, statements, fact, factIncludes) holds, and, if alsoText is given, one of those phrases is present too; with no trigger given it always applies. A configured fact decides before the text does. Every kind honours it: a rule that does not apply reports nothing.", "properties": { "text": { "$ref": "#/definitions/phrases", "description": "Phrases whose affirmative (not negated) presence makes the requirement apply." }, "fact": { "type": "string", "pattern": "^[a-zA-Z][a-zA-Z0-9]*$", "description": "A config fact (facts.<name>) that, when true, makes the requirement apply, and when false, makes it not apply whatever the text says." }, "factIncludes": { "type": "object", "additionalProperties": false, "required": ["fact", "value"], "description": "A config fact holding a list (facts.states): when the list is set, the requirement applies if it contains the value (or one of the values; compared case-insensitively) and does not apply if it contains none of them, whatever the text says. When the fact is unset, the other triggers decide.", "properties": { "fact": { "type": "string", "pattern": "^[a-zA-Z][a-zA-Z0-9]*$" }, "value": { "oneOf": [{ "type": "string", "minLength": 1 }, { "type": "array", "items": { "type": "string", "minLength": 1 }, "minItems": 1 }] } } }, "statements": { "$ref": "#/definitions/statements", "description": "Statements of fact, any of which makes the requirement apply (affirmed: 'we sell', not 'we do not sell' or 'if we ever sell'); the finding quotes it." }, "unlessFact": { "oneOf": [{ "type": "string", "pattern": "^[a-zA-Z][a-zA-Z0-9]*$" }, { "type": "array", "items": { "type": "string", "pattern": "^[a-zA-Z][a-zA-Z0-9]*$" }, "minItems": 1 }], "description": "Facts (configured, or found in the text by rules/facts.json, such as collectsNoPersonalData) any of which makes the requirement not apply." }, "exclude": { "$ref": "#/definitions/phrases", "description": "A sentence holding one of these is not a trigger: 'we will post changes on our website' says nothing about the service having one." }, "alsoText": { "$ref": "#/definitions/phrases", "description": "Phrases of which one must also be present, affirmatively, whichever trigger holds: a state's duty that arises only when the policy says it sells sensitive data, say." }, "whenConfigured": { "type": "boolean", "default": false, "description": "The requirement also applies, with no trigger in the text, where the user selected the rule's pack (jurisdictions in config or --jurisdiction): a business that chose the law is asked for all it asks; a policy whose law was only detected is asked where its text shows the practice." }, "reason": { "type": "string", "description": "Why it is not applicable when no trigger holds." } } };
var pattern2 = new RegExp("^[a-zA-Z][a-zA-Z0-9]*$", "u");
function validate31(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!func2.call(schema20.properties, key0)) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.text !== void 0) {
      if (!validate11(data.text, { instancePath: instancePath + "/text", parentData: data, parentDataProperty: "text", rootData })) {
        vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);
        errors = vErrors.length;
      }
    }
    if (data.fact !== void 0) {
      let data1 = data.fact;
      if (typeof data1 === "string") {
        if (!pattern2.test(data1)) {
          const err1 = { instancePath: instancePath + "/fact", schemaPath: "#/properties/fact/pattern", keyword: "pattern", params: { pattern: "^[a-zA-Z][a-zA-Z0-9]*$" }, message: 'must match pattern "^[a-zA-Z][a-zA-Z0-9]*$"' };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
      } else {
        const err2 = { instancePath: instancePath + "/fact", schemaPath: "#/properties/fact/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.factIncludes !== void 0) {
      let data2 = data.factIncludes;
      if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
        if (data2.fact === void 0) {
          const err3 = { instancePath: instancePath + "/factIncludes", schemaPath: "#/properties/factIncludes/required", keyword: "required", params: { missingProperty: "fact" }, message: "must have required property 'fact'" };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
        if (data2.value === void 0) {
          const err4 = { instancePath: instancePath + "/factIncludes", schemaPath: "#/properties/factIncludes/required", keyword: "required", params: { missingProperty: "value" }, message: "must have required property 'value'" };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
        for (const key1 in data2) {
          if (!(key1 === "fact" || key1 === "value")) {
            const err5 = { instancePath: instancePath + "/factIncludes", schemaPath: "#/properties/factIncludes/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
          }
        }
        if (data2.fact !== void 0) {
          let data3 = data2.fact;
          if (typeof data3 === "string") {
            if (!pattern2.test(data3)) {
              const err6 = { instancePath: instancePath + "/factIncludes/fact", schemaPath: "#/properties/factIncludes/properties/fact/pattern", keyword: "pattern", params: { pattern: "^[a-zA-Z][a-zA-Z0-9]*$" }, message: 'must match pattern "^[a-zA-Z][a-zA-Z0-9]*$"' };
              if (vErrors === null) {
                vErrors = [err6];
              } else {
                vErrors.push(err6);
              }
              errors++;
            }
          } else {
            const err7 = { instancePath: instancePath + "/factIncludes/fact", schemaPath: "#/properties/factIncludes/properties/fact/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err7];
            } else {
              vErrors.push(err7);
            }
            errors++;
          }
        }
        if (data2.value !== void 0) {
          let data4 = data2.value;
          const _errs11 = errors;
          let valid2 = false;
          let passing0 = null;
          const _errs12 = errors;
          if (typeof data4 === "string") {
            if (func3(data4) < 1) {
              const err8 = { instancePath: instancePath + "/factIncludes/value", schemaPath: "#/properties/factIncludes/properties/value/oneOf/0/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              if (vErrors === null) {
                vErrors = [err8];
              } else {
                vErrors.push(err8);
              }
              errors++;
            }
          } else {
            const err9 = { instancePath: instancePath + "/factIncludes/value", schemaPath: "#/properties/factIncludes/properties/value/oneOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          }
          var _valid0 = _errs12 === errors;
          if (_valid0) {
            valid2 = true;
            passing0 = 0;
          }
          const _errs14 = errors;
          if (Array.isArray(data4)) {
            if (data4.length < 1) {
              const err10 = { instancePath: instancePath + "/factIncludes/value", schemaPath: "#/properties/factIncludes/properties/value/oneOf/1/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
              if (vErrors === null) {
                vErrors = [err10];
              } else {
                vErrors.push(err10);
              }
              errors++;
            }
            const len0 = data4.length;
            for (let i0 = 0; i0 < len0; i0++) {
              let data5 = data4[i0];
              if (typeof data5 === "string") {
                if (func3(data5) < 1) {
                  const err11 = { instancePath: instancePath + "/factIncludes/value/" + i0, schemaPath: "#/properties/factIncludes/properties/value/oneOf/1/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err11];
                  } else {
                    vErrors.push(err11);
                  }
                  errors++;
                }
              } else {
                const err12 = { instancePath: instancePath + "/factIncludes/value/" + i0, schemaPath: "#/properties/factIncludes/properties/value/oneOf/1/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err12];
                } else {
                  vErrors.push(err12);
                }
                errors++;
              }
            }
          } else {
            const err13 = { instancePath: instancePath + "/factIncludes/value", schemaPath: "#/properties/factIncludes/properties/value/oneOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err13];
            } else {
              vErrors.push(err13);
            }
            errors++;
          }
          var _valid0 = _errs14 === errors;
          if (_valid0 && valid2) {
            valid2 = false;
            passing0 = [passing0, 1];
          } else {
            if (_valid0) {
              valid2 = true;
              passing0 = 1;
            }
          }
          if (!valid2) {
            const err14 = { instancePath: instancePath + "/factIncludes/value", schemaPath: "#/properties/factIncludes/properties/value/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf" };
            if (vErrors === null) {
              vErrors = [err14];
            } else {
              vErrors.push(err14);
            }
            errors++;
          } else {
            errors = _errs11;
            if (vErrors !== null) {
              if (_errs11) {
                vErrors.length = _errs11;
              } else {
                vErrors = null;
              }
            }
          }
        }
      } else {
        const err15 = { instancePath: instancePath + "/factIncludes", schemaPath: "#/properties/factIncludes/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    if (data.statements !== void 0) {
      if (!validate13(data.statements, { instancePath: instancePath + "/statements", parentData: data, parentDataProperty: "statements", rootData })) {
        vErrors = vErrors === null ? validate13.errors : vErrors.concat(validate13.errors);
        errors = vErrors.length;
      }
    }
    if (data.unlessFact !== void 0) {
      let data7 = data.unlessFact;
      const _errs20 = errors;
      let valid5 = false;
      let passing1 = null;
      const _errs21 = errors;
      if (typeof data7 === "string") {
        if (!pattern2.test(data7)) {
          const err16 = { instancePath: instancePath + "/unlessFact", schemaPath: "#/properties/unlessFact/oneOf/0/pattern", keyword: "pattern", params: { pattern: "^[a-zA-Z][a-zA-Z0-9]*$" }, message: 'must match pattern "^[a-zA-Z][a-zA-Z0-9]*$"' };
          if (vErrors === null) {
            vErrors = [err16];
          } else {
            vErrors.push(err16);
          }
          errors++;
        }
      } else {
        const err17 = { instancePath: instancePath + "/unlessFact", schemaPath: "#/properties/unlessFact/oneOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
      var _valid1 = _errs21 === errors;
      if (_valid1) {
        valid5 = true;
        passing1 = 0;
      }
      const _errs23 = errors;
      if (Array.isArray(data7)) {
        if (data7.length < 1) {
          const err18 = { instancePath: instancePath + "/unlessFact", schemaPath: "#/properties/unlessFact/oneOf/1/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
          if (vErrors === null) {
            vErrors = [err18];
          } else {
            vErrors.push(err18);
          }
          errors++;
        }
        const len1 = data7.length;
        for (let i1 = 0; i1 < len1; i1++) {
          let data8 = data7[i1];
          if (typeof data8 === "string") {
            if (!pattern2.test(data8)) {
              const err19 = { instancePath: instancePath + "/unlessFact/" + i1, schemaPath: "#/properties/unlessFact/oneOf/1/items/pattern", keyword: "pattern", params: { pattern: "^[a-zA-Z][a-zA-Z0-9]*$" }, message: 'must match pattern "^[a-zA-Z][a-zA-Z0-9]*$"' };
              if (vErrors === null) {
                vErrors = [err19];
              } else {
                vErrors.push(err19);
              }
              errors++;
            }
          } else {
            const err20 = { instancePath: instancePath + "/unlessFact/" + i1, schemaPath: "#/properties/unlessFact/oneOf/1/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err20];
            } else {
              vErrors.push(err20);
            }
            errors++;
          }
        }
      } else {
        const err21 = { instancePath: instancePath + "/unlessFact", schemaPath: "#/properties/unlessFact/oneOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
      }
      var _valid1 = _errs23 === errors;
      if (_valid1 && valid5) {
        valid5 = false;
        passing1 = [passing1, 1];
      } else {
        if (_valid1) {
          valid5 = true;
          passing1 = 1;
        }
      }
      if (!valid5) {
        const err22 = { instancePath: instancePath + "/unlessFact", schemaPath: "#/properties/unlessFact/oneOf", keyword: "oneOf", params: { passingSchemas: passing1 }, message: "must match exactly one schema in oneOf" };
        if (vErrors === null) {
          vErrors = [err22];
        } else {
          vErrors.push(err22);
        }
        errors++;
      } else {
        errors = _errs20;
        if (vErrors !== null) {
          if (_errs20) {
            vErrors.length = _errs20;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.exclude !== void 0) {
      if (!validate11(data.exclude, { instancePath: instancePath + "/exclude", parentData: data, parentDataProperty: "exclude", rootData })) {
        vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);
        errors = vErrors.length;
      }
    }
    if (data.alsoText !== void 0) {
      if (!validate11(data.alsoText, { instancePath: instancePath + "/alsoText", parentData: data, parentDataProperty: "alsoText", rootData })) {
        vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);
        errors = vErrors.length;
      }
    }
    if (data.whenConfigured !== void 0) {
      if (typeof data.whenConfigured !== "boolean") {
        const err23 = { instancePath: instancePath + "/whenConfigured", schemaPath: "#/properties/whenConfigured/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        if (vErrors === null) {
          vErrors = [err23];
        } else {
          vErrors.push(err23);
        }
        errors++;
      }
    }
    if (data.reason !== void 0) {
      if (typeof data.reason !== "string") {
        const err24 = { instancePath: instancePath + "/reason", schemaPath: "#/properties/reason/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err24];
        } else {
          vErrors.push(err24);
        }
        errors++;
      }
    }
  } else {
    const err25 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err25];
    } else {
      vErrors.push(err25);
    }
    errors++;
  }
  validate31.errors = vErrors;
  return errors === 0;
}
var schema21 = { "type": "object", "required": ["regex"], "additionalProperties": false, "properties": { "regex": { "type": "string", "minLength": 1, "maxLength": 2e3, "description": "An RE2 regular expression (linear time: no backreferences or lookaround)." }, "caseSensitive": { "type": "boolean", "default": false }, "message": { "type": "string", "description": "Message for this pattern; {match} is replaced by the matched text." }, "suggestion": { "type": "string", "description": "What to do about a match of this pattern, where the rule's own suggestion does not fit it." }, "fix": { "type": "string", "description": "Replacement for the match: makes the finding fixable with --fix. {match} is the matched text." }, "severity": { "enum": ["warn", "error"] }, "scope": { "type": "array", "items": { "enum": ["text", "link-targets", "headings", "code"] }, "description": "Where to look: visible text (default, excluding code), link targets, headings only, or also code." }, "unless": { "$ref": "#/definitions/phrases", "description": "Skip a match whose sentence contains one of these phrases." }, "skipIfDocument": { "type": "string", "minLength": 1, "description": "An RE2 regular expression: where the document's source matches it, this pattern is not used (a signature line on a form)." }, "unlessFact": { "type": "string", "pattern": "^[a-zA-Z][a-zA-Z0-9]*$", "description": "A document fact (rules/facts.json, or configured in facts) under which this pattern is not used: generatorTemplate, whose variables a generator fills." }, "notAround": { "type": "object", "additionalProperties": false, "description": "Skip a match when what stands just before it (the 12 characters before, tested with `before`) or just after it (`after`) matches: a UI path ('Settings \u2192 [Your Name] \u2192'), a field label ('Company Name:').", "properties": { "before": { "type": "string", "minLength": 1, "description": "An RE2 regular expression, tested against the text just before the match (anchor it with $)." }, "after": { "type": "string", "minLength": 1, "description": "An RE2 regular expression, tested against the text just after the match (anchor it with ^)." } } }, "literals": { "type": "array", "items": { "type": "string", "minLength": 1 }, "minItems": 1, "description": "Strings (compared in lower case) of which every match contains at least one: lines without any are skipped, which makes the pattern fast on large policies." } } };
function validate37(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.regex === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "regex" }, message: "must have required property 'regex'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func2.call(schema21.properties, key0)) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.regex !== void 0) {
      let data0 = data.regex;
      if (typeof data0 === "string") {
        if (func3(data0) > 2e3) {
          const err2 = { instancePath: instancePath + "/regex", schemaPath: "#/properties/regex/maxLength", keyword: "maxLength", params: { limit: 2e3 }, message: "must NOT have more than 2000 characters" };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
        if (func3(data0) < 1) {
          const err3 = { instancePath: instancePath + "/regex", schemaPath: "#/properties/regex/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      } else {
        const err4 = { instancePath: instancePath + "/regex", schemaPath: "#/properties/regex/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.caseSensitive !== void 0) {
      if (typeof data.caseSensitive !== "boolean") {
        const err5 = { instancePath: instancePath + "/caseSensitive", schemaPath: "#/properties/caseSensitive/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.message !== void 0) {
      if (typeof data.message !== "string") {
        const err6 = { instancePath: instancePath + "/message", schemaPath: "#/properties/message/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.suggestion !== void 0) {
      if (typeof data.suggestion !== "string") {
        const err7 = { instancePath: instancePath + "/suggestion", schemaPath: "#/properties/suggestion/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.fix !== void 0) {
      if (typeof data.fix !== "string") {
        const err8 = { instancePath: instancePath + "/fix", schemaPath: "#/properties/fix/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.severity !== void 0) {
      let data5 = data.severity;
      if (!(data5 === "warn" || data5 === "error")) {
        const err9 = { instancePath: instancePath + "/severity", schemaPath: "#/properties/severity/enum", keyword: "enum", params: { allowedValues: schema21.properties.severity.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.scope !== void 0) {
      let data6 = data.scope;
      if (Array.isArray(data6)) {
        const len0 = data6.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data7 = data6[i0];
          if (!(data7 === "text" || data7 === "link-targets" || data7 === "headings" || data7 === "code")) {
            const err10 = { instancePath: instancePath + "/scope/" + i0, schemaPath: "#/properties/scope/items/enum", keyword: "enum", params: { allowedValues: schema21.properties.scope.items.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err10];
            } else {
              vErrors.push(err10);
            }
            errors++;
          }
        }
      } else {
        const err11 = { instancePath: instancePath + "/scope", schemaPath: "#/properties/scope/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.unless !== void 0) {
      if (!validate11(data.unless, { instancePath: instancePath + "/unless", parentData: data, parentDataProperty: "unless", rootData })) {
        vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);
        errors = vErrors.length;
      }
    }
    if (data.skipIfDocument !== void 0) {
      let data9 = data.skipIfDocument;
      if (typeof data9 === "string") {
        if (func3(data9) < 1) {
          const err12 = { instancePath: instancePath + "/skipIfDocument", schemaPath: "#/properties/skipIfDocument/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
      } else {
        const err13 = { instancePath: instancePath + "/skipIfDocument", schemaPath: "#/properties/skipIfDocument/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.unlessFact !== void 0) {
      let data10 = data.unlessFact;
      if (typeof data10 === "string") {
        if (!pattern2.test(data10)) {
          const err14 = { instancePath: instancePath + "/unlessFact", schemaPath: "#/properties/unlessFact/pattern", keyword: "pattern", params: { pattern: "^[a-zA-Z][a-zA-Z0-9]*$" }, message: 'must match pattern "^[a-zA-Z][a-zA-Z0-9]*$"' };
          if (vErrors === null) {
            vErrors = [err14];
          } else {
            vErrors.push(err14);
          }
          errors++;
        }
      } else {
        const err15 = { instancePath: instancePath + "/unlessFact", schemaPath: "#/properties/unlessFact/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    if (data.notAround !== void 0) {
      let data11 = data.notAround;
      if (data11 && typeof data11 == "object" && !Array.isArray(data11)) {
        for (const key1 in data11) {
          if (!(key1 === "before" || key1 === "after")) {
            const err16 = { instancePath: instancePath + "/notAround", schemaPath: "#/properties/notAround/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err16];
            } else {
              vErrors.push(err16);
            }
            errors++;
          }
        }
        if (data11.before !== void 0) {
          let data12 = data11.before;
          if (typeof data12 === "string") {
            if (func3(data12) < 1) {
              const err17 = { instancePath: instancePath + "/notAround/before", schemaPath: "#/properties/notAround/properties/before/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              if (vErrors === null) {
                vErrors = [err17];
              } else {
                vErrors.push(err17);
              }
              errors++;
            }
          } else {
            const err18 = { instancePath: instancePath + "/notAround/before", schemaPath: "#/properties/notAround/properties/before/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err18];
            } else {
              vErrors.push(err18);
            }
            errors++;
          }
        }
        if (data11.after !== void 0) {
          let data13 = data11.after;
          if (typeof data13 === "string") {
            if (func3(data13) < 1) {
              const err19 = { instancePath: instancePath + "/notAround/after", schemaPath: "#/properties/notAround/properties/after/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              if (vErrors === null) {
                vErrors = [err19];
              } else {
                vErrors.push(err19);
              }
              errors++;
            }
          } else {
            const err20 = { instancePath: instancePath + "/notAround/after", schemaPath: "#/properties/notAround/properties/after/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err20];
            } else {
              vErrors.push(err20);
            }
            errors++;
          }
        }
      } else {
        const err21 = { instancePath: instancePath + "/notAround", schemaPath: "#/properties/notAround/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
      }
    }
    if (data.literals !== void 0) {
      let data14 = data.literals;
      if (Array.isArray(data14)) {
        if (data14.length < 1) {
          const err22 = { instancePath: instancePath + "/literals", schemaPath: "#/properties/literals/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
          if (vErrors === null) {
            vErrors = [err22];
          } else {
            vErrors.push(err22);
          }
          errors++;
        }
        const len1 = data14.length;
        for (let i1 = 0; i1 < len1; i1++) {
          let data15 = data14[i1];
          if (typeof data15 === "string") {
            if (func3(data15) < 1) {
              const err23 = { instancePath: instancePath + "/literals/" + i1, schemaPath: "#/properties/literals/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              if (vErrors === null) {
                vErrors = [err23];
              } else {
                vErrors.push(err23);
              }
              errors++;
            }
          } else {
            const err24 = { instancePath: instancePath + "/literals/" + i1, schemaPath: "#/properties/literals/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err24];
            } else {
              vErrors.push(err24);
            }
            errors++;
          }
        }
      } else {
        const err25 = { instancePath: instancePath + "/literals", schemaPath: "#/properties/literals/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err25];
        } else {
          vErrors.push(err25);
        }
        errors++;
      }
    }
  } else {
    const err26 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err26];
    } else {
      vErrors.push(err26);
    }
    errors++;
  }
  validate37.errors = vErrors;
  return errors === 0;
}
var schema22 = { "type": "object", "required": ["value", "unit"], "additionalProperties": false, "properties": { "scope": { "type": "string", "description": "What this limit belongs to (a state code, a law), matched against the fact named by limitsFact." }, "value": { "type": "number", "exclusiveMinimum": 0 }, "unit": { "enum": ["hour", "day", "business-day", "week", "month", "year", "age", "currency"] }, "citation": { "type": "string" }, "verified": { "enum": ["P", "S", "U"] }, "note": { "type": "string" }, "context": { "$ref": "#/definitions/phrases", "description": "This limit applies only to sentences with one of these phrases (a regulator's name, 'appeal'). A sentence that matches some limit's context is compared only with the limits in force whose context it matches (none: not checked); other sentences with the limits that have no context." } } };
function validate44(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.value === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "value" }, message: "must have required property 'value'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.unit === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "unit" }, message: "must have required property 'unit'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "scope" || key0 === "value" || key0 === "unit" || key0 === "citation" || key0 === "verified" || key0 === "note" || key0 === "context")) {
        const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.scope !== void 0) {
      if (typeof data.scope !== "string") {
        const err3 = { instancePath: instancePath + "/scope", schemaPath: "#/properties/scope/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.value !== void 0) {
      let data1 = data.value;
      if (typeof data1 == "number") {
        if (data1 <= 0 || isNaN(data1)) {
          const err4 = { instancePath: instancePath + "/value", schemaPath: "#/properties/value/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0" };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      } else {
        const err5 = { instancePath: instancePath + "/value", schemaPath: "#/properties/value/type", keyword: "type", params: { type: "number" }, message: "must be number" };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.unit !== void 0) {
      let data2 = data.unit;
      if (!(data2 === "hour" || data2 === "day" || data2 === "business-day" || data2 === "week" || data2 === "month" || data2 === "year" || data2 === "age" || data2 === "currency")) {
        const err6 = { instancePath: instancePath + "/unit", schemaPath: "#/properties/unit/enum", keyword: "enum", params: { allowedValues: schema22.properties.unit.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.citation !== void 0) {
      if (typeof data.citation !== "string") {
        const err7 = { instancePath: instancePath + "/citation", schemaPath: "#/properties/citation/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.verified !== void 0) {
      let data4 = data.verified;
      if (!(data4 === "P" || data4 === "S" || data4 === "U")) {
        const err8 = { instancePath: instancePath + "/verified", schemaPath: "#/properties/verified/enum", keyword: "enum", params: { allowedValues: schema22.properties.verified.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.note !== void 0) {
      if (typeof data.note !== "string") {
        const err9 = { instancePath: instancePath + "/note", schemaPath: "#/properties/note/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.context !== void 0) {
      if (!validate11(data.context, { instancePath: instancePath + "/context", parentData: data, parentDataProperty: "context", rootData })) {
        vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err10 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err10];
    } else {
      vErrors.push(err10);
    }
    errors++;
  }
  validate44.errors = vErrors;
  return errors === 0;
}
function validate10(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const _errs2 = errors;
  let valid1 = true;
  const _errs3 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    let missing0;
    if (data.kind === void 0 && (missing0 = "kind")) {
      const err0 = {};
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    } else {
      if (data.kind !== void 0) {
        if ("disclosure" !== data.kind) {
          const err1 = {};
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
      }
    }
  }
  var _valid0 = _errs3 === errors;
  errors = _errs2;
  if (vErrors !== null) {
    if (_errs2) {
      vErrors.length = _errs2;
    } else {
      vErrors = null;
    }
  }
  if (_valid0) {
    const _errs5 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.evidence === void 0) {
        const err2 = { instancePath, schemaPath: "#/allOf/0/then/required", keyword: "required", params: { missingProperty: "evidence" }, message: "must have required property 'evidence'" };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
      if (data.suggestion === void 0) {
        const err3 = { instancePath, schemaPath: "#/allOf/0/then/required", keyword: "required", params: { missingProperty: "suggestion" }, message: "must have required property 'suggestion'" };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    var _valid0 = _errs5 === errors;
    valid1 = _valid0;
  }
  if (!valid1) {
    const err4 = { instancePath, schemaPath: "#/allOf/0/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema' };
    if (vErrors === null) {
      vErrors = [err4];
    } else {
      vErrors.push(err4);
    }
    errors++;
  }
  const _errs7 = errors;
  let valid3 = true;
  const _errs8 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    let missing1;
    if (data.kind === void 0 && (missing1 = "kind")) {
      const err5 = {};
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    } else {
      if (data.kind !== void 0) {
        if ("forbidden-pattern" !== data.kind) {
          const err6 = {};
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      }
    }
  }
  var _valid1 = _errs8 === errors;
  errors = _errs7;
  if (vErrors !== null) {
    if (_errs7) {
      vErrors.length = _errs7;
    } else {
      vErrors = null;
    }
  }
  if (_valid1) {
    const _errs10 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.patterns === void 0) {
        const err7 = { instancePath, schemaPath: "#/allOf/1/then/required", keyword: "required", params: { missingProperty: "patterns" }, message: "must have required property 'patterns'" };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    var _valid1 = _errs10 === errors;
    valid3 = _valid1;
  }
  if (!valid3) {
    const err8 = { instancePath, schemaPath: "#/allOf/1/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema' };
    if (vErrors === null) {
      vErrors = [err8];
    } else {
      vErrors.push(err8);
    }
    errors++;
  }
  const _errs12 = errors;
  let valid5 = true;
  const _errs13 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    let missing2;
    if (data.kind === void 0 && (missing2 = "kind")) {
      const err9 = {};
      if (vErrors === null) {
        vErrors = [err9];
      } else {
        vErrors.push(err9);
      }
      errors++;
    } else {
      if (data.kind !== void 0) {
        if ("number-limit" !== data.kind) {
          const err10 = {};
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
      }
    }
  }
  var _valid2 = _errs13 === errors;
  errors = _errs12;
  if (vErrors !== null) {
    if (_errs12) {
      vErrors.length = _errs12;
    } else {
      vErrors = null;
    }
  }
  if (_valid2) {
    const _errs15 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.quantity === void 0) {
        const err11 = { instancePath, schemaPath: "#/allOf/2/then/required", keyword: "required", params: { missingProperty: "quantity" }, message: "must have required property 'quantity'" };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
      if (data.context === void 0) {
        const err12 = { instancePath, schemaPath: "#/allOf/2/then/required", keyword: "required", params: { missingProperty: "context" }, message: "must have required property 'context'" };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
      if (data.limits === void 0) {
        const err13 = { instancePath, schemaPath: "#/allOf/2/then/required", keyword: "required", params: { missingProperty: "limits" }, message: "must have required property 'limits'" };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    var _valid2 = _errs15 === errors;
    valid5 = _valid2;
  }
  if (!valid5) {
    const err14 = { instancePath, schemaPath: "#/allOf/2/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema' };
    if (vErrors === null) {
      vErrors = [err14];
    } else {
      vErrors.push(err14);
    }
    errors++;
  }
  const _errs17 = errors;
  let valid7 = true;
  const _errs18 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    let missing3;
    if (data.kind === void 0 && (missing3 = "kind")) {
      const err15 = {};
      if (vErrors === null) {
        vErrors = [err15];
      } else {
        vErrors.push(err15);
      }
      errors++;
    } else {
      if (data.kind !== void 0) {
        let data3 = data.kind;
        if (!(data3 === "structure" || data3 === "date")) {
          const err16 = {};
          if (vErrors === null) {
            vErrors = [err16];
          } else {
            vErrors.push(err16);
          }
          errors++;
        }
      }
    }
  }
  var _valid3 = _errs18 === errors;
  errors = _errs17;
  if (vErrors !== null) {
    if (_errs17) {
      vErrors.length = _errs17;
    } else {
      vErrors = null;
    }
  }
  if (_valid3) {
    const _errs20 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.check === void 0) {
        const err17 = { instancePath, schemaPath: "#/allOf/3/then/required", keyword: "required", params: { missingProperty: "check" }, message: "must have required property 'check'" };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
    var _valid3 = _errs20 === errors;
    valid7 = _valid3;
  }
  if (!valid7) {
    const err18 = { instancePath, schemaPath: "#/allOf/3/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema' };
    if (vErrors === null) {
      vErrors = [err18];
    } else {
      vErrors.push(err18);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.id === void 0) {
      const err19 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'" };
      if (vErrors === null) {
        vErrors = [err19];
      } else {
        vErrors.push(err19);
      }
      errors++;
    }
    if (data.kind === void 0) {
      const err20 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property 'kind'" };
      if (vErrors === null) {
        vErrors = [err20];
      } else {
        vErrors.push(err20);
      }
      errors++;
    }
    if (data.title === void 0) {
      const err21 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "title" }, message: "must have required property 'title'" };
      if (vErrors === null) {
        vErrors = [err21];
      } else {
        vErrors.push(err21);
      }
      errors++;
    }
    if (data.description === void 0) {
      const err22 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "description" }, message: "must have required property 'description'" };
      if (vErrors === null) {
        vErrors = [err22];
      } else {
        vErrors.push(err22);
      }
      errors++;
    }
    if (data.citation === void 0) {
      const err23 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "citation" }, message: "must have required property 'citation'" };
      if (vErrors === null) {
        vErrors = [err23];
      } else {
        vErrors.push(err23);
      }
      errors++;
    }
    if (data.message === void 0) {
      const err24 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "message" }, message: "must have required property 'message'" };
      if (vErrors === null) {
        vErrors = [err24];
      } else {
        vErrors.push(err24);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func2.call(schema11.properties, key0)) {
        const err25 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err25];
        } else {
          vErrors.push(err25);
        }
        errors++;
      }
    }
    if (data.$schema !== void 0) {
      if (typeof data.$schema !== "string") {
        const err26 = { instancePath: instancePath + "/$schema", schemaPath: "#/properties/%24schema/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err26];
        } else {
          vErrors.push(err26);
        }
        errors++;
      }
    }
    if (data.id !== void 0) {
      let data5 = data.id;
      if (typeof data5 === "string") {
        if (!pattern0.test(data5)) {
          const err27 = { instancePath: instancePath + "/id", schemaPath: "#/properties/id/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]+(-[a-z0-9]+)*/[a-z0-9]+(-[a-z0-9]+)*$" }, message: 'must match pattern "^[a-z0-9]+(-[a-z0-9]+)*/[a-z0-9]+(-[a-z0-9]+)*$"' };
          if (vErrors === null) {
            vErrors = [err27];
          } else {
            vErrors.push(err27);
          }
          errors++;
        }
      } else {
        const err28 = { instancePath: instancePath + "/id", schemaPath: "#/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err28];
        } else {
          vErrors.push(err28);
        }
        errors++;
      }
    }
    if (data.kind !== void 0) {
      let data6 = data.kind;
      if (!(data6 === "disclosure" || data6 === "forbidden-pattern" || data6 === "number-limit" || data6 === "date" || data6 === "structure" || data6 === "applicability")) {
        const err29 = { instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/enum", keyword: "enum", params: { allowedValues: schema11.properties.kind.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err29];
        } else {
          vErrors.push(err29);
        }
        errors++;
      }
    }
    if (data.title !== void 0) {
      let data7 = data.title;
      if (typeof data7 === "string") {
        if (func3(data7) > 120) {
          const err30 = { instancePath: instancePath + "/title", schemaPath: "#/properties/title/maxLength", keyword: "maxLength", params: { limit: 120 }, message: "must NOT have more than 120 characters" };
          if (vErrors === null) {
            vErrors = [err30];
          } else {
            vErrors.push(err30);
          }
          errors++;
        }
        if (func3(data7) < 3) {
          const err31 = { instancePath: instancePath + "/title", schemaPath: "#/properties/title/minLength", keyword: "minLength", params: { limit: 3 }, message: "must NOT have fewer than 3 characters" };
          if (vErrors === null) {
            vErrors = [err31];
          } else {
            vErrors.push(err31);
          }
          errors++;
        }
      } else {
        const err32 = { instancePath: instancePath + "/title", schemaPath: "#/properties/title/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err32];
        } else {
          vErrors.push(err32);
        }
        errors++;
      }
    }
    if (data.description !== void 0) {
      let data8 = data.description;
      if (typeof data8 === "string") {
        if (func3(data8) < 10) {
          const err33 = { instancePath: instancePath + "/description", schemaPath: "#/properties/description/minLength", keyword: "minLength", params: { limit: 10 }, message: "must NOT have fewer than 10 characters" };
          if (vErrors === null) {
            vErrors = [err33];
          } else {
            vErrors.push(err33);
          }
          errors++;
        }
      } else {
        const err34 = { instancePath: instancePath + "/description", schemaPath: "#/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err34];
        } else {
          vErrors.push(err34);
        }
        errors++;
      }
    }
    if (data.citation !== void 0) {
      let data9 = data.citation;
      if (typeof data9 === "string") {
        if (func3(data9) < 1) {
          const err35 = { instancePath: instancePath + "/citation", schemaPath: "#/properties/citation/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err35];
          } else {
            vErrors.push(err35);
          }
          errors++;
        }
      } else {
        const err36 = { instancePath: instancePath + "/citation", schemaPath: "#/properties/citation/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err36];
        } else {
          vErrors.push(err36);
        }
        errors++;
      }
    }
    if (data.verified !== void 0) {
      let data10 = data.verified;
      if (!(data10 === "P" || data10 === "S" || data10 === "U")) {
        const err37 = { instancePath: instancePath + "/verified", schemaPath: "#/properties/verified/enum", keyword: "enum", params: { allowedValues: schema11.properties.verified.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err37];
        } else {
          vErrors.push(err37);
        }
        errors++;
      }
    }
    if (data.severity !== void 0) {
      let data11 = data.severity;
      if (!(data11 === "warn" || data11 === "error")) {
        const err38 = { instancePath: instancePath + "/severity", schemaPath: "#/properties/severity/enum", keyword: "enum", params: { allowedValues: schema11.properties.severity.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err38];
        } else {
          vErrors.push(err38);
        }
        errors++;
      }
    }
    if (data.message !== void 0) {
      let data12 = data.message;
      if (typeof data12 === "string") {
        if (func3(data12) < 5) {
          const err39 = { instancePath: instancePath + "/message", schemaPath: "#/properties/message/minLength", keyword: "minLength", params: { limit: 5 }, message: "must NOT have fewer than 5 characters" };
          if (vErrors === null) {
            vErrors = [err39];
          } else {
            vErrors.push(err39);
          }
          errors++;
        }
      } else {
        const err40 = { instancePath: instancePath + "/message", schemaPath: "#/properties/message/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err40];
        } else {
          vErrors.push(err40);
        }
        errors++;
      }
    }
    if (data.suggestion !== void 0) {
      if (typeof data.suggestion !== "string") {
        const err41 = { instancePath: instancePath + "/suggestion", schemaPath: "#/properties/suggestion/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err41];
        } else {
          vErrors.push(err41);
        }
        errors++;
      }
    }
    if (data.docs !== void 0) {
      if (typeof data.docs !== "string") {
        const err42 = { instancePath: instancePath + "/docs", schemaPath: "#/properties/docs/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err42];
        } else {
          vErrors.push(err42);
        }
        errors++;
      }
    }
    if (data.examples !== void 0) {
      let data15 = data.examples;
      if (data15 && typeof data15 == "object" && !Array.isArray(data15)) {
        for (const key1 in data15) {
          if (!(key1 === "compliant" || key1 === "noncompliant")) {
            const err43 = { instancePath: instancePath + "/examples", schemaPath: "#/properties/examples/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err43];
            } else {
              vErrors.push(err43);
            }
            errors++;
          }
        }
        if (data15.compliant !== void 0) {
          let data16 = data15.compliant;
          if (Array.isArray(data16)) {
            const len0 = data16.length;
            for (let i0 = 0; i0 < len0; i0++) {
              let data17 = data16[i0];
              const _errs48 = errors;
              let valid14 = false;
              let passing0 = null;
              const _errs49 = errors;
              if (typeof data17 === "string") {
                if (func3(data17) < 1) {
                  const err44 = { instancePath: instancePath + "/examples/compliant/" + i0, schemaPath: "#/definitions/example/oneOf/0/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err44];
                  } else {
                    vErrors.push(err44);
                  }
                  errors++;
                }
              } else {
                const err45 = { instancePath: instancePath + "/examples/compliant/" + i0, schemaPath: "#/definitions/example/oneOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err45];
                } else {
                  vErrors.push(err45);
                }
                errors++;
              }
              var _valid4 = _errs49 === errors;
              if (_valid4) {
                valid14 = true;
                passing0 = 0;
              }
              const _errs51 = errors;
              if (data17 && typeof data17 == "object" && !Array.isArray(data17)) {
                if (data17.text === void 0) {
                  const err46 = { instancePath: instancePath + "/examples/compliant/" + i0, schemaPath: "#/definitions/example/oneOf/1/required", keyword: "required", params: { missingProperty: "text" }, message: "must have required property 'text'" };
                  if (vErrors === null) {
                    vErrors = [err46];
                  } else {
                    vErrors.push(err46);
                  }
                  errors++;
                }
                for (const key2 in data17) {
                  if (!(key2 === "text" || key2 === "line" || key2 === "status" || key2 === "jurisdictions")) {
                    const err47 = { instancePath: instancePath + "/examples/compliant/" + i0, schemaPath: "#/definitions/example/oneOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                      vErrors = [err47];
                    } else {
                      vErrors.push(err47);
                    }
                    errors++;
                  }
                }
                if (data17.text !== void 0) {
                  let data18 = data17.text;
                  if (typeof data18 === "string") {
                    if (func3(data18) < 1) {
                      const err48 = { instancePath: instancePath + "/examples/compliant/" + i0 + "/text", schemaPath: "#/definitions/example/oneOf/1/properties/text/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                      if (vErrors === null) {
                        vErrors = [err48];
                      } else {
                        vErrors.push(err48);
                      }
                      errors++;
                    }
                  } else {
                    const err49 = { instancePath: instancePath + "/examples/compliant/" + i0 + "/text", schemaPath: "#/definitions/example/oneOf/1/properties/text/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err49];
                    } else {
                      vErrors.push(err49);
                    }
                    errors++;
                  }
                }
                if (data17.line !== void 0) {
                  let data19 = data17.line;
                  if (!(typeof data19 == "number" && (!(data19 % 1) && !isNaN(data19)))) {
                    const err50 = { instancePath: instancePath + "/examples/compliant/" + i0 + "/line", schemaPath: "#/definitions/example/oneOf/1/properties/line/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                    if (vErrors === null) {
                      vErrors = [err50];
                    } else {
                      vErrors.push(err50);
                    }
                    errors++;
                  }
                  if (typeof data19 == "number") {
                    if (data19 < 1 || isNaN(data19)) {
                      const err51 = { instancePath: instancePath + "/examples/compliant/" + i0 + "/line", schemaPath: "#/definitions/example/oneOf/1/properties/line/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
                      if (vErrors === null) {
                        vErrors = [err51];
                      } else {
                        vErrors.push(err51);
                      }
                      errors++;
                    }
                  }
                }
                if (data17.status !== void 0) {
                  let data20 = data17.status;
                  if (!(data20 === "present" || data20 === "not-applicable")) {
                    const err52 = { instancePath: instancePath + "/examples/compliant/" + i0 + "/status", schemaPath: "#/definitions/example/oneOf/1/properties/status/enum", keyword: "enum", params: { allowedValues: schema12.oneOf[1].properties.status.enum }, message: "must be equal to one of the allowed values" };
                    if (vErrors === null) {
                      vErrors = [err52];
                    } else {
                      vErrors.push(err52);
                    }
                    errors++;
                  }
                }
                if (data17.jurisdictions !== void 0) {
                  let data21 = data17.jurisdictions;
                  if (Array.isArray(data21)) {
                    const len1 = data21.length;
                    for (let i1 = 0; i1 < len1; i1++) {
                      if (typeof data21[i1] !== "string") {
                        const err53 = { instancePath: instancePath + "/examples/compliant/" + i0 + "/jurisdictions/" + i1, schemaPath: "#/definitions/example/oneOf/1/properties/jurisdictions/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err53];
                        } else {
                          vErrors.push(err53);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err54 = { instancePath: instancePath + "/examples/compliant/" + i0 + "/jurisdictions", schemaPath: "#/definitions/example/oneOf/1/properties/jurisdictions/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                    if (vErrors === null) {
                      vErrors = [err54];
                    } else {
                      vErrors.push(err54);
                    }
                    errors++;
                  }
                }
              } else {
                const err55 = { instancePath: instancePath + "/examples/compliant/" + i0, schemaPath: "#/definitions/example/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err55];
                } else {
                  vErrors.push(err55);
                }
                errors++;
              }
              var _valid4 = _errs51 === errors;
              if (_valid4 && valid14) {
                valid14 = false;
                passing0 = [passing0, 1];
              } else {
                if (_valid4) {
                  valid14 = true;
                  passing0 = 1;
                }
              }
              if (!valid14) {
                const err56 = { instancePath: instancePath + "/examples/compliant/" + i0, schemaPath: "#/definitions/example/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf" };
                if (vErrors === null) {
                  vErrors = [err56];
                } else {
                  vErrors.push(err56);
                }
                errors++;
              } else {
                errors = _errs48;
                if (vErrors !== null) {
                  if (_errs48) {
                    vErrors.length = _errs48;
                  } else {
                    vErrors = null;
                  }
                }
              }
            }
          } else {
            const err57 = { instancePath: instancePath + "/examples/compliant", schemaPath: "#/properties/examples/properties/compliant/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err57];
            } else {
              vErrors.push(err57);
            }
            errors++;
          }
        }
        if (data15.noncompliant !== void 0) {
          let data23 = data15.noncompliant;
          if (Array.isArray(data23)) {
            const len2 = data23.length;
            for (let i2 = 0; i2 < len2; i2++) {
              let data24 = data23[i2];
              const _errs67 = errors;
              let valid21 = false;
              let passing1 = null;
              const _errs68 = errors;
              if (typeof data24 === "string") {
                if (func3(data24) < 1) {
                  const err58 = { instancePath: instancePath + "/examples/noncompliant/" + i2, schemaPath: "#/definitions/example/oneOf/0/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err58];
                  } else {
                    vErrors.push(err58);
                  }
                  errors++;
                }
              } else {
                const err59 = { instancePath: instancePath + "/examples/noncompliant/" + i2, schemaPath: "#/definitions/example/oneOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err59];
                } else {
                  vErrors.push(err59);
                }
                errors++;
              }
              var _valid5 = _errs68 === errors;
              if (_valid5) {
                valid21 = true;
                passing1 = 0;
              }
              const _errs70 = errors;
              if (data24 && typeof data24 == "object" && !Array.isArray(data24)) {
                if (data24.text === void 0) {
                  const err60 = { instancePath: instancePath + "/examples/noncompliant/" + i2, schemaPath: "#/definitions/example/oneOf/1/required", keyword: "required", params: { missingProperty: "text" }, message: "must have required property 'text'" };
                  if (vErrors === null) {
                    vErrors = [err60];
                  } else {
                    vErrors.push(err60);
                  }
                  errors++;
                }
                for (const key3 in data24) {
                  if (!(key3 === "text" || key3 === "line" || key3 === "status" || key3 === "jurisdictions")) {
                    const err61 = { instancePath: instancePath + "/examples/noncompliant/" + i2, schemaPath: "#/definitions/example/oneOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                      vErrors = [err61];
                    } else {
                      vErrors.push(err61);
                    }
                    errors++;
                  }
                }
                if (data24.text !== void 0) {
                  let data25 = data24.text;
                  if (typeof data25 === "string") {
                    if (func3(data25) < 1) {
                      const err62 = { instancePath: instancePath + "/examples/noncompliant/" + i2 + "/text", schemaPath: "#/definitions/example/oneOf/1/properties/text/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                      if (vErrors === null) {
                        vErrors = [err62];
                      } else {
                        vErrors.push(err62);
                      }
                      errors++;
                    }
                  } else {
                    const err63 = { instancePath: instancePath + "/examples/noncompliant/" + i2 + "/text", schemaPath: "#/definitions/example/oneOf/1/properties/text/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err63];
                    } else {
                      vErrors.push(err63);
                    }
                    errors++;
                  }
                }
                if (data24.line !== void 0) {
                  let data26 = data24.line;
                  if (!(typeof data26 == "number" && (!(data26 % 1) && !isNaN(data26)))) {
                    const err64 = { instancePath: instancePath + "/examples/noncompliant/" + i2 + "/line", schemaPath: "#/definitions/example/oneOf/1/properties/line/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                    if (vErrors === null) {
                      vErrors = [err64];
                    } else {
                      vErrors.push(err64);
                    }
                    errors++;
                  }
                  if (typeof data26 == "number") {
                    if (data26 < 1 || isNaN(data26)) {
                      const err65 = { instancePath: instancePath + "/examples/noncompliant/" + i2 + "/line", schemaPath: "#/definitions/example/oneOf/1/properties/line/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
                      if (vErrors === null) {
                        vErrors = [err65];
                      } else {
                        vErrors.push(err65);
                      }
                      errors++;
                    }
                  }
                }
                if (data24.status !== void 0) {
                  let data27 = data24.status;
                  if (!(data27 === "present" || data27 === "not-applicable")) {
                    const err66 = { instancePath: instancePath + "/examples/noncompliant/" + i2 + "/status", schemaPath: "#/definitions/example/oneOf/1/properties/status/enum", keyword: "enum", params: { allowedValues: schema12.oneOf[1].properties.status.enum }, message: "must be equal to one of the allowed values" };
                    if (vErrors === null) {
                      vErrors = [err66];
                    } else {
                      vErrors.push(err66);
                    }
                    errors++;
                  }
                }
                if (data24.jurisdictions !== void 0) {
                  let data28 = data24.jurisdictions;
                  if (Array.isArray(data28)) {
                    const len3 = data28.length;
                    for (let i3 = 0; i3 < len3; i3++) {
                      if (typeof data28[i3] !== "string") {
                        const err67 = { instancePath: instancePath + "/examples/noncompliant/" + i2 + "/jurisdictions/" + i3, schemaPath: "#/definitions/example/oneOf/1/properties/jurisdictions/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err67];
                        } else {
                          vErrors.push(err67);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err68 = { instancePath: instancePath + "/examples/noncompliant/" + i2 + "/jurisdictions", schemaPath: "#/definitions/example/oneOf/1/properties/jurisdictions/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                    if (vErrors === null) {
                      vErrors = [err68];
                    } else {
                      vErrors.push(err68);
                    }
                    errors++;
                  }
                }
              } else {
                const err69 = { instancePath: instancePath + "/examples/noncompliant/" + i2, schemaPath: "#/definitions/example/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err69];
                } else {
                  vErrors.push(err69);
                }
                errors++;
              }
              var _valid5 = _errs70 === errors;
              if (_valid5 && valid21) {
                valid21 = false;
                passing1 = [passing1, 1];
              } else {
                if (_valid5) {
                  valid21 = true;
                  passing1 = 1;
                }
              }
              if (!valid21) {
                const err70 = { instancePath: instancePath + "/examples/noncompliant/" + i2, schemaPath: "#/definitions/example/oneOf", keyword: "oneOf", params: { passingSchemas: passing1 }, message: "must match exactly one schema in oneOf" };
                if (vErrors === null) {
                  vErrors = [err70];
                } else {
                  vErrors.push(err70);
                }
                errors++;
              } else {
                errors = _errs67;
                if (vErrors !== null) {
                  if (_errs67) {
                    vErrors.length = _errs67;
                  } else {
                    vErrors = null;
                  }
                }
              }
            }
          } else {
            const err71 = { instancePath: instancePath + "/examples/noncompliant", schemaPath: "#/properties/examples/properties/noncompliant/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err71];
            } else {
              vErrors.push(err71);
            }
            errors++;
          }
        }
      } else {
        const err72 = { instancePath: instancePath + "/examples", schemaPath: "#/properties/examples/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err72];
        } else {
          vErrors.push(err72);
        }
        errors++;
      }
    }
    if (data.evidence !== void 0) {
      let data30 = data.evidence;
      if (data30 && typeof data30 == "object" && !Array.isArray(data30)) {
        for (const key4 in data30) {
          if (!func2.call(schema11.properties.evidence.properties, key4)) {
            const err73 = { instancePath: instancePath + "/evidence", schemaPath: "#/properties/evidence/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err73];
            } else {
              vErrors.push(err73);
            }
            errors++;
          }
        }
        if (data30.phrases !== void 0) {
          if (!validate11(data30.phrases, { instancePath: instancePath + "/evidence/phrases", parentData: data30, parentDataProperty: "phrases", rootData })) {
            vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);
            errors = vErrors.length;
          }
        }
        if (data30.statements !== void 0) {
          if (!validate13(data30.statements, { instancePath: instancePath + "/evidence/statements", parentData: data30, parentDataProperty: "statements", rootData })) {
            vErrors = vErrors === null ? validate13.errors : vErrors.concat(validate13.errors);
            errors = vErrors.length;
          }
        }
        if (data30.sectionHeadings !== void 0) {
          if (!validate11(data30.sectionHeadings, { instancePath: instancePath + "/evidence/sectionHeadings", parentData: data30, parentDataProperty: "sectionHeadings", rootData })) {
            vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);
            errors = vErrors.length;
          }
        }
        if (data30.inSection !== void 0) {
          if (!validate11(data30.inSection, { instancePath: instancePath + "/evidence/inSection", parentData: data30, parentDataProperty: "inSection", rootData })) {
            vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);
            errors = vErrors.length;
          }
        }
        if (data30.weakPhrases !== void 0) {
          if (!validate11(data30.weakPhrases, { instancePath: instancePath + "/evidence/weakPhrases", parentData: data30, parentDataProperty: "weakPhrases", rootData })) {
            vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);
            errors = vErrors.length;
          }
        }
        if (data30.tableColumns !== void 0) {
          if (!validate11(data30.tableColumns, { instancePath: instancePath + "/evidence/tableColumns", parentData: data30, parentDataProperty: "tableColumns", rootData })) {
            vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);
            errors = vErrors.length;
          }
        }
        if (data30.addressBlock !== void 0) {
          if (!validate11(data30.addressBlock, { instancePath: instancePath + "/evidence/addressBlock", parentData: data30, parentDataProperty: "addressBlock", rootData })) {
            vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);
            errors = vErrors.length;
          }
        }
        if (data30.nearPhrases !== void 0) {
          if (!validate11(data30.nearPhrases, { instancePath: instancePath + "/evidence/nearPhrases", parentData: data30, parentDataProperty: "nearPhrases", rootData })) {
            vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);
            errors = vErrors.length;
          }
        }
        if (data30.citedLast !== void 0) {
          if (!validate11(data30.citedLast, { instancePath: instancePath + "/evidence/citedLast", parentData: data30, parentDataProperty: "citedLast", rootData })) {
            vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);
            errors = vErrors.length;
          }
        }
        if (data30.headingSuffices !== void 0) {
          if (typeof data30.headingSuffices !== "boolean") {
            const err74 = { instancePath: instancePath + "/evidence/headingSuffices", schemaPath: "#/properties/evidence/properties/headingSuffices/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
            if (vErrors === null) {
              vErrors = [err74];
            } else {
              vErrors.push(err74);
            }
            errors++;
          }
        }
        if (data30.signals !== void 0) {
          let data41 = data30.signals;
          if (Array.isArray(data41)) {
            const len4 = data41.length;
            for (let i4 = 0; i4 < len4; i4++) {
              let data42 = data41[i4];
              if (typeof data42 !== "string") {
                const err75 = { instancePath: instancePath + "/evidence/signals/" + i4, schemaPath: "#/definitions/signal/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err75];
                } else {
                  vErrors.push(err75);
                }
                errors++;
              }
              if (!(data42 === "policy-date" || data42 === "email" || data42 === "postal-address" || data42 === "phone" || data42 === "url" || data42 === "handle" || data42 === "organisation-name" || data42 === "list")) {
                const err76 = { instancePath: instancePath + "/evidence/signals/" + i4, schemaPath: "#/definitions/signal/enum", keyword: "enum", params: { allowedValues: schema18.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err76];
                } else {
                  vErrors.push(err76);
                }
                errors++;
              }
            }
          } else {
            const err77 = { instancePath: instancePath + "/evidence/signals", schemaPath: "#/properties/evidence/properties/signals/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err77];
            } else {
              vErrors.push(err77);
            }
            errors++;
          }
        }
        if (data30.signalsAnywhere !== void 0) {
          let data43 = data30.signalsAnywhere;
          if (Array.isArray(data43)) {
            const len5 = data43.length;
            for (let i5 = 0; i5 < len5; i5++) {
              let data44 = data43[i5];
              if (typeof data44 !== "string") {
                const err78 = { instancePath: instancePath + "/evidence/signalsAnywhere/" + i5, schemaPath: "#/definitions/signal/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err78];
                } else {
                  vErrors.push(err78);
                }
                errors++;
              }
              if (!(data44 === "policy-date" || data44 === "email" || data44 === "postal-address" || data44 === "phone" || data44 === "url" || data44 === "handle" || data44 === "organisation-name" || data44 === "list")) {
                const err79 = { instancePath: instancePath + "/evidence/signalsAnywhere/" + i5, schemaPath: "#/definitions/signal/enum", keyword: "enum", params: { allowedValues: schema18.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err79];
                } else {
                  vErrors.push(err79);
                }
                errors++;
              }
            }
          } else {
            const err80 = { instancePath: instancePath + "/evidence/signalsAnywhere", schemaPath: "#/properties/evidence/properties/signalsAnywhere/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err80];
            } else {
              vErrors.push(err80);
            }
            errors++;
          }
        }
        if (data30.exclude !== void 0) {
          if (!validate11(data30.exclude, { instancePath: instancePath + "/evidence/exclude", parentData: data30, parentDataProperty: "exclude", rootData })) {
            vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);
            errors = vErrors.length;
          }
        }
        if (data30.excludeSections !== void 0) {
          if (!validate11(data30.excludeSections, { instancePath: instancePath + "/evidence/excludeSections", parentData: data30, parentDataProperty: "excludeSections", rootData })) {
            vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);
            errors = vErrors.length;
          }
        }
        if (data30.negated !== void 0) {
          let data47 = data30.negated;
          if (!(data47 === "counts" || data47 === "ignored")) {
            const err81 = { instancePath: instancePath + "/evidence/negated", schemaPath: "#/properties/evidence/properties/negated/enum", keyword: "enum", params: { allowedValues: schema11.properties.evidence.properties.negated.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err81];
            } else {
              vErrors.push(err81);
            }
            errors++;
          }
        }
        if (data30.satisfiedBy !== void 0) {
          let data48 = data30.satisfiedBy;
          if (Array.isArray(data48)) {
            if (data48.length < 1) {
              const err82 = { instancePath: instancePath + "/evidence/satisfiedBy", schemaPath: "#/properties/evidence/properties/satisfiedBy/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
              if (vErrors === null) {
                vErrors = [err82];
              } else {
                vErrors.push(err82);
              }
              errors++;
            }
            const len6 = data48.length;
            for (let i6 = 0; i6 < len6; i6++) {
              let data49 = data48[i6];
              if (typeof data49 === "string") {
                if (!pattern0.test(data49)) {
                  const err83 = { instancePath: instancePath + "/evidence/satisfiedBy/" + i6, schemaPath: "#/properties/evidence/properties/satisfiedBy/items/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]+(-[a-z0-9]+)*/[a-z0-9]+(-[a-z0-9]+)*$" }, message: 'must match pattern "^[a-z0-9]+(-[a-z0-9]+)*/[a-z0-9]+(-[a-z0-9]+)*$"' };
                  if (vErrors === null) {
                    vErrors = [err83];
                  } else {
                    vErrors.push(err83);
                  }
                  errors++;
                }
              } else {
                const err84 = { instancePath: instancePath + "/evidence/satisfiedBy/" + i6, schemaPath: "#/properties/evidence/properties/satisfiedBy/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err84];
                } else {
                  vErrors.push(err84);
                }
                errors++;
              }
            }
          } else {
            const err85 = { instancePath: instancePath + "/evidence/satisfiedBy", schemaPath: "#/properties/evidence/properties/satisfiedBy/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err85];
            } else {
              vErrors.push(err85);
            }
            errors++;
          }
        }
        if (data30.minMatches !== void 0) {
          let data50 = data30.minMatches;
          if (!(typeof data50 == "number" && (!(data50 % 1) && !isNaN(data50)))) {
            const err86 = { instancePath: instancePath + "/evidence/minMatches", schemaPath: "#/properties/evidence/properties/minMatches/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err86];
            } else {
              vErrors.push(err86);
            }
            errors++;
          }
          if (typeof data50 == "number") {
            if (data50 > 20 || isNaN(data50)) {
              const err87 = { instancePath: instancePath + "/evidence/minMatches", schemaPath: "#/properties/evidence/properties/minMatches/maximum", keyword: "maximum", params: { comparison: "<=", limit: 20 }, message: "must be <= 20" };
              if (vErrors === null) {
                vErrors = [err87];
              } else {
                vErrors.push(err87);
              }
              errors++;
            }
            if (data50 < 1 || isNaN(data50)) {
              const err88 = { instancePath: instancePath + "/evidence/minMatches", schemaPath: "#/properties/evidence/properties/minMatches/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
              if (vErrors === null) {
                vErrors = [err88];
              } else {
                vErrors.push(err88);
              }
              errors++;
            }
          }
        }
        if (data30.slots !== void 0) {
          if (!validate11(data30.slots, { instancePath: instancePath + "/evidence/slots", parentData: data30, parentDataProperty: "slots", rootData })) {
            vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err89 = { instancePath: instancePath + "/evidence", schemaPath: "#/properties/evidence/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err89];
        } else {
          vErrors.push(err89);
        }
        errors++;
      }
    }
    if (data.condition !== void 0) {
      if (!validate31(data.condition, { instancePath: instancePath + "/condition", parentData: data, parentDataProperty: "condition", rootData })) {
        vErrors = vErrors === null ? validate31.errors : vErrors.concat(validate31.errors);
        errors = vErrors.length;
      }
    }
    if (data.jurisdictions !== void 0) {
      let data53 = data.jurisdictions;
      if (Array.isArray(data53)) {
        if (data53.length < 1) {
          const err90 = { instancePath: instancePath + "/jurisdictions", schemaPath: "#/properties/jurisdictions/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
          if (vErrors === null) {
            vErrors = [err90];
          } else {
            vErrors.push(err90);
          }
          errors++;
        }
        const len7 = data53.length;
        for (let i7 = 0; i7 < len7; i7++) {
          let data54 = data53[i7];
          if (typeof data54 === "string") {
            if (!pattern6.test(data54)) {
              const err91 = { instancePath: instancePath + "/jurisdictions/" + i7, schemaPath: "#/properties/jurisdictions/items/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]+(-[a-z0-9]+)*$" }, message: 'must match pattern "^[a-z0-9]+(-[a-z0-9]+)*$"' };
              if (vErrors === null) {
                vErrors = [err91];
              } else {
                vErrors.push(err91);
              }
              errors++;
            }
          } else {
            const err92 = { instancePath: instancePath + "/jurisdictions/" + i7, schemaPath: "#/properties/jurisdictions/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err92];
            } else {
              vErrors.push(err92);
            }
            errors++;
          }
        }
      } else {
        const err93 = { instancePath: instancePath + "/jurisdictions", schemaPath: "#/properties/jurisdictions/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err93];
        } else {
          vErrors.push(err93);
        }
        errors++;
      }
    }
    if (data.topic !== void 0) {
      let data55 = data.topic;
      if (!(data55 === "rights" || data55 === "retention" || data55 === "sharing" || data55 === "collection" || data55 === "purposes" || data55 === "security" || data55 === "cookies" || data55 === "children" || data55 === "contact" || data55 === "transfers" || data55 === "changes")) {
        const err94 = { instancePath: instancePath + "/topic", schemaPath: "#/properties/topic/enum", keyword: "enum", params: { allowedValues: schema11.properties.topic.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err94];
        } else {
          vErrors.push(err94);
        }
        errors++;
      }
    }
    if (data.sameDisclosure !== void 0) {
      let data56 = data.sameDisclosure;
      if (Array.isArray(data56)) {
        if (data56.length < 2) {
          const err95 = { instancePath: instancePath + "/sameDisclosure", schemaPath: "#/properties/sameDisclosure/minItems", keyword: "minItems", params: { limit: 2 }, message: "must NOT have fewer than 2 items" };
          if (vErrors === null) {
            vErrors = [err95];
          } else {
            vErrors.push(err95);
          }
          errors++;
        }
        const len8 = data56.length;
        for (let i8 = 0; i8 < len8; i8++) {
          let data57 = data56[i8];
          if (typeof data57 === "string") {
            if (!pattern0.test(data57)) {
              const err96 = { instancePath: instancePath + "/sameDisclosure/" + i8, schemaPath: "#/properties/sameDisclosure/items/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]+(-[a-z0-9]+)*/[a-z0-9]+(-[a-z0-9]+)*$" }, message: 'must match pattern "^[a-z0-9]+(-[a-z0-9]+)*/[a-z0-9]+(-[a-z0-9]+)*$"' };
              if (vErrors === null) {
                vErrors = [err96];
              } else {
                vErrors.push(err96);
              }
              errors++;
            }
          } else {
            const err97 = { instancePath: instancePath + "/sameDisclosure/" + i8, schemaPath: "#/properties/sameDisclosure/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err97];
            } else {
              vErrors.push(err97);
            }
            errors++;
          }
        }
      } else {
        const err98 = { instancePath: instancePath + "/sameDisclosure", schemaPath: "#/properties/sameDisclosure/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err98];
        } else {
          vErrors.push(err98);
        }
        errors++;
      }
    }
    if (data.runsWhereNamed !== void 0) {
      if (typeof data.runsWhereNamed !== "boolean") {
        const err99 = { instancePath: instancePath + "/runsWhereNamed", schemaPath: "#/properties/runsWhereNamed/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        if (vErrors === null) {
          vErrors = [err99];
        } else {
          vErrors.push(err99);
        }
        errors++;
      }
    }
    if (data.documents !== void 0) {
      let data59 = data.documents;
      if (Array.isArray(data59)) {
        if (data59.length < 1) {
          const err100 = { instancePath: instancePath + "/documents", schemaPath: "#/properties/documents/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
          if (vErrors === null) {
            vErrors = [err100];
          } else {
            vErrors.push(err100);
          }
          errors++;
        }
        const len9 = data59.length;
        for (let i9 = 0; i9 < len9; i9++) {
          let data60 = data59[i9];
          if (!(data60 === "policy" || data60 === "supplement" || data60 === "notice-at-collection" || data60 === "cookie-notice" || data60 === "children-notice" || data60 === "opt-out-notice" || data60 === "telemetry-notice" || data60 === "processing-terms" || data60 === "deployer-note" || data60 === "section" || data60 === "stub")) {
            const err101 = { instancePath: instancePath + "/documents/" + i9, schemaPath: "#/properties/documents/items/enum", keyword: "enum", params: { allowedValues: schema11.properties.documents.items.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err101];
            } else {
              vErrors.push(err101);
            }
            errors++;
          }
        }
        let i10 = data59.length;
        let j0;
        if (i10 > 1) {
          outer0: for (; i10--; ) {
            for (j0 = i10; j0--; ) {
              if (func0(data59[i10], data59[j0])) {
                const err102 = { instancePath: instancePath + "/documents", schemaPath: "#/properties/documents/uniqueItems", keyword: "uniqueItems", params: { i: i10, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i10 + " are identical)" };
                if (vErrors === null) {
                  vErrors = [err102];
                } else {
                  vErrors.push(err102);
                }
                errors++;
                break outer0;
              }
            }
          }
        }
      } else {
        const err103 = { instancePath: instancePath + "/documents", schemaPath: "#/properties/documents/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err103];
        } else {
          vErrors.push(err103);
        }
        errors++;
      }
    }
    if (data.marksSlot !== void 0) {
      if (typeof data.marksSlot !== "boolean") {
        const err104 = { instancePath: instancePath + "/marksSlot", schemaPath: "#/properties/marksSlot/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        if (vErrors === null) {
          vErrors = [err104];
        } else {
          vErrors.push(err104);
        }
        errors++;
      }
    }
    if (data.defersTo !== void 0) {
      let data62 = data.defersTo;
      if (Array.isArray(data62)) {
        if (data62.length < 1) {
          const err105 = { instancePath: instancePath + "/defersTo", schemaPath: "#/properties/defersTo/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
          if (vErrors === null) {
            vErrors = [err105];
          } else {
            vErrors.push(err105);
          }
          errors++;
        }
        const len10 = data62.length;
        for (let i11 = 0; i11 < len10; i11++) {
          let data63 = data62[i11];
          if (typeof data63 === "string") {
            if (!pattern0.test(data63)) {
              const err106 = { instancePath: instancePath + "/defersTo/" + i11, schemaPath: "#/properties/defersTo/items/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]+(-[a-z0-9]+)*/[a-z0-9]+(-[a-z0-9]+)*$" }, message: 'must match pattern "^[a-z0-9]+(-[a-z0-9]+)*/[a-z0-9]+(-[a-z0-9]+)*$"' };
              if (vErrors === null) {
                vErrors = [err106];
              } else {
                vErrors.push(err106);
              }
              errors++;
            }
          } else {
            const err107 = { instancePath: instancePath + "/defersTo/" + i11, schemaPath: "#/properties/defersTo/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err107];
            } else {
              vErrors.push(err107);
            }
            errors++;
          }
        }
      } else {
        const err108 = { instancePath: instancePath + "/defersTo", schemaPath: "#/properties/defersTo/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err108];
        } else {
          vErrors.push(err108);
        }
        errors++;
      }
    }
    if (data.patterns !== void 0) {
      let data64 = data.patterns;
      if (Array.isArray(data64)) {
        if (data64.length > 200) {
          const err109 = { instancePath: instancePath + "/patterns", schemaPath: "#/properties/patterns/maxItems", keyword: "maxItems", params: { limit: 200 }, message: "must NOT have more than 200 items" };
          if (vErrors === null) {
            vErrors = [err109];
          } else {
            vErrors.push(err109);
          }
          errors++;
        }
        if (data64.length < 1) {
          const err110 = { instancePath: instancePath + "/patterns", schemaPath: "#/properties/patterns/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
          if (vErrors === null) {
            vErrors = [err110];
          } else {
            vErrors.push(err110);
          }
          errors++;
        }
        const len11 = data64.length;
        for (let i12 = 0; i12 < len11; i12++) {
          if (!validate37(data64[i12], { instancePath: instancePath + "/patterns/" + i12, parentData: data64, parentDataProperty: i12, rootData })) {
            vErrors = vErrors === null ? validate37.errors : vErrors.concat(validate37.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err111 = { instancePath: instancePath + "/patterns", schemaPath: "#/properties/patterns/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err111];
        } else {
          vErrors.push(err111);
        }
        errors++;
      }
    }
    if (data.quantity !== void 0) {
      let data66 = data.quantity;
      if (!(data66 === "duration" || data66 === "age" || data66 === "money")) {
        const err112 = { instancePath: instancePath + "/quantity", schemaPath: "#/properties/quantity/enum", keyword: "enum", params: { allowedValues: schema11.properties.quantity.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err112];
        } else {
          vErrors.push(err112);
        }
        errors++;
      }
    }
    if (data.context !== void 0) {
      if (!validate11(data.context, { instancePath: instancePath + "/context", parentData: data, parentDataProperty: "context", rootData })) {
        vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);
        errors = vErrors.length;
      }
    }
    if (data.contextAll !== void 0) {
      if (!validate11(data.contextAll, { instancePath: instancePath + "/contextAll", parentData: data, parentDataProperty: "contextAll", rootData })) {
        vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);
        errors = vErrors.length;
      }
    }
    if (data.contextExclude !== void 0) {
      if (!validate11(data.contextExclude, { instancePath: instancePath + "/contextExclude", parentData: data, parentDataProperty: "contextExclude", rootData })) {
        vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);
        errors = vErrors.length;
      }
    }
    if (data.excludeSections !== void 0) {
      if (!validate11(data.excludeSections, { instancePath: instancePath + "/excludeSections", parentData: data, parentDataProperty: "excludeSections", rootData })) {
        vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);
        errors = vErrors.length;
      }
    }
    if (data.compare !== void 0) {
      let data71 = data.compare;
      if (!(data71 === "max" || data71 === "min")) {
        const err113 = { instancePath: instancePath + "/compare", schemaPath: "#/properties/compare/enum", keyword: "enum", params: { allowedValues: schema11.properties.compare.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err113];
        } else {
          vErrors.push(err113);
        }
        errors++;
      }
    }
    if (data.limits !== void 0) {
      let data72 = data.limits;
      if (Array.isArray(data72)) {
        if (data72.length < 1) {
          const err114 = { instancePath: instancePath + "/limits", schemaPath: "#/properties/limits/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
          if (vErrors === null) {
            vErrors = [err114];
          } else {
            vErrors.push(err114);
          }
          errors++;
        }
        const len12 = data72.length;
        for (let i13 = 0; i13 < len12; i13++) {
          if (!validate44(data72[i13], { instancePath: instancePath + "/limits/" + i13, parentData: data72, parentDataProperty: i13, rootData })) {
            vErrors = vErrors === null ? validate44.errors : vErrors.concat(validate44.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err115 = { instancePath: instancePath + "/limits", schemaPath: "#/properties/limits/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err115];
        } else {
          vErrors.push(err115);
        }
        errors++;
      }
    }
    if (data.limitsFact !== void 0) {
      if (typeof data.limitsFact !== "string") {
        const err116 = { instancePath: instancePath + "/limitsFact", schemaPath: "#/properties/limitsFact/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err116];
        } else {
          vErrors.push(err116);
        }
        errors++;
      }
    }
    if (data.check !== void 0) {
      let data75 = data.check;
      if (!(data75 === "empty-list" || data75 === "empty-section" || data75 === "broken-link" || data75 === "mismatched-entity" || data75 === "invalid-date" || data75 === "stale-date" || data75 === "stub" || data75 === "cross-reference" || data75 === "language")) {
        const err117 = { instancePath: instancePath + "/check", schemaPath: "#/properties/check/enum", keyword: "enum", params: { allowedValues: schema11.properties.check.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err117];
        } else {
          vErrors.push(err117);
        }
        errors++;
      }
    }
    if (data.options !== void 0) {
      let data76 = data.options;
      if (!(data76 && typeof data76 == "object" && !Array.isArray(data76))) {
        const err118 = { instancePath: instancePath + "/options", schemaPath: "#/properties/options/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err118];
        } else {
          vErrors.push(err118);
        }
        errors++;
      }
    }
  } else {
    const err119 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err119];
    } else {
      vErrors.push(err119);
    }
    errors++;
  }
  validate10.errors = vErrors;
  return errors === 0;
}
var validatePack = validate47;
var schema23 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://policylint.dev/schemas/pack.json", "title": "policylint rule pack", "description": "rules/<pack>/pack.json: what the pack is and when it is on.", "type": "object", "required": ["name", "title", "enabled"], "additionalProperties": false, "properties": { "$schema": { "type": "string" }, "name": { "type": "string", "pattern": "^[a-z0-9]+(-[a-z0-9]+)*$" }, "title": { "type": "string", "minLength": 2 }, "description": { "type": "string" }, "shortTitle": { "type": "string", "minLength": 2, "description": "The law's short name in messages ('CCPA', 'GDPR')." }, "enabled": { "enum": ["always", "detected", "explicit"], "description": "always: on for every policy; detected: its basis is decided per document (configured, a fact, addressed, named, none: see address) or the user selects it; explicit: only when selected." }, "detect": { "type": "array", "items": { "type": "string", "minLength": 1, "maxLength": 200 }, "description": "Token phrases (same syntax as rule phrases) that name the law. Named only, the pack gives one note; see address." }, "address": { "type": "object", "additionalProperties": false, "description": "When the policy speaks to this law's people or claims compliance with it: the pack's basis is then 'addressed' and its rules run. A law the policy only names (detect) gets one note, never a finding per requirement.", "properties": { "phrases": { "$ref": "rule.json#/definitions/phrases", "description": "Phrases that address them where a sentence affirms them ('under the CCPA, you have the right', 'if you are a California resident')." }, "statements": { "$ref": "rule.json#/definitions/statements", "description": "Statements that address them: the operator's own claim to comply ('we comply with the GDPR'; not 'our payment processor complies with it')." }, "headings": { "$ref": "rule.json#/definitions/phrases", "description": "A section headed like this ('Your California Privacy Rights', 'EEA residents'), with text under it, is written for them; so is a section of this kind that names the law." }, "namedUnder": { "$ref": "rule.json#/definitions/phrases", "description": "Headings of sections that speak to people abroad ('International users'): the law named inside one addresses them." }, "vocabulary": { "$ref": "rule.json#/definitions/phrases", "description": "The law's own terms ('legal basis for processing', 'data controller'): used as the policy's own framework they address it, unless the policy declares another law (otherLaws) as its framework." }, "vocabularyUnlessFacts": { "type": "array", "items": { "type": "string", "pattern": "^[a-zA-Z][a-zA-Z0-9]*$" }, "description": "Facts under which the vocabulary addresses nothing: an operator established outside Europe (establishedOutsideEurope) borrows the law's words, and the law reaches it abroad only through a statement to that law's people (phrases, statements, headings)." }, "otherLaws": { "$ref": "rule.json#/definitions/phrases", "description": "Phrases that declare another law as the policy's framework ('DPDP Act', 'PIPEDA', 'addresses COPPA specifically')." }, "exclude": { "$ref": "rule.json#/definitions/phrases", "description": "A paragraph holding one of these speaks to the same people under another law ('California residents may ask for a notice of what we share for direct marketing': Shine the Light, Civ. Code \xA71798.83), so it does not address this one." }, "headingsOtherLaws": { "$ref": "rule.json#/definitions/phrases", "description": "Other laws a section under one of the headings may be written for instead ('For California parents' under SOPIPA, 'Your California privacy rights' under Shine the Light): such a section addresses this law only if it also names it (detect)." } } }, "appliesWith": { "type": "array", "items": { "type": "string", "pattern": "^[a-zA-Z][a-zA-Z0-9]*$" }, "description": "Facts (configured, or found in the text by rules/facts.json) that make this law apply whatever the text names: an operator established in the EU (establishedInEU)." }, "requires": { "type": "object", "additionalProperties": false, "required": ["facts", "reason"], "description": "The law reaches only documents with one of these facts, configured or found in the text (COPPA: a service directed to children, or one that knowingly collects from them).", "properties": { "facts": { "type": "array", "items": { "type": "string", "pattern": "^[a-zA-Z][a-zA-Z0-9]*$" }, "minItems": 1 }, "reason": { "type": "string", "description": "Why the pack does not apply when none holds." } } }, "unlessFacts": { "type": "array", "items": { "type": "string", "pattern": "^[a-zA-Z][a-zA-Z0-9]*$" }, "description": "Facts that put the document out of this law's reach (collectsNoPersonalData; publicAuthority)." }, "documents": { "type": "array", "items": { "enum": ["policy", "supplement", "notice-at-collection", "cookie-notice", "children-notice", "opt-out-notice", "telemetry-notice", "processing-terms", "deployer-note", "section", "stub"] }, "minItems": 1, "uniqueItems": true, "description": "Kinds of document (rules/kinds.json) the pack's rules apply to, unless a rule says otherwise; all but stub when unset." }, "implies": { "type": "array", "items": { "type": "string" }, "description": "Packs enabled together with this one." } } };
function validate48(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (Array.isArray(data)) {
    if (data.length > 400) {
      const err0 = { instancePath, schemaPath: "#/maxItems", keyword: "maxItems", params: { limit: 400 }, message: "must NOT have more than 400 items" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    const len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) {
      let data0 = data[i0];
      if (typeof data0 === "string") {
        if (func3(data0) > 200) {
          const err1 = { instancePath: instancePath + "/" + i0, schemaPath: "#/definitions/phrase/maxLength", keyword: "maxLength", params: { limit: 200 }, message: "must NOT have more than 200 characters" };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
        if (func3(data0) < 1) {
          const err2 = { instancePath: instancePath + "/" + i0, schemaPath: "#/definitions/phrase/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      } else {
        const err3 = { instancePath: instancePath + "/" + i0, schemaPath: "#/definitions/phrase/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
  } else {
    const err4 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" }, message: "must be array" };
    if (vErrors === null) {
      vErrors = [err4];
    } else {
      vErrors.push(err4);
    }
    errors++;
  }
  validate48.errors = vErrors;
  return errors === 0;
}
function validate50(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (Array.isArray(data)) {
    if (data.length > 50) {
      const err0 = { instancePath, schemaPath: "#/maxItems", keyword: "maxItems", params: { limit: 50 }, message: "must NOT have more than 50 items" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    const len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) {
      if (!validate14(data[i0], { instancePath: instancePath + "/" + i0, parentData: data, parentDataProperty: i0, rootData })) {
        vErrors = vErrors === null ? validate14.errors : vErrors.concat(validate14.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err1 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" }, message: "must be array" };
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  validate50.errors = vErrors;
  return errors === 0;
}
function validate47(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.name === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.title === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "title" }, message: "must have required property 'title'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.enabled === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "enabled" }, message: "must have required property 'enabled'" };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func2.call(schema23.properties, key0)) {
        const err3 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.$schema !== void 0) {
      if (typeof data.$schema !== "string") {
        const err4 = { instancePath: instancePath + "/$schema", schemaPath: "#/properties/%24schema/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.name !== void 0) {
      let data1 = data.name;
      if (typeof data1 === "string") {
        if (!pattern6.test(data1)) {
          const err5 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]+(-[a-z0-9]+)*$" }, message: 'must match pattern "^[a-z0-9]+(-[a-z0-9]+)*$"' };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      } else {
        const err6 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.title !== void 0) {
      let data2 = data.title;
      if (typeof data2 === "string") {
        if (func3(data2) < 2) {
          const err7 = { instancePath: instancePath + "/title", schemaPath: "#/properties/title/minLength", keyword: "minLength", params: { limit: 2 }, message: "must NOT have fewer than 2 characters" };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
      } else {
        const err8 = { instancePath: instancePath + "/title", schemaPath: "#/properties/title/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.description !== void 0) {
      if (typeof data.description !== "string") {
        const err9 = { instancePath: instancePath + "/description", schemaPath: "#/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.shortTitle !== void 0) {
      let data4 = data.shortTitle;
      if (typeof data4 === "string") {
        if (func3(data4) < 2) {
          const err10 = { instancePath: instancePath + "/shortTitle", schemaPath: "#/properties/shortTitle/minLength", keyword: "minLength", params: { limit: 2 }, message: "must NOT have fewer than 2 characters" };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
      } else {
        const err11 = { instancePath: instancePath + "/shortTitle", schemaPath: "#/properties/shortTitle/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.enabled !== void 0) {
      let data5 = data.enabled;
      if (!(data5 === "always" || data5 === "detected" || data5 === "explicit")) {
        const err12 = { instancePath: instancePath + "/enabled", schemaPath: "#/properties/enabled/enum", keyword: "enum", params: { allowedValues: schema23.properties.enabled.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.detect !== void 0) {
      let data6 = data.detect;
      if (Array.isArray(data6)) {
        const len0 = data6.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data7 = data6[i0];
          if (typeof data7 === "string") {
            if (func3(data7) > 200) {
              const err13 = { instancePath: instancePath + "/detect/" + i0, schemaPath: "#/properties/detect/items/maxLength", keyword: "maxLength", params: { limit: 200 }, message: "must NOT have more than 200 characters" };
              if (vErrors === null) {
                vErrors = [err13];
              } else {
                vErrors.push(err13);
              }
              errors++;
            }
            if (func3(data7) < 1) {
              const err14 = { instancePath: instancePath + "/detect/" + i0, schemaPath: "#/properties/detect/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              if (vErrors === null) {
                vErrors = [err14];
              } else {
                vErrors.push(err14);
              }
              errors++;
            }
          } else {
            const err15 = { instancePath: instancePath + "/detect/" + i0, schemaPath: "#/properties/detect/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err15];
            } else {
              vErrors.push(err15);
            }
            errors++;
          }
        }
      } else {
        const err16 = { instancePath: instancePath + "/detect", schemaPath: "#/properties/detect/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    if (data.address !== void 0) {
      let data8 = data.address;
      if (data8 && typeof data8 == "object" && !Array.isArray(data8)) {
        for (const key1 in data8) {
          if (!func2.call(schema23.properties.address.properties, key1)) {
            const err17 = { instancePath: instancePath + "/address", schemaPath: "#/properties/address/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err17];
            } else {
              vErrors.push(err17);
            }
            errors++;
          }
        }
        if (data8.phrases !== void 0) {
          if (!validate48(data8.phrases, { instancePath: instancePath + "/address/phrases", parentData: data8, parentDataProperty: "phrases", rootData })) {
            vErrors = vErrors === null ? validate48.errors : vErrors.concat(validate48.errors);
            errors = vErrors.length;
          }
        }
        if (data8.statements !== void 0) {
          if (!validate50(data8.statements, { instancePath: instancePath + "/address/statements", parentData: data8, parentDataProperty: "statements", rootData })) {
            vErrors = vErrors === null ? validate50.errors : vErrors.concat(validate50.errors);
            errors = vErrors.length;
          }
        }
        if (data8.headings !== void 0) {
          if (!validate48(data8.headings, { instancePath: instancePath + "/address/headings", parentData: data8, parentDataProperty: "headings", rootData })) {
            vErrors = vErrors === null ? validate48.errors : vErrors.concat(validate48.errors);
            errors = vErrors.length;
          }
        }
        if (data8.namedUnder !== void 0) {
          if (!validate48(data8.namedUnder, { instancePath: instancePath + "/address/namedUnder", parentData: data8, parentDataProperty: "namedUnder", rootData })) {
            vErrors = vErrors === null ? validate48.errors : vErrors.concat(validate48.errors);
            errors = vErrors.length;
          }
        }
        if (data8.vocabulary !== void 0) {
          if (!validate48(data8.vocabulary, { instancePath: instancePath + "/address/vocabulary", parentData: data8, parentDataProperty: "vocabulary", rootData })) {
            vErrors = vErrors === null ? validate48.errors : vErrors.concat(validate48.errors);
            errors = vErrors.length;
          }
        }
        if (data8.vocabularyUnlessFacts !== void 0) {
          let data14 = data8.vocabularyUnlessFacts;
          if (Array.isArray(data14)) {
            const len1 = data14.length;
            for (let i1 = 0; i1 < len1; i1++) {
              let data15 = data14[i1];
              if (typeof data15 === "string") {
                if (!pattern2.test(data15)) {
                  const err18 = { instancePath: instancePath + "/address/vocabularyUnlessFacts/" + i1, schemaPath: "#/properties/address/properties/vocabularyUnlessFacts/items/pattern", keyword: "pattern", params: { pattern: "^[a-zA-Z][a-zA-Z0-9]*$" }, message: 'must match pattern "^[a-zA-Z][a-zA-Z0-9]*$"' };
                  if (vErrors === null) {
                    vErrors = [err18];
                  } else {
                    vErrors.push(err18);
                  }
                  errors++;
                }
              } else {
                const err19 = { instancePath: instancePath + "/address/vocabularyUnlessFacts/" + i1, schemaPath: "#/properties/address/properties/vocabularyUnlessFacts/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err19];
                } else {
                  vErrors.push(err19);
                }
                errors++;
              }
            }
          } else {
            const err20 = { instancePath: instancePath + "/address/vocabularyUnlessFacts", schemaPath: "#/properties/address/properties/vocabularyUnlessFacts/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err20];
            } else {
              vErrors.push(err20);
            }
            errors++;
          }
        }
        if (data8.otherLaws !== void 0) {
          if (!validate48(data8.otherLaws, { instancePath: instancePath + "/address/otherLaws", parentData: data8, parentDataProperty: "otherLaws", rootData })) {
            vErrors = vErrors === null ? validate48.errors : vErrors.concat(validate48.errors);
            errors = vErrors.length;
          }
        }
        if (data8.exclude !== void 0) {
          if (!validate48(data8.exclude, { instancePath: instancePath + "/address/exclude", parentData: data8, parentDataProperty: "exclude", rootData })) {
            vErrors = vErrors === null ? validate48.errors : vErrors.concat(validate48.errors);
            errors = vErrors.length;
          }
        }
        if (data8.headingsOtherLaws !== void 0) {
          if (!validate48(data8.headingsOtherLaws, { instancePath: instancePath + "/address/headingsOtherLaws", parentData: data8, parentDataProperty: "headingsOtherLaws", rootData })) {
            vErrors = vErrors === null ? validate48.errors : vErrors.concat(validate48.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err21 = { instancePath: instancePath + "/address", schemaPath: "#/properties/address/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
      }
    }
    if (data.appliesWith !== void 0) {
      let data19 = data.appliesWith;
      if (Array.isArray(data19)) {
        const len2 = data19.length;
        for (let i2 = 0; i2 < len2; i2++) {
          let data20 = data19[i2];
          if (typeof data20 === "string") {
            if (!pattern2.test(data20)) {
              const err22 = { instancePath: instancePath + "/appliesWith/" + i2, schemaPath: "#/properties/appliesWith/items/pattern", keyword: "pattern", params: { pattern: "^[a-zA-Z][a-zA-Z0-9]*$" }, message: 'must match pattern "^[a-zA-Z][a-zA-Z0-9]*$"' };
              if (vErrors === null) {
                vErrors = [err22];
              } else {
                vErrors.push(err22);
              }
              errors++;
            }
          } else {
            const err23 = { instancePath: instancePath + "/appliesWith/" + i2, schemaPath: "#/properties/appliesWith/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err23];
            } else {
              vErrors.push(err23);
            }
            errors++;
          }
        }
      } else {
        const err24 = { instancePath: instancePath + "/appliesWith", schemaPath: "#/properties/appliesWith/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err24];
        } else {
          vErrors.push(err24);
        }
        errors++;
      }
    }
    if (data.requires !== void 0) {
      let data21 = data.requires;
      if (data21 && typeof data21 == "object" && !Array.isArray(data21)) {
        if (data21.facts === void 0) {
          const err25 = { instancePath: instancePath + "/requires", schemaPath: "#/properties/requires/required", keyword: "required", params: { missingProperty: "facts" }, message: "must have required property 'facts'" };
          if (vErrors === null) {
            vErrors = [err25];
          } else {
            vErrors.push(err25);
          }
          errors++;
        }
        if (data21.reason === void 0) {
          const err26 = { instancePath: instancePath + "/requires", schemaPath: "#/properties/requires/required", keyword: "required", params: { missingProperty: "reason" }, message: "must have required property 'reason'" };
          if (vErrors === null) {
            vErrors = [err26];
          } else {
            vErrors.push(err26);
          }
          errors++;
        }
        for (const key2 in data21) {
          if (!(key2 === "facts" || key2 === "reason")) {
            const err27 = { instancePath: instancePath + "/requires", schemaPath: "#/properties/requires/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err27];
            } else {
              vErrors.push(err27);
            }
            errors++;
          }
        }
        if (data21.facts !== void 0) {
          let data22 = data21.facts;
          if (Array.isArray(data22)) {
            if (data22.length < 1) {
              const err28 = { instancePath: instancePath + "/requires/facts", schemaPath: "#/properties/requires/properties/facts/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
              if (vErrors === null) {
                vErrors = [err28];
              } else {
                vErrors.push(err28);
              }
              errors++;
            }
            const len3 = data22.length;
            for (let i3 = 0; i3 < len3; i3++) {
              let data23 = data22[i3];
              if (typeof data23 === "string") {
                if (!pattern2.test(data23)) {
                  const err29 = { instancePath: instancePath + "/requires/facts/" + i3, schemaPath: "#/properties/requires/properties/facts/items/pattern", keyword: "pattern", params: { pattern: "^[a-zA-Z][a-zA-Z0-9]*$" }, message: 'must match pattern "^[a-zA-Z][a-zA-Z0-9]*$"' };
                  if (vErrors === null) {
                    vErrors = [err29];
                  } else {
                    vErrors.push(err29);
                  }
                  errors++;
                }
              } else {
                const err30 = { instancePath: instancePath + "/requires/facts/" + i3, schemaPath: "#/properties/requires/properties/facts/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err30];
                } else {
                  vErrors.push(err30);
                }
                errors++;
              }
            }
          } else {
            const err31 = { instancePath: instancePath + "/requires/facts", schemaPath: "#/properties/requires/properties/facts/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err31];
            } else {
              vErrors.push(err31);
            }
            errors++;
          }
        }
        if (data21.reason !== void 0) {
          if (typeof data21.reason !== "string") {
            const err32 = { instancePath: instancePath + "/requires/reason", schemaPath: "#/properties/requires/properties/reason/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err32];
            } else {
              vErrors.push(err32);
            }
            errors++;
          }
        }
      } else {
        const err33 = { instancePath: instancePath + "/requires", schemaPath: "#/properties/requires/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err33];
        } else {
          vErrors.push(err33);
        }
        errors++;
      }
    }
    if (data.unlessFacts !== void 0) {
      let data25 = data.unlessFacts;
      if (Array.isArray(data25)) {
        const len4 = data25.length;
        for (let i4 = 0; i4 < len4; i4++) {
          let data26 = data25[i4];
          if (typeof data26 === "string") {
            if (!pattern2.test(data26)) {
              const err34 = { instancePath: instancePath + "/unlessFacts/" + i4, schemaPath: "#/properties/unlessFacts/items/pattern", keyword: "pattern", params: { pattern: "^[a-zA-Z][a-zA-Z0-9]*$" }, message: 'must match pattern "^[a-zA-Z][a-zA-Z0-9]*$"' };
              if (vErrors === null) {
                vErrors = [err34];
              } else {
                vErrors.push(err34);
              }
              errors++;
            }
          } else {
            const err35 = { instancePath: instancePath + "/unlessFacts/" + i4, schemaPath: "#/properties/unlessFacts/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err35];
            } else {
              vErrors.push(err35);
            }
            errors++;
          }
        }
      } else {
        const err36 = { instancePath: instancePath + "/unlessFacts", schemaPath: "#/properties/unlessFacts/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err36];
        } else {
          vErrors.push(err36);
        }
        errors++;
      }
    }
    if (data.documents !== void 0) {
      let data27 = data.documents;
      if (Array.isArray(data27)) {
        if (data27.length < 1) {
          const err37 = { instancePath: instancePath + "/documents", schemaPath: "#/properties/documents/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
          if (vErrors === null) {
            vErrors = [err37];
          } else {
            vErrors.push(err37);
          }
          errors++;
        }
        const len5 = data27.length;
        for (let i5 = 0; i5 < len5; i5++) {
          let data28 = data27[i5];
          if (!(data28 === "policy" || data28 === "supplement" || data28 === "notice-at-collection" || data28 === "cookie-notice" || data28 === "children-notice" || data28 === "opt-out-notice" || data28 === "telemetry-notice" || data28 === "processing-terms" || data28 === "deployer-note" || data28 === "section" || data28 === "stub")) {
            const err38 = { instancePath: instancePath + "/documents/" + i5, schemaPath: "#/properties/documents/items/enum", keyword: "enum", params: { allowedValues: schema23.properties.documents.items.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err38];
            } else {
              vErrors.push(err38);
            }
            errors++;
          }
        }
        let i6 = data27.length;
        let j0;
        if (i6 > 1) {
          outer0: for (; i6--; ) {
            for (j0 = i6; j0--; ) {
              if (func0(data27[i6], data27[j0])) {
                const err39 = { instancePath: instancePath + "/documents", schemaPath: "#/properties/documents/uniqueItems", keyword: "uniqueItems", params: { i: i6, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i6 + " are identical)" };
                if (vErrors === null) {
                  vErrors = [err39];
                } else {
                  vErrors.push(err39);
                }
                errors++;
                break outer0;
              }
            }
          }
        }
      } else {
        const err40 = { instancePath: instancePath + "/documents", schemaPath: "#/properties/documents/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err40];
        } else {
          vErrors.push(err40);
        }
        errors++;
      }
    }
    if (data.implies !== void 0) {
      let data29 = data.implies;
      if (Array.isArray(data29)) {
        const len6 = data29.length;
        for (let i7 = 0; i7 < len6; i7++) {
          if (typeof data29[i7] !== "string") {
            const err41 = { instancePath: instancePath + "/implies/" + i7, schemaPath: "#/properties/implies/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err41];
            } else {
              vErrors.push(err41);
            }
            errors++;
          }
        }
      } else {
        const err42 = { instancePath: instancePath + "/implies", schemaPath: "#/properties/implies/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err42];
        } else {
          vErrors.push(err42);
        }
        errors++;
      }
    }
  } else {
    const err43 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err43];
    } else {
      vErrors.push(err43);
    }
    errors++;
  }
  validate47.errors = vErrors;
  return errors === 0;
}
var validateFacts = validate59;
var schema27 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://policylint.dev/schemas/facts.json", "title": "policylint document facts", "description": "rules/facts.json: what a policy may say about its author and service that decides which laws and requirements reach it (collects no personal data, directed to children, established in the EU, a public authority). A configured fact (facts in the configuration) always wins; the text can only establish a fact, never deny one.", "type": "object", "required": ["facts"], "additionalProperties": false, "properties": { "$schema": { "type": "string" }, "facts": { "type": "array", "items": { "type": "object", "additionalProperties": false, "required": ["name", "title", "description"], "properties": { "name": { "type": "string", "pattern": "^[a-zA-Z][a-zA-Z0-9]*$" }, "title": { "type": "string", "minLength": 3, "description": "What it means, in a few words ('collects no personal data')." }, "description": { "type": "string", "minLength": 10 }, "statements": { "$ref": "rule.json#/definitions/statements", "description": "Statements any of which establishes the fact." }, "phrases": { "$ref": "rule.json#/definitions/phrases", "description": "Phrases any of which, affirmed (not negated) in prose, establishes the fact." }, "exclude": { "$ref": "rule.json#/definitions/phrases", "description": "Phrases any of which, in the sentence a phrase matched, keeps that sentence from establishing the fact (a processor's row in a recipients table: 'Hetzner Online GmbH | hosting | Germany')." }, "unless": { "$ref": "rule.json#/definitions/statements", "description": "Statements any of which defeats the fact wherever it is said ('we collect your e-mail address' against 'we collect no personal data')." }, "unlessPhrases": { "$ref": "rule.json#/definitions/phrases", "description": "Phrases any of which, anywhere in the document (headings and table cells included, negated or not), defeats the fact ('legitimate interests' against 'the basis for processing is your consent')." }, "sourcePattern": { "type": "string", "minLength": 1, "maxLength": 2e3, "description": "An RE2 regular expression tested against the document's source, markup and all: a match establishes the fact (a generator's template, whose {{#if}} blocks no reader sees)." } }, "anyOf": [{ "required": ["statements"] }, { "required": ["phrases"] }, { "required": ["sourcePattern"] }] } } } };
function validate60(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (Array.isArray(data)) {
    if (data.length > 50) {
      const err0 = { instancePath, schemaPath: "#/maxItems", keyword: "maxItems", params: { limit: 50 }, message: "must NOT have more than 50 items" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    const len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) {
      if (!validate14(data[i0], { instancePath: instancePath + "/" + i0, parentData: data, parentDataProperty: i0, rootData })) {
        vErrors = vErrors === null ? validate14.errors : vErrors.concat(validate14.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err1 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" }, message: "must be array" };
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  validate60.errors = vErrors;
  return errors === 0;
}
function validate63(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (Array.isArray(data)) {
    if (data.length > 400) {
      const err0 = { instancePath, schemaPath: "#/maxItems", keyword: "maxItems", params: { limit: 400 }, message: "must NOT have more than 400 items" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    const len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) {
      let data0 = data[i0];
      if (typeof data0 === "string") {
        if (func3(data0) > 200) {
          const err1 = { instancePath: instancePath + "/" + i0, schemaPath: "#/definitions/phrase/maxLength", keyword: "maxLength", params: { limit: 200 }, message: "must NOT have more than 200 characters" };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
        if (func3(data0) < 1) {
          const err2 = { instancePath: instancePath + "/" + i0, schemaPath: "#/definitions/phrase/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      } else {
        const err3 = { instancePath: instancePath + "/" + i0, schemaPath: "#/definitions/phrase/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
  } else {
    const err4 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" }, message: "must be array" };
    if (vErrors === null) {
      vErrors = [err4];
    } else {
      vErrors.push(err4);
    }
    errors++;
  }
  validate63.errors = vErrors;
  return errors === 0;
}
function validate59(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.facts === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "facts" }, message: "must have required property 'facts'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "$schema" || key0 === "facts")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.$schema !== void 0) {
      if (typeof data.$schema !== "string") {
        const err2 = { instancePath: instancePath + "/$schema", schemaPath: "#/properties/%24schema/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.facts !== void 0) {
      let data1 = data.facts;
      if (Array.isArray(data1)) {
        const len0 = data1.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data2 = data1[i0];
          const _errs8 = errors;
          let valid3 = false;
          const _errs9 = errors;
          if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
            if (data2.statements === void 0) {
              const err3 = { instancePath: instancePath + "/facts/" + i0, schemaPath: "#/properties/facts/items/anyOf/0/required", keyword: "required", params: { missingProperty: "statements" }, message: "must have required property 'statements'" };
              if (vErrors === null) {
                vErrors = [err3];
              } else {
                vErrors.push(err3);
              }
              errors++;
            }
          }
          var _valid0 = _errs9 === errors;
          valid3 = valid3 || _valid0;
          if (!valid3) {
            const _errs10 = errors;
            if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
              if (data2.phrases === void 0) {
                const err4 = { instancePath: instancePath + "/facts/" + i0, schemaPath: "#/properties/facts/items/anyOf/1/required", keyword: "required", params: { missingProperty: "phrases" }, message: "must have required property 'phrases'" };
                if (vErrors === null) {
                  vErrors = [err4];
                } else {
                  vErrors.push(err4);
                }
                errors++;
              }
            }
            var _valid0 = _errs10 === errors;
            valid3 = valid3 || _valid0;
            if (!valid3) {
              const _errs11 = errors;
              if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
                if (data2.sourcePattern === void 0) {
                  const err5 = { instancePath: instancePath + "/facts/" + i0, schemaPath: "#/properties/facts/items/anyOf/2/required", keyword: "required", params: { missingProperty: "sourcePattern" }, message: "must have required property 'sourcePattern'" };
                  if (vErrors === null) {
                    vErrors = [err5];
                  } else {
                    vErrors.push(err5);
                  }
                  errors++;
                }
              }
              var _valid0 = _errs11 === errors;
              valid3 = valid3 || _valid0;
            }
          }
          if (!valid3) {
            const err6 = { instancePath: instancePath + "/facts/" + i0, schemaPath: "#/properties/facts/items/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          } else {
            errors = _errs8;
            if (vErrors !== null) {
              if (_errs8) {
                vErrors.length = _errs8;
              } else {
                vErrors = null;
              }
            }
          }
          if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
            if (data2.name === void 0) {
              const err7 = { instancePath: instancePath + "/facts/" + i0, schemaPath: "#/properties/facts/items/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'" };
              if (vErrors === null) {
                vErrors = [err7];
              } else {
                vErrors.push(err7);
              }
              errors++;
            }
            if (data2.title === void 0) {
              const err8 = { instancePath: instancePath + "/facts/" + i0, schemaPath: "#/properties/facts/items/required", keyword: "required", params: { missingProperty: "title" }, message: "must have required property 'title'" };
              if (vErrors === null) {
                vErrors = [err8];
              } else {
                vErrors.push(err8);
              }
              errors++;
            }
            if (data2.description === void 0) {
              const err9 = { instancePath: instancePath + "/facts/" + i0, schemaPath: "#/properties/facts/items/required", keyword: "required", params: { missingProperty: "description" }, message: "must have required property 'description'" };
              if (vErrors === null) {
                vErrors = [err9];
              } else {
                vErrors.push(err9);
              }
              errors++;
            }
            for (const key1 in data2) {
              if (!func2.call(schema27.properties.facts.items.properties, key1)) {
                const err10 = { instancePath: instancePath + "/facts/" + i0, schemaPath: "#/properties/facts/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err10];
                } else {
                  vErrors.push(err10);
                }
                errors++;
              }
            }
            if (data2.name !== void 0) {
              let data3 = data2.name;
              if (typeof data3 === "string") {
                if (!pattern2.test(data3)) {
                  const err11 = { instancePath: instancePath + "/facts/" + i0 + "/name", schemaPath: "#/properties/facts/items/properties/name/pattern", keyword: "pattern", params: { pattern: "^[a-zA-Z][a-zA-Z0-9]*$" }, message: 'must match pattern "^[a-zA-Z][a-zA-Z0-9]*$"' };
                  if (vErrors === null) {
                    vErrors = [err11];
                  } else {
                    vErrors.push(err11);
                  }
                  errors++;
                }
              } else {
                const err12 = { instancePath: instancePath + "/facts/" + i0 + "/name", schemaPath: "#/properties/facts/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err12];
                } else {
                  vErrors.push(err12);
                }
                errors++;
              }
            }
            if (data2.title !== void 0) {
              let data4 = data2.title;
              if (typeof data4 === "string") {
                if (func3(data4) < 3) {
                  const err13 = { instancePath: instancePath + "/facts/" + i0 + "/title", schemaPath: "#/properties/facts/items/properties/title/minLength", keyword: "minLength", params: { limit: 3 }, message: "must NOT have fewer than 3 characters" };
                  if (vErrors === null) {
                    vErrors = [err13];
                  } else {
                    vErrors.push(err13);
                  }
                  errors++;
                }
              } else {
                const err14 = { instancePath: instancePath + "/facts/" + i0 + "/title", schemaPath: "#/properties/facts/items/properties/title/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err14];
                } else {
                  vErrors.push(err14);
                }
                errors++;
              }
            }
            if (data2.description !== void 0) {
              let data5 = data2.description;
              if (typeof data5 === "string") {
                if (func3(data5) < 10) {
                  const err15 = { instancePath: instancePath + "/facts/" + i0 + "/description", schemaPath: "#/properties/facts/items/properties/description/minLength", keyword: "minLength", params: { limit: 10 }, message: "must NOT have fewer than 10 characters" };
                  if (vErrors === null) {
                    vErrors = [err15];
                  } else {
                    vErrors.push(err15);
                  }
                  errors++;
                }
              } else {
                const err16 = { instancePath: instancePath + "/facts/" + i0 + "/description", schemaPath: "#/properties/facts/items/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err16];
                } else {
                  vErrors.push(err16);
                }
                errors++;
              }
            }
            if (data2.statements !== void 0) {
              if (!validate60(data2.statements, { instancePath: instancePath + "/facts/" + i0 + "/statements", parentData: data2, parentDataProperty: "statements", rootData })) {
                vErrors = vErrors === null ? validate60.errors : vErrors.concat(validate60.errors);
                errors = vErrors.length;
              }
            }
            if (data2.phrases !== void 0) {
              if (!validate63(data2.phrases, { instancePath: instancePath + "/facts/" + i0 + "/phrases", parentData: data2, parentDataProperty: "phrases", rootData })) {
                vErrors = vErrors === null ? validate63.errors : vErrors.concat(validate63.errors);
                errors = vErrors.length;
              }
            }
            if (data2.exclude !== void 0) {
              if (!validate63(data2.exclude, { instancePath: instancePath + "/facts/" + i0 + "/exclude", parentData: data2, parentDataProperty: "exclude", rootData })) {
                vErrors = vErrors === null ? validate63.errors : vErrors.concat(validate63.errors);
                errors = vErrors.length;
              }
            }
            if (data2.unless !== void 0) {
              if (!validate60(data2.unless, { instancePath: instancePath + "/facts/" + i0 + "/unless", parentData: data2, parentDataProperty: "unless", rootData })) {
                vErrors = vErrors === null ? validate60.errors : vErrors.concat(validate60.errors);
                errors = vErrors.length;
              }
            }
            if (data2.unlessPhrases !== void 0) {
              if (!validate63(data2.unlessPhrases, { instancePath: instancePath + "/facts/" + i0 + "/unlessPhrases", parentData: data2, parentDataProperty: "unlessPhrases", rootData })) {
                vErrors = vErrors === null ? validate63.errors : vErrors.concat(validate63.errors);
                errors = vErrors.length;
              }
            }
            if (data2.sourcePattern !== void 0) {
              let data11 = data2.sourcePattern;
              if (typeof data11 === "string") {
                if (func3(data11) > 2e3) {
                  const err17 = { instancePath: instancePath + "/facts/" + i0 + "/sourcePattern", schemaPath: "#/properties/facts/items/properties/sourcePattern/maxLength", keyword: "maxLength", params: { limit: 2e3 }, message: "must NOT have more than 2000 characters" };
                  if (vErrors === null) {
                    vErrors = [err17];
                  } else {
                    vErrors.push(err17);
                  }
                  errors++;
                }
                if (func3(data11) < 1) {
                  const err18 = { instancePath: instancePath + "/facts/" + i0 + "/sourcePattern", schemaPath: "#/properties/facts/items/properties/sourcePattern/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err18];
                  } else {
                    vErrors.push(err18);
                  }
                  errors++;
                }
              } else {
                const err19 = { instancePath: instancePath + "/facts/" + i0 + "/sourcePattern", schemaPath: "#/properties/facts/items/properties/sourcePattern/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err19];
                } else {
                  vErrors.push(err19);
                }
                errors++;
              }
            }
          } else {
            const err20 = { instancePath: instancePath + "/facts/" + i0, schemaPath: "#/properties/facts/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err20];
            } else {
              vErrors.push(err20);
            }
            errors++;
          }
        }
      } else {
        const err21 = { instancePath: instancePath + "/facts", schemaPath: "#/properties/facts/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
      }
    }
  } else {
    const err22 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err22];
    } else {
      vErrors.push(err22);
    }
    errors++;
  }
  validate59.errors = vErrors;
  return errors === 0;
}
var validateDocuments = validate68;
var schema31 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://policylint.dev/schemas/documents.json", "title": "policylint documents", "description": "rules/documents.json: how the kind of a document (a notice at collection, a cookie notice, a state supplement, a children's notice) is recognised. A file that matches no kind is a full policy; one with no policy text of its own, or one that only points to a policy elsewhere, is a stub.", "type": "object", "required": ["kinds", "stub", "references"], "additionalProperties": false, "properties": { "$schema": { "type": "string" }, "about": { "type": "string" }, "stub": { "type": "object", "additionalProperties": false, "required": ["maxWords", "pointers"], "description": "A stub: a file with no policy text of its own (all front matter or markup), or one of at most maxWords words of prose with a sentence that points to a policy elsewhere, or one that says it is not a privacy notice.", "properties": { "maxWords": { "type": "integer", "minimum": 1 }, "pointers": { "$ref": "rule.json#/definitions/phrases" }, "disclaimers": { "$ref": "rule.json#/definitions/phrases", "description": "Whatever its length, a file whose opening says one of these says it is not a privacy notice ('This is not a privacy policy, but an audit report', 'a technical document meant for maintainers')." }, "ownTitles": { "$ref": "rule.json#/definitions/phrases", "description": "A file whose title is one of these calls itself a privacy notice: a disclaimer in its opening ('This is not a privacy policy, but an audit of the services we send data to', under '# Privacy Notice') denies only the name, and the file is checked as the notice it is." } } }, "references": { "type": "object", "additionalProperties": false, "required": ["phrases", "topics"], "description": `A sentence that hands a topic over to another policy ('see the "Your rights" section of our Privacy Policy'): the requirements of that topic are looked for there, not here.`, "properties": { "phrases": { "$ref": "rule.json#/definitions/phrases", "description": "A sentence with one of these refers to another policy." }, "everything": { "$ref": "rule.json#/definitions/phrases", "description": "A sentence with one of these hands over every topic this document leaves out ('for everything else, we follow the practices in our privacy notice'): it is a reference whatever topic words it holds." }, "others": { "$ref": "rule.json#/definitions/phrases", "description": "A sentence with one of these names someone else's policy ('consult the respective privacy policies of these third-party ad servers'): it hands nothing over." }, "topics": { "type": "object", "description": "Topic name (a rule's topic) to the words that name it in a reference or in the title it quotes.", "additionalProperties": { "$ref": "rule.json#/definitions/phrases" } } } }, "kinds": { "type": "array", "items": { "type": "object", "additionalProperties": false, "required": ["name", "title"], "properties": { "name": { "enum": ["notice-at-collection", "cookie-notice", "children-notice", "opt-out-notice", "telemetry-notice", "processing-terms", "deployer-note", "supplement", "section"] }, "title": { "type": "string", "description": "What the kind is called in messages." }, "titles": { "$ref": "rule.json#/definitions/phrases", "description": "The document's title (front matter title, or its first heading) matches one of these." }, "opening": { "$ref": "rule.json#/definitions/phrases", "description": "Or its first paragraphs say one of these." }, "untitled": { "type": "boolean", "description": "Or it has no title at all (no front-matter title, and prose before its first heading) and its content matches: a section of a policy kept in parts, one file per section." }, "minSentences": { "type": "integer", "minimum": 1, "description": "With untitled: the least number of sentences of prose, so that a two-line policy is not taken for a section." }, "content": { "type": "object", "additionalProperties": false, "required": ["phrases", "minShare"], "description": "And its text is about that: at least minShare of its sentences hold one of the phrases (a site's cookie banner titled 'Cookie Policy' above a whole privacy policy is no cookie notice).", "properties": { "phrases": { "$ref": "rule.json#/definitions/phrases" }, "minShare": { "type": "number", "exclusiveMinimum": 0, "maximum": 1 } } } } } }, "shortNotice": { "type": "object", "additionalProperties": false, "required": ["maxWords", "pointers"], "description": "A short page that sends its reader to the organisation's policy kept elsewhere ('For more information, please see our Privacy Policy', a link reading 'View privacy policy'): a layered short notice or a legal page. It is a stub when it is at most maxWords words long, and neither its title nor its opening makes it a policy or another kind of notice. A page titled for something else (no policyWords in its title) that links the privacy policy is a companion page, a stub too.", "properties": { "maxWords": { "type": "integer", "minimum": 1 }, "pointers": { "$ref": "rule.json#/definitions/phrases", "description": "A sentence of the page that sends the reader to the policy." }, "linkTexts": { "$ref": "rule.json#/definitions/phrases", "description": "The whole visible text of a link to the policy." }, "companionLinks": { "$ref": "rule.json#/definitions/phrases", "description": "The whole visible text of a link to the privacy policy on a page about something else (an account-deletion page, a support page): such a page of at most maxWords words is a stub too." }, "policyWords": { "$ref": "rule.json#/definitions/phrases", "description": "Words of a title that make the page a privacy text of its own, never a companion page." }, "layeredHeadings": { "$ref": "rule.json#/definitions/phrases", "description": "A heading that makes the page the short layer of a layered notice ('Short version'): such a page is a short notice even when titled as the privacy policy, if it sends its reader to the full version." } } } } };
function validate69(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (Array.isArray(data)) {
    if (data.length > 400) {
      const err0 = { instancePath, schemaPath: "#/maxItems", keyword: "maxItems", params: { limit: 400 }, message: "must NOT have more than 400 items" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    const len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) {
      let data0 = data[i0];
      if (typeof data0 === "string") {
        if (func3(data0) > 200) {
          const err1 = { instancePath: instancePath + "/" + i0, schemaPath: "#/definitions/phrase/maxLength", keyword: "maxLength", params: { limit: 200 }, message: "must NOT have more than 200 characters" };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
        if (func3(data0) < 1) {
          const err2 = { instancePath: instancePath + "/" + i0, schemaPath: "#/definitions/phrase/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      } else {
        const err3 = { instancePath: instancePath + "/" + i0, schemaPath: "#/definitions/phrase/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
  } else {
    const err4 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" }, message: "must be array" };
    if (vErrors === null) {
      vErrors = [err4];
    } else {
      vErrors.push(err4);
    }
    errors++;
  }
  validate69.errors = vErrors;
  return errors === 0;
}
function validate68(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.kinds === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "kinds" }, message: "must have required property 'kinds'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.stub === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "stub" }, message: "must have required property 'stub'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.references === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "references" }, message: "must have required property 'references'" };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "$schema" || key0 === "about" || key0 === "stub" || key0 === "references" || key0 === "kinds" || key0 === "shortNotice")) {
        const err3 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.$schema !== void 0) {
      if (typeof data.$schema !== "string") {
        const err4 = { instancePath: instancePath + "/$schema", schemaPath: "#/properties/%24schema/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.about !== void 0) {
      if (typeof data.about !== "string") {
        const err5 = { instancePath: instancePath + "/about", schemaPath: "#/properties/about/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.stub !== void 0) {
      let data2 = data.stub;
      if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
        if (data2.maxWords === void 0) {
          const err6 = { instancePath: instancePath + "/stub", schemaPath: "#/properties/stub/required", keyword: "required", params: { missingProperty: "maxWords" }, message: "must have required property 'maxWords'" };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
        if (data2.pointers === void 0) {
          const err7 = { instancePath: instancePath + "/stub", schemaPath: "#/properties/stub/required", keyword: "required", params: { missingProperty: "pointers" }, message: "must have required property 'pointers'" };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
        for (const key1 in data2) {
          if (!(key1 === "maxWords" || key1 === "pointers" || key1 === "disclaimers" || key1 === "ownTitles")) {
            const err8 = { instancePath: instancePath + "/stub", schemaPath: "#/properties/stub/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err8];
            } else {
              vErrors.push(err8);
            }
            errors++;
          }
        }
        if (data2.maxWords !== void 0) {
          let data3 = data2.maxWords;
          if (!(typeof data3 == "number" && (!(data3 % 1) && !isNaN(data3)))) {
            const err9 = { instancePath: instancePath + "/stub/maxWords", schemaPath: "#/properties/stub/properties/maxWords/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          }
          if (typeof data3 == "number") {
            if (data3 < 1 || isNaN(data3)) {
              const err10 = { instancePath: instancePath + "/stub/maxWords", schemaPath: "#/properties/stub/properties/maxWords/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
              if (vErrors === null) {
                vErrors = [err10];
              } else {
                vErrors.push(err10);
              }
              errors++;
            }
          }
        }
        if (data2.pointers !== void 0) {
          if (!validate69(data2.pointers, { instancePath: instancePath + "/stub/pointers", parentData: data2, parentDataProperty: "pointers", rootData })) {
            vErrors = vErrors === null ? validate69.errors : vErrors.concat(validate69.errors);
            errors = vErrors.length;
          }
        }
        if (data2.disclaimers !== void 0) {
          if (!validate69(data2.disclaimers, { instancePath: instancePath + "/stub/disclaimers", parentData: data2, parentDataProperty: "disclaimers", rootData })) {
            vErrors = vErrors === null ? validate69.errors : vErrors.concat(validate69.errors);
            errors = vErrors.length;
          }
        }
        if (data2.ownTitles !== void 0) {
          if (!validate69(data2.ownTitles, { instancePath: instancePath + "/stub/ownTitles", parentData: data2, parentDataProperty: "ownTitles", rootData })) {
            vErrors = vErrors === null ? validate69.errors : vErrors.concat(validate69.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err11 = { instancePath: instancePath + "/stub", schemaPath: "#/properties/stub/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.references !== void 0) {
      let data7 = data.references;
      if (data7 && typeof data7 == "object" && !Array.isArray(data7)) {
        if (data7.phrases === void 0) {
          const err12 = { instancePath: instancePath + "/references", schemaPath: "#/properties/references/required", keyword: "required", params: { missingProperty: "phrases" }, message: "must have required property 'phrases'" };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
        if (data7.topics === void 0) {
          const err13 = { instancePath: instancePath + "/references", schemaPath: "#/properties/references/required", keyword: "required", params: { missingProperty: "topics" }, message: "must have required property 'topics'" };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
        for (const key2 in data7) {
          if (!(key2 === "phrases" || key2 === "everything" || key2 === "others" || key2 === "topics")) {
            const err14 = { instancePath: instancePath + "/references", schemaPath: "#/properties/references/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err14];
            } else {
              vErrors.push(err14);
            }
            errors++;
          }
        }
        if (data7.phrases !== void 0) {
          if (!validate69(data7.phrases, { instancePath: instancePath + "/references/phrases", parentData: data7, parentDataProperty: "phrases", rootData })) {
            vErrors = vErrors === null ? validate69.errors : vErrors.concat(validate69.errors);
            errors = vErrors.length;
          }
        }
        if (data7.everything !== void 0) {
          if (!validate69(data7.everything, { instancePath: instancePath + "/references/everything", parentData: data7, parentDataProperty: "everything", rootData })) {
            vErrors = vErrors === null ? validate69.errors : vErrors.concat(validate69.errors);
            errors = vErrors.length;
          }
        }
        if (data7.others !== void 0) {
          if (!validate69(data7.others, { instancePath: instancePath + "/references/others", parentData: data7, parentDataProperty: "others", rootData })) {
            vErrors = vErrors === null ? validate69.errors : vErrors.concat(validate69.errors);
            errors = vErrors.length;
          }
        }
        if (data7.topics !== void 0) {
          let data11 = data7.topics;
          if (data11 && typeof data11 == "object" && !Array.isArray(data11)) {
            for (const key3 in data11) {
              if (!validate69(data11[key3], { instancePath: instancePath + "/references/topics/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: data11, parentDataProperty: key3, rootData })) {
                vErrors = vErrors === null ? validate69.errors : vErrors.concat(validate69.errors);
                errors = vErrors.length;
              }
            }
          } else {
            const err15 = { instancePath: instancePath + "/references/topics", schemaPath: "#/properties/references/properties/topics/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err15];
            } else {
              vErrors.push(err15);
            }
            errors++;
          }
        }
      } else {
        const err16 = { instancePath: instancePath + "/references", schemaPath: "#/properties/references/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    if (data.kinds !== void 0) {
      let data13 = data.kinds;
      if (Array.isArray(data13)) {
        const len0 = data13.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data14 = data13[i0];
          if (data14 && typeof data14 == "object" && !Array.isArray(data14)) {
            if (data14.name === void 0) {
              const err17 = { instancePath: instancePath + "/kinds/" + i0, schemaPath: "#/properties/kinds/items/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'" };
              if (vErrors === null) {
                vErrors = [err17];
              } else {
                vErrors.push(err17);
              }
              errors++;
            }
            if (data14.title === void 0) {
              const err18 = { instancePath: instancePath + "/kinds/" + i0, schemaPath: "#/properties/kinds/items/required", keyword: "required", params: { missingProperty: "title" }, message: "must have required property 'title'" };
              if (vErrors === null) {
                vErrors = [err18];
              } else {
                vErrors.push(err18);
              }
              errors++;
            }
            for (const key4 in data14) {
              if (!(key4 === "name" || key4 === "title" || key4 === "titles" || key4 === "opening" || key4 === "untitled" || key4 === "minSentences" || key4 === "content")) {
                const err19 = { instancePath: instancePath + "/kinds/" + i0, schemaPath: "#/properties/kinds/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err19];
                } else {
                  vErrors.push(err19);
                }
                errors++;
              }
            }
            if (data14.name !== void 0) {
              let data15 = data14.name;
              if (!(data15 === "notice-at-collection" || data15 === "cookie-notice" || data15 === "children-notice" || data15 === "opt-out-notice" || data15 === "telemetry-notice" || data15 === "processing-terms" || data15 === "deployer-note" || data15 === "supplement" || data15 === "section")) {
                const err20 = { instancePath: instancePath + "/kinds/" + i0 + "/name", schemaPath: "#/properties/kinds/items/properties/name/enum", keyword: "enum", params: { allowedValues: schema31.properties.kinds.items.properties.name.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err20];
                } else {
                  vErrors.push(err20);
                }
                errors++;
              }
            }
            if (data14.title !== void 0) {
              if (typeof data14.title !== "string") {
                const err21 = { instancePath: instancePath + "/kinds/" + i0 + "/title", schemaPath: "#/properties/kinds/items/properties/title/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err21];
                } else {
                  vErrors.push(err21);
                }
                errors++;
              }
            }
            if (data14.titles !== void 0) {
              if (!validate69(data14.titles, { instancePath: instancePath + "/kinds/" + i0 + "/titles", parentData: data14, parentDataProperty: "titles", rootData })) {
                vErrors = vErrors === null ? validate69.errors : vErrors.concat(validate69.errors);
                errors = vErrors.length;
              }
            }
            if (data14.opening !== void 0) {
              if (!validate69(data14.opening, { instancePath: instancePath + "/kinds/" + i0 + "/opening", parentData: data14, parentDataProperty: "opening", rootData })) {
                vErrors = vErrors === null ? validate69.errors : vErrors.concat(validate69.errors);
                errors = vErrors.length;
              }
            }
            if (data14.untitled !== void 0) {
              if (typeof data14.untitled !== "boolean") {
                const err22 = { instancePath: instancePath + "/kinds/" + i0 + "/untitled", schemaPath: "#/properties/kinds/items/properties/untitled/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                if (vErrors === null) {
                  vErrors = [err22];
                } else {
                  vErrors.push(err22);
                }
                errors++;
              }
            }
            if (data14.minSentences !== void 0) {
              let data20 = data14.minSentences;
              if (!(typeof data20 == "number" && (!(data20 % 1) && !isNaN(data20)))) {
                const err23 = { instancePath: instancePath + "/kinds/" + i0 + "/minSentences", schemaPath: "#/properties/kinds/items/properties/minSentences/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                if (vErrors === null) {
                  vErrors = [err23];
                } else {
                  vErrors.push(err23);
                }
                errors++;
              }
              if (typeof data20 == "number") {
                if (data20 < 1 || isNaN(data20)) {
                  const err24 = { instancePath: instancePath + "/kinds/" + i0 + "/minSentences", schemaPath: "#/properties/kinds/items/properties/minSentences/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
                  if (vErrors === null) {
                    vErrors = [err24];
                  } else {
                    vErrors.push(err24);
                  }
                  errors++;
                }
              }
            }
            if (data14.content !== void 0) {
              let data21 = data14.content;
              if (data21 && typeof data21 == "object" && !Array.isArray(data21)) {
                if (data21.phrases === void 0) {
                  const err25 = { instancePath: instancePath + "/kinds/" + i0 + "/content", schemaPath: "#/properties/kinds/items/properties/content/required", keyword: "required", params: { missingProperty: "phrases" }, message: "must have required property 'phrases'" };
                  if (vErrors === null) {
                    vErrors = [err25];
                  } else {
                    vErrors.push(err25);
                  }
                  errors++;
                }
                if (data21.minShare === void 0) {
                  const err26 = { instancePath: instancePath + "/kinds/" + i0 + "/content", schemaPath: "#/properties/kinds/items/properties/content/required", keyword: "required", params: { missingProperty: "minShare" }, message: "must have required property 'minShare'" };
                  if (vErrors === null) {
                    vErrors = [err26];
                  } else {
                    vErrors.push(err26);
                  }
                  errors++;
                }
                for (const key5 in data21) {
                  if (!(key5 === "phrases" || key5 === "minShare")) {
                    const err27 = { instancePath: instancePath + "/kinds/" + i0 + "/content", schemaPath: "#/properties/kinds/items/properties/content/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                      vErrors = [err27];
                    } else {
                      vErrors.push(err27);
                    }
                    errors++;
                  }
                }
                if (data21.phrases !== void 0) {
                  if (!validate69(data21.phrases, { instancePath: instancePath + "/kinds/" + i0 + "/content/phrases", parentData: data21, parentDataProperty: "phrases", rootData })) {
                    vErrors = vErrors === null ? validate69.errors : vErrors.concat(validate69.errors);
                    errors = vErrors.length;
                  }
                }
                if (data21.minShare !== void 0) {
                  let data23 = data21.minShare;
                  if (typeof data23 == "number") {
                    if (data23 > 1 || isNaN(data23)) {
                      const err28 = { instancePath: instancePath + "/kinds/" + i0 + "/content/minShare", schemaPath: "#/properties/kinds/items/properties/content/properties/minShare/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1" };
                      if (vErrors === null) {
                        vErrors = [err28];
                      } else {
                        vErrors.push(err28);
                      }
                      errors++;
                    }
                    if (data23 <= 0 || isNaN(data23)) {
                      const err29 = { instancePath: instancePath + "/kinds/" + i0 + "/content/minShare", schemaPath: "#/properties/kinds/items/properties/content/properties/minShare/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0" };
                      if (vErrors === null) {
                        vErrors = [err29];
                      } else {
                        vErrors.push(err29);
                      }
                      errors++;
                    }
                  } else {
                    const err30 = { instancePath: instancePath + "/kinds/" + i0 + "/content/minShare", schemaPath: "#/properties/kinds/items/properties/content/properties/minShare/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                    if (vErrors === null) {
                      vErrors = [err30];
                    } else {
                      vErrors.push(err30);
                    }
                    errors++;
                  }
                }
              } else {
                const err31 = { instancePath: instancePath + "/kinds/" + i0 + "/content", schemaPath: "#/properties/kinds/items/properties/content/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err31];
                } else {
                  vErrors.push(err31);
                }
                errors++;
              }
            }
          } else {
            const err32 = { instancePath: instancePath + "/kinds/" + i0, schemaPath: "#/properties/kinds/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err32];
            } else {
              vErrors.push(err32);
            }
            errors++;
          }
        }
      } else {
        const err33 = { instancePath: instancePath + "/kinds", schemaPath: "#/properties/kinds/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err33];
        } else {
          vErrors.push(err33);
        }
        errors++;
      }
    }
    if (data.shortNotice !== void 0) {
      let data24 = data.shortNotice;
      if (data24 && typeof data24 == "object" && !Array.isArray(data24)) {
        if (data24.maxWords === void 0) {
          const err34 = { instancePath: instancePath + "/shortNotice", schemaPath: "#/properties/shortNotice/required", keyword: "required", params: { missingProperty: "maxWords" }, message: "must have required property 'maxWords'" };
          if (vErrors === null) {
            vErrors = [err34];
          } else {
            vErrors.push(err34);
          }
          errors++;
        }
        if (data24.pointers === void 0) {
          const err35 = { instancePath: instancePath + "/shortNotice", schemaPath: "#/properties/shortNotice/required", keyword: "required", params: { missingProperty: "pointers" }, message: "must have required property 'pointers'" };
          if (vErrors === null) {
            vErrors = [err35];
          } else {
            vErrors.push(err35);
          }
          errors++;
        }
        for (const key6 in data24) {
          if (!(key6 === "maxWords" || key6 === "pointers" || key6 === "linkTexts" || key6 === "companionLinks" || key6 === "policyWords" || key6 === "layeredHeadings")) {
            const err36 = { instancePath: instancePath + "/shortNotice", schemaPath: "#/properties/shortNotice/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err36];
            } else {
              vErrors.push(err36);
            }
            errors++;
          }
        }
        if (data24.maxWords !== void 0) {
          let data25 = data24.maxWords;
          if (!(typeof data25 == "number" && (!(data25 % 1) && !isNaN(data25)))) {
            const err37 = { instancePath: instancePath + "/shortNotice/maxWords", schemaPath: "#/properties/shortNotice/properties/maxWords/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err37];
            } else {
              vErrors.push(err37);
            }
            errors++;
          }
          if (typeof data25 == "number") {
            if (data25 < 1 || isNaN(data25)) {
              const err38 = { instancePath: instancePath + "/shortNotice/maxWords", schemaPath: "#/properties/shortNotice/properties/maxWords/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
              if (vErrors === null) {
                vErrors = [err38];
              } else {
                vErrors.push(err38);
              }
              errors++;
            }
          }
        }
        if (data24.pointers !== void 0) {
          if (!validate69(data24.pointers, { instancePath: instancePath + "/shortNotice/pointers", parentData: data24, parentDataProperty: "pointers", rootData })) {
            vErrors = vErrors === null ? validate69.errors : vErrors.concat(validate69.errors);
            errors = vErrors.length;
          }
        }
        if (data24.linkTexts !== void 0) {
          if (!validate69(data24.linkTexts, { instancePath: instancePath + "/shortNotice/linkTexts", parentData: data24, parentDataProperty: "linkTexts", rootData })) {
            vErrors = vErrors === null ? validate69.errors : vErrors.concat(validate69.errors);
            errors = vErrors.length;
          }
        }
        if (data24.companionLinks !== void 0) {
          if (!validate69(data24.companionLinks, { instancePath: instancePath + "/shortNotice/companionLinks", parentData: data24, parentDataProperty: "companionLinks", rootData })) {
            vErrors = vErrors === null ? validate69.errors : vErrors.concat(validate69.errors);
            errors = vErrors.length;
          }
        }
        if (data24.policyWords !== void 0) {
          if (!validate69(data24.policyWords, { instancePath: instancePath + "/shortNotice/policyWords", parentData: data24, parentDataProperty: "policyWords", rootData })) {
            vErrors = vErrors === null ? validate69.errors : vErrors.concat(validate69.errors);
            errors = vErrors.length;
          }
        }
        if (data24.layeredHeadings !== void 0) {
          if (!validate69(data24.layeredHeadings, { instancePath: instancePath + "/shortNotice/layeredHeadings", parentData: data24, parentDataProperty: "layeredHeadings", rootData })) {
            vErrors = vErrors === null ? validate69.errors : vErrors.concat(validate69.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err39 = { instancePath: instancePath + "/shortNotice", schemaPath: "#/properties/shortNotice/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err39];
        } else {
          vErrors.push(err39);
        }
        errors++;
      }
    }
  } else {
    const err40 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err40];
    } else {
      vErrors.push(err40);
    }
    errors++;
  }
  validate68.errors = vErrors;
  return errors === 0;
}
var validateConfig = validate85;
var schema34 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://policylint.dev/schemas/config.json", "title": "policylint configuration", "description": '.policylintrc.json, policylint.config.json, or the "policylint" key of package.json.', "type": "object", "additionalProperties": false, "properties": { "$schema": { "type": "string" }, "root": { "type": "boolean", "description": "Stop looking for configuration in parent folders (the nearest file wins either way)." }, "extends": { "oneOf": [{ "type": "string" }, { "type": "array", "items": { "type": "string" } }], "description": "Configuration files (paths relative to this one) whose settings this one builds on." }, "rules": { "type": "object", "description": "Severity per rule id, or [severity, options].", "additionalProperties": { "oneOf": [{ "enum": ["off", "warn", "error", 0, 1, 2] }, { "type": "array", "minItems": 1, "maxItems": 2, "items": [{ "enum": ["off", "warn", "error", 0, 1, 2] }, { "type": "object" }] }] } }, "jurisdictions": { "type": "array", "items": { "type": "string", "pattern": "^[a-z0-9]+(-[a-z0-9]+)*$" }, "description": "Packs to enable instead of detecting them from the text (draft and common stay on)." }, "packs": { "type": "array", "items": { "type": "string" }, "description": "Folders of extra rule packs (JSON only), relative to this file: each holds <pack>/pack.json and rule files." }, "documentKinds": { "type": "object", "description": "The kind of document for files the text does not tell: a .gitignore-style pattern (relative to this file's folder) to one of policy, supplement, notice-at-collection, cookie-notice, children-notice, opt-out-notice, telemetry-notice, processing-terms, deployer-note, section, stub.", "additionalProperties": { "enum": ["policy", "supplement", "notice-at-collection", "cookie-notice", "children-notice", "opt-out-notice", "telemetry-notice", "processing-terms", "deployer-note", "section", "stub"] } }, "ignorePatterns": { "type": "array", "items": { "type": "string" }, "description": ".gitignore-style patterns, relative to this file's folder." }, "files": { "type": "array", "items": { "type": "string" }, "description": `Policy files beyond those whose name says so (privacy, cookie, datenschutz, data-protection, confidentialit\u2026, privacidad, gdpr, ccpa): .gitignore-style patterns, relative to this file's folder, of files a folder search lints too ("docs/TELEMETRY.md", "legal/*.md").` }, "facts": { "type": "object", "description": 'What the organisation knows about itself, for conditional requirements (e.g. {"hasDpo": true, "states": ["CA", "NY"]}).', "additionalProperties": { "oneOf": [{ "type": "boolean" }, { "type": "number" }, { "type": "string" }, { "type": "array", "items": { "type": "string" } }] } }, "now": { "type": "string", "pattern": "^\\d{4}-\\d{2}-\\d{2}$", "description": "Reference date (YYYY-MM-DD) for date rules; today when unset." }, "maxFileSize": { "type": ["integer", "string"], "description": 'Files bigger than this are not linted, each with one fatal message: a number of bytes, or a size such as "5MB" or "500KB" (5MB when unset; --max-file-size wins).' }, "reportUnusedDisableDirectives": { "enum": ["off", "warn", "error"], "default": "warn" } } };
var pattern17 = new RegExp("^\\d{4}-\\d{2}-\\d{2}$", "u");
function validate85(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!func2.call(schema34.properties, key0)) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.$schema !== void 0) {
      if (typeof data.$schema !== "string") {
        const err1 = { instancePath: instancePath + "/$schema", schemaPath: "#/properties/%24schema/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.root !== void 0) {
      if (typeof data.root !== "boolean") {
        const err2 = { instancePath: instancePath + "/root", schemaPath: "#/properties/root/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.extends !== void 0) {
      let data2 = data.extends;
      const _errs7 = errors;
      let valid1 = false;
      let passing0 = null;
      const _errs8 = errors;
      if (typeof data2 !== "string") {
        const err3 = { instancePath: instancePath + "/extends", schemaPath: "#/properties/extends/oneOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
      var _valid0 = _errs8 === errors;
      if (_valid0) {
        valid1 = true;
        passing0 = 0;
      }
      const _errs10 = errors;
      if (Array.isArray(data2)) {
        const len0 = data2.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (typeof data2[i0] !== "string") {
            const err4 = { instancePath: instancePath + "/extends/" + i0, schemaPath: "#/properties/extends/oneOf/1/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err4];
            } else {
              vErrors.push(err4);
            }
            errors++;
          }
        }
      } else {
        const err5 = { instancePath: instancePath + "/extends", schemaPath: "#/properties/extends/oneOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
      var _valid0 = _errs10 === errors;
      if (_valid0 && valid1) {
        valid1 = false;
        passing0 = [passing0, 1];
      } else {
        if (_valid0) {
          valid1 = true;
          passing0 = 1;
        }
      }
      if (!valid1) {
        const err6 = { instancePath: instancePath + "/extends", schemaPath: "#/properties/extends/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf" };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      } else {
        errors = _errs7;
        if (vErrors !== null) {
          if (_errs7) {
            vErrors.length = _errs7;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.rules !== void 0) {
      let data4 = data.rules;
      if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
        for (const key1 in data4) {
          let data5 = data4[key1];
          const _errs18 = errors;
          let valid5 = false;
          let passing1 = null;
          const _errs19 = errors;
          if (!(data5 === "off" || data5 === "warn" || data5 === "error" || data5 === 0 || data5 === 1 || data5 === 2)) {
            const err7 = { instancePath: instancePath + "/rules/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/rules/additionalProperties/oneOf/0/enum", keyword: "enum", params: { allowedValues: schema34.properties.rules.additionalProperties.oneOf[0].enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err7];
            } else {
              vErrors.push(err7);
            }
            errors++;
          }
          var _valid1 = _errs19 === errors;
          if (_valid1) {
            valid5 = true;
            passing1 = 0;
          }
          const _errs20 = errors;
          if (Array.isArray(data5)) {
            if (data5.length > 2) {
              const err8 = { instancePath: instancePath + "/rules/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/rules/additionalProperties/oneOf/1/maxItems", keyword: "maxItems", params: { limit: 2 }, message: "must NOT have more than 2 items" };
              if (vErrors === null) {
                vErrors = [err8];
              } else {
                vErrors.push(err8);
              }
              errors++;
            }
            if (data5.length < 1) {
              const err9 = { instancePath: instancePath + "/rules/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/rules/additionalProperties/oneOf/1/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
              if (vErrors === null) {
                vErrors = [err9];
              } else {
                vErrors.push(err9);
              }
              errors++;
            }
            const len1 = data5.length;
            if (len1 > 0) {
              let data6 = data5[0];
              if (!(data6 === "off" || data6 === "warn" || data6 === "error" || data6 === 0 || data6 === 1 || data6 === 2)) {
                const err10 = { instancePath: instancePath + "/rules/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/0", schemaPath: "#/properties/rules/additionalProperties/oneOf/1/items/0/enum", keyword: "enum", params: { allowedValues: schema34.properties.rules.additionalProperties.oneOf[1].items[0].enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err10];
                } else {
                  vErrors.push(err10);
                }
                errors++;
              }
            }
            if (len1 > 1) {
              let data7 = data5[1];
              if (!(data7 && typeof data7 == "object" && !Array.isArray(data7))) {
                const err11 = { instancePath: instancePath + "/rules/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/1", schemaPath: "#/properties/rules/additionalProperties/oneOf/1/items/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err11];
                } else {
                  vErrors.push(err11);
                }
                errors++;
              }
            }
          } else {
            const err12 = { instancePath: instancePath + "/rules/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/rules/additionalProperties/oneOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          }
          var _valid1 = _errs20 === errors;
          if (_valid1 && valid5) {
            valid5 = false;
            passing1 = [passing1, 1];
          } else {
            if (_valid1) {
              valid5 = true;
              passing1 = 1;
            }
          }
          if (!valid5) {
            const err13 = { instancePath: instancePath + "/rules/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/rules/additionalProperties/oneOf", keyword: "oneOf", params: { passingSchemas: passing1 }, message: "must match exactly one schema in oneOf" };
            if (vErrors === null) {
              vErrors = [err13];
            } else {
              vErrors.push(err13);
            }
            errors++;
          } else {
            errors = _errs18;
            if (vErrors !== null) {
              if (_errs18) {
                vErrors.length = _errs18;
              } else {
                vErrors = null;
              }
            }
          }
        }
      } else {
        const err14 = { instancePath: instancePath + "/rules", schemaPath: "#/properties/rules/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    if (data.jurisdictions !== void 0) {
      let data8 = data.jurisdictions;
      if (Array.isArray(data8)) {
        const len2 = data8.length;
        for (let i1 = 0; i1 < len2; i1++) {
          let data9 = data8[i1];
          if (typeof data9 === "string") {
            if (!pattern6.test(data9)) {
              const err15 = { instancePath: instancePath + "/jurisdictions/" + i1, schemaPath: "#/properties/jurisdictions/items/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]+(-[a-z0-9]+)*$" }, message: 'must match pattern "^[a-z0-9]+(-[a-z0-9]+)*$"' };
              if (vErrors === null) {
                vErrors = [err15];
              } else {
                vErrors.push(err15);
              }
              errors++;
            }
          } else {
            const err16 = { instancePath: instancePath + "/jurisdictions/" + i1, schemaPath: "#/properties/jurisdictions/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err16];
            } else {
              vErrors.push(err16);
            }
            errors++;
          }
        }
      } else {
        const err17 = { instancePath: instancePath + "/jurisdictions", schemaPath: "#/properties/jurisdictions/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
    if (data.packs !== void 0) {
      let data10 = data.packs;
      if (Array.isArray(data10)) {
        const len3 = data10.length;
        for (let i2 = 0; i2 < len3; i2++) {
          if (typeof data10[i2] !== "string") {
            const err18 = { instancePath: instancePath + "/packs/" + i2, schemaPath: "#/properties/packs/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err18];
            } else {
              vErrors.push(err18);
            }
            errors++;
          }
        }
      } else {
        const err19 = { instancePath: instancePath + "/packs", schemaPath: "#/properties/packs/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
    }
    if (data.documentKinds !== void 0) {
      let data12 = data.documentKinds;
      if (data12 && typeof data12 == "object" && !Array.isArray(data12)) {
        for (const key2 in data12) {
          let data13 = data12[key2];
          if (!(data13 === "policy" || data13 === "supplement" || data13 === "notice-at-collection" || data13 === "cookie-notice" || data13 === "children-notice" || data13 === "opt-out-notice" || data13 === "telemetry-notice" || data13 === "processing-terms" || data13 === "deployer-note" || data13 === "section" || data13 === "stub")) {
            const err20 = { instancePath: instancePath + "/documentKinds/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/documentKinds/additionalProperties/enum", keyword: "enum", params: { allowedValues: schema34.properties.documentKinds.additionalProperties.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err20];
            } else {
              vErrors.push(err20);
            }
            errors++;
          }
        }
      } else {
        const err21 = { instancePath: instancePath + "/documentKinds", schemaPath: "#/properties/documentKinds/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
      }
    }
    if (data.ignorePatterns !== void 0) {
      let data14 = data.ignorePatterns;
      if (Array.isArray(data14)) {
        const len4 = data14.length;
        for (let i3 = 0; i3 < len4; i3++) {
          if (typeof data14[i3] !== "string") {
            const err22 = { instancePath: instancePath + "/ignorePatterns/" + i3, schemaPath: "#/properties/ignorePatterns/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err22];
            } else {
              vErrors.push(err22);
            }
            errors++;
          }
        }
      } else {
        const err23 = { instancePath: instancePath + "/ignorePatterns", schemaPath: "#/properties/ignorePatterns/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err23];
        } else {
          vErrors.push(err23);
        }
        errors++;
      }
    }
    if (data.files !== void 0) {
      let data16 = data.files;
      if (Array.isArray(data16)) {
        const len5 = data16.length;
        for (let i4 = 0; i4 < len5; i4++) {
          if (typeof data16[i4] !== "string") {
            const err24 = { instancePath: instancePath + "/files/" + i4, schemaPath: "#/properties/files/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err24];
            } else {
              vErrors.push(err24);
            }
            errors++;
          }
        }
      } else {
        const err25 = { instancePath: instancePath + "/files", schemaPath: "#/properties/files/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err25];
        } else {
          vErrors.push(err25);
        }
        errors++;
      }
    }
    if (data.facts !== void 0) {
      let data18 = data.facts;
      if (data18 && typeof data18 == "object" && !Array.isArray(data18)) {
        for (const key3 in data18) {
          let data19 = data18[key3];
          const _errs49 = errors;
          let valid17 = false;
          let passing2 = null;
          const _errs50 = errors;
          if (typeof data19 !== "boolean") {
            const err26 = { instancePath: instancePath + "/facts/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/facts/additionalProperties/oneOf/0/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
            if (vErrors === null) {
              vErrors = [err26];
            } else {
              vErrors.push(err26);
            }
            errors++;
          }
          var _valid2 = _errs50 === errors;
          if (_valid2) {
            valid17 = true;
            passing2 = 0;
          }
          const _errs52 = errors;
          if (!(typeof data19 == "number")) {
            const err27 = { instancePath: instancePath + "/facts/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/facts/additionalProperties/oneOf/1/type", keyword: "type", params: { type: "number" }, message: "must be number" };
            if (vErrors === null) {
              vErrors = [err27];
            } else {
              vErrors.push(err27);
            }
            errors++;
          }
          var _valid2 = _errs52 === errors;
          if (_valid2 && valid17) {
            valid17 = false;
            passing2 = [passing2, 1];
          } else {
            if (_valid2) {
              valid17 = true;
              passing2 = 1;
            }
            const _errs54 = errors;
            if (typeof data19 !== "string") {
              const err28 = { instancePath: instancePath + "/facts/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/facts/additionalProperties/oneOf/2/type", keyword: "type", params: { type: "string" }, message: "must be string" };
              if (vErrors === null) {
                vErrors = [err28];
              } else {
                vErrors.push(err28);
              }
              errors++;
            }
            var _valid2 = _errs54 === errors;
            if (_valid2 && valid17) {
              valid17 = false;
              passing2 = [passing2, 2];
            } else {
              if (_valid2) {
                valid17 = true;
                passing2 = 2;
              }
              const _errs56 = errors;
              if (Array.isArray(data19)) {
                const len6 = data19.length;
                for (let i5 = 0; i5 < len6; i5++) {
                  if (typeof data19[i5] !== "string") {
                    const err29 = { instancePath: instancePath + "/facts/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + i5, schemaPath: "#/properties/facts/additionalProperties/oneOf/3/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err29];
                    } else {
                      vErrors.push(err29);
                    }
                    errors++;
                  }
                }
              } else {
                const err30 = { instancePath: instancePath + "/facts/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/facts/additionalProperties/oneOf/3/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                  vErrors = [err30];
                } else {
                  vErrors.push(err30);
                }
                errors++;
              }
              var _valid2 = _errs56 === errors;
              if (_valid2 && valid17) {
                valid17 = false;
                passing2 = [passing2, 3];
              } else {
                if (_valid2) {
                  valid17 = true;
                  passing2 = 3;
                }
              }
            }
          }
          if (!valid17) {
            const err31 = { instancePath: instancePath + "/facts/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/facts/additionalProperties/oneOf", keyword: "oneOf", params: { passingSchemas: passing2 }, message: "must match exactly one schema in oneOf" };
            if (vErrors === null) {
              vErrors = [err31];
            } else {
              vErrors.push(err31);
            }
            errors++;
          } else {
            errors = _errs49;
            if (vErrors !== null) {
              if (_errs49) {
                vErrors.length = _errs49;
              } else {
                vErrors = null;
              }
            }
          }
        }
      } else {
        const err32 = { instancePath: instancePath + "/facts", schemaPath: "#/properties/facts/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err32];
        } else {
          vErrors.push(err32);
        }
        errors++;
      }
    }
    if (data.now !== void 0) {
      let data21 = data.now;
      if (typeof data21 === "string") {
        if (!pattern17.test(data21)) {
          const err33 = { instancePath: instancePath + "/now", schemaPath: "#/properties/now/pattern", keyword: "pattern", params: { pattern: "^\\d{4}-\\d{2}-\\d{2}$" }, message: 'must match pattern "^\\d{4}-\\d{2}-\\d{2}$"' };
          if (vErrors === null) {
            vErrors = [err33];
          } else {
            vErrors.push(err33);
          }
          errors++;
        }
      } else {
        const err34 = { instancePath: instancePath + "/now", schemaPath: "#/properties/now/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err34];
        } else {
          vErrors.push(err34);
        }
        errors++;
      }
    }
    if (data.maxFileSize !== void 0) {
      let data22 = data.maxFileSize;
      if (!(typeof data22 == "number" && (!(data22 % 1) && !isNaN(data22))) && typeof data22 !== "string") {
        const err35 = { instancePath: instancePath + "/maxFileSize", schemaPath: "#/properties/maxFileSize/type", keyword: "type", params: { type: schema34.properties.maxFileSize.type }, message: "must be integer,string" };
        if (vErrors === null) {
          vErrors = [err35];
        } else {
          vErrors.push(err35);
        }
        errors++;
      }
    }
    if (data.reportUnusedDisableDirectives !== void 0) {
      let data23 = data.reportUnusedDisableDirectives;
      if (!(data23 === "off" || data23 === "warn" || data23 === "error")) {
        const err36 = { instancePath: instancePath + "/reportUnusedDisableDirectives", schemaPath: "#/properties/reportUnusedDisableDirectives/enum", keyword: "enum", params: { allowedValues: schema34.properties.reportUnusedDisableDirectives.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err36];
        } else {
          vErrors.push(err36);
        }
        errors++;
      }
    }
  } else {
    const err37 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err37];
    } else {
      vErrors.push(err37);
    }
    errors++;
  }
  validate85.errors = vErrors;
  return errors === 0;
}

// src/config/errors.ts
function describeErrors(errors) {
  if (!errors || errors.length === 0) return "invalid";
  const sorted = [...errors].filter((e2) => e2.keyword !== "oneOf" && e2.keyword !== "if").sort((a, b) => b.instancePath.length - a.instancePath.length);
  const e = sorted[0] ?? errors[0];
  const where = e.instancePath ? e.instancePath.slice(1).split("/").map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~")).join(".") : "(top level)";
  let detail = e.message ?? e.keyword;
  if (e.keyword === "additionalProperties") detail = `unknown property "${String(e.params.additionalProperty)}"`;
  if (e.keyword === "enum") detail += ` (${e.params.allowedValues.map(String).join(", ")})`;
  return `at ${where}: ${detail}`;
}

// src/config/load.ts
var ConfigError = class extends Error {
};
var CONFIG_FILES = [".policylintrc.json", "policylint.config.json", "package.json"];
function emptyConfig() {
  return { rules: {}, packs: [], ignorePatterns: [], files: [], documentKinds: [], facts: {}, reportUnusedDisableDirectives: "warn", sources: [] };
}
function normaliseSeverity(v) {
  if (v === 0 || v === "off") return "off";
  if (v === 1 || v === "warn") return "warn";
  return "error";
}
function readRaw(file) {
  let text3;
  try {
    text3 = fs.readFileSync(file, "utf8");
  } catch (e) {
    throw new ConfigError(`${file}: cannot read configuration (${e.code})`);
  }
  let data;
  try {
    data = JSON.parse(text3);
  } catch (e) {
    throw new ConfigError(`${file}: configuration is not valid JSON (${e.message})`);
  }
  if (path5.basename(file) === "package.json") {
    data = data?.policylint;
    if (data === void 0) return null;
  }
  if (!validateConfig(data)) throw new ConfigError(`${file}: invalid configuration ${describeErrors(validateConfig.errors)}`);
  return data;
}
function loadConfigFile(file, seen = /* @__PURE__ */ new Set()) {
  const abs = path5.resolve(file);
  if (seen.has(abs)) throw new ConfigError(`${abs}: "extends" loops back to this file`);
  seen.add(abs);
  const raw = readRaw(abs);
  if (!raw) return null;
  const dir = path5.dirname(abs);
  const config = emptyConfig();
  const bases = raw.extends === void 0 ? [] : Array.isArray(raw.extends) ? raw.extends : [raw.extends];
  for (const b of bases) {
    const base = loadConfigFile(path5.resolve(dir, b), seen);
    if (base) merge(config, base);
  }
  merge(config, {
    rules: Object.fromEntries(
      Object.entries(raw.rules ?? {}).map(([id, v]) => [id, Array.isArray(v) ? { severity: normaliseSeverity(v[0]), options: v[1] } : { severity: normaliseSeverity(v) }])
    ),
    jurisdictions: raw.jurisdictions,
    packs: (raw.packs ?? []).map((p) => path5.resolve(dir, p)),
    ignorePatterns: (raw.ignorePatterns ?? []).map((pattern) => ({ pattern, base: dir })),
    files: (raw.files ?? []).map((pattern) => ({ pattern, base: dir })),
    documentKinds: Object.entries(raw.documentKinds ?? {}).map(([pattern, kind]) => ({ pattern, kind, base: dir })),
    facts: raw.facts ?? {},
    now: raw.now,
    maxFileSize: sizeSetting(raw.maxFileSize, abs),
    reportUnusedDisableDirectives: raw.reportUnusedDisableDirectives ?? config.reportUnusedDisableDirectives,
    sources: [abs]
  });
  return config;
}
function sizeSetting(value2, file) {
  if (value2 === void 0) return void 0;
  const bytes = typeof value2 === "number" ? Number.isInteger(value2) && value2 > 0 ? value2 : null : parseSize(value2);
  if (bytes === null) throw new ConfigError(`${file}: invalid maxFileSize ${JSON.stringify(value2)}: give a size such as "5MB", "500KB" or a number of bytes`);
  return bytes;
}
function merge(into, from) {
  Object.assign(into.rules, from.rules);
  if (from.jurisdictions) into.jurisdictions = from.jurisdictions;
  into.packs.push(...from.packs.filter((p) => !into.packs.includes(p)));
  into.ignorePatterns.push(...from.ignorePatterns);
  into.files.push(...from.files);
  into.documentKinds.unshift(...from.documentKinds);
  Object.assign(into.facts, from.facts);
  if (from.now) into.now = from.now;
  if (from.maxFileSize !== void 0) into.maxFileSize = from.maxFileSize;
  into.reportUnusedDisableDirectives = from.reportUnusedDisableDirectives;
  into.sources = [...from.sources, ...into.sources];
}
var ConfigFinder = class {
  constructor(explicit) {
    this.explicit = explicit;
  }
  explicit;
  cache = /* @__PURE__ */ new Map();
  forFile(filePath) {
    if (this.explicit) return this.cached(`explicit:${this.explicit}`, () => loadConfigFile(this.explicit) ?? emptyConfig());
    return this.forDir(path5.dirname(path5.resolve(filePath)));
  }
  cached(key, make2) {
    let c = this.cache.get(key);
    if (!c) {
      c = make2();
      this.cache.set(key, c);
    }
    return c;
  }
  forDir(dir) {
    return this.cached(dir, () => {
      for (const name of CONFIG_FILES) {
        const file = path5.join(dir, name);
        if (fs.existsSync(file)) {
          const c = loadConfigFile(file);
          if (c) return c;
        }
      }
      const parent = path5.dirname(dir);
      return parent === dir ? emptyConfig() : this.forDir(parent);
    });
  }
};

// src/rules/registry.ts
import fs4 from "node:fs";
import path9 from "node:path";
import { fileURLToPath as fileURLToPath3 } from "node:url";

// src/analysis/phrase.ts
function alt(kind, value2) {
  return { kind, value: value2, id: kind === "stem" ? stemNumber(value2) : kind === "exact" ? entryOf(value2, true).word : -1 };
}
function phrase(source, slots) {
  return { source, slots, required: slots.filter((s) => !s.optional) };
}
var PhraseError = class extends Error {
};
var MAX_GAP = 12;
var MAX_SLOTS = 16;
function compileWord(word) {
  if (/[[\]]/.test(word)) throw new PhraseError(`"${word}": phrases take words, (a|b) groups, word?, word*, =word and ...; not regular-expression syntax`);
  if (word.startsWith("=")) return tokenize(word.slice(1)).map((t) => [alt("exact", t.lower)]);
  if (word.endsWith("*")) {
    const toks = tokenize(word.slice(0, -1));
    if (toks.length === 0) throw new PhraseError(`"${word}": a prefix needs at least one letter`);
    return toks.map((t, i) => [i === toks.length - 1 ? alt("prefix", t.lower) : alt("stem", t.stem)]);
  }
  return tokenize(word).map((t) => [alt("stem", t.stem)]);
}
function compilePhrase(source) {
  const slots = [];
  let pendingGap = 0;
  const words2 = source.trim().match(/\([^)]*\)\??|\S+/g) ?? [];
  for (const raw of words2) {
    const gap = /^\.\.\.(\d*)$/.exec(raw);
    if (gap) {
      pendingGap = gap[1] ? Number(gap[1]) : 4;
      if (pendingGap > MAX_GAP) throw new PhraseError(`"${source}": a gap may span at most ${MAX_GAP} words`);
      continue;
    }
    let word = raw;
    let optional = false;
    if (word.endsWith("?") && word.length > 1) {
      optional = true;
      word = word.slice(0, -1);
    }
    let groups;
    if (word.startsWith("(") && word.endsWith(")")) {
      const alts = word.slice(1, -1).split("|").map((w) => compileWord(w.trim()));
      if (alts.some((a) => a.length !== 1)) throw new PhraseError(`"${source}": each alternative in (\u2026) must be one word`);
      groups = [alts.map((a) => a[0]).flat()];
    } else {
      groups = compileWord(word);
    }
    if (groups.length === 0) continue;
    groups.forEach((alts, i) => {
      slots.push({ alts, optional: optional && groups.length === 1, gap: i === 0 ? pendingGap : 0 });
    });
    pendingGap = 0;
  }
  if (slots.length === 0) throw new PhraseError(`"${source}" has no words`);
  if (slots.length > MAX_SLOTS) throw new PhraseError(`"${source}" has more than ${MAX_SLOTS} words`);
  if (slots.every((s) => s.optional)) throw new PhraseError(`"${source}": at least one word must be required`);
  if (slots.filter((s) => s.gap > 0 || s.optional).length > 4) throw new PhraseError(`"${source}" has more than 4 gaps and optional words`);
  return phrase(source, slots);
}
var MAX_EXPANSIONS = 64;
function expandPhrase(source) {
  const group = /\(([^()]*)\)(\??)/g;
  let m;
  while (m = group.exec(source)) {
    const alts = m[1].split("|").map((a) => a.trim());
    if (alts.every((a) => tokenize(a.replace(/^=|\*$/g, "")).length === 1)) continue;
    if (m[2] === "?") alts.push("");
    const out = [];
    for (const a of alts) {
      const replaced = `${source.slice(0, m.index)}${a}${source.slice(m.index + m[0].length)}`.replace(/\s+/g, " ").trim();
      if (replaced) out.push(...expandPhrase(replaced));
      if (out.length > MAX_EXPANSIONS) throw new PhraseError(`"${source}" expands into more than ${MAX_EXPANSIONS} phrases`);
    }
    return out;
  }
  return [source];
}
var snapshot;
var recorder;
function usePhraseSnapshot(s) {
  snapshot = s;
}
var KINDS = { s: "stem", e: "exact", p: "prefix" };
function encodeSlots(slots) {
  return slots.map((s) => `${s.gap},${s.optional ? 1 : 0},${s.alts.map((a) => a.kind[0] + a.value).join("|")}`).join(" ");
}
var decodedSlots = /* @__PURE__ */ new Map();
function decodeSlots(code) {
  return code.split(" ").map((part) => {
    let slot = decodedSlots.get(part);
    if (!slot) {
      const [gap, optional, alts] = part.split(",");
      slot = { alts: alts.split("|").map((a) => alt(KINDS[a[0]], a.slice(1))), optional: optional === "1", gap: Number(gap) };
      decodedSlots.set(part, slot);
    }
    return slot;
  });
}
function compilePhrases(source) {
  if (snapshot && Object.hasOwn(snapshot, source)) return snapshot[source].map((code) => phrase(source, decodeSlots(code)));
  const compiled2 = expandPhrase(source).map((p) => phrase(source, compilePhrase(p).slots));
  if (recorder) recorder[source] = compiled2.map((p) => encodeSlots(p.slots));
  return compiled2;
}
function altMatches(a, t) {
  if (a.kind === "stem") return t.stemId === a.id;
  if (a.kind === "exact") return t.word === a.id;
  return t.lower.startsWith(a.value);
}
function slotMatches(s, t) {
  for (const a of s.alts) if (altMatches(a, t)) return true;
  return false;
}
function walk2(slots, k, tokens, i) {
  if (k === slots.length) return i;
  const s = slots[k];
  const maxSkip = k === 0 ? 0 : s.gap;
  for (let skip = 0; skip <= maxSkip && i + skip < tokens.length; skip++) {
    if (slotMatches(s, tokens[i + skip])) {
      const end = walk2(slots, k + 1, tokens, i + skip + 1);
      if (end >= 0) return end;
    }
  }
  if (s.optional) return walk2(slots, k + 1, tokens, i);
  return -1;
}
function matchPhrase(phrase2, tokens, after = 0) {
  for (let i = 0; i < tokens.length; i++) {
    const end = walk2(phrase2.slots, 0, tokens, i);
    if (end > i && end > after) return { phrase: phrase2, from: i, to: end };
  }
  return null;
}
function matchPhraseIn(phrase2, tokens, from, to = tokens.length) {
  for (let i = from; i < to; i++) {
    const end = walk2(phrase2.slots, 0, tokens, i);
    if (end > i && end <= to) return { phrase: phrase2, from: i, to: end };
  }
  return null;
}
function matchAny(phrases, tokens) {
  for (const p of phrases) {
    const m = matchPhrase(p, tokens);
    if (m) return m;
  }
  return null;
}

// src/analysis/tables.ts
var SLOT = /\{\{[^}]*\}\}|\[[^\]]*\]|<[^>]*>/g;
function cellRanges(text3) {
  const out = [];
  let from = 0;
  for (let at = text3.indexOf(CELL_SEPARATOR); at >= 0; at = text3.indexOf(CELL_SEPARATOR, from)) {
    out.push([from, at]);
    from = at + CELL_SEPARATOR.length;
  }
  out.push([from, text3.length]);
  return out;
}
function rowCells(text3) {
  return cellRanges(text3).map(([a, z]) => text3.slice(a, z).trim());
}
function tableHeaders(doc) {
  const out = [];
  doc.blocks.forEach((b, i) => {
    if (b.kind !== "tableRow" || doc.blocks[i - 1]?.kind === "tableRow") return;
    const rows = [];
    for (let k = i + 1; doc.blocks[k]?.kind === "tableRow"; k++) rows.push(doc.blocks[k]);
    if (rows.length === 0) return;
    const tokens = b.sentences.flatMap((s) => s.tokens);
    const rowCells2 = rows.map((r) => cellRanges(r.text).map(([a, z]) => r.text.slice(a, z)));
    const columns = cellRanges(b.text).map(([a, z], c) => ({
      tokens: tokens.filter((t) => t.start >= a && t.end <= z),
      filled: rowCells2.some((cells) => new RegExp("\\p{L}|\\p{N}", "u").test((cells[c] ?? "").replace(SLOT, "")))
    }));
    out.push({ block: b, columns, rows });
  });
  return out;
}
function cellAt(headers, row, at, rowTokens) {
  if (row.kind !== "tableRow") return null;
  const table = headers.find((h) => h.rows.includes(row));
  if (!table) return null;
  const ranges = cellRanges(row.text);
  const c = ranges.findIndex(([a2, z2]) => at >= a2 && at <= z2);
  if (c < 0) return null;
  const [a, z] = ranges[c];
  return { tokens: rowTokens.filter((t) => t.start >= a && t.end <= z), header: table.columns[c]?.tokens ?? [] };
}

// src/analysis/signals.ts
var EMAIL = new RegExp("[\\p{L}\\p{N}._%+-]+@[\\p{L}\\p{N}-]+(?:\\.[\\p{L}\\p{N}-]+)*\\.\\p{L}{2,}", "gu");
var PHONE = /(?:\+\d{1,3}[\s.-]?)?(?:\(\d{2,4}\)[\s.-]?|\b\d{2,4}[\s.-])\d{2,4}[\s.-]\d{2,4}(?:[\s.-]\d{2,4})?\b|\b1-8\d\d-\d{3}-\d{4}\b|\+\d{1,3}[\s.-]?\d{9,11}\b/g;
var DATE_SHAPE = /^(?:\d{4}[-./]\d{1,2}[-./]\d{1,2}|\d{1,2}[-./]\d{1,2}[-./]\d{2,4})$/;
var URL2 = /\bhttps?:\/\/\S+|\bwww\.[\w-]+\.\w+/i;
var HANDLE = /(?<![\w.@/])@[A-Za-z][\w.-]{1,38}\w(?![\w@]|\.\w)/;
var NUMBERED_STREET = /\b\d{1,5}[a-z]?,?\s+(?:[\p{Lu}\d][\p{L}.'-]*\s+){0,4}(?:Street|St\.?|Avenue|Ave\.?|Road|Rd\.?|Boulevard|Blvd\.?|Lane|Ln\.?|Drive|Dr\.?|Way|Place|Pl\.?|Court|Ct\.?|Square|Sq\.?|Parkway|Pkwy\.?|Highway|Hwy\.?|Terrace|Plaza|Row|Wharf)\b/iu;
var NAMED_STREET = /\b(?:rue|avenue|boulevard|via|calle|straße|strasse|platz|weg)\s+[\p{L}]/iu;
var NAMED_STREET_GUARD = /(?:rue|avenue|boulevard|via|calle|stra(?:[ßẞ]|[sſ][sſ])e|platz|weg)\s/i;
var DIGIT = /\d/;
var POSTAL = /\b(?:P\.?\s?O\.?\s+Box\s+\d+|[A-Z]{1,2}\d[A-Z\d]?\s+\d[A-Z]{2}|(?:AL|AK|AZ|AR|CA|CO|CT|DE|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|DC)\s+\d{5}(?:-\d{4})?|\d{5}\s+[\p{Lu}][\p{L}-]+)\b/u;
var LEGAL_FORM = "(?:Inc\\.?|Incorporated|LLC|L\\.L\\.C\\.|Ltd\\.?|Limited|GmbH|AG|S\\.A\\.S\\.?|SAS|S\\.A\\.|SA|SARL|S\\.\xE0 r\\.l\\.|B\\.V\\.|BV|N\\.V\\.|PLC|plc|Corp\\.?|Corporation|Pty\\.? Ltd\\.?|S\\.r\\.l\\.|S\\.p\\.A\\.|LLP|LP|AB|Oy|ApS|AS|KG|UG|Co\\.)";
var NAME = "[\\p{Lu}\\d][\\p{L}\\d&.'\u2019-]*(?:\\s+(?:[\\p{Lu}\\d&][\\p{L}\\d&.'\u2019-]*|of|and|de|du|la))*";
var WE_DEFINITION = new RegExp(`(${NAME})(?:,?\\s+${LEGAL_FORM})?\\s*(?:\\(|[\u2013\u2014]|--?)\\s*(?:together\\s+with\\s+[^)]{0,40})?(?:collectively\\s+)?(?:the\\s+)?["\u201C'\u2018]+(?:[Ww]e|[Uu]s|[Oo]ur|[Cc]ompany|[Tt]he [Cc]ompany|[Cc]ontroller|[Ss]ervice [Pp]rovider)\\b`, "u");
var OPERATED_BY = new RegExp(`\\b(?:operated|owned|provided|run|controlled|published|managed)\\s+by\\s+(${NAME})|(${NAME})\\s+(?:operates|owns|runs|provides|is\\s+(?:the\\s+)?(?:data\\s+)?controller|is\\s+responsible\\s+for)\\b|\\b(?:we\\s+are|this\\s+is)\\s+(${NAME})|\\bcontroller\\s+(?:of|for)\\s+(?:this|the|our)\\s+(?:[\\w-]+\\s+){0,2}?(?:website|site|app|application|service|services|blog|extension|bot|platform|processing)\\s+is\\s+(${NAME})`, "u");
var DEVELOPED_BY = new RegExp(`\\b(?:developed|created|made|built|maintained|written)\\s+by\\s+(${NAME}|@?[\\p{L}\\d][\\p{L}\\d_.-]{2,})`, "u");
var DEVELOPED_BY_GUARD = /\b(?:developed|created|made|built|maintained|written)\s+by\s/;
var NOT_A_HANDLE = /^(?:our|your|my|a|an|any|each|this|that|these|those|them|him|it|the|its|his|her|their|us|me|you|user|customers|staff|employees|teachers|students|parents|children|child|partners|third|volunteers|contributors|developers|people|members|others|someone|various|independent|community|team|hand|default|design|users)$/i;
var THATS_US = new RegExp(`(${NAME})\\s*\\(\\s*(?:that['\u2019]s|that is|i\\.e\\.,?)\\s+(?:us|we|me)\\s*\\)`, "u");
var AT_NAME_WE = new RegExp(`\\bAt\\s+(${NAME}),\\s+(?:we|our|us)\\b`, "u");
var REGISTERED_NUMBER = new RegExp(`^(${NAME})\\s*\\(\\s*(?:UEN|CRN|ABN|ACN|CIN|KvK|HRB|SIREN|SIRET|Company\\s+(?:No|Number|number|Registration)|Registration\\s+(?:No|Number|number)|Reg\\.?\\s+No)\\b`, "u");
var WE_AT_NAME = new RegExp(`^We\\s+at\\s+(${NAME})\\b`, "u");
var LABELLED = new RegExp(`(?:^|\\n)\\W*(?:[a-z]+\\s*[/&]\\s*)?(?:developer|publisher|operator|maintainer|owner|company|controller|data controller|provider|developed by|operated by|published by|maintained by)\\W*:\\W*(${NAME})`, "iu");
var DESCRIBES = new RegExp(`\\b(?:describes|explains|sets\\s+out|outlines)\\s+(?:how|(?:the\\s+)?(?:[a-z]+\\s+){0,3}(?:principles|practices)(?:\\s+that)?)\\s+(${NAME})\\s+(?:collects|uses|processes|handles|follows|protects|treats|shares|applies)\\b`, "u");
var DESCRIBES_GUARD = /\b(?:describes|explains|sets\s+out|outlines)\s/;
var LEGAL_NAME = new RegExp(`\\b${NAME},?\\s+${LEGAL_FORM}(?![\\p{L}])`, "u");
var OPERATED_BY_GUARD = /\sby\s|\s(?:operates|owns|runs|provides|controller|responsible)\b|\b(?:we\s+are|this\s+is)\s/;
var SELF_REFERENCE = /\b(?:we|us|our|company|controller|operat\w*|owned|registered|incorporated)\b/i;
var COMMITTED = new RegExp(`^(${NAME})\\s+are\\s+(?:fully\\s+|deeply\\s+)?committed\\s+to\\s+(?:safeguarding|protecting|respecting|preserving)\\b`, "u");
var PROMISES = new RegExp(`^(${NAME})\\s+(?:is\\s+(?:fully\\s+|deeply\\s+)?committed\\s+to\\s+(?:safeguarding|protecting|respecting|preserving)|takes\\s+(?:your\\s+|the\\s+)?privacy\\s+(?:[a-z]+\\s+){0,4}?seriously|respects\\s+your\\s+privacy)\\b`, "u");
var BODY_OF_PEOPLE = /(?:Collective|Foundation|Association|Society|Club|Group|Church|Council|Trust|Charity|Cooperative|Federation|League|Union|Institute|University|College|School|Academy|Studios?|Labs?|Network|Alliance|Committee|Community|County|City|Borough|Municipality|Department|Ministry)$/;
var NOT_A_NAME = /^(?:We|Our|Us|You|Your|The|This|These|If|When|In|For|By|It|Its|They|Privacy|Policy|Service|Services)$/;
function committedName(sentence) {
  const name = matchesName(COMMITTED, sentence);
  const words2 = name?.split(/\s+/) ?? [];
  if (name && words2.length >= 2 && !NOT_A_NAME.test(words2[0])) return name;
  const body = matchesName(PROMISES, sentence);
  return body && body.split(/\s+/).some((w) => BODY_OF_PEOPLE.test(w)) ? body : null;
}
var REGISTERED_AS = new RegExp(`^(?:The\\s+)?(${NAME})\\s+is\\s+a\\s+(?:registered|charitable|non-?profit|not-for-profit)\\s+(?:[a-z]+\\s+){0,2}?(?:charity|company|organi[sz]ation|society|association|corporation|foundation|trust|nonprofit|non-profit|CIO)\\b`, "u");
var VISITING = new RegExp(`\\bvisiting\\s+(?:the\\s+)?(${NAME})(?:['\u2019]s)?\\s+(?:website|web\\s+site|site|portal)\\b`, "u");
function namedBody(re, sentence) {
  const name = matchesName(re, sentence);
  return name && name.split(/\s+/).some((w) => BODY_OF_PEOPLE.test(w)) ? name : null;
}
var COLLECTS_FOR_ITS = new RegExp(`^(${NAME})\\s+(?:collects|gathers|processes|records)\\b[^.]{0,120}\\bits\\s+(?:CLI|app|apps|application|applications|product|products|service|services|software|tool|tools|website|site|extension|platform|plugin)\\b`, "u");
var PLATFORMS = /^(?:Google|Apple|Microsoft|Amazon|Meta|Facebook|Mixpanel|Stripe|Cloudflare|GitHub|Discord|Telegram|Firebase|AdMob|Sentry|PostHog|Vercel|Netlify|Slack|Twitter|X|YouTube|TikTok|Shopify|PayPal|Plausible|Matomo|Umami)\b/;
var PRODUCT_BY = new RegExp(`\\b(?:[Aa]pp|[Aa]pplication|[Gg]ame|[Ee]xtension|[Aa]dd-?on|[Bb]ot|[Pp]lugin|[Tt]ool|[Ss]oftware|[Ww]ebsite|[Ss]ite|[Ss]ervice)\\s+(?:["\u201C'\u2018][^"\u201D'\u2019]{1,40}["\u201D'\u2019]\\s+)?by\\s+(${NAME})`, "u");
var OPERATING_UNDER = new RegExp(`(${NAME}),?\\s+(?:operating|run|registered)\\s+under\\s+(?:the\\s+)?(${NAME})`, "u");
var PRIVATE_PERSON = new RegExp(`^(${NAME}),?\\s+(?:a\\s+)?(?:private\\s+(?:person|individual)|natural\\s+person|sole\\s+(?:trader|proprietor))\\b`, "u");
function privatePerson(sentence) {
  const name = matchesName(PRIVATE_PERSON, sentence);
  return name && name.split(/\s+/).length >= 2 ? name : null;
}
function notAPlatform(re, sentence) {
  const name = matchesName(re, sentence);
  return name && !PLATFORMS.test(name) ? name : null;
}
function matchesName(re, text3) {
  const m = re.exec(text3);
  if (!m) return null;
  const name = (m.slice(1).find((g) => g !== void 0) ?? m[0]).trim();
  return NOT_A_NAME.test(name) || /\b(?:HERE|NAME)$/.test(name) ? null : name;
}
function organisationName(sentence) {
  return (sentence.includes("(") ? matchesName(WE_DEFINITION, sentence) ?? matchesName(THATS_US, sentence) ?? matchesName(REGISTERED_NUMBER, sentence) : /[–—]/.test(sentence) ? matchesName(WE_DEFINITION, sentence) : null) ?? (sentence.includes("\xA9") ? copyrightHolder(sentence) : null) ?? (sentence.startsWith("At ") ? matchesName(AT_NAME_WE, sentence) : null) ?? (sentence.startsWith("We at ") ? matchesName(WE_AT_NAME, sentence) : null) ?? (sentence.includes(":") ? matchesName(LABELLED, sentence) : null) ?? (OPERATED_BY_GUARD.test(sentence) ? matchesName(OPERATED_BY, sentence) ?? notAPlatform(PRODUCT_BY, sentence) : null) ?? (sentence.includes(" person") || sentence.includes(" sole ") ? privatePerson(sentence) : null) ?? (sentence.includes(" under ") ? matchesName(OPERATING_UNDER, sentence) : null) ?? (SELF_REFERENCE.test(sentence) ? matchesName(LEGAL_NAME, sentence) : null) ?? (DESCRIBES_GUARD.test(sentence) ? matchesName(DESCRIBES, sentence) : null) ?? (DEVELOPED_BY_GUARD.test(sentence) ? developer(sentence) : null) ?? (/ committed | seriously| respects /.test(sentence) ? committedName(sentence) : null) ?? (sentence.includes(" its ") ? notAPlatform(COLLECTS_FOR_ITS, sentence) : null) ?? (sentence.includes(" is a ") ? matchesName(REGISTERED_AS, sentence) : null) ?? (sentence.includes("visiting ") ? namedBody(VISITING, sentence) : null) ?? (sentence.includes("\n") ? addressee(sentence) : null);
}
var NAME_LINE = new RegExp(`^\\s*(${NAME}(?:,?\\s+${LEGAL_FORM})?)\\s*$`, "u");
var GENERIC_LINE = /\b(?:contact|address|privacy|team|office|department|support|legal|officer|attn|attention|mail|e-?mail|post|postal|headquarters|customer|service|data|protection|us|our)\b/i;
function addressee(block) {
  const [first, ...rest] = block.split("\n");
  const m = NAME_LINE.exec(first);
  const words2 = m?.[1].split(/\s+/) ?? [];
  if (!m || words2.length < 2 || words2.length > 6 || GENERIC_LINE.test(m[1])) return null;
  return hasSignal("postal-address", rest.join("\n")) ? m[1] : null;
}
var COPYRIGHT = new RegExp(`\xA9\\s*(?:\\d{4}(?:\\s*[-\u2013]\\s*\\d{4})?,?\\s+)?(${NAME})`, "u");
function copyrightHolder(sentence) {
  const name = matchesName(COPYRIGHT, sentence);
  return name && name.split(/\s+/).length >= 2 && !PRODUCT_NAME_END.test(name) ? name.replace(/[.,]+$/, "") : null;
}
var PRODUCT_NAME_END = /\b(?:app|apps|application|ai|beta|alpha|bot|extension|plugin|add-on|tool|game|website|site|software|platform)\W*$/i;
function developer(sentence) {
  const name = matchesName(DEVELOPED_BY, sentence)?.replace(/[.]+$/, "") ?? null;
  return name && !NOT_A_HANDLE.test(name) ? name : null;
}
var AT_WORD = /[[({]\s*at\s*[\])}]/i;
var OBFUSCATED_EMAIL = new RegExp("[\\p{L}\\p{N}._%+-]+\\s*[[({]\\s*at\\s*[\\])}]\\s*[\\p{L}\\p{N}-]+(?:(?:\\.|\\s*[[({]\\s*dot\\s*[\\])}]\\s*)[\\p{L}\\p{N}-]+)*?(?:\\.|\\s*[[({]\\s*dot\\s*[\\])}]\\s*)\\p{L}{2,}\\b", "iu");
var LABELLED_PHONE = /\b(?:tel|phone|telephone|fax|call us)\b\.?(?:\s+(?:no|number)\.?)?\s*:?\s*\+?\(?\d[\d\s().-]{5,18}\d\b/i;
function hasPhone(sentence) {
  if (LABELLED_PHONE.test(sentence)) return true;
  for (const m of sentence.matchAll(PHONE)) if (!DATE_SHAPE.test(m[0])) return true;
  return false;
}
function hasSignal(name, sentence) {
  switch (name) {
    // Each pattern needs a character the guard looks for first ("@", "[", a digit).
    case "email":
      EMAIL.lastIndex = 0;
      return sentence.includes("@") && EMAIL.test(sentence) || sentence.includes("[") && /\[\s*email[^\]]*protected\s*\]/i.test(sentence) || AT_WORD.test(sentence) && OBFUSCATED_EMAIL.test(sentence);
    case "phone":
      return DIGIT.test(sentence) && hasPhone(sentence);
    case "url":
      return URL2.test(sentence);
    case "handle":
      return sentence.includes("@") && HANDLE.test(sentence);
    case "postal-address":
      return DIGIT.test(sentence) && (NUMBERED_STREET.test(sentence) || POSTAL.test(sentence)) || NAMED_STREET_GUARD.test(sentence) && NAMED_STREET.test(sentence);
    case "organisation-name":
      return organisationName(sentence) !== null;
    default:
      return false;
  }
}
function inAddressRun(text3, start, end) {
  let a = start;
  let b = end;
  while (a > 0 && !/\s/.test(text3[a - 1])) a--;
  while (b < text3.length && !/\s/.test(text3[b])) b++;
  return ADDRESS_RUN.test(text3.slice(a, b));
}
var ADDRESS_RUN = /:\/\/|www\.|\w\.\w+\/|^[("'[]?\/[\w.-]+\/|\w@\w/;

// src/analysis/frames.ts
var SKIP = /* @__PURE__ */ new Set([
  "do",
  "does",
  "did",
  "may",
  "might",
  "can",
  "could",
  "will",
  "would",
  "shall",
  "should",
  "must",
  "have",
  "has",
  "had",
  "also",
  "only",
  "currently",
  "ever",
  "just",
  "still",
  "further",
  "additionally",
  "generally",
  "typically",
  "usually",
  "sometimes",
  "occasionally",
  "automatically",
  "directly",
  "actively",
  "knowingly",
  "intentionally",
  "voluntarily",
  "otherwise",
  "presently",
  "routinely",
  "regularly",
  "then",
  "already",
  "always",
  "both",
  "either",
  "not",
  "never",
  "no",
  "longer",
  "nor",
  "neither",
  "and",
  "or",
  "to",
  "need",
  "needs",
  "want",
  "wants",
  "intend",
  "plan",
  "choose",
  "able",
  "unable",
  "willing",
  "allowed",
  "permitted",
  "going",
  "try",
  "seek",
  "ourselves",
  "themselves",
  "hereby",
  "therefore",
  "thus",
  "solely",
  "exclusively",
  "primarily",
  "mainly",
  "explicitly",
  "expressly",
  "specifically",
  "purposely",
  "deliberately",
  "ordinarily",
  "normally",
  "in",
  "any",
  "way",
  "absolutely",
  // "is not considered to be selling": the copula's negation reaches the verb.
  "considered",
  "deemed",
  "treated",
  "regarded",
  "as"
]);
var BE = /* @__PURE__ */ new Set(["is", "are", "was", "were", "be", "been", "being", "am", "isn't", "aren't", "wasn't", "weren't", "get", "gets", "got", "gotten"]);
var FIRST = /* @__PURE__ */ new Set(["we", "us", "our", "i", "me", "my", "we'll", "we've", "we're", "we'd", "i'll", "i've", "i'm", "i'd", "ourselves"]);
var PRODUCT = /* @__PURE__ */ new Set([
  "app",
  "application",
  "apps",
  "extension",
  "bot",
  "service",
  "services",
  "site",
  "website",
  "websites",
  "platform",
  "software",
  "product",
  "products",
  "plugin",
  "add-on",
  "game",
  "games",
  "tool",
  "company",
  "team",
  "developer",
  "developers",
  "operator",
  "organisation",
  "organization",
  "controller",
  "business",
  "it",
  "notice",
  "policy",
  "statement"
]);
var PLURAL_BE = /* @__PURE__ */ new Set(["are", "were"]);
var PRONOUNS = /* @__PURE__ */ new Set([...FIRST, "you", "they", "he", "she", "it", "who", "which", "that"]);
var OTHERS = /* @__PURE__ */ new Set(["these", "those", "other", "external", "third-party", "party", "partner", "embedded", "following"]);
var USER = /* @__PURE__ */ new Set([
  "you",
  "your",
  "user",
  "users",
  "visitor",
  "visitors",
  "customer",
  "customers",
  "member",
  "members",
  "consumer",
  "consumers",
  "individual",
  "individuals",
  "parent",
  "parents",
  "you'll",
  "you're",
  "yourself",
  "person",
  "persons",
  "people",
  "anyone",
  "everyone",
  "resident",
  "residents",
  "citizen",
  "citizens"
]);
var THIRD = /* @__PURE__ */ new Set([
  "they",
  "them",
  "third",
  "parties",
  "party",
  "partner",
  "partners",
  "advertiser",
  "advertisers",
  "provider",
  "providers",
  "vendor",
  "vendors",
  "network",
  "networks",
  "processor",
  "processors",
  "subprocessors",
  "affiliate",
  "affiliates",
  "google",
  "facebook",
  "meta",
  "apple",
  "microsoft",
  "amazon",
  "stripe",
  "cloudflare",
  "companies",
  "who",
  "which",
  "others",
  "brokers",
  "sdks",
  "sdk",
  "plugins",
  "platforms",
  "sites",
  "browsers",
  "browser",
  "authorities",
  "admob",
  "firebase",
  "github",
  "discord",
  "telegram"
]);
var CONDITIONAL = /* @__PURE__ */ new Set(["if", "unless", "whether", "should", "were", "once", "whenever"]);
var EXCEPTION = ["except", "excepting", "other than", "apart from", "besides", "beyond", "save for", "aside from", "outside of", "unless"];
var NEGATING_DETERMINERS = /* @__PURE__ */ new Set(["no", "nothing", "none", "neither", "nor", "never"]);
var WH = /* @__PURE__ */ new Set(["what", "how", "why", "which", "where", "who", "whom", "whose"]);
var NEGATING_OBJECT = /* @__PURE__ */ new Set(["no", "nothing", "none", "neither"]);
var PRACTICE_VERBS = /* @__PURE__ */ new Set([
  "collect",
  "collects",
  "store",
  "stores",
  "share",
  "shares",
  "sell",
  "sells",
  "rent",
  "rents",
  "trade",
  "trades",
  "transfer",
  "transfers",
  "disclose",
  "discloses",
  "use",
  "uses",
  "process",
  "processes",
  "keep",
  "keeps",
  "retain",
  "retains",
  "track",
  "tracks",
  "transmit",
  "transmits",
  "send",
  "sends",
  "receive",
  "receives",
  "access",
  "accesses",
  "gather",
  "gathers",
  "record",
  "records",
  "log",
  "logs",
  "save",
  "saves",
  "analyze",
  "analyse",
  "monetize",
  "lease",
  "release",
  "upload",
  "profile",
  "request",
  "requests",
  "solicit",
  "obtain",
  "obtains",
  "view",
  "read",
  "copy",
  "publish",
  "distribute",
  "license",
  "exchange",
  "give",
  "provide",
  "make",
  "offer",
  "require",
  "ask",
  "handle",
  "monitor",
  "see",
  "touch",
  "phone",
  "home"
]);
var clauseCache = /* @__PURE__ */ new WeakMap();
function clauseStarts(s) {
  let c = clauseCache.get(s);
  if (!c) clauseCache.set(s, c = splitClauses(s));
  return c;
}
function splitClauses(s) {
  const starts = [0];
  let base = 0;
  for (const part of s.leadIn ? [s.leadIn, s] : [s]) {
    const text3 = part.block.text;
    part.tokens.forEach((t, i) => {
      if (i === 0) return;
      const between = text3.slice(part.tokens[i - 1].end, t.start);
      if (/[;!?]|\.\s|[–—]\s|\s-\s/.test(between) || CLAUSE_WORDS.has(t.lower)) starts.push(base + i);
    });
    base += part.tokens.length;
  }
  return { tokens: contextTokens(s), starts };
}
var CLAUSE_WORDS = /* @__PURE__ */ new Set(["but", "however", "although", "though", "whereas", "yet"]);
function clauseOf(starts, at, length) {
  let from = 0;
  let to = length;
  for (const st of starts) {
    if (st <= at) from = st;
    else {
      to = st;
      break;
    }
  }
  return [from, to];
}
function classify(word) {
  if (FIRST.has(word)) return "first-party";
  if (USER.has(word)) return "user";
  if (THIRD.has(word)) return "third-party";
  if (PRODUCT.has(word)) return "first-party";
  return null;
}
function unbroken(tokens, from, to) {
  for (let i = from; i < to; i++) if (tokens[i].clauseBreak) return false;
  return true;
}
function wordsAt(tokens, i, words2) {
  return words2.every((w, k) => tokens[i + k]?.lower === w);
}
var EXCEPTION_WORDS = EXCEPTION.map((e) => e.split(" "));
var EXCEPTION_FIRST = new Set(EXCEPTION_WORDS.map((w) => w[0]));
function hasException(tokens, from, to) {
  for (let i = from; i < to; i++) {
    if (!EXCEPTION_FIRST.has(tokens[i].lower)) continue;
    for (const words2 of EXCEPTION_WORDS) if (wordsAt(tokens, i, words2)) return true;
  }
  return false;
}
function conditional(tokens, clauseFrom, at) {
  for (let i = 0; i < at; i++) {
    const w = tokens[i].lower;
    const eventOf = w === "in" && (wordsAt(tokens, i + 1, ["the", "event"]) || wordsAt(tokens, i + 1, ["case"]));
    if (!CONDITIONAL.has(w) && !eventOf) continue;
    if ((w === "should" || w === "were") && i !== 0 && !tokens[i].clauseBreak) continue;
    if (eventOf && i >= clauseFrom && unbroken(tokens, i, at)) return true;
    const subject = tokens[i + 1]?.lower === "we" || tokens[i + 1]?.lower === "ever" || eventOf && i + 3 < at;
    const inside = unbroken(tokens, i + 1, at + 1);
    if (inside && i >= clauseFrom) return true;
    if (subject || w === "should" || w === "were") return true;
  }
  for (let i = clauseFrom; i < at; i++) if (wordsAt(tokens, i, ["in", "the", "future"])) return true;
  return false;
}
var OBJECT_PRONOUNS = /* @__PURE__ */ new Set(["it", "them"]);
var COORDINATORS = /* @__PURE__ */ new Set(["or", "and", "nor"]);
var PARTICIPLE_PREPOSITIONS = /* @__PURE__ */ new Set(["for", "at", "to", "toward", "towards", "by", "with", "on"]);
var DETERMINERS = /* @__PURE__ */ new Set(["the", "a", "an", "our", "your", "its", "their", "this", "any", "such"]);
var RELATIVES = /* @__PURE__ */ new Set(["that", "which", "who", "whose", "whom"]);
var INVERTED_AUX = /* @__PURE__ */ new Set(["do", "does", "did", "will", "would", "shall", "should", "can", "could", "may", "have", "has", "had", "is", "are"]);
var INFINITIVE_TAKERS = /* @__PURE__ */ new Set(["want", "wants", "need", "needs", "intend", "intends", "plan", "plans", "choose", "chooses", "able", "unable", "willing", "allowed", "permitted", "going", "try", "seek", "required", "obliged"]);
var PRACTICE_STEMS = new Set([...PRACTICE_VERBS].map((w) => entryOf(w).stem));
var practiceVerb = (t) => !t.lower.endsWith("ing") && PRACTICE_STEMS.has(t.stem);
function governingVerb(tokens, clauseFrom, verbFrom) {
  let first = verbFrom;
  while (first - 1 > clauseFrom && (practiceVerb(tokens[first - 1]) || COORDINATORS.has(tokens[first - 1].lower))) first--;
  if (tokens[first - 1]?.lower !== "to") return -1;
  for (let k = first - 2; k >= clauseFrom && k >= first - 12; k--) {
    const t = tokens[k];
    if (tokens[k + 1].clauseBreak || t.negator || INFINITIVE_TAKERS.has(t.lower) || RELATIVES.has(t.lower)) return -1;
    if (practiceVerb(t) && tokens[k + 1]?.lower !== "of" && !DETERMINERS.has(tokens[k - 1]?.lower ?? "")) return k;
  }
  return -1;
}
var IRREGULAR_PARTICIPLES = /* @__PURE__ */ new Set(["sold", "given", "sent", "made", "kept", "shown", "known", "taken", "told", "held", "paid", "lent", "leased", "shared", "disclosed", "rented", "traded"]);
var PERFECT = /* @__PURE__ */ new Set([...BE, "have", "has", "had", "haven't", "hasn't", "hadn't"]);
var participle = (t) => t.lower.endsWith("ed") || IRREGULAR_PARTICIPLES.has(t.lower);
function coordinatedParticiple(tokens, clauseFrom, verbFrom) {
  if (verbFrom - 1 <= clauseFrom || !COORDINATORS.has(tokens[verbFrom - 1].lower) || !participle(tokens[verbFrom])) return -1;
  for (let k = verbFrom - 2; k > clauseFrom && k >= verbFrom - 12; k--) {
    if (!participle(tokens[k])) continue;
    for (let b = k - 1; b >= clauseFrom && b >= k - 4; b--) {
      if (PERFECT.has(tokens[b].lower)) return k;
      if (!tokens[b].negator && !SKIP.has(tokens[b].lower)) break;
    }
  }
  return -1;
}
function deniedReducedRelative(tokens, clauseFrom, verbFrom) {
  if (!participle(tokens[verbFrom]) || verbFrom - 2 < clauseFrom) return -1;
  const before = tokens[verbFrom - 1];
  if (before.negator || BE.has(before.lower) || PERFECT.has(before.lower) || SKIP.has(before.lower) || PRONOUNS.has(before.lower)) return -1;
  for (let k = verbFrom - 2; k >= clauseFrom && k >= verbFrom - 6; k--) {
    const t = tokens[k];
    if (tokens[k + 1].clauseBreak || DETERMINERS.has(t.lower) && t.lower !== "any" || FIRST.has(t.lower)) return -1;
    if (practiceVerb(t)) return k;
  }
  return -1;
}
function deniedVerbPhrase(tokens, clauseFrom, verbFrom) {
  const or = verbFrom - 1;
  if (or <= clauseFrom || tokens[or].lower !== "or" || tokens[verbFrom].clauseBreak || tokens[or].clauseBreak) return -1;
  for (let k = or - 1; k >= clauseFrom && k >= or - 8; k--) {
    if (tokens[k + 1].clauseBreak) return -1;
    if (tokens[k].negator && k + 1 < or && !SKIP.has(tokens[k + 1].lower)) return k + 1;
  }
  return -1;
}
function subjectOf(tokens, clauseFrom, verbFrom) {
  const coordinated = coordinatedParticiple(tokens, clauseFrom, verbFrom);
  if (coordinated >= 0) return subjectOf(tokens, clauseFrom, coordinated);
  const denied = deniedVerbPhrase(tokens, clauseFrom, verbFrom);
  if (denied >= 0) {
    const g = subjectOf(tokens, clauseFrom, denied);
    if (g.negated) return g;
  }
  const relativeTo = deniedReducedRelative(tokens, clauseFrom, verbFrom);
  if (relativeTo >= 0) {
    const g = subjectOf(tokens, clauseFrom, relativeTo);
    if (g.negated) return { ...g, passive: false, progressive: false };
  }
  const governing = governingVerb(tokens, clauseFrom, verbFrom);
  if (governing >= 0) {
    const g = subjectOf(tokens, clauseFrom, governing);
    return { ...g, actor: g.passive ? "unspecified" : g.actor, passive: false, progressive: false };
  }
  const ing = tokens[verbFrom].lower.endsWith("ing");
  let negated = false;
  let passive = false;
  let progressive = false;
  let i = verbFrom - 1;
  for (; i >= clauseFrom; i--) {
    const t = tokens[i];
    if (t.negator) negated = true;
    if (BE.has(t.lower)) {
      passive = !ing;
      progressive ||= ing;
      continue;
    }
    if (SKIP.has(t.lower) || t.negator || practiceVerb(t)) continue;
    if (t.lower.endsWith("ed") && COORDINATORS.has(tokens[i + 1]?.lower ?? "")) continue;
    if (PARTICIPLE_PREPOSITIONS.has(t.lower) && COORDINATORS.has(tokens[i + 1]?.lower ?? "") && tokens[i - 1]?.lower.endsWith("ed") && i - 1 >= clauseFrom) {
      i--;
      continue;
    }
    if (OBJECT_PRONOUNS.has(t.lower) && tokens[i + 1]?.lower === "to" && i > clauseFrom && practiceVerb(tokens[i - 1])) continue;
    const insertion = insertionStart(tokens, clauseFrom, i);
    if (insertion >= 0) {
      i = insertion;
      continue;
    }
    break;
  }
  if (i < clauseFrom) return { actor: "unspecified", negated, passive, progressive, before: clauseFrom, embedded: false };
  let inv = i;
  while (inv - 2 > clauseFrom && COORDINATORS.has(tokens[inv - 1].lower) && classify(tokens[inv - 2].lower) !== null) inv -= 2;
  if (!negated && inv - 2 >= Math.max(0, clauseFrom - 1) && INVERTED_AUX.has(tokens[inv - 1].lower) && tokens[inv - 2].negator) negated = true;
  i = beforeReducedClause(tokens, clauseFrom, i);
  const head = tokens[i].lower;
  let embedded = false;
  for (let k = i - 1; k >= Math.max(clauseFrom, i - 14); k--) {
    if (WH.has(tokens[k].lower) || tokens[k].lower === "whether") embedded = true;
    if (embedded || k < i - 3 && (BE.has(tokens[k].lower) || practiceVerb(tokens[k]))) break;
  }
  let actor = classify(head);
  if (passive && actor === "user" && OF_WHOM.has(tokens[i - 1]?.lower ?? "") && i - 1 >= clauseFrom) actor = "unspecified";
  if (actor === "first-party" && !FIRST.has(head) && head.endsWith("s") && OTHERS.has(tokens[i - 1]?.lower ?? "") && i - 1 >= clauseFrom) actor = "third-party";
  if (actor === null && !passive) {
    actor = "unspecified";
    for (let k = i - 1; k >= Math.max(clauseFrom, i - 3); k--) {
      const c = classify(tokens[k].lower);
      if (c === "third-party" || c === "user") {
        actor = c;
        break;
      }
    }
  }
  if (passive && !negated) {
    for (let k = i; k >= clauseFrom && k >= i - 6; k--) if (NEGATING_DETERMINERS.has(tokens[k].lower)) negated = true;
    if (!negated) negated = negatedListSubject(tokens, clauseFrom, i);
  }
  if (!passive && !negated) negated = negatedSubject(tokens, clauseFrom, i);
  if (passive && (head === "which" || head === "who")) actor = null;
  return { actor: passive && actor !== "third-party" && actor !== "user" ? "unspecified" : actor ?? "unspecified", negated, passive, progressive, before: i + 1, embedded };
}
function elidedSubject(tokens, starts, clauseFrom) {
  if (clauseFrom === 0 || !ELIDING.has(tokens[clauseFrom].lower)) return null;
  const [from] = clauseOf(starts, clauseFrom - 1, tokens.length);
  for (let v = from + 1; v < clauseFrom; v++) {
    const t = tokens[v];
    if (BE.has(t.lower) || INVERTED_AUX.has(t.lower) || practiceVerb(t)) return subjectOf(tokens, from, v).actor;
  }
  return null;
}
var ELIDING = /* @__PURE__ */ new Set(["but", "yet"]);
var SUBJECT_FILLER = /* @__PURE__ */ new Set(["of", "our", "the", "its", "these", "those", "my", "your", "their", "third", "third-party", "other"]);
function negatingObject(tokens, at) {
  let k = at;
  while (k < tokens.length && k < at + 8 && (practiceVerb(tokens[k]) || COORDINATORS.has(tokens[k].lower))) k++;
  if (tokens[k]?.lower.endsWith("ly")) k++;
  return NEGATING_OBJECT.has(tokens[k]?.lower ?? "");
}
var OF_WHOM = /* @__PURE__ */ new Set(["about", "of", "from", "on", "regarding", "concerning"]);
function negatedSubject(tokens, clauseFrom, head) {
  for (let k = head - 1; k >= clauseFrom && k >= head - 4; k--) {
    if (tokens[k + 1].clauseBreak) return false;
    if (NEGATING_OBJECT.has(tokens[k].lower)) return true;
    if (!SUBJECT_FILLER.has(tokens[k].lower)) return false;
  }
  return false;
}
function negatedListSubject(tokens, clauseFrom, verb) {
  const first = tokens[clauseFrom];
  if (!first || first.lower !== "no" && first.lower !== "none" || verb - clauseFrom > 24) return false;
  return !NOT_DETERMINING.has(tokens[clauseFrom + 1]?.lower ?? "");
}
var NOT_DETERMINING = /* @__PURE__ */ new Set(["matter", "longer", "later", "sooner", "more", "less", "doubt", "one"]);
var REDUCED = /* @__PURE__ */ new Set(["when", "while", "once"]);
function beforeReducedClause(tokens, clauseFrom, head) {
  for (let k = head - 1; k > clauseFrom && k >= head - 8; k--) {
    if (REDUCED.has(tokens[k].lower) && /ed$/.test(tokens[k + 1]?.lower ?? "")) return k - 1;
  }
  return head;
}
function insertionStart(tokens, clauseFrom, i) {
  if (!tokens[i + 1]?.clauseBreak) return -1;
  for (let k = i; k > clauseFrom && k >= i - 5; k--) {
    if (classify(tokens[k].lower) !== null) return -1;
    if (tokens[k].clauseBreak) return k;
  }
  return -1;
}
function objectEnd(tokens, from, to) {
  let own4 = false;
  for (let i = from; i < to; i++) {
    const t = tokens[i];
    if (own4 && COORDINATORS.has(t.lower) && tokens[i + 1] && practiceVerb(tokens[i + 1])) return i;
    if (own4 && t.lower === "to" && tokens[i + 1] && !ASKED.has(tokens[i - 1].lower) && (PURPOSE_VERBS.has(tokens[i + 1].lower) || practiceVerb(tokens[i + 1]))) return i;
    if (!COORDINATORS.has(t.lower) && !practiceVerb(t)) own4 = true;
  }
  return to;
}
var ASKED = /* @__PURE__ */ new Set(["you", "us", "them", "users", "me", "him", "her", "people", "visitors", "customers"]);
var PURPOSE_VERBS = /* @__PURE__ */ new Set(["provide", "offer", "deliver", "improve", "operate", "run", "show", "display", "answer", "respond", "retrieve", "fetch", "help", "enable", "support", "generate", "return", "calculate", "find", "look", "serve"]);
function predicateEnd(tokens, to, clauseTo) {
  const end = Math.min(clauseTo, to + 20);
  for (let i = to; i < end; i++) {
    const w = tokens[i].lower;
    if ((w === "and" || w === "but" || w === "or") && COORDINATED_VERB.has(tokens[i + 1]?.lower ?? "")) return i;
  }
  return end;
}
var COORDINATED_VERB = /* @__PURE__ */ new Set(["is", "are", "was", "were", "will", "may", "can", "does", "do", "did", "not", "never", "has", "have", "should", "must", "would", "could"]);
function agentOf(tokens, verbTo, clauseTo) {
  if (tokens[verbTo]?.lower !== "by") return null;
  for (let i = verbTo + 1; i < Math.min(clauseTo, verbTo + 4); i++) {
    const c = classify(tokens[i].lower);
    if (c) return c;
  }
  return null;
}
function findIn(phrases, tokens, from, to, noneIs = true) {
  if (phrases.length === 0) return noneIs;
  if (to <= from) return false;
  return phrases.some((p) => matchPhraseIn(p, tokens, from, to) !== null);
}
var NO_ANSWER = /^[\s✗✘❌×🚫*_]*(?:no|never|none|not)?[\s✗✘❌×🚫*_.]*$/iu;
var deniedRows = /* @__PURE__ */ new WeakMap();
function deniedRow(s) {
  const b = s.block;
  if (b.kind !== "tableRow") return false;
  let v = deniedRows.get(b);
  if (v === void 0) {
    const cells = rowCells(b.text);
    const first = /^[\p{L}']+/u.exec(cells[0])?.[0].toLowerCase() ?? "";
    v = cells.length > 1 && PRACTICE_VERBS.has(first) && cells.slice(1).some((c) => c !== "" && /[\p{L}✗✘❌×🚫]/u.test(c) && NO_ANSWER.test(c));
    deniedRows.set(b, v);
  }
  return v;
}
function readFrames(frame, s) {
  const { tokens, starts } = clauseStarts(s);
  const out = [];
  const leadLength = s.leadIn?.tokens.length ?? 0;
  for (const verb of frame.verbs) {
    for (let start = 0; start < tokens.length; ) {
      const m = matchPhraseIn(verb, tokens, start);
      if (!m) break;
      const { from, to } = m;
      start = to;
      const inLeadIn = to <= leadLength;
      if (inLeadIn && (frame.objects.length === 0 || leadLength - to > 4 || /(?:ion|ions|ment|ments)$/.test(tokens[from].lower))) continue;
      if (out.some((r) => r.from === from)) continue;
      const [cFrom, cTo] = clauseOf(starts, from, tokens.length);
      const subj = subjectOf(tokens, cFrom, from);
      if (subj.actor === "unspecified" && !subj.passive && subj.before === cFrom + 1) subj.actor = elidedSubject(tokens, starts, cFrom) ?? subj.actor;
      if (tokens[from].lower.endsWith("ing") && !subj.progressive) continue;
      if (tokens[to]?.lower === "of") continue;
      if (to === from + 1 && tokens[from].lower.endsWith("s") && PLURAL_BE.has(tokens[to]?.lower ?? "") && !PRONOUNS.has(tokens[from - 1]?.lower ?? "")) continue;
      if (from > 0 && properNoun(s, tokens, from)) continue;
      if (inLink(s, tokens, from)) continue;
      if (inLeadIn && subj.passive) continue;
      const objectFrom = inLeadIn ? leadLength : to;
      const objectHere = subj.passive ? findIn(frame.objects, tokens, cFrom, from) : findIn(frame.objects, tokens, objectFrom, objectEnd(tokens, objectFrom, Math.min(cTo, objectFrom + 12)));
      if (!objectHere || !findIn(frame.after, tokens, to, predicateEnd(tokens, to, cTo))) continue;
      const actor = subj.passive ? agentOf(tokens, to, cTo) ?? subj.actor : subj.actor;
      if (frame.subject === "first-party" && (actor === "user" || actor === "third-party")) continue;
      if (frame.subject === "we" && actor !== "first-party") continue;
      const negatedInVerb = tokens.slice(from, to).some((t) => t.negator) || negatingObject(tokens, to);
      out.push({
        sentence: s,
        from,
        to,
        actor,
        negated: subj.negated || negatedInVerb || deniedRow(s),
        hypothetical: conditional(tokens, cFrom, from),
        excepted: hasException(tokens, cFrom, cTo),
        interrogative: subj.embedded || WH.has(tokens[cFrom].lower) && unbroken(tokens, cFrom + 1, from + 1) || question(s, tokens, to - 1),
        passive: subj.passive,
        subjectEnd: subj.passive ? cFrom : subj.before
      });
    }
  }
  return out.sort((a, b) => a.from - b.from);
}
function compileStatement(spec, compile, where) {
  return {
    frame: {
      verbs: compile(spec.verb, `${where}.verb`),
      objects: compile(spec.object, `${where}.object`),
      after: compile(spec.after, `${where}.after`),
      subject: spec.subject ?? "first-party"
    },
    polarity: spec.polarity ?? "affirmed",
    exceptionsCount: spec.exceptionsCount ?? false,
    unlessWith: compile(spec.unlessWith, `${where}.unlessWith`),
    headings: spec.headings ?? false
  };
}
function surface(s, tokens, i) {
  const lead = s.leadIn?.tokens.length ?? 0;
  const block = i < lead ? s.leadIn.block : s.block;
  return block.text.slice(tokens[i].start, tokens[i].end);
}
function properNoun(s, tokens, i) {
  if (i === (s.leadIn?.tokens.length ?? 0)) return false;
  const word = surface(s, tokens, i);
  return new RegExp("^\\p{Lu}", "u").test(word) && !new RegExp("^\\p{Lu}+$", "u").test(word) && !tokens[i].clauseBreak && new RegExp("^\\p{Lu}", "u").test(surface(s, tokens, i - 1));
}
function inLink(s, tokens, i) {
  const lead = s.leadIn?.tokens.length ?? 0;
  return inAddressRun((i < lead ? s.leadIn.block : s.block).text, tokens[i].start, tokens[i].end);
}
function question(s, tokens, last) {
  const lead = s.leadIn?.tokens.length ?? 0;
  if (last < lead) return false;
  const text3 = s.block.text;
  const end = text3.slice(tokens[last].end).search(/[.!?]/);
  return end >= 0 && text3[tokens[last].end + end] === "?";
}
function holds(st, r) {
  if (r.hypothetical || r.interrogative) return false;
  if (st.polarity === "affirmed" && r.negated) return false;
  if (st.polarity === "negated" && (!r.negated || r.excepted && !st.exceptionsCount)) return false;
  if (st.unlessWith.length === 0) return true;
  const { tokens, starts } = clauseStarts(r.sentence);
  const [from, to] = clauseOf(starts, r.from, tokens.length);
  return !findIn(st.unlessWith, tokens, relativeObject(tokens, from, r.subjectEnd) ? from : r.subjectEnd, to, false);
}
function relativeObject(tokens, clauseFrom, subjectEnd) {
  const before = tokens[subjectEnd - 2];
  return subjectEnd - 2 > clauseFrom && !tokens[subjectEnd - 1].clauseBreak && (RELATIVES.has(before.lower) || /^(?:data|information|info|details)$/.test(before.lower));
}
var negatable = /* @__PURE__ */ new WeakMap();
function mayDeny(s) {
  let v = negatable.get(s);
  if (v === void 0) {
    v = contextTokens(s).some((t) => t.negator || NEGATING_DETERMINERS.has(t.lower));
    negatable.set(s, v);
  }
  return v;
}
function findStatements(index2, st, accept2, limit2 = Infinity, before = Infinity) {
  const objects = st.frame.objects.length ? index2.mayHold(st.frame.objects) : null;
  if (objects?.size === 0) return [];
  const after = st.frame.after.length ? index2.mayHold(st.frame.after) : null;
  if (after?.size === 0) return [];
  const where = (s) => s.index < before && (!objects || objects.has(s.index)) && (!after || after.has(s.index)) && (st.polarity !== "negated" || mayDeny(s)) && accept2(s) && (st.headings || s.block.kind !== "heading");
  const ids = [...index2.matching(st.frame.verbs, where), ...itemsOfLeadIns(index2, st, where, before)].sort((a, b) => a - b);
  const out = [];
  for (const id of ids) {
    const r = readFrames(st.frame, index2.sentences[id]).find((x) => holds(st, x));
    if (r && out.push(r) >= limit2) break;
  }
  return out;
}
function itemsOfLeadIns(index2, st, where, before) {
  const out = [];
  for (const id of index2.matching(st.frame.verbs, (s) => s.index < before && isLeadIn(s.text))) {
    const lead = index2.sentences[id];
    for (let k = id + 1; k < index2.sentences.length && k < before && k <= id + MAX_ITEMS; k++) {
      const item = index2.sentences[k];
      if (item.leadIn !== lead) continue;
      if (where(item)) out.push(k);
    }
  }
  return out;
}
var MAX_ITEMS = 60;
function findStatement(index2, st, accept2, before = Infinity) {
  return findStatements(index2, st, accept2, 1, before)[0] ?? null;
}
function findAnyStatement(index2, statements, accept2) {
  let best = null;
  for (const st of statements) {
    const r = findStatement(index2, st, accept2, best ? best.sentence.index : Infinity);
    if (r) best = r;
  }
  return best;
}

// src/rules/snapshot.ts
import fs2 from "node:fs";
import path6 from "node:path";

// src/checksum.ts
import zlib from "node:zlib";
function checksum(data) {
  return zlib.crc32(data).toString(16);
}

// src/rules/snapshot.ts
var loaded = false;
var validated;
function loadRuleSnapshot(builtinRoot) {
  if (loaded) return;
  loaded = true;
  let text3;
  try {
    text3 = fs2.readFileSync(new URL("./builtin-rules.json", import.meta.url), "utf8");
  } catch {
    return;
  }
  useRuleSnapshot(JSON.parse(text3), builtinRoot);
}
function useRuleSnapshot(snapshot2, root = "") {
  loaded = true;
  usePhraseSnapshot(snapshot2?.phrases);
  validated = snapshot2 ? { root: root.endsWith(path6.sep) ? root : root + path6.sep, checksums: snapshot2.validated } : void 0;
}
function validatedAtBuild(file, text3) {
  if (!validated || !file.startsWith(validated.root)) return false;
  const key = file.slice(validated.root.length).split(path6.sep).join("/");
  return Object.hasOwn(validated.checksums, key) && validated.checksums[key] === checksum(text3);
}

// src/rules/read-json.ts
import fs3 from "node:fs";

// lazy:src/rules/re2.ts
var mod3;
function load3() {
  return mod3 ??= __require("./re2.cjs");
}
function compileRe2(...args) {
  return load3()["compileRe2"](...args);
}

// src/rules/regexp-flags.ts
import v8 from "node:v8";
var LINEAR_REGEXP_FLAGS = ["--enable-experimental-regexp-engine-on-excessive-backtracks", "--enable-experimental-regexp-engine"];
function enableLinearRegExps() {
  for (const flag of LINEAR_REGEXP_FLAGS) v8.setFlagsFromString(flag);
}

// src/rules/regex.ts
enableLinearRegExps();
var RE2_SPACE = "\\t\\n\\f\\r ";
function otherCase(c) {
  const up = c.toUpperCase();
  const low = c.toLowerCase();
  const other = c === low ? up : low;
  return other !== c && other.length === 1 ? other : "";
}
var ESCAPE_IN_CLASS = /[\\\]\[^-]/;
var classChar = (c) => ESCAPE_IN_CLASS.test(c) ? `\\${c}` : c;
function rangeOtherCase(lo, hi) {
  let out = "";
  const add = (a, b, shift2) => {
    const from = Math.max(lo, a);
    const to = Math.min(hi, b);
    if (from <= to) out += `${String.fromCharCode(from + shift2)}-${String.fromCharCode(to + shift2)}`;
  };
  add(97, 122, -32);
  add(65, 90, 32);
  for (let c = Math.max(lo, 128); c <= Math.min(hi, 65535); c++) {
    if (otherCase(String.fromCharCode(c))) return null;
  }
  return out;
}
function translateRe2(source, caseSensitive = true) {
  let out = "";
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    const code = source.charCodeAt(i);
    if (code >= 55296 && code <= 57343) return null;
    if (c === "\\") {
      const n = source[++i];
      if (n === void 0) return null;
      if (n === "x") {
        const braced = /^\{([0-9a-fA-F]{1,6})\}/.exec(source.slice(i + 1));
        if (braced) {
          const value2 = parseInt(braced[1], 16);
          if (value2 > 65535 || value2 >= 55296 && value2 <= 57343) return null;
          if (!caseSensitive && otherCase(String.fromCharCode(value2))) return null;
          out += `\\u${value2.toString(16).padStart(4, "0")}`;
          i += braced[0].length;
        } else if (/^[0-9a-fA-F]{2}/.test(source.slice(i + 1))) {
          if (!caseSensitive && otherCase(String.fromCharCode(parseInt(source.slice(i + 1, i + 3), 16)))) return null;
          out += `\\x${source.slice(i + 1, i + 3)}`;
          i += 2;
        } else return null;
      } else if (n === "s") out += inClass ? RE2_SPACE : `[${RE2_SPACE}]`;
      else if (n === "S") {
        if (inClass) return null;
        out += `[^${RE2_SPACE}]`;
      } else if ("dDwWtnrfv".includes(n)) out += `\\${n}`;
      else if (n === "b" || n === "B") {
        if (inClass) return null;
        out += `\\${n}`;
      } else if (n === "A" && !inClass) out += "^";
      else if (n === "z" && !inClass) out += "$";
      else if (/[\p{P}\p{S} ]/u.test(n)) out += `\\${n}`;
      else return null;
      continue;
    }
    if (inClass) {
      if (c === "[" && source[i + 1] === ":") return null;
      if (c === "]") {
        inClass = false;
        out += c;
        continue;
      }
      if (!caseSensitive) {
        if (source[i + 1] === "-" && source[i + 2] !== void 0 && source[i + 2] !== "]") {
          if (source[i + 2] === "\\") return null;
          const extra = rangeOtherCase(code, source.charCodeAt(i + 2));
          if (extra === null) return null;
          out += `${classChar(c)}-${classChar(source[i + 2])}${extra}`;
          i += 2;
          continue;
        }
        if (c === "-" && !/\[\^?$/.test(out) && source[i + 1] !== "]") return null;
        out += classChar(c) + otherCase(c);
        continue;
      }
      out += c;
      continue;
    }
    if (c === "[") {
      if (source[i + 1] === "]" || source[i + 1] === "^" && source[i + 2] === "]") return null;
      inClass = true;
      out += c;
      if (source[i + 1] === "^") out += source[++i];
      continue;
    }
    if (c === "(" && source[i + 1] === "?") {
      if (source[i + 2] === ":") {
        out += "(?:";
        i += 2;
        continue;
      }
      if (source.startsWith("P<", i + 2)) {
        out += "(?<";
        i += 3;
        continue;
      }
      if (source[i + 2] === "<" && /[A-Za-z_]/.test(source[i + 3] ?? "")) {
        out += "(?<";
        i += 2;
        continue;
      }
      return null;
    }
    if (c === ".") {
      out += "[^\\n]";
      continue;
    }
    const other = caseSensitive ? "" : otherCase(c);
    out += other ? `[${c}${other}]` : c;
  }
  if (inClass) return null;
  return out;
}
function compileV8(jsSource) {
  let re;
  try {
    new RegExp(jsSource, "gl");
    re = new RegExp(jsSource, "g");
  } catch {
    return null;
  }
  return {
    engine: "v8",
    exec(text3, from) {
      re.lastIndex = from;
      const m = re.exec(text3);
      return m ? [m.index, m.index + m[0].length, m[0]] : null;
    }
  };
}
function compilePattern(source, caseSensitive, fast) {
  const js = fast ? translateRe2(source, caseSensitive) : null;
  return js !== null && compileV8(js) || compileRe2(source, caseSensitive);
}

// src/rules/compile.ts
var DOCS_BASE = "https://github.com/policylint/policylint/blob/main/docs/rules/";
var RuleError = class extends Error {
};
function lazy(regex, caseSensitive, where, source, builtin) {
  let re;
  return () => regex === void 0 ? void 0 : re ??= compileRegex(regex, caseSensitive, where, source, builtin);
}
function lazyPattern(spec, where, source, builtin) {
  const at = where.replace(/\.regex$/, "");
  const re = lazy(spec.regex, spec.caseSensitive ?? false, where, source, builtin);
  const before = lazy(spec.notAround?.before, false, `${at}.notAround.before`, source, builtin);
  const after = lazy(spec.notAround?.after, false, `${at}.notAround.after`, source, builtin);
  const skip = lazy(spec.skipIfDocument, false, `${at}.skipIfDocument`, source, builtin);
  return {
    spec,
    get re() {
      return re();
    },
    get notBefore() {
      return before();
    },
    get notAfter() {
      return after();
    },
    get skipIf() {
      return skip();
    }
  };
}
function compilePhraseList(list3, where, source) {
  return (list3 ?? []).flatMap((p, i) => {
    try {
      return compilePhrases(p);
    } catch (e) {
      if (e instanceof PhraseError) throw new RuleError(`${source}: invalid phrase at ${where}[${i}]: ${e.message}`);
      throw e;
    }
  });
}
function compileRegex(regex, caseSensitive, where, source, builtin = false) {
  try {
    return compilePattern(regex, caseSensitive, builtin);
  } catch (e) {
    const why = e.message.split("\n")[0];
    throw new RuleError(`${source}: invalid regular expression at ${where} (${why}); patterns are RE2: no backreferences or lookaround`);
  }
}
function defaultSeverity(rule) {
  if (rule.verified === "U") return 1;
  return rule.severity === "warn" ? 1 : 2;
}
function compileRule(rule, pack, source, eager = true) {
  const phrases = (list3, where) => compilePhraseList(list3, where, source);
  const ev = rule.evidence ?? {};
  const unless = /* @__PURE__ */ new Map();
  const patterns = (rule.patterns ?? []).map((spec, i) => {
    if (spec.unless) unless.set(spec, phrases(spec.unless, `patterns[${i}].unless`));
    const p = lazyPattern(spec, `patterns[${i}].regex`, source, !eager);
    if (eager) void [p.re, p.notBefore, p.notAfter, p.skipIf];
    return p;
  });
  return {
    file: rule,
    pack,
    source,
    meta: {
      id: rule.id,
      title: rule.title,
      description: rule.description,
      citation: rule.citation,
      url: `${DOCS_BASE}${rule.id}.md`,
      defaultSeverity: defaultSeverity(rule),
      suggestion: rule.suggestion
    },
    evidence: {
      phrases: phrases(ev.phrases, "evidence.phrases"),
      statements: (ev.statements ?? []).map((st, i) => compileStatement(st, phrases, `evidence.statements[${i}]`)),
      sectionHeadings: phrases(ev.sectionHeadings, "evidence.sectionHeadings"),
      inSection: phrases(ev.inSection, "evidence.inSection"),
      weakPhrases: phrases(ev.weakPhrases, "evidence.weakPhrases"),
      citedLast: phrases(ev.citedLast, "evidence.citedLast"),
      nearPhrases: phrases(ev.nearPhrases, "evidence.nearPhrases"),
      tableColumns: phrases(ev.tableColumns, "evidence.tableColumns"),
      addressBlock: phrases(ev.addressBlock, "evidence.addressBlock"),
      exclude: phrases(ev.exclude, "evidence.exclude"),
      excludeSections: phrases(ev.excludeSections, "evidence.excludeSections"),
      ownSections: [],
      slots: phrases(ev.slots, "evidence.slots")
    },
    condition: phrases(rule.condition?.text, "condition.text"),
    conditionStatements: (rule.condition?.statements ?? []).map((st, i) => compileStatement(st, phrases, `condition.statements[${i}]`)),
    conditionExclude: phrases(rule.condition?.exclude, "condition.exclude"),
    conditionAlso: phrases(rule.condition?.alsoText, "condition.alsoText"),
    patterns,
    context: phrases(rule.context, "context"),
    contextAll: phrases(rule.contextAll, "contextAll"),
    contextExclude: phrases(rule.contextExclude, "contextExclude"),
    excludeSections: phrases(rule.excludeSections, "excludeSections"),
    limitContexts: (rule.limits ?? []).map((l, i) => phrases(l.context, `limits[${i}].context`)),
    unless
  };
}

// src/rules/read-json.ts
function readJson(file) {
  try {
    const text3 = fs3.readFileSync(file, "utf8");
    return { text: text3, data: JSON.parse(text3) };
  } catch (e) {
    throw new RuleError(`${file}: ${e instanceof SyntaxError ? `not valid JSON (${e.message})` : `cannot read (${e.code})`}`);
  }
}
function readValidated(file, validate, what) {
  const { text: text3, data } = readJson(file);
  if (!validatedAtBuild(file, text3) && !validate(data)) throw new RuleError(`${file}: invalid ${what} ${describeErrors(validate.errors)}`);
  return data;
}

// src/profile/facts.ts
import path7 from "node:path";

// src/analysis/search.ts
var NONE = [];
var TextIndex = class {
  constructor(sentences) {
    this.sentences = sentences;
    for (const s of sentences) {
      for (const t of contextTokens(s)) {
        if (t.stemId >= 0) push2(this.byStem, t.stemId, s.index);
        if (t.word >= 0) push2(this.byWord, t.word, s.index);
      }
    }
    this.taken = new Uint32Array(sentences.length);
  }
  sentences;
  // Keyed by the vocabulary's numbers for stems and words (tokens.ts).
  byStem = /* @__PURE__ */ new Map();
  byWord = /* @__PURE__ */ new Map();
  prefixCache = /* @__PURE__ */ new Map();
  // Compiled phrases are shared by every document, so a slot's sentence list is cached by identity.
  slotCache = /* @__PURE__ */ new Map();
  /** Sentences a find() has matched, marked with that call's number. */
  taken;
  calls = 0;
  postings(alt2) {
    if (alt2.kind === "stem") return this.byStem.get(alt2.id) ?? NONE;
    if (alt2.kind === "exact") return this.byWord.get(alt2.id) ?? NONE;
    return this.prefix(alt2.value);
  }
  /** Sorted ids of sentences containing one of the slot's alternatives. */
  slotSentences(slot) {
    if (slot.alts.length === 1) return this.postings(slot.alts[0]);
    let list3 = this.slotCache.get(slot);
    if (!list3) {
      list3 = this.union(slot.alts.map((a) => this.postings(a)));
      this.slotCache.set(slot, list3);
    }
    return list3;
  }
  marks;
  /** Union of ascending id lists, ascending. */
  union(lists) {
    const nonEmpty = lists.filter((l) => l.length > 0);
    if (nonEmpty.length <= 1) return nonEmpty[0] ?? NONE;
    const marks = this.marks ??= new Uint8Array(this.sentences.length);
    let lo = Infinity;
    let hi = -1;
    for (const l of nonEmpty) {
      for (const id of l) marks[id] = 1;
      lo = Math.min(lo, l[0]);
      hi = Math.max(hi, l[l.length - 1]);
    }
    const out = [];
    for (let id = lo; id <= hi; id++) {
      if (marks[id]) {
        out.push(id);
        marks[id] = 0;
      }
    }
    return out;
  }
  /** Does the document hold one of the slot's alternatives? Answered without building the union. */
  present(slot) {
    for (const a of slot.alts) {
      if (a.kind === "prefix" ? this.prefix(a.value).length > 0 : (a.kind === "stem" ? this.byStem : this.byWord).has(a.id)) return true;
    }
    return false;
  }
  /** Sentences that contain a token for every required slot, rarest slot first. */
  candidates(phrase2) {
    const required = phrase2.required;
    for (const slot of required) if (!this.present(slot)) return NONE;
    if (required.length === 1) return this.slotSentences(required[0]);
    const lists = required.map((slot) => this.slotSentences(slot));
    lists.sort((a, b) => a.length - b.length);
    let out = lists[0];
    for (let i = 1; i < lists.length && out.length > 0; i++) out = intersect(out, lists[i]);
    return out;
  }
  /** The document's words, sorted, and each one's sentences (for prefixes). */
  words;
  prefix(p) {
    let list3 = this.prefixCache.get(p);
    if (!list3) {
      const words2 = this.words ??= this.sortedWords();
      let lo = 0;
      let hi = words2.length;
      while (lo < hi) {
        const mid = lo + hi >> 1;
        if (words2[mid].text < p) lo = mid + 1;
        else hi = mid;
      }
      const lists = [];
      for (let i = lo; i < words2.length && words2[i].text.startsWith(p); i++) lists.push(words2[i].list);
      list3 = this.union(lists);
      this.prefixCache.set(p, list3);
    }
    return list3;
  }
  sortedWords() {
    return [...this.byWord].map(([word, list3]) => ({ text: wordText(word), list: list3 })).sort((a, b) => compareCodeUnits(a.text, b.text));
  }
  /**
   * Ids of the sentences that may hold one of the phrases: every required word is there, order and
   * gaps unchecked. A cheap superset of matching(), for ruling sentences out before reading them.
   */
  mayHold(phrases) {
    const out = /* @__PURE__ */ new Set();
    for (const phrase2 of phrases) for (const id of this.candidates(phrase2)) out.add(id);
    return out;
  }
  /** Ids of the sentences where one of the phrases matches (no negation, no match details). */
  matching(phrases, accept2) {
    const found = /* @__PURE__ */ new Set();
    for (const phrase2 of phrases) {
      for (const id of this.candidates(phrase2)) {
        if (found.has(id)) continue;
        const sentence = this.sentences[id];
        if (accept2(sentence) && match(phrase2, sentence)) found.add(id);
      }
    }
    return found;
  }
  /**
   * Offers take() the sentences where a phrase matches, phrase by phrase, each phrase's in document
   * order, and leaves a phrase once `enough` of its candidates are taken (now or before: `taken`):
   * see takeUpTo.
   */
  takeFirst(phrases, enough, accept2, taken, take) {
    phrases.forEach((phrase2, i) => {
      takeUpTo(this.candidates(phrase2), enough, taken, (id) => {
        const s = this.sentences[id];
        return accept2(s) && match(phrase2, s) !== null && take(s, i);
      });
    });
  }
  /**
   * The first of find()'s hits that is not negated, without the rest: a phrase stops at its first
   * such hit, and later phrases look only at sentences before it.
   */
  firstAffirmed(phrases, accept2) {
    let best = null;
    const call = ++this.calls;
    for (const phrase2 of phrases) {
      for (const id of this.candidates(phrase2)) {
        if (best && id >= best.sentence.index) break;
        const hit = this.hitAt(phrase2, id, call, accept2);
        if (hit && !hit.negated) {
          best = hit;
          break;
        }
      }
    }
    return best;
  }
  /**
   * The phrase's hit in sentence `id` for search number `call`, if no earlier phrase of the search
   * took the sentence. A matched sentence is taken even when negated: its first matching phrase decides.
   */
  hitAt(phrase2, id, call, accept2) {
    if (this.taken[id] === call) return null;
    const sentence = this.sentences[id];
    if (!accept2(sentence)) return null;
    const m = match(phrase2, sentence);
    if (!m) return null;
    this.taken[id] = call;
    return { sentence, match: m, negated: isNegated(contextTokens(sentence), m.from, m.to) || deniedByLeadIn(sentence, m.from) || deniedRow(sentence) };
  }
  /** Every sentence (in document order) where one of the phrases matches; first phrase wins per sentence. */
  find(phrases, accept2 = () => true) {
    const hits = [];
    const call = ++this.calls;
    for (const phrase2 of phrases) {
      for (const id of this.candidates(phrase2)) {
        const hit = this.hitAt(phrase2, id, call, accept2);
        if (hit) hits.push(hit);
      }
    }
    return hits.length > 1 ? hits.sort((a, b) => a.sentence.index - b.sentence.index) : hits;
  }
};
function deniedByLeadIn(s, from) {
  const lead = s.leadIn?.tokens;
  if (!lead || from < lead.length) return false;
  return lead.slice(-2).some((t) => t.negator);
}
function match(phrase2, s) {
  return matchPhrase(phrase2, contextTokens(s), s.leadIn?.tokens.length ?? 0);
}
function rulesOut(phrases, s) {
  return phrases.length > 0 && matchAny(phrases, contextTokens(s)) !== null;
}
function takeUpTo(items, enough, taken, take) {
  let n = 0;
  for (const item of items) {
    if ((taken(item) || take(item)) && ++n >= enough) return;
  }
}
function push2(map, key, id) {
  const list3 = map.get(key);
  if (!list3) map.set(key, [id]);
  else if (list3[list3.length - 1] !== id) list3.push(id);
}
function intersect(a, b) {
  const out = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      out.push(a[i]);
      i++;
      j++;
    } else if (a[i] < b[j]) i++;
    else j++;
  }
  return out;
}

// src/analysis/dates.ts
var MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
var MONTH = "(January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?)";
var MONTH_OR_TYPO = MONTH.replace(/\)$/, "|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{3,6})");
var DATE = new RegExp(
  [
    `\\b${MONTH_OR_TYPO},?\\s+(\\d{1,2})(?:\\^?\\(?(?:st|nd|rd|th)\\)?)?,?\\s+(\\d{4})\\b`,
    // February 18, 2026; "September, 7th 2020"; "20^(th)" (superscript)
    `\\b(\\d{1,2})(?:st|nd|rd|th)?(?:\\s+|-)(?:of\\s+)?${MONTH_OR_TYPO}(?:,?\\s+|-)(\\d{4})\\b`,
    // 18 February 2026, 17-Feb-2026
    `\\b(\\d{4})[-/](\\d{1,2})[-/](\\d{1,2})(?![\\d])`,
    // 2026-02-18, 2024-6-26, 2024/06/26, 2020-07-11T21:00:00Z
    `\\b(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})\\b`,
    // 02/18/2026, 18.02.2026 or 06-01-2025
    `\\b${MONTH}(?:,\\s*|\\s+)(\\d{4})\\b`,
    // February 2026, "March,2023"
    `\\b(0?[1-9]|1[0-2])/(\\d{4})\\b`,
    // 05/2019
    `\\b(\\d{4})\\s+${MONTH}\\s+(\\d{1,2})\\b`
    // 2017 Mar 17
  ].join("|"),
  "gi"
);
function monthIndex(name) {
  return MONTHS.indexOf(name.slice(0, 3).toLowerCase());
}
function make(y, m, d) {
  if (m < 0 || m > 11 || d < 1 || d > 31) return null;
  const date = new Date(Date.UTC(y, m, d));
  return date.getUTCMonth() === m ? date : null;
}
var YEAR = /\d{4}/;
function findDates(text3) {
  const out = [];
  if (!YEAR.test(text3)) return out;
  DATE.lastIndex = 0;
  for (let m = DATE.exec(text3); m; m = DATE.exec(text3)) {
    let date;
    let precision = "day";
    if (m[1]) date = make(+m[3], monthIndex(m[1]), +m[2]);
    else if (m[4]) date = make(+m[6], monthIndex(m[5]), +m[4]);
    else if (m[7]) date = make(+m[7], +m[8] - 1, +m[9]);
    else if (m[10]) {
      const a = +m[10], b = +m[11], y = +m[12];
      date = a <= 12 ? make(y, a - 1, b) : make(y, b - 1, a);
    } else if (m[13]) {
      date = make(+m[14], monthIndex(m[13]), 1);
      precision = "month";
    } else if (m[15]) {
      date = make(+m[16], +m[15] - 1, 1);
      precision = "month";
    } else date = make(+m[17], monthIndex(m[18]), +m[19]);
    out.push({ date, text: m[0], start: m.index, end: m.index + m[0].length, precision });
  }
  return out;
}
var LATER_DATE_LABEL = /\bnext\s+(?:review|update|revision)|\breview\s+(?:by|due)|\bexpir(?:es|y|ation)|\bvalid\s+(?:until|through)/i;
var POLICY_DATE_LABEL = /\b(?:last\s+(?:updated?|modified|revised|reviewed|amended|changed|edited)|takes?\s+effect(?:\s+(?:on|from|as\s+of))?|(?:page|policy|notice)?\s*updated(?:\s+on)?|effective(?:\s+(?:date|as\s+of|from|on))?|revised(?:\s+on)?|revision\s+date|date\s+of\s+(?:last\s+)?(?:revision|update)|version\s+date|version(?=\s*:)|dated|draft\s+of|as\s+of|in\s+effect\s+(?:from|since|as\s+of))\b|更新日期|生效日期|最后更新|最終更新|施行日|改定日|최종\s*수정일|시행일/i;

// src/rules/context.ts
var INSTRUCTION = /^\s*(?:\[[^\]]{12,}\]|\{\{[^}]{12,}\}\}|<[A-Z][^>]{12,}>)\s*[.:]?\s*$/;
function clip(text3, max) {
  return text3.length > max ? `${text3.slice(0, max - 3)}\u2026` : text3;
}
var DATELINE_REST = /^[\s,.:;|·–—-]*(?:(?:[Mm]on|[Tt]ues?|[Ww]ed(?:nes)?|[Tt]hu(?:rs)?|[Ff]ri|[Ss]at(?:ur)?|[Ss]un)(?:day)?\.?|(?:MON|TUE|WED|THU|FRI|SAT|SUN)[A-Z]{0,6})?[\s,.:;|·–—-]*(?:\d{1,2}[.:]\d{2}(?:[.:]\d{2})?\s*(?:[ap]\.?m\.?|[AP]\.?M\.?)?)?\s*(?:\(?[A-Z]{2,5}\)?)?[\s,.:;|·–—-]*$/;
function otherThingsDate(text3, labelAt) {
  const lineStart = text3.lastIndexOf("\n", labelAt - 1) + 1;
  const prefix = text3.slice(lineStart, labelAt);
  return /\(\s*$/.test(prefix) && new RegExp("\\p{L}", "u").test(prefix) && !/\b(?:policy|notice|statement|terms|version|privacy)\b/i.test(prefix);
}
var UPDATED_KEY = /^(?:last[_-]?)?(?:updated|modified|mod|revised)(?:[_-]?(?:at|on|date))?$|^date[_-]?(?:modified|updated|revised)$/;
var CheckContext = class {
  constructor(doc, facts, now) {
    this.doc = doc;
    this.facts = facts;
    this.now = now;
    this.index = new TextIndex(doc.sentences);
  }
  doc;
  facts;
  now;
  index;
  /**
   * Sentences of prose: not code, not raw HTML, and not a template's instruction standing in for
   * text ("[Explain retention and deletion requests.]"), which says nothing the policy does.
   */
  prose = (s) => (s.block.kind !== "code" || s.block.plainText === true) && s.block.kind !== "html" && !this.instruction(s);
  // prose() is asked of each sentence many times (every phrase of every rule): the test runs once.
  instructions;
  instruction(s) {
    const seen = this.instructions ??= new Uint8Array(this.doc.sentences.length);
    if (seen[s.index] === 0) seen[s.index] = INSTRUCTION.test(s.text) ? 2 : 1;
    return seen[s.index] === 2;
  }
  /** Prose that is not a heading: a sentence that can state something ("What we collect" states nothing). */
  bodyProse = (s) => this.prose(s) && s.block.kind !== "heading";
  _policyDates;
  /** What the profile stage decided (facts with their evidence, each pack's basis). */
  profile;
  useProfile(profile) {
    this.profile = profile;
    this.facts = Object.fromEntries([...profile.facts.values()].map((f) => [f.name, f.value]));
  }
  // Many rules ask the same questions of the same sentences and sections (is there an e-mail
  // address here? is this section headed "Your rights"?): answers are kept for the document.
  signals = /* @__PURE__ */ new Map();
  topics = /* @__PURE__ */ new Map();
  /** Per list of heading phrases, the heading sentences one of them matches: found through the index. */
  topicHeadings = /* @__PURE__ */ new Map();
  topicSentences = /* @__PURE__ */ new Map();
  signal(name, s) {
    let known = this.signals.get(name);
    if (!known) this.signals.set(name, known = new Int8Array(this.doc.sentences.length));
    if (known[s.index] === 0) known[s.index] = hasSignal(name, s.text) || linkSignal(name, s) ? 1 : -1;
    return known[s.index] === 1;
  }
  /** The document's tables by column (analysis/tables.ts), read once. */
  tableHeaders() {
    return this._tables ??= tableHeaders(this.doc);
  }
  _tables;
  /** Is the section, or a section it belongs to, headed by one of the phrases? */
  onTopic(section, headings) {
    if (headings.length === 0) return false;
    let known = this.topics.get(headings);
    if (!known) this.topics.set(headings, known = /* @__PURE__ */ new Map());
    let answer = known.get(section);
    if (answer === void 0) {
      const heading = section.heading?.sentences[0];
      let matched = this.topicHeadings.get(headings);
      if (!matched) this.topicHeadings.set(headings, matched = this.index.matching(headings, (s) => s.block.kind === "heading"));
      answer = heading !== void 0 && matched.has(heading.index) || section.parent !== null && section.heading !== null && this.onTopic(section.parent, headings);
      known.set(section, answer);
    }
    return answer;
  }
  /** The sentences of the sections onTopic(headings) holds for, in document order. */
  sentencesOnTopic(headings) {
    let list3 = this.topicSentences.get(headings);
    if (!list3) {
      list3 = [];
      for (const sec of this.doc.sections) {
        if (!this.onTopic(sec, headings)) continue;
        for (const b of sec.blocks) list3.push(...b.sentences);
      }
      this.topicSentences.set(headings, list3);
    }
    return list3;
  }
  evidenceOf(s) {
    const p = this.doc.lines.point(sourceOffset(s.block, s.start));
    return { line: p.line, column: p.column, text: clip(withItems(s, this.doc.sentences), 160).replace(/\s+/g, " ") };
  }
  /** The source line holding an offset, markup and all (a date line, what a source pattern matched). */
  sourceLine(offset2) {
    const p = this.doc.lines.point(offset2);
    const start = this.doc.lines.lineStart(p.line);
    const end = this.doc.source.indexOf("\n", start);
    return { line: p.line, column: p.column, text: this.doc.source.slice(start, end < 0 ? void 0 : end).trim() };
  }
  blockEvidence(b) {
    const p = this.doc.lines.point(b.srcStart);
    return { line: p.line, column: p.column, text: b.text.trim().replace(/\s+/g, " ").slice(0, 160) };
  }
  srcRange(s, from = s.start, to = s.end) {
    return [sourceOffset(s.block, from), sourceOffset(s.block, to)];
  }
  /** The policy's own dates: front matter, then "Last updated: …"-style labelled dates. */
  policyDates() {
    if (this._policyDates) return this._policyDates;
    const out = [];
    const keys = Object.keys(this.doc.frontmatter);
    const ordered = [...keys.filter((k) => UPDATED_KEY.test(k)), ...["date", "effective", "effective_date", "pubdate", "published"].filter((k) => keys.includes(k))];
    for (const key of ordered) {
      const v = this.doc.frontmatter[key];
      if (v !== void 0) {
        const at = this.doc.source.indexOf(v);
        const found = findDates(v)[0];
        const text3 = found && found.start === 0 ? found.text : v;
        out.push({ date: found?.date ?? null, text: text3, srcStart: Math.max(0, at), srcEnd: Math.max(0, at) + text3.length });
        break;
      }
    }
    if (out.length === 0) {
      for (const v of Object.values(this.doc.frontmatter)) {
        const d = findDates(v).find((x) => POLICY_DATE_LABEL.test(v.slice(Math.max(0, x.start - 60), x.start)));
        if (!d) continue;
        const at = this.doc.source.indexOf(v) + d.start;
        out.push({ date: d.date, text: d.text, srcStart: Math.max(0, at), srcEnd: Math.max(0, at) + d.text.length });
        break;
      }
    }
    const early = this.doc.blocks.slice(0, 12);
    const late = this.doc.blocks.filter((b) => b.kind !== "html").slice(-2).filter(lineOfText);
    for (const b of this.doc.blocks) {
      if (b.kind === "html") continue;
      for (const d of findDates(b.text)) {
        const before = b.text.slice(Math.max(0, d.start - 60), d.start);
        const label = before.search(POLICY_DATE_LABEL);
        const fromLabel = before.slice(label);
        const labelled = label >= 0 && !/[.!?]\s/.test(fromLabel) && !LATER_DATE_LABEL.test(fromLabel) && !(b.kind !== "heading" && otherThingsDate(b.text, d.start - before.length + label));
        if (b.kind === "code" && !labelled) continue;
        const alone = early.includes(b) && (b.text.trim().length <= d.text.length + 12 || DATELINE_REST.test(b.text.slice(0, d.start) + " " + b.text.slice(d.end))) || late.includes(b) && b.text.trim().length <= d.text.length + 2;
        if (labelled || alone) out.push(this.toPolicyDate(b, d));
      }
    }
    this._policyDates = out;
    return out;
  }
  toPolicyDate(b, d) {
    return { date: d.date, text: d.text, srcStart: sourceOffset(b, d.start), srcEnd: sourceOffset(b, d.end) };
  }
};
function withItems(s, sentences) {
  if (!isLeadIn(s.text)) return s.text;
  const items = [];
  let length = s.text.length;
  for (let i = s.index + 1; i < sentences.length && i <= s.index + 12 && length < 160; i++) {
    if (sentences[i].leadIn !== s) continue;
    items.push(sentences[i].text.trim().replace(/[;,.]\s*(?:and|or)?$/i, ""));
    length += sentences[i].text.length + 2;
  }
  return items.length > 0 ? `${s.text.trimEnd()} ${items.join("; ")}` : s.text;
}
function linkSignal(name, s) {
  if (name !== "email" && name !== "url") return false;
  const isUrl2 = (l) => /^https?:\/\//i.test(l.url) || /\bcontact\b/i.test(l.text) && /[\w/]/.test(l.url) && !/^#?$/.test(l.url.trim());
  return s.block.links.some((l) => l.start >= s.start && l.end <= s.end && (name === "email" ? /^mailto:[^@\s]+@/i.test(l.url) : isUrl2(l)));
}

// src/profile/facts.ts
function compiler2(file, name) {
  return (list3, where) => compilePhraseList(list3, `${name}.${where}`, file);
}
function loadFacts(file) {
  const data = readValidated(file, validateFacts, "facts");
  return data.facts.map((spec) => {
    const compile = compiler2(path7.basename(file), spec.name);
    return {
      spec,
      statements: (spec.statements ?? []).map((st, i) => compileStatement(st, compile, `statements[${i}]`)),
      phrases: compile(spec.phrases, "phrases"),
      exclude: compile(spec.exclude, "exclude"),
      unless: (spec.unless ?? []).map((st, i) => compileStatement(st, compile, `unless[${i}]`)),
      unlessPhrases: compile(spec.unlessPhrases, "unlessPhrases"),
      source: spec.sourcePattern === void 0 ? void 0 : compileRegex(spec.sourcePattern, false, `${spec.name}.sourcePattern`, path7.basename(file), true)
    };
  });
}
function decideFacts(facts, ctx, configured) {
  const out = /* @__PURE__ */ new Map();
  const titles = new Map(facts.map((f) => [f.spec.name, f.spec.title]));
  for (const [name, value2] of Object.entries(configured)) out.set(name, { name, title: titles.get(name) ?? name, value: value2, source: "config" });
  for (const fact of facts) {
    if (out.has(fact.spec.name)) continue;
    const inSource = fact.source?.exec(ctx.doc.source, 0);
    if (inSource) {
      const line = ctx.sourceLine(inSource[0]);
      out.set(fact.spec.name, { name: fact.spec.name, title: fact.spec.title, value: true, source: "text", evidence: { ...line, text: clip(line.text, 160) } });
      continue;
    }
    const said = findAnyStatement(ctx.index, fact.statements, ctx.prose);
    const excluded2 = fact.exclude.length > 0 ? ctx.index.matching(fact.exclude, ctx.prose) : null;
    const phrase2 = fact.phrases.length > 0 ? ctx.index.firstAffirmed(fact.phrases, (s) => ctx.prose(s) && !excluded2?.has(s.index)) : null;
    const first = said && (!phrase2 || said.sentence.index <= phrase2.sentence.index) ? said.sentence : phrase2?.sentence;
    if (!first) continue;
    if (fact.unless.length > 0 && findAnyStatement(ctx.index, fact.unless, ctx.prose)) continue;
    if (fact.unlessPhrases.length > 0 && ctx.index.matching(fact.unlessPhrases, () => true).size > 0) continue;
    out.set(fact.spec.name, { name: fact.spec.name, title: fact.spec.title, value: true, source: "text", evidence: withLeadIn(ctx, first) });
  }
  return out;
}
function withLeadIn(ctx, s) {
  const e = ctx.evidenceOf(s);
  return s.leadIn ? { ...e, text: clip(`${s.leadIn.text} ${e.text}`, 160) } : e;
}

// src/rules/message.ts
var MESSAGE_MAX = 160;
var QUOTE_MAX = { match: 50, value: 40, limit: 30, evidence: 60 };
function quote(text3, max) {
  const flat2 = text3.replace(/\s+/g, " ").trim();
  if (flat2.length <= max) return flat2;
  const cut = flat2.slice(0, max - 1);
  const space = cut.lastIndexOf(" ");
  return `${space > max * 0.6 ? cut.slice(0, space) : cut}\u2026`;
}
function quoted(name, text3) {
  return quote(text3, QUOTE_MAX[name]);
}
function fillMessage(template, values) {
  return template.replace(/\{(match|value|limit|evidence)\}/g, (whole, name) => values[name] ?? whole);
}
function extend2(message, clause) {
  const joined2 = `${message.replace(/\.$/, "")}${clause}.`;
  return joined2.length <= MESSAGE_MAX ? joined2 : message;
}

// src/profile/kind.ts
import path8 from "node:path";
var DOCUMENT_KINDS = ["policy", "supplement", "notice-at-collection", "cookie-notice", "children-notice", "opt-out-notice", "telemetry-notice", "processing-terms", "deployer-note", "section", "stub"];
function loadDocuments(file) {
  const data = readValidated(file, validateDocuments, "documents file");
  const k = data;
  const source = path8.basename(file);
  const compile = (list3, where) => compilePhraseList(list3, where, source);
  return {
    kinds: k.kinds.map((x) => ({
      name: x.name,
      title: x.title,
      titles: compile(x.titles, `${x.name}.titles`),
      opening: compile(x.opening, `${x.name}.opening`),
      ...x.untitled ? { untitled: { minSentences: x.minSentences ?? 1 } } : {},
      ...x.content ? { content: { phrases: compile(x.content.phrases, `${x.name}.content.phrases`), minShare: x.content.minShare } } : {}
    })),
    stub: { maxWords: k.stub.maxWords, pointers: compile(k.stub.pointers, "stub.pointers"), disclaimers: compile(k.stub.disclaimers, "stub.disclaimers"), ownTitles: compile(k.stub.ownTitles, "stub.ownTitles") },
    shortNotice: {
      maxWords: k.shortNotice?.maxWords ?? 0,
      pointers: compile(k.shortNotice?.pointers, "shortNotice.pointers"),
      linkTexts: compile(k.shortNotice?.linkTexts, "shortNotice.linkTexts"),
      companionLinks: compile(k.shortNotice?.companionLinks, "shortNotice.companionLinks"),
      policyWords: compile(k.shortNotice?.policyWords, "shortNotice.policyWords"),
      layeredHeadings: compile(k.shortNotice?.layeredHeadings, "shortNotice.layeredHeadings")
    },
    references: {
      phrases: compile(k.references.phrases, "references.phrases"),
      everything: compile(k.references.everything, "references.everything"),
      others: compile(k.references.others, "references.others"),
      topics: Object.entries(k.references.topics).map(([topic, words2]) => ({ topic, words: compile(words2, `references.topics.${topic}`) }))
    }
  };
}
var TITLES = {
  policy: "privacy policy",
  supplement: "supplement to the main policy",
  "notice-at-collection": "notice at collection",
  "cookie-notice": "cookie notice",
  "children-notice": "children's privacy notice",
  "opt-out-notice": "notice of the right to opt out",
  "telemetry-notice": "telemetry note",
  "processing-terms": "processing terms (a contract, not a notice)",
  "deployer-note": "note for those who run the software (they write the policy)",
  section: "section of a policy kept in parts",
  stub: "stub"
};
function kindTitle(kind) {
  return TITLES[kind];
}
function proseWords(ctx) {
  let n = 0;
  for (const b of ctx.doc.blocks) if (b.kind !== "html") for (const s of b.sentences) n += s.tokens.length;
  return n;
}
function opening(ctx, n = 6) {
  const out = [];
  for (const s of ctx.doc.sentences) if (ctx.bodyProse(s) && out.push(s) >= n) break;
  return out;
}
function untitled(ctx) {
  if (ctx.doc.frontmatter.title) return false;
  const first = ctx.doc.blocks.find((b) => b.text.trim() !== "");
  return first !== void 0 && first.kind !== "heading";
}
function aboutIt(ctx, content3) {
  if (!content3) return true;
  const prose = ctx.doc.sentences.filter(ctx.bodyProse);
  if (prose.length === 0) return false;
  return ctx.index.matching(content3.phrases, ctx.bodyProse).size / prose.length >= content3.minShare;
}
var POLICY_INCLUDE = /\{%-?\s*include(?:_relative)?\s+["']?([\w./-]*(?:privacy|policy|cookie|datenschutz|gdpr|ccpa)[\w./-]*)/i;
function titledAsNotice(kinds, ctx) {
  const title = titleOf(ctx);
  return title !== null && matchAny(kinds.stub.ownTitles, tokenize(title.text)) !== null;
}
function stub(kinds, ctx) {
  const words2 = proseWords(ctx);
  if (words2 === 0) return { kind: "stub", title: TITLES.stub, reason: "the file has no policy text of its own (only front matter or markup)" };
  const named = POLICY_INCLUDE.exec(ctx.doc.source);
  if (named) return { kind: "stub", title: TITLES.stub, reason: `the policy's text is included from ${quote(named[1], 40)}, which was not linted with this file` };
  const disclaimer = opening(ctx).find((s) => matchAny(kinds.stub.disclaimers, s.tokens));
  if (disclaimer && !titledAsNotice(kinds, ctx)) {
    const evidence2 = ctx.evidenceOf(disclaimer);
    return { kind: "stub", title: TITLES.stub, reason: `its opening says "${quote(disclaimer.text, 60)}" (line ${evidence2.line})`, evidence: evidence2 };
  }
  if (words2 > kinds.stub.maxWords) return null;
  if (/\{%-?\s*include\s/.test(ctx.doc.source) || /\{\{>\s*\S/.test(ctx.doc.source)) {
    return { kind: "stub", title: TITLES.stub, reason: "the file only includes a policy kept in another file" };
  }
  const pointer = ctx.doc.sentences.find((s) => ctx.bodyProse(s) && matchAny(kinds.stub.pointers, s.tokens) && (s.block.links.length > 0 || /https?:\/\//.test(s.text)));
  if (!pointer) return null;
  const evidence = ctx.evidenceOf(pointer);
  return { kind: "stub", title: TITLES.stub, reason: `the file only points to a policy elsewhere (line ${evidence.line})`, evidence };
}
function calledAPolicy(kinds, ctx) {
  const own4 = (text3) => matchAny(kinds.stub.ownTitles, tokenize(text3)) !== null;
  if (ctx.doc.frontmatter.title && own4(ctx.doc.frontmatter.title)) return true;
  const opening2 = ctx.doc.blocks.filter((b) => b.text.trim() !== "").slice(0, 12);
  if (opening2.some((b) => b.kind === "heading" && own4(b.text))) return true;
  const first = opening2[0];
  return first !== void 0 && first.sentences.reduce((n, s) => n + s.tokens.length, 0) <= 8 && own4(first.text);
}
function shortNotice(kinds, ctx) {
  const k = kinds.shortNotice;
  if (k.maxWords === 0 || proseWords(ctx) > k.maxWords || calledAPolicy(kinds, ctx) && !layered(k, ctx)) return null;
  const whole = (s) => matchesWhole(k.linkTexts, s.tokens) && s.block.links.some((l) => l.text.trim() === s.text.trim());
  const pointer = ctx.doc.sentences.find((s) => ctx.bodyProse(s) && (matchAny(k.pointers, s.tokens) !== null || whole(s)));
  if (pointer) {
    const evidence = ctx.evidenceOf(pointer);
    return { kind: "stub", title: TITLES.stub, reason: `it is a short page that sends its reader to the policy kept elsewhere (line ${evidence.line})`, evidence };
  }
  return companionPage(k, ctx);
}
function layered(k, ctx) {
  return ctx.doc.blocks.some((b) => b.kind === "heading" && matchAny(k.layeredHeadings, tokenize(b.text)) !== null);
}
function companionPage(k, ctx) {
  const titles = titlesOf(ctx);
  if (titles.length === 0 || titles.some((t) => matchAny(k.policyWords, tokenize(t.text)) !== null)) return null;
  const title = titles[titles.length - 1];
  const b = ctx.doc.blocks.find((x) => x.links.some((l) => matchesWhole(k.companionLinks, tokenize(l.text))));
  if (!b) return null;
  const evidence = ctx.blockEvidence(b);
  return { kind: "stub", title: TITLES.stub, reason: `it is a page about "${quote(title.text.trim(), 40)}" that links the privacy policy (line ${evidence.line})`, evidence };
}
function matchesWhole(phrases, tokens) {
  const m = matchAny(phrases, tokens);
  return m !== null && m.from === 0 && m.to === tokens.length;
}
function titlesOf(ctx) {
  const fm = ctx.doc.frontmatter.title;
  if (fm) return [{ text: fm }];
  const first = ctx.doc.blocks.slice(0, 3).find((b) => b.kind === "heading");
  const top = ctx.doc.blocks.slice(0, 40).find((b) => b.kind === "heading" && !b.inferred && b.section.heading === b && b.section.depth === 1);
  return [first, top].filter((b, i, all2) => b !== void 0 && all2.indexOf(b) === i).map((b) => ({ text: b.text, evidence: ctx.blockEvidence(b) }));
}
function titleOf(ctx) {
  return titlesOf(ctx)[0] ?? null;
}
function decideKind(kinds, ctx, configured) {
  if (configured) return { kind: configured, title: TITLES[configured], reason: "set in the configuration (documentKinds)" };
  const s = stub(kinds, ctx);
  if (s) return s;
  for (const title of titlesOf(ctx)) {
    const titleTokens = tokenize(title.text);
    for (const k of kinds.kinds) {
      if (titleTokens.length && matchAny(k.titles, titleTokens) && aboutIt(ctx, k.content)) return { kind: k.name, title: k.title, reason: `its title is "${title.text.trim()}"`, evidence: title.evidence };
    }
  }
  const first = opening(ctx);
  for (const k of kinds.kinds) {
    const hit = k.opening.length && aboutIt(ctx, k.content) ? first.find((x) => matchAny(k.opening, x.tokens)) : void 0;
    if (hit) {
      const evidence = ctx.evidenceOf(hit);
      return { kind: k.name, title: k.title, reason: `its opening says so (line ${evidence.line})`, evidence };
    }
  }
  const pointing = shortNotice(kinds, ctx);
  if (pointing) return pointing;
  const part = untitled(ctx) ? kinds.kinds.find((k) => k.untitled && k.content && opening(ctx, k.untitled.minSentences).length >= k.untitled.minSentences && aboutIt(ctx, k.content)) : void 0;
  if (part) return { kind: part.name, title: part.title, reason: "it has no title and is all about one topic, as one section of a longer policy is" };
  return { kind: "policy", title: TITLES.policy, reason: "no other kind of document was recognised" };
}

// src/rules/registry.ts
var builtinDir;
function builtinRulesDir() {
  if (builtinDir) return builtinDir;
  let dir = path9.dirname(fileURLToPath3(import.meta.url));
  for (; ; ) {
    if (fs4.existsSync(path9.join(dir, "rules", "schema.json"))) return builtinDir = path9.join(dir, "rules");
    const parent = path9.dirname(dir);
    if (parent === dir) throw new RuleError("cannot find the built-in rules/ folder");
    dir = parent;
  }
}
var Registry = class {
  packs = /* @__PURE__ */ new Map();
  byRule = /* @__PURE__ */ new Map();
  scannedRoots = /* @__PURE__ */ new Set();
  builtin = builtinRulesDir() + path9.sep;
  constructor(roots = [builtinRulesDir()]) {
    loadRuleSnapshot(this.builtin);
    for (const r of roots) this.addRoot(r);
  }
  /** A folder holding <pack>/pack.json folders. */
  addRoot(root) {
    const abs = path9.resolve(root);
    if (this.scannedRoots.has(abs)) return;
    this.scannedRoots.add(abs);
    let entries;
    try {
      entries = fs4.readdirSync(abs, { withFileTypes: true });
    } catch {
      throw new RuleError(`${abs}: rule pack folder not found`);
    }
    for (const e of entries.sort((a, b) => compareCodeUnits(a.name, b.name))) {
      const packFile = path9.join(abs, e.name, "pack.json");
      if (!e.isDirectory() || !fs4.existsSync(packFile)) continue;
      const { text: text3, data: meta } = readJson(packFile);
      if (!validatedAtBuild(packFile, text3) && !validatePack(meta)) throw new RuleError(`${packFile}: invalid pack ${describeErrors(validatePack.errors)}`);
      const pack = meta;
      if (pack.name !== e.name) throw new RuleError(`${packFile}: pack name "${pack.name}" must match its folder "${e.name}"`);
      if (this.packs.has(pack.name)) throw new RuleError(`${packFile}: a pack named "${pack.name}" is already loaded from ${this.packs.get(pack.name).dir}`);
      const compile = (list3, where) => compilePhraseList(list3, where, packFile);
      const a = pack.address ?? {};
      const address = {
        phrases: compile(a.phrases, "address.phrases"),
        statements: (a.statements ?? []).map((st, i) => compileStatement(st, compile, `address.statements[${i}]`)),
        headings: compile(a.headings, "address.headings"),
        namedUnder: compile(a.namedUnder, "address.namedUnder"),
        vocabulary: compile(a.vocabulary, "address.vocabulary"),
        vocabularyUnlessFacts: a.vocabularyUnlessFacts ?? [],
        otherLaws: compile(a.otherLaws, "address.otherLaws"),
        exclude: compile(a.exclude, "address.exclude"),
        headingsOtherLaws: compile(a.headingsOtherLaws, "address.headingsOtherLaws")
      };
      this.packs.set(pack.name, { meta: pack, dir: path9.join(abs, e.name), detect: compile(pack.detect, "detect"), address });
    }
  }
  _documents;
  /** How documents are told apart (rules/documents.json), read once. */
  documents() {
    return this._documents ??= loadDocuments(path9.join(builtinRulesDir(), "documents.json"));
  }
  _facts;
  /** The built-in document facts (rules/facts.json), read once. */
  facts() {
    return this._facts ??= loadFacts(path9.join(builtinRulesDir(), "facts.json"));
  }
  /** Reads, validates and compiles a pack's rules once. */
  rules(packName) {
    const pack = this.packs.get(packName);
    if (!pack) throw new RuleError(`unknown rule pack "${packName}" (known: ${[...this.packs.keys()].join(", ")})`);
    if (!pack.rules) {
      const files = fs4.readdirSync(pack.dir).filter((f) => f.endsWith(".json") && f !== "pack.json").sort();
      pack.rules = files.map((f) => {
        const file = path9.join(pack.dir, f);
        const { text: text3, data } = readJson(file);
        if (!validatedAtBuild(file, text3) && !validateRule(data)) throw new RuleError(`${file}: invalid rule ${describeErrors(validateRule.errors)}`);
        const rule = data;
        const expected = `${packName}/${f.slice(0, -5)}`;
        if (rule.id !== expected) throw new RuleError(`${file}: at id: rule id "${rule.id}" must be "${expected}" (pack folder / file name)`);
        const compiled2 = compileRule(rule, packName, file, !file.startsWith(this.builtin));
        compiled2.evidence.ownSections = pack.address.headings;
        this.byRule.set(rule.id, compiled2);
        return compiled2;
      });
    }
    return pack.rules;
  }
  rule(id) {
    const pack = id.split("/")[0];
    if (this.packs.has(pack)) this.rules(pack);
    return this.byRule.get(id);
  }
  /** Does a rule id name a rule that exists (loading its pack if needed)? */
  hasRule(id) {
    return this.rule(id) !== void 0;
  }
  _retired;
  /** Why a built-in rule was removed (rules/retired.json), if it was: configurations may still name it. */
  retired(id) {
    if (!this._retired) {
      const { data } = readJson(path9.join(builtinRulesDir(), "retired.json"));
      this._retired = new Map((data.rules ?? []).map((r) => [r.id, r.reason]));
    }
    return this._retired.get(id);
  }
  /** Rules of the packs loaded so far (no loading). */
  allRulesLoaded() {
    return [...this.packs.values()].flatMap((p) => p.rules ?? []);
  }
  allRules() {
    return [...this.packs.keys()].flatMap((p) => this.rules(p));
  }
};

// src/profile/model.ts
function factHolds(f) {
  return !!f && f.value !== false && f.value !== void 0 && !(Array.isArray(f.value) && f.value.length === 0);
}
function whereSaid(f) {
  return f.source === "config" ? `facts.${f.name} is set in the configuration` : `line ${f.evidence.line}`;
}
function isActive(b) {
  return b === "configured" || b === "fact" || b === "addressed";
}

// src/rules/condition.ts
function listValues(v) {
  return (Array.isArray(v) ? v : [v]).map((x) => x.toUpperCase());
}
function applicability(rule, ctx) {
  const cond = rule.file.condition;
  if (!cond) return { triggers: [] };
  const triggers = [];
  let because;
  let holds2 = false;
  for (const name of cond.unlessFact === void 0 ? [] : Array.isArray(cond.unlessFact) ? cond.unlessFact : [cond.unlessFact]) {
    const f = ctx.profile?.facts.get(name);
    if (factHolds(f)) return { reason: `the requirement does not apply: ${f.title} (${whereSaid(f)})` };
  }
  if (cond.fact && ctx.facts[cond.fact] !== void 0) {
    if (!ctx.facts[cond.fact]) return { reason: `facts.${cond.fact} is false in the configuration` };
    holds2 = true;
    because = `facts.${cond.fact} is true`;
  }
  if (!holds2 && cond.fact && ctx.facts[cond.fact] === void 0) {
    const f = ctx.profile?.facts.get(cond.fact);
    if (factHolds(f) && f.evidence) {
      holds2 = true;
      triggers.push(f.evidence);
    }
  }
  if (!holds2 && cond.whenConfigured && ctx.profile?.packs.get(rule.pack)?.basis === "configured") {
    holds2 = true;
    because = `the ${rule.pack} pack is selected in jurisdictions`;
  }
  const inc = cond.factIncludes;
  const list3 = inc ? ctx.facts[inc.fact] : void 0;
  if (inc && Array.isArray(list3)) {
    const wanted = listValues(inc.value);
    const have = new Set(list3.map((x) => String(x).toUpperCase()));
    const hit = wanted.find((w) => have.has(w));
    if (!hit) return { reason: `facts.${inc.fact} does not include ${wanted.join(" or ")}` };
    holds2 = true;
    because ??= `facts.${inc.fact} includes ${hit}`;
  }
  if (!holds2) {
    const anyTrigger = rule.condition.length > 0 || rule.conditionStatements.length > 0 || cond.fact !== void 0 || inc !== void 0;
    const excluded2 = rule.conditionExclude;
    const accept2 = excluded2.length === 0 ? ctx.prose : (s) => ctx.prose(s) && matchAny(excluded2, s.tokens) === null;
    const said = rule.conditionStatements.length > 0 ? findAnyStatement(ctx.index, rule.conditionStatements, accept2) : null;
    const hit = said?.sentence ?? (rule.condition.length > 0 ? ctx.index.firstAffirmed(rule.condition, accept2)?.sentence : void 0);
    if (hit) triggers.push(ctx.evidenceOf(hit));
    else if (anyTrigger) {
      const why = cond.reason ?? "nothing in the policy triggers this requirement";
      const facts = [cond.fact ? `set facts.${cond.fact} to true` : "", inc ? `list ${listValues(inc.value).join(" or ")} in facts.${inc.fact}` : ""].filter(Boolean).join(" or ");
      return { reason: facts ? `${why}; ${facts} if it applies` : why };
    }
  }
  if (rule.conditionAlso.length > 0) {
    const also = ctx.index.firstAffirmed(rule.conditionAlso, ctx.prose);
    if (!also) return { reason: cond.reason ?? "nothing in the policy triggers this requirement" };
    triggers.push(ctx.evidenceOf(also.sentence));
  }
  return { triggers, because };
}

// src/rules/checks/disclosure.ts
var MAX_EVIDENCE = 3;
var OFF_TOPIC = 50;
var CITED_LAST = 1e4;
var DEFINITION2 = /^\W*[\p{L}\s()]{1,40}["”']?\s*(?:means|refers to|shall mean|is defined as)\b/iu;
function checkDisclosure(rule, ctx) {
  const id = rule.file.id;
  const applies = applicability(rule, ctx);
  if ("reason" in applies) return { coverage: { requirement: id, status: "not-applicable", reason: applies.reason }, findings: [] };
  const spec = rule.file.evidence ?? {};
  const ev = rule.evidence;
  const exclude = (s) => ev.exclude.length > 0 && matchAny(ev.exclude, s.tokens) !== null;
  const evidence = /* @__PURE__ */ new Map();
  const otherSections = ev.excludeSections;
  const own4 = (s) => ev.ownSections.length > 0 && ctx.onTopic(s.block.section, ev.ownSections);
  const ownLeadIn = (lead) => ev.ownSections.length > 0 && matchAny(ev.ownSections, lead.tokens) !== null;
  const elsewhere = (s) => ctx.onTopic(s.block.section, otherSections) && !own4(s) || s.leadIn !== void 0 && matchAny(otherSections, s.leadIn.tokens) !== null && !ownLeadIn(s.leadIn);
  const topical = (s) => ctx.onTopic(s.block.section, ev.sectionHeadings);
  const add = (s, rank = 0) => {
    if (evidence.has(s.index)) return true;
    if (otherSections.length > 0 && elsewhere(s)) return false;
    const weaker = s.block.kind === "heading" ? 3e3 : DEFINITION2.test(s.text) ? 2e3 : 0;
    const aside = rank < 500 && ev.sectionHeadings.length > 0 && !topical(s) ? OFF_TOPIC : 0;
    const last = ev.citedLast.length > 0 && matchAny(ev.citedLast, s.tokens) !== null ? CITED_LAST : 0;
    evidence.set(s.index, { at: sourceOffset(s.block, s.start), rank: rank + weaker + aside + last, make: () => ctx.evidenceOf(s) });
    return true;
  };
  const countNegated = spec.negated !== "ignored";
  const enough = Math.max(MAX_EVIDENCE, spec.minMatches ?? 1);
  const taken = (id2) => evidence.has(id2);
  const fromPhrases = (phrases, accept2, rank) => {
    if (countNegated) {
      if (ev.sectionHeadings.length > 0 && rank < 500) ctx.index.takeFirst(phrases, enough, (s) => accept2(s) && topical(s), taken, (s, i) => !exclude(s) && add(s, rank + i));
      ctx.index.takeFirst(phrases, enough, accept2, taken, (s, i) => !exclude(s) && add(s, rank + i));
      return;
    }
    for (const h of ctx.index.find(phrases, accept2)) {
      if (!h.negated && !exclude(h.sentence)) add(h.sentence, rank + Math.max(0, phrases.indexOf(h.match.phrase)));
    }
  };
  fromPhrases(ev.phrases, ctx.prose, 0);
  for (const st of ev.statements) {
    for (const r of findStatements(ctx.index, st, (s) => ctx.prose(s) && !taken(s.index), enough)) if (!exclude(r.sentence)) add(r.sentence, 100);
  }
  if (ev.inSection.length > 0) fromPhrases(ev.inSection, (s) => ctx.prose(s) && topical(s), 500);
  if (ev.tableColumns.length > 0) {
    for (const t of ctx.tableHeaders()) {
      const column = t.columns.some((c) => c.filled && matchAny(ev.tableColumns, c.tokens) !== null);
      if (column && t.block.sentences.length > 0 && !exclude(t.block.sentences[0])) add(t.block.sentences[0], 200);
    }
  }
  if (ev.addressBlock.length > 0) {
    for (const s of addressBlocks(ctx, ev.addressBlock)) if (!exclude(s)) add(s, 300);
  }
  if (spec.signals?.length) {
    const inSentences = spec.signals.filter((name) => name !== "policy-date");
    if (inSentences.length > 0) {
      const where = ev.sectionHeadings.length > 0 ? ctx.sentencesOnTopic(ev.sectionHeadings) : ctx.doc.sentences;
      const hasSignal2 = (s) => inSentences.some((name) => name === "list" ? s.block.kind === "listItem" : ctx.signal(name, s));
      takeUpTo(where, enough, (s) => taken(s.index), (s) => ctx.prose(s) && hasSignal2(s) && add(s, 800));
    }
    const anywhere = spec.signalsAnywhere ?? [];
    if (anywhere.length > 0 && evidence.size < enough) {
      takeUpTo(ctx.doc.sentences, enough, (s) => taken(s.index), (s) => ctx.prose(s) && anywhere.some((name) => ctx.signal(name, s)) && add(s, 800));
    }
    if (spec.signals.includes("policy-date")) {
      if (factHolds(ctx.profile?.facts.get("generatorTemplate"))) {
        for (const e of renderedDates(ctx)) evidence.set(-1 - ctx.doc.lines.lineStart(e.line), { at: ctx.doc.lines.lineStart(e.line), rank: 0, make: () => e });
      }
      for (const d of ctx.policyDates().filter((x) => x.date !== null)) {
        evidence.set(-1 - d.srcStart, {
          at: d.srcStart,
          rank: 0,
          make: () => {
            const at = ctx.sourceLine(d.srcStart);
            const line = at.text.replace(/[*_#>`|]/g, "").replace(/\s+/g, " ").trim();
            return { ...at, text: line.length > 160 ? d.text : line };
          }
        });
      }
    }
  }
  if (spec.headingSuffices) {
    for (const sec of ctx.doc.sections) {
      if (sec.heading && ctx.onTopic(sec, ev.sectionHeadings) && sec.blocks.some((b) => b !== sec.heading && b.sentences.some(ctx.prose))) {
        add(sec.heading.sentences[0], 900);
      }
    }
  }
  if (ev.weakPhrases.length > 0 && evidence.size < enough) fromPhrases(ev.weakPhrases, ctx.prose, 4e3);
  const found = [...evidence.values()].sort((a, b) => a.rank - b.rank || a.at - b.at);
  if (found.length >= (spec.minMatches ?? 1)) {
    return { coverage: { requirement: id, status: "present", evidence: found.slice(0, MAX_EVIDENCE).map((e) => e.make()) }, findings: [] };
  }
  return missing(rule, ctx, applies.triggers, applies.because, found.length);
}
var LABEL_LINE = new RegExp(`^\\W*(?:${POLICY_DATE_LABEL.source})\\W*:`, "i");
function closestSection(rule, ctx) {
  if (rule.file.evidence?.signals?.includes("policy-date")) {
    const slot = ctx.doc.blocks.slice(0, 15).flatMap((b) => b.sentences).find((s) => LABEL_LINE.test(s.text));
    if (slot) return ctx.evidenceOf(slot);
  }
  if (rule.evidence.nearPhrases.length > 0) {
    const near = ctx.index.firstAffirmed(rule.evidence.nearPhrases, ctx.prose);
    if (near) return ctx.evidenceOf(near.sentence);
  }
  if (rule.evidence.sectionHeadings.length === 0) return void 0;
  const sec = ctx.doc.sections.find((x) => x.heading && ctx.onTopic(x, rule.evidence.sectionHeadings) && x.blocks.some((b) => b !== x.heading));
  return sec?.heading ? ctx.evidenceOf(sec.heading.sentences[0]) : void 0;
}
function dateLine(rule, near) {
  if (!near || !rule.file.evidence?.signals?.includes("policy-date") || !LABEL_LINE.test(near.text)) return void 0;
  return `${rule.file.title}: the line "${clip(near.text, 50)}" (line ${near.line}) gives no full date.`;
}
function missing(rule, ctx, triggers, because, partial) {
  const id = rule.file.id;
  const near = closestSection(rule, ctx);
  const needed = rule.file.evidence?.minMatches ?? 1;
  const message = dateLine(rule, near) ?? `${rule.file.message}${partial ? ` Only ${partial} of the ${needed} needed were found.` : ""}${near ? ` Closest: "${clip(near.text, 50)}" (line ${near.line}).` : ""}`;
  const basis = ctx.profile?.packs.get(rule.pack);
  const fromFact = basis?.basis === "fact" && basis.evidence ? [basis.evidence] : [];
  const trigger = triggers.length ? triggers : fromFact;
  const why = trigger.length ? `applies because of line${trigger.length > 1 ? "s" : ""} ${trigger.map((t) => t.line).join(" and ")}` : because ? `applies because ${because}` : void 0;
  const evidence = [...near ? [near] : [], ...trigger];
  const at = ctx.doc.bodyStart;
  return {
    coverage: { requirement: id, status: "missing", ...why ? { reason: why } : {} },
    findings: [{ message, srcStart: at, srcEnd: at, evidence: evidence.length ? evidence : void 0, documentLevel: true, ...near || partial ? { severity: "warn" } : {} }]
  };
}
var RENDERED_DATE = new RegExp(`^[ \\t>*_#|-]*(?:${POLICY_DATE_LABEL.source})[ \\t*_:|\u2013-]*\\{\\{[ \\t]*[\\w.]+[ \\t]*\\}\\}`, "gim");
function renderedDates(ctx) {
  const out = [];
  for (const m of ctx.doc.source.matchAll(RENDERED_DATE)) {
    const p = ctx.doc.lines.point(m.index);
    out.push({ line: p.line, column: p.column, text: m[0].replace(/[*#>|]/g, "").replace(/\s+/g, " ").trim() });
  }
  return out;
}
var ADDRESS_BLOCK_LINES = 5;
var addressLine = lineOfText;
function addressBlocks(ctx, names) {
  const out = [];
  const blocks = ctx.doc.blocks;
  blocks.forEach((b, i) => {
    const s = b.sentences[0];
    if (!addressLine(b) && b.kind !== "listItem" || b.sentences.length !== 1 || matchAny(names, s.tokens) === null) return;
    if (s.tokens.length <= 12 && (ctx.signal("email", s) || ctx.signal("postal-address", s))) {
      out.push(s);
      return;
    }
    if (!addressLine(b) || s.tokens.length > 8) return;
    for (let k = i + 1; k < blocks.length && k <= i + ADDRESS_BLOCK_LINES && addressLine(blocks[k]); k++) {
      if (blocks[k].sentences.some((x) => ctx.signal("email", x) || ctx.signal("postal-address", x))) {
        out.push(s);
        return;
      }
    }
  });
  return out;
}

// src/analysis/literals.ts
var escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
var LiteralScanner = class {
  constructor(literals) {
    this.literals = literals;
    const sorted = [...literals].filter((l) => l.length > 0).sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
    for (const l of sorted) {
      const list3 = this.byFirst.get(l[0]);
      if (list3) list3.push(l);
      else this.byFirst.set(l[0], [l]);
    }
    this.re = sorted.length > 0 ? new RegExp(sorted.map(escape).join("|"), "g") : /(?!)/g;
  }
  literals;
  re;
  /** Literals by first character, longest first, to report every literal starting at a position. */
  byFirst = /* @__PURE__ */ new Map();
  /** Start offsets of every occurrence of every literal (overlapping ones too), ascending per literal. */
  scan(text3) {
    const out = /* @__PURE__ */ new Map();
    const re = this.re;
    re.lastIndex = 0;
    for (let m = re.exec(text3); m; m = re.exec(text3)) {
      const at = m.index;
      for (const l of this.byFirst.get(text3[at])) {
        if (!text3.startsWith(l, at)) continue;
        const list3 = out.get(l);
        if (list3) list3.push(at);
        else out.set(l, [at]);
      }
      re.lastIndex = at + 1;
    }
    return out;
  }
};

// src/rules/checks/forbidden.ts
function inRanges(ranges, from, to) {
  return ranges.some(([a, b]) => from < b && to > a);
}
function fill(template, match2) {
  return template.replace(/\{match\}/g, match2);
}
function* matches(p, text3, j) {
  const literals = p.spec.literals;
  if (!literals || !j) {
    if (literals && !literals.some((l) => text3.toLowerCase().includes(l.toLowerCase()))) return;
    yield* search2(p, text3, 0);
    return;
  }
  for (const i of linesWithAny(j, literals)) {
    const line = j.lines[i];
    yield* search2(p, text3.slice(line.start, line.end), line.start);
  }
}
function splitLines2(text3) {
  const out = [];
  const re = /[^\n\u0000]+/g;
  for (let m = re.exec(text3); m; m = re.exec(text3)) out.push({ start: m.index, end: m.index + m[0].length });
  return out;
}
function linesWithAny(j, literals) {
  if (literals.length === 1) return linesWith(j, literals[0]);
  const found = /* @__PURE__ */ new Set();
  for (const l of literals) for (const i of linesWith(j, l)) found.add(i);
  return [...found].sort((a, b) => a - b);
}
var knownLiterals = /* @__PURE__ */ new Set();
var scanner;
function linesWith(j, literal) {
  const lit = literal.toLowerCase();
  let list3 = j.byLiteral.get(lit);
  if (list3) return list3;
  const lower = lowered(j);
  if (!knownLiterals.has(lit)) {
    knownLiterals.add(lit);
    scanner = void 0;
  }
  if (!j.scanned) {
    j.scanned = scanner ??= new LiteralScanner(new Set(knownLiterals));
    for (const l of j.scanned.literals) j.byLiteral.set(l, []);
    for (const [l, positions2] of j.scanned.scan(lower)) j.byLiteral.set(l, toLines(j, positions2));
    list3 = j.byLiteral.get(lit);
    if (list3) return list3;
  }
  const positions = [];
  for (let pos = lower.indexOf(lit); pos >= 0; pos = lower.indexOf(lit, pos + 1)) positions.push(pos);
  list3 = toLines(j, positions);
  j.byLiteral.set(lit, list3);
  return list3;
}
function lowered(j) {
  if (j.lower === void 0) {
    const whole = j.text.toLowerCase();
    if (whole.length === j.text.length) {
      j.lower = whole;
      for (const line of j.lines) j.lowerStarts.push(line.start);
      return whole;
    }
    const parts = [];
    let at = 0;
    for (const line of j.lines) {
      const lower = j.text.slice(line.start, line.end).toLowerCase();
      j.lowerStarts.push(at);
      parts.push(lower);
      at += lower.length + 1;
    }
    j.lower = parts.join("\n");
  }
  return j.lower;
}
function toLines(j, positions) {
  const out = [];
  for (const pos of positions) {
    const i = lastAtOrBefore(j.lowerStarts, pos);
    if (out[out.length - 1] !== i) out.push(i);
  }
  return out;
}
function* search2(p, text3, base) {
  const re = p.re;
  let from = 0;
  for (let m = re.exec(text3, from); from <= text3.length && m; m = from <= text3.length ? re.exec(text3, from) : null) {
    const [start, end, group] = m;
    if (end > start) yield [base + start, base + end, group];
    from = end > start ? end : start + 1;
  }
}
var joinedCache = /* @__PURE__ */ new WeakMap();
function joined(ctx, include, key) {
  let byKey = joinedCache.get(ctx);
  if (!byKey) joinedCache.set(ctx, byKey = /* @__PURE__ */ new Map());
  let j = byKey.get(key);
  if (!j) {
    const blocks = ctx.doc.blocks.filter(include);
    for (const other of byKey.values()) if (other.blocks.length === blocks.length && other.blocks.every((b, i) => b === blocks[i])) j = other;
    if (!j) {
      const starts = [];
      let at = 0;
      for (const b of blocks) {
        starts.push(at);
        at += b.text.length + 1;
      }
      const text3 = blocks.map((b) => b.text).join("\0");
      j = { text: text3, lines: splitLines2(text3), starts, blocks, lowerStarts: [], byLiteral: /* @__PURE__ */ new Map() };
    }
    byKey.set(key, j);
  }
  return j;
}
function around(p, text3, from, to) {
  const before = p.notBefore;
  const after = p.notAfter;
  if (before && before.exec(text3.slice(Math.max(0, from - 12), from), 0)) return true;
  return !!after && after.exec(text3.slice(to, to + 12), 0) !== null;
}
function checkForbidden(rule, ctx) {
  const out = [];
  const taken = [];
  for (const p of rule.patterns) {
    if (p.skipIf && p.skipIf.exec(ctx.doc.source, 0)) continue;
    if (p.spec.unlessFact && factHolds(ctx.profile?.facts.get(p.spec.unlessFact))) continue;
    const scope2 = p.spec.scope ?? ["text"];
    const unless = rule.unless.get(p.spec);
    const report2 = (srcStart, srcEnd, match2, block, textStart) => {
      if (taken.some(([a, b]) => srcStart < Math.max(b, a + 1) && Math.max(srcEnd, srcStart + 1) > a)) return;
      if (unless) {
        const s = block.sentences.find((x) => x.start <= textStart && textStart < x.end);
        if (s && rulesOut(unless, s)) return;
      }
      taken.push([srcStart, srcEnd]);
      out.push({
        message: fillMessage(p.spec.message ?? rule.file.message, { match: quoted("match", match2) }),
        ...p.spec.suggestion ? { suggestion: p.spec.suggestion } : {},
        srcStart,
        srcEnd,
        severity: p.spec.severity,
        fix: p.spec.fix !== void 0 ? { range: [srcStart, srcEnd], text: fill(p.spec.fix, match2) } : void 0
      });
    };
    const withCode = scope2.includes("code");
    const headingsOnly = scope2.includes("headings") && !scope2.includes("text");
    if (scope2.includes("text") || scope2.includes("headings") || withCode) {
      const isCode = (b) => b.kind === "code" || b.kind === "html";
      const key = `${withCode}:${headingsOnly}`;
      const j = joined(ctx, (b) => headingsOnly ? b.kind === "heading" : withCode || !isCode(b), key);
      for (const [a, b, text3] of matches(p, j.text, j)) {
        const i = lastAtOrBefore(j.starts, a);
        const block = j.blocks[i];
        const from = a - j.starts[i];
        const to = b - j.starts[i];
        if (!withCode && inRanges(block.code, from, to)) continue;
        if (around(p, block.text, from, to)) continue;
        report2(sourceOffset(block, from), sourceEnd(block, to), text3, block, from);
      }
    }
    if (scope2.includes("link-targets")) {
      for (const block of ctx.doc.blocks) {
        for (const link of block.links) {
          for (const [, , text3] of matches(p, link.url)) {
            const at = ctx.doc.source.indexOf(link.url, link.srcStart);
            const found = at >= 0 && at < link.srcEnd;
            report2(found ? at : link.srcStart, found ? at + link.url.length : link.srcEnd, text3, block, link.start);
          }
        }
      }
    }
  }
  out.sort((a, b) => a.srcStart - b.srcStart);
  return rule.file.options?.oncePerText ? oncePerText(out, ctx) : out;
}
function oncePerText(findings, ctx) {
  const first = /* @__PURE__ */ new Map();
  for (const f of findings) {
    const key = ctx.doc.source.slice(f.srcStart, f.srcEnd).toLowerCase().replace(/\s+/g, " ").replace(/^mailto:/, "");
    const line = ctx.doc.lines.point(f.srcStart).line;
    const seen = first.get(key);
    if (!seen) first.set(key, { finding: f, line, more: [] });
    else if (line !== seen.line) seen.more.push(line);
  }
  return [...first.values()].map(({ finding, more }) => {
    if (more.length === 0) return finding;
    const lines = [...new Set(more)];
    const list3 = lines.length > 6 ? `${lines.slice(0, 6).join(", ")} and ${lines.length - 6} more` : lines.join(", ");
    return { ...finding, message: extend2(finding.message, ` (also on line${lines.length > 1 ? "s" : ""} ${list3})`), fix: void 0 };
  });
}

// src/analysis/quantities.ts
var SMALL = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  a: 1,
  an: 1,
  single: 1
};
var NUMBER_WORD = "(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a|an|single)";
var NUMBER = `(?:${NUMBER_WORD}\\s*\\(\\s*\\d{1,6}\\s*\\)|\\d{1,3}(?:,\\d{3})+|\\d{1,6}(?:\\.\\d+)?|${NUMBER_WORD})`;
function parseNumber(s) {
  const paren = /\(\s*(\d+)\s*\)/.exec(s);
  if (paren) return Number(paren[1]);
  const t = s.trim().toLowerCase();
  if (/^[\d,.]+$/.test(t)) return Number(t.replace(/,/g, ""));
  const parts = t.split(/[- ]/);
  let total = 0;
  for (const p of parts) {
    if (!(p in SMALL)) return null;
    total += SMALL[p];
  }
  return total;
}
var UNIT = "(hours?|hrs?|(?:business|working|calendar)\\s+days?|days?|weeks?|months?|years?)";
var DURATION = new RegExp(`\\b(${NUMBER})(?:\\s*-\\s*|\\s+)${UNIT}\\b`, "gi");
function unitOf(raw) {
  const u = raw.toLowerCase();
  if (u.startsWith("h")) return "hour";
  if (/^(business|working)/.test(u)) return "business-day";
  if (u.includes("day")) return "day";
  if (u.startsWith("w")) return "week";
  if (u.startsWith("m")) return "month";
  return "year";
}
var UNIT_GUARD = /h(?:ou)?r|day|week|month|year/i;
function findDurations(text3) {
  const out = [];
  if (!UNIT_GUARD.test(text3)) return out;
  DURATION.lastIndex = 0;
  for (let m = DURATION.exec(text3); m; m = DURATION.exec(text3)) {
    const value2 = parseNumber(m[1]);
    if (value2 === null) continue;
    if (/^(a|an|single)$/i.test(m[1]) && !/\b(within|after|in|of)\s*$/i.test(text3.slice(Math.max(0, m.index - 8), m.index))) continue;
    out.push({ value: value2, unit: unitOf(m[2]), start: m.index, end: m.index + m[0].length, text: m[0] });
  }
  return out;
}
function toDays(value2, unit) {
  switch (unit) {
    case "hour":
      return value2 / 24;
    case "business-day":
      return value2 * 7 / 5;
    case "week":
      return value2 * 7;
    case "month":
      return value2 * 30;
    case "year":
      return value2 * 365;
    default:
      return value2;
  }
}
var AGE = new RegExp(
  `\\b(?:(?:under|below|younger than|less than|over|above|older than|at least)\\s+(?:the\\s+age\\s+of\\s+|age\\s+)?(${NUMBER})|(?:aged?|age of)\\s+(${NUMBER})|(${NUMBER})\\s*(?:years?\\s+(?:of\\s+age|old)|\\+))`,
  "gi"
);
var AGE_GUARD = /\d|\b(?:six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|twenty)/i;
function findAges(text3) {
  const out = [];
  if (!AGE_GUARD.test(text3)) return out;
  AGE.lastIndex = 0;
  for (let m = AGE.exec(text3); m; m = AGE.exec(text3)) {
    const value2 = parseNumber(m[1] ?? m[2] ?? m[3]);
    if (value2 === null || value2 < 6 || value2 > 25) continue;
    out.push({ value: value2, unit: "age", start: m.index, end: m.index + m[0].length, text: m[0] });
  }
  return out;
}
var MONEY = /(?:[$€£]\s?(\d{1,6}(?:[.,]\d{1,2})?)|\b(\d{1,6}(?:[.,]\d{1,2})?)\s?(?:usd|eur|gbp|dollars|euros|pounds)\b)/gi;
function findMoney(text3) {
  const out = [];
  MONEY.lastIndex = 0;
  for (let m = MONEY.exec(text3); m; m = MONEY.exec(text3)) {
    out.push({ value: Number((m[1] ?? m[2]).replace(",", ".")), unit: "currency", start: m.index, end: m.index + m[0].length, text: m[0] });
  }
  return out;
}

// src/rules/checks/number-limit.ts
var UNIT_WORDS = {
  hour: "hours",
  day: "days",
  "business-day": "business days",
  week: "weeks",
  month: "months",
  year: "years",
  age: "years of age",
  currency: ""
};
function describeLimit(l) {
  return `${l.value} ${UNIT_WORDS[l.unit]}${l.scope ? ` (${l.scope})` : ""}`.trim();
}
function comparable(value2, unit) {
  return unit === "age" || unit === "currency" ? value2 : toDays(value2, unit);
}
function limitsInForce(rule, facts) {
  const all2 = rule.file.limits ?? [];
  const fact = rule.file.limitsFact ? facts[rule.file.limitsFact] : void 0;
  if (!Array.isArray(fact)) return all2;
  const wanted = new Set(fact.map((s) => String(s).toUpperCase()));
  const chosen = all2.filter((l) => !l.scope || wanted.has(l.scope.toUpperCase()));
  return chosen.length ? chosen : all2;
}
function strictest(limits, compare) {
  return limits.reduce((best, l) => {
    const a = comparable(l.value, l.unit);
    const b = comparable(best.value, best.unit);
    return (compare === "max" ? a < b : a > b) ? l : best;
  });
}
function namedLimits(rule, s, inForce) {
  const named = [];
  let any = false;
  (rule.file.limits ?? []).forEach((limit2, i) => {
    const m = rule.limitContexts[i].length > 0 ? matchAny(rule.limitContexts[i], s.tokens) : null;
    if (!m) return;
    any = true;
    if (inForce.includes(limit2)) named.push({ limit: limit2, at: s.tokens[m.from].start - s.start });
  });
  return any && named.length === 0 ? null : named;
}
function nearest(named, at) {
  const before = named.filter((n) => n.at <= at);
  const pos = before.length ? Math.max(...before.map((n) => n.at)) : Math.min(...named.map((n) => n.at));
  return named.filter((n) => n.at === pos).map((n) => n.limit);
}
function cellOnTopic(rule, ctx, s, q) {
  const cell2 = cellAt(ctx.tableHeaders(), s.block, s.start + q.start, s.tokens);
  if (!cell2) return true;
  const words2 = [...cell2.header, ...cell2.tokens];
  return matchAny(rule.context, words2) !== null && matchAny(rule.contextExclude, words2) === null;
}
function checkNumberLimit(rule, ctx) {
  const compare = rule.file.compare ?? "max";
  const inForce = limitsInForce(rule, ctx.facts);
  const scoped = rule.limitContexts.some((c) => c.length > 0);
  const general = scoped ? inForce.filter((l) => !l.context?.length) : inForce;
  const find = rule.file.quantity === "age" ? findAges : rule.file.quantity === "money" ? findMoney : findDurations;
  const out = [];
  for (const hit of ctx.index.find(rule.context, ctx.prose)) {
    const s = hit.sentence;
    if (rule.contextAll.length && !matchAny(rule.contextAll, s.tokens)) continue;
    if (rulesOut(rule.contextExclude, s)) continue;
    if (rule.excludeSections.length && ctx.onTopic(s.block.section, rule.excludeSections)) continue;
    const quantities = find(s.text);
    if (quantities.length === 0) continue;
    const named = scoped ? namedLimits(rule, s, inForce) : [];
    if (named === null || named.length === 0 && general.length === 0) continue;
    for (const q of quantities) {
      if (!cellOnTopic(rule, ctx, s, q)) continue;
      const limit2 = strictest(named.length ? nearest(named, q.start) : general, compare);
      const bound = comparable(limit2.value, limit2.unit);
      const v = comparable(q.value, q.unit);
      if (compare === "max" ? v <= bound : v >= bound) continue;
      const [srcStart, srcEnd] = ctx.srcRange(s, s.start + q.start, s.start + q.end);
      out.push({
        message: fillMessage(rule.file.message, { value: quoted("value", q.text), limit: describeLimit(limit2) }),
        citation: limit2.citation,
        srcStart,
        srcEnd,
        // A limit whose source nobody has checked may warn, never fail a build.
        severity: limit2.verified === "U" ? "warn" : void 0,
        evidence: [ctx.evidenceOf(s)]
      });
    }
  }
  return out;
}

// src/rules/checks/date.ts
var DAY = 864e5;
function fmt(d) {
  return d.toISOString().slice(0, 10);
}
function checkDate(rule, ctx) {
  const out = [];
  const msg = (template, value2, extra = "") => fillMessage(template, { value: quoted("value", value2), limit: extra });
  if (rule.file.check === "invalid-date") {
    for (const b of ctx.doc.blocks) {
      if (b.kind === "code" || b.kind === "html") continue;
      for (const d of findDates(b.text)) {
        if (d.date === null) out.push({ message: msg(rule.file.message, d.text, "it is not a calendar date"), srcStart: sourceOffset(b, d.start), srcEnd: sourceOffset(b, d.end) });
      }
    }
    for (const d of ctx.policyDates()) {
      if (d.date === null && d.srcStart < ctx.doc.bodyStart && findDates(d.text).some((x) => x.date === null)) {
        out.push({ message: msg(rule.file.message, d.text, "it is not a calendar date"), srcStart: d.srcStart, srcEnd: d.srcEnd });
      }
      if (d.date && d.date.getTime() > ctx.now.getTime() + DAY) {
        out.push({ message: msg(rule.file.message, d.text, `it is after today (${fmt(ctx.now)})`), srcStart: d.srcStart, srcEnd: d.srcEnd });
      }
    }
    return out;
  }
  const months = Number(rule.file.options?.maxAgeMonths ?? 12);
  const dated = ctx.policyDates().filter((d) => d.date !== null);
  if (dated.length === 0) return out;
  const newest = dated.reduce((a, b) => b.date.getTime() > a.date.getTime() ? b : a);
  const limit2 = new Date(ctx.now);
  limit2.setUTCMonth(limit2.getUTCMonth() - months);
  if (newest.date.getTime() < limit2.getTime()) {
    out.push({ message: msg(rule.file.message, newest.text, `${months} months before ${fmt(ctx.now)}`), srcStart: newest.srcStart, srcEnd: newest.srcEnd });
  }
  return out;
}

// src/rules/checks/structure.ts
function lastLineStart(b) {
  const i = b.text.trimEnd().lastIndexOf("\n");
  return i < 0 ? 0 : i + 1;
}
function parallelParagraphs(blocks, i) {
  const [a, b] = [blocks[i], blocks[i + 1]];
  if (a?.kind !== "paragraph" || b?.kind !== "paragraph") return false;
  const first = (x) => new RegExp("^\\W*(\\p{L}+)", "u").exec(x.text)?.[1].toLowerCase();
  return first(a) !== void 0 && first(a) === first(b) && !COMMON_OPENINGS.has(first(a));
}
var COMMON_OPENINGS = /* @__PURE__ */ new Set(["we", "our", "you", "your", "the", "a", "an", "this", "these", "it", "i", "they", "us"]);
function punctuatedItems(blocks, i) {
  for (let j = i; j < i + 3 && blocks[j]?.kind === "paragraph"; j++) if (/;\s*(?:or|and)?\s*$/i.test(blocks[j].text.trim())) return true;
  return false;
}
function shortLabel(line) {
  const words2 = line.replace(/:\s*$/, "").trim().split(/\s+/);
  return words2.length <= 4 && new RegExp("^\\p{Lu}", "u").test(line) && !COMMON_OPENINGS.has(words2[0].toLowerCase());
}
function titlesWithColons(blocks) {
  return blocks.some((b) => b.kind === "paragraph" && !b.text.trim().includes("\n") && isLeadIn(b.text.trim()) && titleLabel(b.text.trim()));
}
function labelledParagraphs(blocks, i) {
  const labelled = (b) => {
    if (b?.kind !== "paragraph" || b.sentences.length < 2) return false;
    const first = b.sentences[0];
    return first.tokens.length <= 8 && /\.\s*$/.test(first.text) && !COMMON_OPENINGS.has(first.tokens[0]?.lower ?? "");
  };
  return labelled(blocks[i]) && labelled(blocks[i + 1]);
}
function titleLabel(line) {
  const t = line.trim();
  const rest = t.slice(numberedPrefix(t)?.length ?? 0).replace(/:\s*$/, "").trim();
  const n = rest.split(/\s+/).filter(Boolean).length;
  return n >= 2 && n <= 6 && isTitleCase(rest);
}
function adverbialLeadIn(line) {
  const sentence = line.replace(/:\s*$/, "").split(/[.!?]\s+/).pop() ?? "";
  const words2 = sentence.trim().split(/\s+/);
  return words2.length <= 3 && /ly$/i.test(words2[words2.length - 1]) && !COMMON_OPENINGS.has(words2[0].toLowerCase());
}
function emptyLists(rule, ctx) {
  const out = [];
  const afterProse = [];
  const blocks = ctx.doc.blocks;
  let titled;
  blocks.forEach((b, i) => {
    if (b.kind !== "paragraph" && b.kind !== "listItem") return;
    const lastLine = b.text.slice(lastLineStart(b)).trim();
    const next = blocks[i + 1];
    if (!isLeadIn(lastLine) || titleLabel(lastLine) || next?.kind === "heading" && adverbialLeadIn(lastLine)) return;
    if (lastLine === b.text.trim() && shortLabel(lastLine) && (titled ??= titlesWithColons(blocks))) return;
    const listFollows = next !== void 0 && (next.kind === "tableRow" || // A short line taken for a heading (a name heading an address block) is the promised content;
    // so is anything the text leaves out between them (an image, markup).
    next.kind === "heading" && (next.inferred === "line" || next.inferred === "bold") || // "…the following rights:" then "## Know", "## Delete": the items are the sections that follow.
    next.kind === "heading" && /\b(?:following|below|these)\b/i.test(lastLine) || parallelParagraphs(blocks, i + 1) || labelledParagraphs(blocks, i + 1) || punctuatedItems(blocks, i + 1) || /[\p{L}\p{N}]|!\[|<img/iu.test(ctx.doc.source.slice(b.srcEnd, next.srcStart).replace(/<!--[\s\S]*?-->/g, "")) || // The items as subsections of the lead-in's own section ("Here's what that means:" then
    // "### Identity and access", "### Billing") or as bold-labelled paragraphs ("**Google Cloud.** …").
    next.kind === "heading" && b.section.depth >= 2 && b.section.children.length >= 2 && next.section.parent === b.section || // "…include:" then "#### For training", "#### For funding", each over its list: the items
    // are grouped under headings of their own.
    next.kind === "heading" && groupsOfItems(next.section) || next.kind === "code" || next.kind === "html" || next.kind === "listItem" && (b.kind === "listItem" || next.listDepth > b.listDepth) || // "- The current ROM being used:" then its explanation: a labelled item, not a lead-in.
    b.kind === "listItem" && next.kind === "paragraph" && lastLine.split(/\s+/).length <= 10 || paragraphOfItems(ctx, blocks, i + 1));
    if (listFollows) return;
    const start = sourceOffset(b, lastLineStart(b) + (b.text.slice(lastLineStart(b)).length - b.text.slice(lastLineStart(b)).trimStart().length));
    const what = next === void 0 ? "the end of the policy" : next.kind === "heading" ? `the heading "${quote(next.text.trim(), 40)}"` : "prose";
    const finding = {
      message: fillMessage(rule.file.message, { match: lastLine.length > 50 ? `\u2026${lastLine.slice(-48)}` : lastLine, value: what }),
      srcStart: start,
      srcEnd: sourceOffset(b, b.text.trimEnd().length)
    };
    (what === "prose" && !loneParagraph(blocks, i + 1) ? afterProse : out).push(finding);
  });
  return out.length + afterProse.length >= 2 ? [...out, ...afterProse].sort((a, b) => a.srcStart - b.srcStart) : out;
}
function loneParagraph(blocks, i) {
  const after = blocks[i + 1];
  return after === void 0 || after.kind === "heading" || (after.kind === "paragraph" || after.kind === "listItem") && isLeadIn(after.text.slice(lastLineStart(after)).trim());
}
function groupsOfItems(s) {
  const siblings = s.parent?.children ?? [];
  const opensWithList = (x) => x?.blocks.find((b) => b.kind !== "heading")?.kind === "listItem";
  return opensWithList(s) && opensWithList(siblings[siblings.indexOf(s) + 1]);
}
function paragraphOfItems(ctx, blocks, i) {
  const p = blocks[i];
  if (p.kind !== "paragraph") return false;
  const first = p.text.split("\n")[0];
  return (
    // Bold-labelled paragraphs ("**Google Cloud.** …").
    /^\s*(?:\*\*|__)[^*_\n]{1,80}(?:\*\*|__)/.test(ctx.doc.source.slice(p.srcStart, p.srcStart + 90)) || // Plain text marks its items by hand ("a. Displaying your name …", "Sign out: Signing out …");
    // elsewhere a line shaped like an item is one.
    (ctx.doc.format === "text" ? markedItem(first) || indented(ctx.doc.source, p.srcStart) : looksLikeListItem(first)) || unmarkedItems(p.text) || // "…the following rights:", a note on using them ("When exercising any of the rights listed
    // below, …"), then the list.
    blocks[i + 1]?.kind === "listItem" && /\b(?:below|listed|following|these|each of)\b/i.test(p.text)
  );
}
function indented(source, at) {
  const lineStart = source.lastIndexOf("\n", at - 1) + 1;
  return at - lineStart >= 2 && /^[ \t]+$/.test(source.slice(lineStart, at));
}
function markedItem(line) {
  return bulletPrefix(line) !== null || numberedPrefix(line) !== null || labelOf(line) !== null;
}
function unmarkedItems(text3) {
  const lines = text3.split("\n").map((l) => l.trim()).filter((l) => l !== "");
  const ended = lines.slice(0, -1).filter((l) => /[.;:!?]$/.test(l)).length;
  return lines.length >= 2 && ended >= 1 && ended >= (lines.length - 1) * 2 / 3;
}
var ORDINAL = /^\s*((?:\d{1,2}\.)*\d{1,2}|[IVXLC]{1,6}|[A-Z])[.)]\s+/;
function sectionKey(title) {
  const m = ORDINAL.exec(title);
  return { ordinal: m?.[1].toLowerCase(), words: title.slice(m?.[0].length ?? 0).toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim() };
}
function isEmpty(s) {
  return !!s.heading && s.children.length === 0 && !s.blocks.some((b) => b !== s.heading);
}
var TITLE_WORDS = /\b(?:privacy|policy|notice|statement|terms|inc|llc|ltd|gmbh|corp|corporation|company|last updated|effective|version)\b|\b(?:19|20)\d\d\b/i;
function textTakenForHeading(sections, i) {
  return sections[i + 1]?.heading?.inferred === "line";
}
function flattenedParent(sections, i) {
  const next = sections[i + 1]?.heading;
  const own4 = sections[i].heading;
  if (!next || !own4 || next.index !== own4.index + 1 || sections[i + 1].depth < sections[i].depth) return false;
  const words2 = (b) => new Set(b.sentences.flatMap((x) => x.tokens).filter((t) => t.lower.length >= 4 && !TITLE_FILLER.has(t.lower)).map((t) => t.stem));
  const mine = words2(own4);
  return [...words2(next)].some((w) => mine.has(w));
}
var TITLE_FILLER = /* @__PURE__ */ new Set(["your", "with", "from", "this", "that", "about", "what", "which", "when", "where", "other", "more", "information", "policy", "privacy"]);
function mayBeNoHeading(s) {
  return s.heading?.inferred === "line" || holdsSentences(s.title) || /!$/.test(s.title) || sentenceTitle(s.title) || statesOrNames(s.title);
}
function sentenceTitle(title) {
  return /[.]$/.test(title.trim()) && title.trim().split(/\s+/).length >= 6;
}
var DENIAL_TITLE = /^(?:we|i)\b.{0,40}\b(?:not|never|no|don['’]t|won['’]t)\b/i;
var CONTACT_TITLE = /^\S+@\S+\.\w+$|^https?:\/\/\S+$/;
function statesOrNames(title) {
  return DENIAL_TITLE.test(title) || CONTACT_TITLE.test(title.trim());
}
function outline(sections) {
  const filled = sections.flatMap((s, index2) => isEmpty(s) ? [] : [{ index: index2, key: sectionKey(s.title) }]);
  const runLength = new Array(sections.length).fill(0);
  for (let start = 1; start < sections.length; ) {
    if (!isEmpty(sections[start])) {
      start++;
      continue;
    }
    let end = start;
    while (end + 1 < sections.length && isEmpty(sections[end + 1])) end++;
    for (let j = start; j <= end; j++) runLength[j] = end - start + 1;
    start = end + 1;
  }
  return { filled, runLength };
}
function tableOfContents(sections, i, o) {
  const key = sectionKey(sections[i].title);
  for (const later of o.filled) {
    if (later.index <= i) continue;
    const k = later.key;
    if (key.ordinal && k.ordinal === key.ordinal || key.words && k.words.startsWith(key.words)) return true;
  }
  return o.runLength[i] >= 3;
}
function closedByRule(ctx, heading) {
  return /^[ \t]*(?:\r?\n[ \t]*)+(?:-{3,}|\*{3,}|_{3,})[ \t]*(?:\r?\n|$)/.test(ctx.doc.source.slice(heading.srcEnd, heading.srcEnd + 200));
}
function emptySections(rule, ctx) {
  const out = [];
  const sections = ctx.doc.sections;
  const boxes = new Set((rule.file.options?.boxTitles ?? []).map((x) => x.toLowerCase()));
  let o;
  const opening2 = sections[0].blocks.some((b) => b.kind !== "heading") ? 1 : sections.findIndex((x, i) => i > 0 && !isEmpty(x));
  sections.forEach((s, i) => {
    if (!isEmpty(s) || !s.heading) return;
    if (s === sections[1] || (opening2 < 0 || i < opening2) && TITLE_WORDS.test(s.title)) return;
    if (s.heading.inferred === "bold" && ctx.doc.blocks[s.heading.index - 1]?.kind === "heading") return;
    if (s.heading.inferred === "bold" && (i === sections.length - 1 || closedByRule(ctx, s.heading) && !isTitleCase(s.title))) return;
    if (boxes.has(s.title.trim().toLowerCase())) return;
    if (POLICY_DATE_LABEL.test(s.title) && findDates(s.title).length > 0) return;
    if (tableOfContents(sections, i, o ??= outline(sections)) || mayBeNoHeading(s) || textTakenForHeading(sections, i) || flattenedParent(sections, i)) return;
    out.push({ message: fillMessage(rule.file.message, { match: quoted("match", s.title) }), srcStart: s.heading.srcStart, srcEnd: s.heading.srcEnd });
  });
  return out;
}
function brokenLinks(rule, ctx) {
  const out = [];
  for (const b of ctx.doc.blocks) {
    for (const l of b.links) {
      const url = l.url.trim();
      let problem = null;
      if (url === "" || url === "#" || /^#_?$/.test(url) || /^javascript:/i.test(url)) problem = `the link "${quote(l.text.trim(), 40)}" has no target ("${quote(url, 20)}")`;
      else if (/^mailto:/i.test(url)) {
        const target = decodeURIComponent(url.slice(7).split("?")[0]).toLowerCase();
        EMAIL.lastIndex = 0;
        const shown = EMAIL.exec(l.text)?.[0]?.toLowerCase();
        if (!target) problem = "a mailto: link has no address";
        else if (shown && shown !== target) problem = `the link shows ${quote(shown, 45)} but writes to ${quote(target, 45)}`;
      }
      if (problem) out.push({ message: fillMessage(rule.file.message, { match: problem }), srcStart: l.srcStart, srcEnd: l.srcEnd });
    }
  }
  return out;
}
function mismatchedEntities(rule, ctx) {
  const names = /* @__PURE__ */ new Map();
  for (const s of ctx.doc.sentences) {
    if (!ctx.prose(s) || !/["“'‘](?:we|us|our)\b/i.test(s.text)) continue;
    const name = organisationName(s.text);
    if (!name) continue;
    const key = name.toLowerCase().replace(/[^a-z0-9]+/g, " ").replace(/\b(inc|llc|ltd|limited|gmbh|corp|corporation|the)\b/g, "").trim();
    if (!names.has(key)) {
      const at = s.text.indexOf(name);
      const [a, b] = ctx.srcRange(s, s.start + Math.max(0, at), s.start + Math.max(0, at) + name.length);
      names.set(key, { name, srcStart: a, srcEnd: b });
    }
  }
  if (names.size < 2) return [];
  const [first, ...others] = [...names.values()];
  return others.map((o) => ({
    message: fillMessage(rule.file.message, { match: `"${quote(o.name, 40)}"`, value: `"${quote(first.name, 40)}"` }),
    srcStart: o.srcStart,
    srcEnd: o.srcEnd,
    evidence: [{ ...pointOf(ctx, first.srcStart), text: first.name }]
  }));
}
function pointOf(ctx, offset2) {
  const p = ctx.doc.lines.point(offset2);
  return { line: p.line, column: p.column };
}
function stubFinding(rule, ctx) {
  const kind = ctx.profile?.kind;
  if (kind?.kind !== "stub") return [];
  const at = kind.evidence ? ctx.doc.lines.lineStart(kind.evidence.line) + kind.evidence.column - 1 : ctx.doc.bodyStart;
  return [{ message: fillMessage(rule.file.message, { value: kind.reason }), srcStart: at, srcEnd: at, evidence: kind.evidence ? [kind.evidence] : void 0, documentLevel: !kind.evidence }];
}
function languageFinding(rule, ctx) {
  const lang = ctx.profile?.language;
  if (!lang || lang.english) return [];
  return [{ message: fillMessage(rule.file.message, { value: lang.name }), srcStart: ctx.doc.bodyStart, srcEnd: ctx.doc.bodyStart, documentLevel: true }];
}
function checkCrossReference(rule, ctx, refs) {
  return [...refs].map(([r, topics]) => {
    const at = ctx.doc.lines.lineStart(r.evidence.line) + r.evidence.column - 1;
    const where = r.title ? `the linked "${clip(r.title, 60)}"` : "the policy it points to";
    const what = shortList([...topics].map((t) => TOPIC_NAMES[t] ?? t), QUOTE_MAX.match);
    return {
      message: fillMessage(rule.file.message, { match: what, value: where }),
      srcStart: at,
      srcEnd: at,
      evidence: [r.evidence]
    };
  });
}
var TOPIC_NAMES = {
  changes: "policy changes",
  collection: "what is collected",
  sharing: "sharing",
  purposes: "purposes",
  rights: "rights",
  retention: "retention",
  security: "security",
  cookies: "cookies",
  children: "children's data",
  contact: "contact details",
  transfers: "transfers abroad"
};
function listed(items) {
  return items.length < 2 ? items.join("") : `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}
function shortList(items, max) {
  for (let n = items.length; n > 1; n--) {
    const text3 = n === items.length ? listed(items) : `${items.slice(0, n).join(", ")} and ${items.length - n} more`;
    if (text3.length <= max) return text3;
  }
  return items.length === 1 ? items[0] : `${items[0]} and ${items.length - 1} more`;
}
function checkStructure(rule, ctx) {
  if ((rule.file.check === "empty-list" || rule.file.check === "empty-section") && ctx.profile && !ctx.profile.language.english) return [];
  switch (rule.file.check) {
    case "empty-list":
      return emptyLists(rule, ctx);
    case "empty-section":
      return emptySections(rule, ctx);
    case "broken-link":
      return brokenLinks(rule, ctx);
    case "mismatched-entity":
      return mismatchedEntities(rule, ctx);
    case "stub":
      return stubFinding(rule, ctx);
    case "language":
      return languageFinding(rule, ctx);
    default:
      return [];
  }
}

// src/rules/checks/applicability.ts
function checkApplicability(rule, ctx, basis) {
  const line = basis.evidence?.line ?? 1;
  const at = ctx.doc.lines.lineStart(line) + (basis.evidence?.column ?? 1) - 1;
  const said = basis.evidence ? ` ("${quote(basis.evidence.text, 60)}")` : "";
  return [{ message: rule.file.message.replace("{evidence}", said), srcStart: at, srcEnd: at, evidence: basis.evidence ? [basis.evidence] : void 0 }];
}

// src/profile/report.ts
function describeProfile(profile, registry) {
  const packs = [...profile.packs.values()].filter((b) => registry.packs.get(b.pack)?.meta.enabled !== "always").map((b) => ({
    pack: b.pack,
    basis: b.basis,
    reason: b.reason,
    ...b.evidence ? { line: b.evidence.line, text: b.evidence.text } : {},
    ...b.via ? { via: b.via } : {}
  }));
  const facts = [...profile.facts.values()].map((f) => ({
    fact: f.name,
    value: f.value,
    source: f.source,
    ...f.evidence ? { line: f.evidence.line, text: f.evidence.text } : {}
  }));
  const k = profile.kind;
  const kind = { kind: k.kind, reason: k.reason, ...k.evidence ? { line: k.evidence.line } : {} };
  const references = profile.references.map((r) => ({ line: r.evidence.line, text: r.evidence.text, topics: r.topics, ...r.title ? { title: r.title } : {}, ...r.target ? { target: r.target } : {} }));
  const language = { code: profile.language.code, name: profile.language.name };
  return { language, kind, packs, facts, references };
}

// src/rules/directives.ts
var COMMENT = /<!--\s*policylint-(disable-next-line|disable-line|disable|enable)\b([\s\S]*?)-->/g;
function parseDirectives(source, lines) {
  const out = [];
  COMMENT.lastIndex = 0;
  for (let m = COMMENT.exec(source); m; m = COMMENT.exec(source)) {
    const [body, ...why] = m[2].split(/\s--\s|\s--$/);
    const rules = body.split(/[\s,]+/).filter(Boolean);
    const reason = why.join(" -- ").trim();
    const start = lines.point(m.index);
    const end = lines.point(m.index + m[0].length);
    out.push({ kind: m[1], rules, line: start.line, column: start.column, endLine: end.line, endColumn: end.column, srcStart: m.index, srcEnd: m.index + m[0].length, ...reason ? { reason } : {}, used: /* @__PURE__ */ new Set() });
  }
  return out;
}
var covers = (d, ruleId) => d.rules.length === 0 || d.rules.includes(ruleId);
function silencer(directives, m) {
  const id = m.ruleId;
  if (!id) return void 0;
  let active;
  for (const d of directives) {
    if (!covers(d, id)) continue;
    if (d.kind === "disable-line" && (d.line === m.line || d.endLine === m.line)) return d;
    if (d.kind === "disable-next-line" && d.endLine + 1 === m.line) return d;
    if (m.documentLevel) {
      if (d.kind === "disable") active = d;
      else if (d.kind === "enable") active = void 0;
      continue;
    }
    if (d.line > m.line || d.line === m.line && d.column > m.column) continue;
    if (d.kind === "disable") active = d;
    else if (d.kind === "enable") active = void 0;
  }
  return active;
}
function applyDirectives(directives, messages, unusedSeverity, knownRule) {
  const kept = [];
  const suppressed = [];
  for (const m of messages) {
    const d = silencer(directives, m);
    if (!d) {
      kept.push(m);
      continue;
    }
    d.used.add(m.ruleId);
    suppressed.push({ ...m, suppressions: [{ kind: "directive", justification: d.reason ?? "" }] });
  }
  const unused = [];
  const severity = unusedSeverity === "error" ? 2 : 1;
  for (const d of directives) {
    const at = { line: d.line, column: d.column, endLine: d.endLine, endColumn: d.endColumn };
    for (const r of d.rules) {
      if (!knownRule(r)) unused.push({ ruleId: null, severity: 1, message: `Directive names an unknown rule "${r}".`, ...at });
    }
    if (unusedSeverity === "off" || d.kind === "enable") continue;
    const idle = d.rules.length === 0 ? d.used.size === 0 : d.rules.some((r) => !d.used.has(r) && knownRule(r));
    if (idle) {
      const names = d.rules.length === 0 ? "any rule" : d.rules.filter((r) => !d.used.has(r)).map((r) => `'${r}'`).join(", ");
      unused.push({
        ruleId: null,
        severity,
        message: `Unused policylint-${d.kind} directive (no problems were reported from ${names}).`,
        ...at,
        fix: { range: [d.srcStart, d.srcEnd], text: "" }
      });
    }
  }
  return { kept, unused, suppressed };
}

// src/profile/packs.ts
function addressed(pack, ctx, facts) {
  const a = pack.address;
  const ours = (s) => ctx.bodyProse(s) && !otherLawParagraph(pack, s);
  const said = a.phrases.length ? ctx.index.firstAffirmed(a.phrases, ours) : null;
  if (said) return { evidence: ctx.evidenceOf(said.sentence), how: "speaks to its people" };
  const claim = a.statements.length ? findAnyStatement(ctx.index, a.statements, ours) : null;
  if (claim) return { evidence: ctx.evidenceOf(claim.sentence), how: "says it complies" };
  for (const sec of ctx.doc.sections) {
    if (!sec.heading || !sec.blocks.some((b) => b !== sec.heading)) continue;
    const heading = sec.heading.sentences[0];
    if (a.headings.length && matchAny(a.headings, heading.tokens) && !forOtherLaw(pack, ctx, sec)) return { evidence: ctx.evidenceOf(heading), how: "has a section for its people" };
  }
  if (a.namedUnder.length && pack.detect.length) {
    const named = ctx.index.find(pack.detect, (s) => ours(s) && ctx.onTopic(s.block.section, a.namedUnder)).find((h) => !h.negated);
    if (named) return { evidence: ctx.evidenceOf(named.sentence), how: "names it in a section for people abroad" };
  }
  const outside = a.vocabularyUnlessFacts.find((f) => factHolds(facts.get(f)));
  if (a.vocabulary.length && !outside) {
    const term = ctx.index.firstAffirmed(a.vocabulary, ctx.prose);
    if (term && !(a.otherLaws.length && ctx.index.firstAffirmed(a.otherLaws, ctx.prose))) return { evidence: ctx.evidenceOf(term.sentence), how: "uses its terms as its own framework" };
  }
  return null;
}
function otherLawParagraph(pack, s) {
  const other = pack.address.exclude;
  return other.length > 0 && s.block.sentences.some((x) => matchAny(other, x.tokens) !== null);
}
function forOtherLaw(pack, ctx, sec) {
  const other = pack.address.headingsOtherLaws;
  if (other.length === 0) return false;
  const inside = (s) => within(s.block.section, sec);
  return ctx.index.find(other, inside).length > 0 && ctx.index.find(pack.detect, inside).length === 0;
}
function within(s, sec) {
  for (; s; s = s.parent) if (s === sec) return true;
  return false;
}
function inAddress(h) {
  const tokens = contextTokens(h.sentence);
  const leadLength = h.sentence.leadIn?.tokens.length ?? 0;
  for (let i = h.match.from; i < h.match.to; i++) {
    const text3 = (i < leadLength ? h.sentence.leadIn.block : h.sentence.block).text;
    if (inAddressRun(text3, tokens[i].start, tokens[i].end)) return true;
  }
  return false;
}
function textBasis(name, pack, ctx, facts) {
  const title = pack.meta.shortTitle ?? name.toUpperCase();
  const a0 = pack.address;
  if (!pack.detect.length && !a0.phrases.length && !a0.statements.length && !a0.headings.length && !a0.vocabulary.length && !pack.meta.appliesWith?.length) {
    return { pack: name, basis: "none", reason: "on only with a law pack that brings it in" };
  }
  for (const f of pack.meta.unlessFacts ?? []) {
    const v = facts.get(f);
    if (factHolds(v)) return { pack: name, basis: "none", reason: `the ${title} does not apply: ${v.title} (${whereSaid(v)})`, evidence: v.evidence };
  }
  const req = pack.meta.requires;
  if (req && !req.facts.some((f) => factHolds(facts.get(f)))) return { pack: name, basis: "none", reason: `the ${title} does not apply: ${req.reason}` };
  for (const f of pack.meta.appliesWith ?? []) {
    const v = facts.get(f);
    if (factHolds(v)) return { pack: name, basis: "fact", reason: `the ${title} applies: ${v.title} (${whereSaid(v)})`, evidence: v.evidence };
  }
  const a = addressed(pack, ctx, facts);
  if (a) return { pack: name, basis: "addressed", reason: `the policy ${a.how} (line ${a.evidence.line})`, evidence: a.evidence };
  const named = pack.detect.length ? ctx.index.find(pack.detect, (s) => ctx.prose(s) && !otherLawParagraph(pack, s)).find((h) => !h.negated && !inAddress(h)) : void 0;
  if (named) {
    const evidence = ctx.evidenceOf(named.sentence);
    return { pack: name, basis: "named", reason: `the policy names the ${title} (line ${evidence.line}) but does not address its people`, evidence };
  }
  return { pack: name, basis: "none", reason: `the policy does not name the ${title}` };
}
function decidePacks(registry, ctx, facts, selected) {
  const out = /* @__PURE__ */ new Map();
  const bring = (name, b) => {
    const prev = out.get(name);
    if (prev && isActive(prev.basis)) return;
    if (prev && prev.basis === "named" && b.basis === "named") return;
    out.set(name, b);
    if (b.basis === "none") return;
    for (const implied of registry.packs.get(name)?.meta.implies ?? []) {
      if (registry.packs.has(implied)) bring(implied, { pack: implied, basis: b.basis, reason: `brought in by the ${name} pack`, via: name, evidence: b.evidence });
    }
  };
  for (const [name, pack] of registry.packs) if (pack.meta.enabled === "always") bring(name, { pack: name, basis: "configured", reason: "on for every policy" });
  if (selected && selected.length > 0) {
    for (const name of selected) bring(name, { pack: name, basis: "configured", reason: "selected by jurisdictions" });
  } else {
    for (const [name, pack] of registry.packs) {
      if (pack.meta.enabled !== "detected" || out.has(name)) continue;
      bring(name, textBasis(name, pack, ctx, facts));
    }
  }
  for (const name of registry.packs.keys()) if (!out.has(name)) out.set(name, { pack: name, basis: "none", reason: selected?.length ? "not among the selected jurisdictions" : "not detected" });
  return out;
}

// src/profile/references.ts
var QUOTED = /[“"‘'*]{1,2}([^“”"‘’'*]{3,80})[”"’'*]{1,2}/g;
var NAMED_SECTION = /\b(?:the|our)\s+((?:[\p{Lu}][\p{L}'’&-]*\s+){1,6})(?:section|part|chapter|heading)s?\b/gu;
function normal(s) {
  return s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim();
}
function findReferences(docs, ctx, kind) {
  const headingWords = ctx.doc.blocks.filter((b) => b.kind === "heading").map((b) => ` ${normal(b.text)} `);
  const out = [];
  const all2 = docs.references.topics.map((t) => t.topic);
  for (const hit of ctx.index.find(docs.references.everything, ctx.bodyProse)) {
    if (!hit.negated) out.push({ evidence: ctx.evidenceOf(hit.sentence), topics: all2 });
  }
  const others = docs.references.others.length ? ctx.index.matching(docs.references.others, ctx.bodyProse) : null;
  for (const hit of ctx.index.find(docs.references.phrases, ctx.bodyProse)) {
    if (hit.negated || others?.has(hit.sentence.index) || out.some((r) => r.evidence.line === ctx.evidenceOf(hit.sentence).line)) continue;
    const s = hit.sentence;
    const named = [...s.text.matchAll(QUOTED)].map((m) => m[1].trim());
    if (named.length === 0) named.push(...[...s.text.matchAll(NAMED_SECTION)].map((m) => m[1].trim()));
    const titles = named.filter((t) => !headingWords.some((h) => h.includes(` ${normal(t)} `)));
    if (named.length > 0 && titles.length === 0) continue;
    const words2 = titles.length > 0 ? titles.map((t) => tokenize(t)) : [s.tokens];
    const topics = docs.references.topics.filter((t) => words2.some((w) => matchAny(t.words, w))).map((t) => t.topic);
    if (topics.length === 0) continue;
    const link = relativeLinks(s)[0];
    out.push({ evidence: ctx.evidenceOf(s), ...titles.length ? { title: titles.join('", "') } : {}, topics, ...link ? { target: link.file } : {} });
  }
  const document3 = policyDocument(docs, all2, ctx);
  if (document3) out.push(document3);
  if (kind !== "policy") {
    for (const r of out) if (r.target && POLICY_FILE.test(r.target)) r.topics = all2;
    out.push(...siblingLinks(all2, ctx, out));
  }
  return out;
}
var DOCUMENT_FILE = /\.(?:pdf|docx?|odt)(?:[?#].*)?$/i;
var DOCUMENT_PAGE_WORDS = 800;
function policyDocument(docs, all2, ctx) {
  if (proseWords(ctx) > DOCUMENT_PAGE_WORDS) return null;
  for (const b of ctx.doc.blocks) {
    const named = (text3) => !/^\s*(?:https?:\/\/|www\.)/i.test(text3) && matchAny(docs.stub.ownTitles, tokenize(text3)) !== null;
    const link = b.links.find((l) => DOCUMENT_FILE.test(l.url.trim()) && named(l.text));
    if (link) return { evidence: ctx.blockEvidence(b), title: link.text.trim(), topics: all2 };
  }
  return null;
}
function relativeLinks(s) {
  return s.block.links.filter((l) => l.start >= s.start && l.end <= s.end && !/^[a-z][a-z0-9+.-]*:|^#/i.test(l.url)).map((l) => ({ text: l.text, url: l.url, file: l.url.split("#")[0] }));
}
var POLICY_FILE = /(?:^|\/)[^/]*(?:privacy|policy|notice|datenschutz|confidentialit)[^/]*\.(?:md|markdown|html?|txt)$/i;
var POLICY_WORDS = /\b(?:privacy|policy|notice|statement)\b/i;
function siblingLinks(all2, ctx, found) {
  for (const s of ctx.doc.sentences) {
    if (!ctx.bodyProse(s)) continue;
    const link = relativeLinks(s).find((l) => POLICY_FILE.test(l.file) || POLICY_WORDS.test(l.text));
    if (!link || found.some((r) => r.target === link.file)) continue;
    return [{ evidence: ctx.evidenceOf(s), title: link.text.trim(), topics: all2, target: link.file }];
  }
  return [];
}

// lazy:src/profile/language-id.ts
var mod4;
function load4() {
  return mod4 ??= __require("./langid.cjs");
}
function identifyLanguage(...args) {
  return load4()["identifyLanguage"](...args);
}

// src/profile/language.ts
var FUNCTION_WORDS = new Set(
  "the of and to a in is that for it as with be by on are this or we you your our not at from have will may can any which us if all such when do these".split(" ")
);
var ENGLISH_SHARE = 0.18;
var ENGLISH_PART = 1 / 2;
var NAMES = {
  de: "German",
  fr: "French",
  es: "Spanish",
  pt: "Portuguese",
  it: "Italian",
  nl: "Dutch",
  ja: "Japanese",
  zh: "Chinese",
  ko: "Korean",
  ru: "Russian",
  pl: "Polish",
  tr: "Turkish",
  vi: "Vietnamese",
  sv: "Swedish",
  da: "Danish",
  no: "Norwegian",
  fi: "Finnish",
  cs: "Czech",
  uk: "Ukrainian",
  el: "Greek",
  hu: "Hungarian",
  ro: "Romanian",
  id: "Indonesian",
  th: "Thai",
  ar: "Arabic",
  he: "Hebrew",
  hi: "Hindi",
  en: "English",
  ca: "Catalan",
  bg: "Bulgarian",
  sk: "Slovak",
  sl: "Slovenian",
  hr: "Croatian",
  lt: "Lithuanian",
  lv: "Latvian",
  et: "Estonian"
};
function decideLanguage(ctx) {
  if (/\blorem ipsum\b/i.test(ctx.doc.source)) return { code: "la", name: "placeholder Latin (lorem ipsum)", english: false };
  const paragraphs = ctx.doc.blocks.filter((b) => b.kind === "paragraph" || b.kind === "listItem" || b.kind === "tableRow");
  let english = 0;
  let other = 0;
  const foreign = [];
  for (const b of paragraphs) {
    const p = b.text;
    const ws = b.sentences.flatMap((s) => s.tokens.map((t) => t.lower));
    const size = ws.reduce((n, w) => n + w.length / (/[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]/.test(w) ? 2 : 5), 0);
    if (ws.length < 8 && size < 8) continue;
    if (ws.filter((w) => FUNCTION_WORDS.has(w)).length / ws.length >= ENGLISH_SHARE) english += size;
    else {
      other += size;
      if (size >= 8) foreign.push(p);
    }
  }
  if (english >= other * ENGLISH_PART || foreign.length === 0) return { code: english > 0 ? "en" : "und", name: english > 0 ? "English" : "unknown", english: true };
  const code = identifyLanguage(foreign.join("\n").slice(0, 4e3));
  if (!code) return { code: "und", name: "a language other than English (not identified)", english: false };
  return { code, name: NAMES[code] ?? code, english: code === "en" };
}

// src/profile/index.ts
function profileDocument(ctx, registry, configured) {
  const docs = registry.documents();
  const language = decideLanguage(ctx);
  const kind = decideKind(docs, ctx, configured.kind);
  const facts = decideFacts(registry.facts(), ctx, configured.facts);
  const packs = decidePacks(registry, ctx, facts, configured.jurisdictions);
  return { language, kind, facts, packs, references: kind.kind === "stub" ? [] : findReferences(docs, ctx, kind.kind) };
}

// src/rules/references.ts
function dropFindings(run, id) {
  run.findings = run.findings.filter((f) => f.rule.file.id !== id || !f.finding.documentLevel);
}
function cover(run, entry, ref) {
  entry.status = "not-applicable";
  entry.reason = `left to another policy: line ${ref.evidence.line} hands ${ref.title ? `"${ref.title}"` : "this topic"} over to it`;
  entry.reference = ref.evidence;
  dropFindings(run, entry.requirement);
}
function satisfied(run, registry) {
  const byId = new Map(run.coverage.map((c) => [c.requirement, c]));
  for (const entry of run.coverage) {
    const parts = registry.rule(entry.requirement)?.file.evidence?.satisfiedBy;
    if (entry.status !== "missing" || !parts) continue;
    const met = parts.map((id) => byId.get(id));
    if (!met.every((c) => c && (c.status === "present" || c.reference))) continue;
    entry.status = "present";
    entry.evidence = met.flatMap((c) => c.evidence ?? (c.reference ? [c.reference] : [])).slice(0, 3);
    delete entry.reason;
    dropFindings(run, entry.requirement);
  }
}
function handOver(run, registry) {
  const used = /* @__PURE__ */ new Map();
  for (const entry of run.coverage) {
    if (entry.status !== "missing") continue;
    const topic = registry.rule(entry.requirement)?.file.topic;
    const ref = topic ? run.profile.references.find((r) => r.topics.includes(topic)) : void 0;
    if (!ref || !topic) continue;
    cover(run, entry, ref);
    if (!used.has(ref)) used.set(ref, /* @__PURE__ */ new Set());
    used.get(ref).add(topic);
  }
  satisfied(run, registry);
  const rule = registry.rule("common/cross-reference");
  if (!rule || run.config.rules[rule.file.id]?.severity === "off" || used.size === 0) return;
  for (const f of checkCrossReference(rule, run.ctx, used)) run.findings.push({ rule, finding: f });
}

// src/rules/merge.ts
function mergeSameDisclosure(run, registry) {
  const kept = /* @__PURE__ */ new Map();
  const drop = /* @__PURE__ */ new Set();
  run.findings.forEach(({ rule, finding }, index2) => {
    const group = rule.file.sameDisclosure;
    if (!group || !finding.documentLevel) return;
    const key = group.join(" ");
    const first = kept.get(key);
    if (!first) return void kept.set(key, { index: index2, others: [] });
    const rank = (id) => group.indexOf(id);
    const firstId = run.findings[first.index].rule.file.id;
    if (rank(rule.file.id) < rank(firstId)) {
      drop.add(first.index);
      kept.set(key, { index: index2, others: [firstId, ...first.others] });
    } else {
      drop.add(index2);
      first.others.push(rule.file.id);
    }
  });
  for (const { index: index2, others } of kept.values()) {
    if (others.length === 0) continue;
    const f = run.findings[index2].finding;
    const laws = others.map((id) => registry.packs.get(id.split("/")[0])?.meta.shortTitle ?? (id.startsWith("common/") ? "the baseline" : id)).join(" and ");
    run.findings[index2] = { ...run.findings[index2], finding: { ...f, message: extend2(f.message, `; ${laws} ask${others.length === 1 ? "s" : ""} for it too`) } };
  }
  run.findings = run.findings.filter((_, i) => !drop.has(i));
}

// src/rules/slots.ts
function slotsOf(run) {
  const doc = run.ctx.doc;
  return run.findings.filter(({ rule, finding }) => rule.file.marksSlot && finding.srcEnd > finding.srcStart).map(({ finding }) => {
    const text3 = doc.source.slice(finding.srcStart, finding.srcEnd).replace(/^[`*_\s]+|[`*_\s]+$/g, "");
    const at = doc.lines.point(finding.srcStart);
    return { evidence: { line: at.line, column: at.column, text: text3 }, tokens: tokenize(text3) };
  });
}
function nameSlots(run) {
  if (!run.findings.some(({ rule }) => rule.file.marksSlot)) return;
  const slots = slotsOf(run);
  const named = /* @__PURE__ */ new Map();
  run.findings = run.findings.map((entry) => {
    const { rule, finding } = entry;
    const words2 = rule.evidence.slots;
    if (!finding.documentLevel || words2.length === 0) return entry;
    const slot = slots.find((s) => matchAny(words2, s.tokens) !== null)?.evidence;
    if (!slot) return entry;
    named.set(rule.file.id, slot);
    const message = `${rule.file.title}: the template slot "${quote(slot.text, 40)}" (line ${slot.line}) is still unfilled.`;
    const others = (finding.evidence ?? []).filter((e) => e.line !== slot.line);
    const suggestion = `Fill in the template slot "${slot.text}" on line ${slot.line}.`;
    return { rule, finding: { ...finding, message, suggestion, evidence: [slot, ...others] } };
  });
  for (const entry of run.coverage) {
    const slot = named.get(entry.requirement);
    if (slot && entry.status === "missing") entry.reason = `the template slot "${slot.text}" (line ${slot.line}) is still unfilled`;
  }
}

// src/rules/counts.ts
function countMessages(messages) {
  let errorCount = 0;
  let warningCount = 0;
  let fatalErrorCount = 0;
  for (const m of messages) {
    if (m.severity === 2) errorCount++;
    else if (m.severity === 1) warningCount++;
    if (m.fatal) fatalErrorCount++;
  }
  return { errorCount, warningCount, fatalErrorCount };
}
function recount(r, messages) {
  return { ...r, messages, ...countMessages(messages) };
}

// src/timing.ts
var totals = /* @__PURE__ */ new Map();
var heaps = /* @__PURE__ */ new Map();
var on = false;
var nested = 0;
function stage(name, fn) {
  if (!on) return fn();
  const t = performance.now();
  const outer = nested;
  nested = 0;
  try {
    return fn();
  } finally {
    const spent = performance.now() - t;
    totals.set(name, (totals.get(name) ?? 0) + spent - nested);
    heaps.set(name, Math.max(heaps.get(name) ?? 0, process.memoryUsage().heapUsed));
    nested = outer + spent;
  }
}

// src/rules/engine.ts
function severityFor(rule, config, finding) {
  const setting = config.rules[rule.file.id]?.severity;
  if (setting === "off") return 0;
  if (setting) return setting === "warn" ? 1 : 2;
  if (finding.severity === "warn") return 1;
  return rule.meta.defaultSeverity;
}
function findingsOf(rule, ctx) {
  switch (rule.file.kind) {
    case "forbidden-pattern":
      return checkForbidden(rule, ctx);
    case "number-limit":
      return checkNumberLimit(rule, ctx);
    case "date":
      return checkDate(rule, ctx);
    case "structure":
      return checkStructure(rule, ctx);
    default:
      return [];
  }
}
function runRule(rule, ctx) {
  if (rule.file.kind === "disclosure") {
    const { coverage, findings: findings2 } = checkDisclosure(rule, ctx);
    return { findings: findings2, coverage };
  }
  const findings = findingsOf(rule, ctx);
  if (findings.length > 0 && rule.file.condition && "reason" in applicability(rule, ctx)) return { findings: [] };
  return { findings };
}
function scope(rule, profile) {
  const laws = rule.file.jurisdictions;
  if (!laws) return "active";
  const bases = laws.map((p) => profile.packs.get(p)?.basis ?? "none");
  if (bases.some(isActive)) return "active";
  return bases.includes("named") && rule.file.runsWhereNamed !== false ? "named" : null;
}
function deferred(m, all2, defersTo) {
  const to = defersTo.get(m.ruleId ?? "");
  return !!to && all2.some((n) => n !== m && to.includes(n.ruleId ?? "") && n.line <= m.endLine && m.line <= n.endLine);
}
function activePacks(registry, profile) {
  const packs = [...registry.packs.keys()].filter((p) => {
    const b = profile.packs.get(p);
    return !!b && (isActive(b.basis) || b.basis === "named" && !!b.via);
  });
  const isLaw = (p) => {
    const pack = registry.packs.get(p);
    return pack.meta.enabled !== "always" && (pack.detect.length > 0 || !!pack.meta.address);
  };
  const jurisdictions = packs.filter((p) => isLaw(p) && isActive(profile.packs.get(p).basis));
  return { packs, jurisdictions };
}
function namedLaws(run, registry) {
  for (const [pack, basis] of run.profile.packs) {
    if (basis.basis !== "named" || !registry.packs.has(pack)) continue;
    for (const rule of registry.rules(pack)) {
      if (run.config.rules[rule.file.id]?.severity === "off") continue;
      if (rule.file.kind === "disclosure") run.coverage.push({ requirement: rule.file.id, status: "not-applicable", reason: `${basis.reason}; add "${pack}" to jurisdictions to check it` });
      if (rule.file.kind === "applicability" && run.profile.language.english) for (const f of checkApplicability(rule, run.ctx, basis)) run.findings.push({ rule, finding: f });
    }
  }
}
function excluded(rule, registry, run) {
  const lang = run.profile.language;
  if (!lang.english && rule.pack !== "draft" && rule.file.check !== "language") return { reason: `not checked: the policy is in ${lang.name}, and the requirements are read in English` };
  const kind = run.profile.kind.kind;
  const documents = rule.file.documents ?? registry.packs.get(rule.pack).meta.documents ?? DOCUMENT_KINDS.filter((k) => k !== "stub");
  if (!documents.includes(kind)) {
    return { reason: kind === "stub" ? `not checked: ${run.profile.kind.reason}` : `a ${kindTitle(kind)} need not say this (${run.profile.kind.reason}); the main policy should` };
  }
  const active = isActive(run.profile.packs.get(rule.pack).basis);
  const reach = active || rule.file.jurisdictions ? scope(rule, run.profile) : null;
  if (reach === null) return { reason: `applies only where the ${rule.file.jurisdictions?.join(", ") ?? rule.pack} pack(s) apply` };
  return { reach };
}
function runPacks(run, registry, packs) {
  for (const pack of packs) {
    for (const rule of registry.rules(pack)) {
      if (run.config.rules[rule.file.id]?.severity === "off" || rule.file.kind === "applicability") continue;
      const why = excluded(rule, registry, run);
      if ("reason" in why) {
        if (rule.file.kind === "disclosure") run.coverage.push({ requirement: rule.file.id, status: "not-applicable", reason: why.reason });
        continue;
      }
      const { findings, coverage } = runRule(rule, run.ctx);
      if (coverage) run.coverage.push(coverage);
      for (const f of findings) run.findings.push({ rule, finding: why.reach === "named" ? { ...f, severity: "warn" } : f });
    }
  }
}
function toMessage(doc, rule, f, severity) {
  const start = doc.lines.point(f.srcStart);
  const endOffset = f.srcEnd > f.srcStart ? f.srcEnd : f.srcStart + Math.max(1, doc.source.indexOf("\n", f.srcStart) - f.srcStart);
  const end = doc.lines.point(Math.min(endOffset, doc.source.length));
  return {
    ruleId: rule.file.id,
    severity,
    message: f.message,
    line: start.line,
    column: start.column,
    endLine: end.line,
    endColumn: end.column,
    citation: f.citation ?? rule.file.citation,
    url: rule.meta.url,
    ...f.evidence ? { evidence: f.evidence } : {},
    // A check may word its own (fill a slot in); otherwise the rule's "how to comply" applies.
    ...f.suggestion ?? rule.file.suggestion ? { suggestion: f.suggestion ?? rule.file.suggestion } : {},
    ...f.fix ? { fix: f.fix } : {},
    ...f.documentLevel ? { documentLevel: true } : {}
  };
}
function lintDocument(doc, registry, config, options) {
  const ctx = new CheckContext(doc, config.facts, options.now);
  const profile = stage("profile", () => profileDocument(ctx, registry, { facts: config.facts, jurisdictions: options.jurisdictions ?? config.jurisdictions, kind: options.kind }));
  ctx.useProfile(profile);
  const { packs, jurisdictions } = activePacks(registry, profile);
  const run = { ctx, profile, config, findings: [], coverage: [] };
  namedLaws(run, registry);
  runPacks(run, registry, packs);
  handOver(run, registry);
  nameSlots(run);
  mergeSameDisclosure(run, registry);
  const messages = [];
  const defersTo = /* @__PURE__ */ new Map();
  for (const { rule, finding } of run.findings) {
    const severity = severityFor(rule, config, finding);
    if (severity === 0) continue;
    if (rule.file.defersTo) defersTo.set(rule.file.id, rule.file.defersTo);
    messages.push(toMessage(doc, rule, finding, severity));
  }
  const reported = defersTo.size ? messages.filter((m) => !deferred(m, messages, defersTo)) : messages;
  const directives = doc.format === "text" ? [] : parseDirectives(doc.source, doc.lines);
  const { kept, unused, suppressed } = applyDirectives(directives, reported, config.reportUnusedDisableDirectives, (id) => registry.hasRule(id) || registry.retired(id) !== void 0);
  const all2 = [...kept, ...unused].map((m) => {
    const { documentLevel: _drop, ...rest } = m;
    return rest;
  });
  all2.sort((a, b) => a.line - b.line || a.column - b.column || compareCodeUnits(a.ruleId ?? "", b.ruleId ?? ""));
  return {
    filePath: doc.filePath,
    jurisdictions,
    applicability: describeProfile(profile, registry),
    messages: all2,
    ...countMessages(all2),
    coverage: run.coverage,
    ...suppressed.length ? { suppressedMessages: suppressed.map(({ documentLevel: _drop, ...m }) => m) } : {}
  };
}

// src/sets.ts
import path10 from "node:path";
function candidates2(from, target) {
  const base = path10.resolve(path10.dirname(from), decodeURI(target));
  return [base, `${base}.md`, path10.join(base, "index.md"), path10.join(base, "README.md")];
}
function completeFromMainPolicies(results, cwd) {
  const byPath = new Map(results.map((r) => [path10.resolve(r.filePath), r]));
  for (const r of results) {
    let changed = false;
    for (const ref of r.applicability?.references ?? []) {
      if (!ref.target) continue;
      const main2 = candidates2(r.filePath, ref.target).map((p) => byPath.get(p)).find((x) => x && x !== r);
      if (!main2) continue;
      const where = path10.relative(cwd, main2.filePath) || main2.filePath;
      for (const c of r.coverage) {
        if (c.reference?.line !== ref.line) continue;
        const there = main2.coverage.find((x) => x.requirement === c.requirement);
        if (there?.status === "present") {
          c.status = "present";
          c.evidence = (there.evidence ?? []).map((e) => ({ ...e, file: where }));
          c.reason = `found in ${where}, which line ${ref.line} hands it over to`;
        } else {
          c.reason = `left to ${where} (linted in the same run), which line ${ref.line} hands it over to`;
        }
      }
      r.messages = r.messages.filter((m) => !(m.ruleId === "common/cross-reference" && m.line === ref.line));
      ref.resolved = where;
      changed = true;
    }
    if (changed) Object.assign(r, countMessages(r.messages));
  }
}

// src/lint.ts
var import_ignore2 = __toESM(require_ignore(), 1);

// src/cache/results.ts
import crypto from "node:crypto";

// src/atomic-write.ts
import fs5 from "node:fs";
import path11 from "node:path";
function writeAtomically(file, data) {
  let target = file;
  let mode;
  try {
    target = fs5.realpathSync(file);
    mode = fs5.statSync(target).mode;
  } catch {
    fs5.mkdirSync(path11.dirname(path11.resolve(file)), { recursive: true });
  }
  const tmp = path11.join(path11.dirname(target), `.${path11.basename(target)}.policylint-${process.pid}.tmp`);
  fs5.writeFileSync(tmp, data, mode === void 0 ? void 0 : { mode });
  fs5.renameSync(tmp, target);
}

// src/cache/results.ts
function keyOf(parts) {
  return crypto.createHash("sha256").update(JSON.stringify(parts)).digest("hex");
}

// src/cache/rules-print.ts
import crypto2 from "node:crypto";
import fs6 from "node:fs";
import path12 from "node:path";
function jsonFiles(dir, out) {
  let entries;
  try {
    entries = fs6.readdirSync(dir, { withFileTypes: true });
  } catch {
    return;
  }
  for (const e of entries) {
    const full = path12.join(dir, e.name);
    if (e.isDirectory()) jsonFiles(full, out);
    else if (e.name.endsWith(".json")) out.push(full);
  }
}
function rulesPrint(roots) {
  const hash = crypto2.createHash("sha256");
  for (const root of roots) {
    const files = [];
    jsonFiles(path12.resolve(root), files);
    for (const f of files.sort()) hash.update(`${f}\0`).update(fs6.readFileSync(f)).update("\0");
  }
  return hash.digest("hex");
}

// src/lint.ts
var UsageError = class extends Error {
};
var Registries = class {
  constructor(extra) {
    this.extra = extra;
  }
  extra;
  cache = /* @__PURE__ */ new Map();
  roots(config) {
    return [builtinRulesDir(), ...this.extra, ...config.packs];
  }
  get(config) {
    const roots = this.roots(config);
    const key = roots.join("\0");
    let r = this.cache.get(key);
    if (!r) {
      r = new Registry(roots);
      this.cache.set(key, r);
    }
    return r;
  }
};
function referenceDate(value2) {
  if (!value2) {
    const t = /* @__PURE__ */ new Date();
    return new Date(Date.UTC(t.getUTCFullYear(), t.getUTCMonth(), t.getUTCDate()));
  }
  const d = /* @__PURE__ */ new Date(`${value2}T00:00:00Z`);
  if (isNaN(d.getTime())) throw new UsageError(`invalid date "${value2}": use YYYY-MM-DD`);
  return d;
}
function configuredKind(config, filePath) {
  for (const { pattern, kind, base } of config.documentKinds) {
    const rel = path13.relative(base, filePath);
    if (!rel.startsWith("..") && !path13.isAbsolute(rel) && (0, import_ignore2.default)().add(pattern).ignores(rel.split(path13.sep).join("/"))) return kind;
  }
  return void 0;
}
function checkConfig(config, registry, jurisdictions) {
  for (const id of Object.keys(config.rules)) {
    if (!registry.hasRule(id) && !registry.retired(id)) throw new ConfigError(`${config.sources[0] ?? "configuration"}: unknown rule "${id}" in rules`);
  }
  for (const j of jurisdictions ?? config.jurisdictions ?? []) {
    if (!registry.packs.has(j)) throw new ConfigError(`unknown jurisdiction "${j}" (known: ${[...registry.packs.keys()].join(", ")})`);
  }
}
function parseDocument(loaded2) {
  const root = stage("parse", () => parse2(loaded2.text, loaded2.format));
  return stage("sections", () => buildDocument(loaded2.filePath, loaded2.text, loaded2.format, root));
}
function lintLoaded(loaded2, options, shared) {
  const config = options.useConfig === false ? emptyConfig() : shared.finder.forFile(loaded2.filePath);
  const registry = shared.registries.get(config);
  checkConfig(config, registry, options.jurisdictions);
  const doc = parseDocument(loaded2);
  const result = stage(
    "rules",
    () => lintDocument(doc, registry, config, {
      jurisdictions: options.jurisdictions,
      now: referenceDate(options.now ?? config.now),
      kind: configuredKind(config, loaded2.filePath)
    })
  );
  for (const w of loaded2.warnings) {
    result.messages.unshift({ ruleId: null, severity: 1, message: `File read with problems: ${w}.`, line: 1, column: 1 });
    result.warningCount++;
  }
  result.source = loaded2.text;
  const used = new Set(result.messages.map((m) => m.ruleId).concat(result.coverage.map((c) => c.requirement)));
  const rules = registry.allRulesLoaded().filter((r) => used.has(r.file.id)).map((r) => r.meta);
  return { result, rules, warnings: loaded2.warnings };
}
var compiled = /* @__PURE__ */ new WeakMap();
function matches2(patterns, abs, isDir) {
  for (const p of patterns) {
    const rel = relativePath(p.base, abs);
    if (rel === "" || rel.startsWith("..")) continue;
    let ig = compiled.get(p);
    if (!ig) compiled.set(p, ig = (0, import_ignore2.default)().add(p.pattern));
    if (ig.ignores(isDir ? `${rel}/` : rel)) return p;
  }
  return null;
}
function fatalResult(filePath, message) {
  const messages = [{ ruleId: null, severity: 2, fatal: true, message: `Could not lint this file: ${message}.`, line: 1, column: 1 }];
  return { filePath, jurisdictions: [], messages, ...countMessages(messages), coverage: [] };
}
var Linter = class {
  constructor(options = {}) {
    this.options = options;
    this.cwd = options.cwd ?? process.cwd();
    this.shared = {
      finder: new ConfigFinder(options.configFile && path13.resolve(this.cwd, options.configFile)),
      registries: new Registries((options.rulesDirs ?? []).map((d) => path13.resolve(this.cwd, d)))
    };
  }
  options;
  cwd;
  shared;
  /**
   * The files the paths name (folders searched for policies, ignores applied), why each, and the
   * paths that name none.
   */
  plan(paths) {
    const { files, reasons, problems } = expandPaths(paths.filter((p) => p !== "-"), this.cwd, this.selection());
    const ref = this.options.changedSince;
    if (ref === void 0) return { files, reasons, problems: problems.map(([p, why]) => `${p}: ${why}`) };
    let changed;
    try {
      changed = changedSince(ref, this.cwd);
    } catch (e) {
      throw new UsageError(`--changed-since ${ref}: ${e.message}`);
    }
    const kept = files.filter((f) => changed.has(f));
    for (const f of kept) reasons.set(f, `${reasons.get(f)}, and changed since ${ref}`);
    return { files: kept, reasons, problems: problems.map(([p, why]) => `${p}: ${why}`) };
  }
  /**
   * Whether a folder search would lint this file: named for a policy or in its configuration's
   * files, and not ignored. The language server lints only such files (a README gets nothing).
   */
  selects(filePath) {
    const abs = path13.resolve(this.cwd, filePath);
    if (this.options.useConfig !== false) {
      try {
        this.shared.finder.forFile(abs);
      } catch {
        return true;
      }
    }
    const selection = this.selection();
    return !selection.ignored(abs, false) && (isPolicyName(abs) || selection.extra(abs) !== null);
  }
  /** --ignore-pattern (relative to cwd), and each file's configuration: its ignorePatterns and files, relative to its own folder. */
  selected;
  selection() {
    return this.selected ??= this.makeSelection();
  }
  makeSelection() {
    const cli = patternSelection(this.cwd, this.options.ignorePatterns ?? []);
    if (this.options.useConfig === false) return cli;
    const config = (abs) => {
      try {
        return this.shared.finder.forFile(abs);
      } catch {
        return null;
      }
    };
    return {
      ignored: (abs, isDir) => cli.ignored(abs, isDir) || matches2(config(abs)?.ignorePatterns ?? [], abs, isDir) !== null,
      extra: (abs) => {
        const c = config(abs);
        const hit = matches2(c?.files ?? [], abs, false);
        return hit ? `the configuration's files has "${hit.pattern}" (${relativePath(this.cwd, c.sources[0])})` : null;
      }
    };
  }
  lintFile(file) {
    return this.handle(path13.relative(this.cwd, file) || file, file, () => readPolicy(file, void 0, this.sizeLimit(file)));
  }
  /**
   * With --cache: the file's cache key (its text, configuration, rules and the options that change
   * findings) and, when the cache holds that key, the outcome kept for it. A file that cannot be
   * read or configured gets no key: linting it reports why.
   */
  fromCache(cache, file) {
    let loaded2;
    let key;
    try {
      loaded2 = readPolicy(file, void 0, this.sizeLimit(file));
      const config = this.options.useConfig === false ? emptyConfig() : this.shared.finder.forFile(file);
      const roots = this.shared.registries.roots(config);
      const rules = this.rulesPrints[roots.join("\0")] ??= rulesPrint(roots);
      const { jurisdictions, now } = this.options;
      key = keyOf([loaded2.format, loaded2.text, loaded2.warnings, config, rules, jurisdictions, referenceDate(now ?? config.now).toISOString(), configuredKind(config, file)]);
    } catch {
      return {};
    }
    const outcome = cache.get(file, key);
    if (outcome?.result) outcome.result.source = loaded2.text;
    return { key, outcome, loaded: loaded2 };
  }
  /** Lints a file already read (a cache miss): the same outcome as lintFile, without reading it again. */
  lintRead(file, loaded2) {
    return this.handle(path13.relative(this.cwd, file) || file, file, () => loaded2);
  }
  rulesPrints = {};
  lintStdin() {
    const { stdin } = this.options;
    const filePath = stdin?.filename ? path13.resolve(this.cwd, stdin.filename) : path13.join(this.cwd, "<stdin>");
    return this.lintText(stdin?.text ?? "", filePath, void 0, stdin?.filename ?? "<stdin>");
  }
  /**
   * Lints text already in memory (an editor buffer) as the file at filePath, with its configuration.
   * `name` is what a problem reading the text starts with (default: the path relative to cwd).
   */
  lintText(text3, filePath, format, name = path13.relative(this.cwd, filePath) || filePath) {
    return this.handle(name, filePath, () => decodePolicy(Buffer.from(text3, "utf8"), filePath, format, this.sizeLimit(filePath)));
  }
  /** --max-file-size, then the file's configuration (maxFileSize), then the default. */
  sizeLimit(filePath) {
    if (this.options.maxFileSize !== void 0) return this.options.maxFileSize;
    return this.options.useConfig === false ? void 0 : this.shared.finder.forFile(filePath).maxFileSize;
  }
  /** The rule registry for a file (an editor's hover explains rules from it). Throws ConfigError/RuleError. */
  registryFor(filePath) {
    return this.shared.registries.get(this.options.useConfig === false ? emptyConfig() : this.shared.finder.forFile(filePath));
  }
  /**
   * Lints one file; whatever stops it (unreadable input, or a defect of ours) stops only that file,
   * which still gets a result: one fatal message, as ESLint reports it. A configuration or rule
   * problem belongs to the run, not the file.
   */
  handle(name, filePath, load5) {
    try {
      const { result, rules, warnings } = lintLoaded(stage("read", load5), this.options, this.shared);
      return { result, rules, problems: [], warnings: warnings.map((w) => `${name}: ${w}`) };
    } catch (e) {
      if (e instanceof ConfigError || e instanceof RuleError || e instanceof UsageError) return { rules: [], problems: [e.message], problemKind: "config", warnings: [] };
      const input2 = e instanceof LoadError;
      const why = input2 ? e.message : `internal error: ${String(e?.message ?? e).split("\n")[0]}`;
      return { result: fatalResult(filePath, why), rules: [], problems: [`${name}: ${why}`], problemKind: input2 ? "input" : "internal", warnings: [] };
    }
  }
};
function collectRun(problems, outcomes, cwd = process.cwd()) {
  const run = { results: [], rules: /* @__PURE__ */ new Map(), problems: [...problems], warnings: [] };
  for (const o of outcomes) {
    if (o.result) run.results.push(o.result);
    for (const r of o.rules) run.rules.set(r.id, r);
    run.problems.push(...o.problems);
    run.warnings.push(...o.warnings);
  }
  completeFromMainPolicies(run.results, cwd);
  return run;
}
function lint(paths, options = {}) {
  const linter = new Linter(options);
  const { files, problems } = linter.plan(paths);
  const stdin = paths.includes("-") ? [linter.lintStdin()] : [];
  return collectRun(problems, [...stdin, ...files.map((f) => linter.lintFile(f))], linter.cwd);
}

// src/report/github.ts
var ANNOTATIONS_PER_TYPE = 10;
function escapeData(s) {
  return s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeProperty(s) {
  return escapeData(s).replace(/:/g, "%3A").replace(/,/g, "%2C");
}
function workflowCommand(command, properties, message) {
  const list3 = properties.map(([k, v]) => `${k}=${escapeProperty(String(v))}`).join(",");
  return `::${command}${list3 ? ` ${list3}` : ""}::${escapeData(message)}`;
}
function messageText(m, ctx) {
  const rule = m.ruleId ? ctx.rules.get(m.ruleId) : void 0;
  const citation = m.citation ?? rule?.citation;
  const url = m.url ?? rule?.url;
  return m.message + (citation ? ` (${citation})` : "") + (url ? ` \u2014 ${url}` : "");
}
function annotation(f) {
  const { line, endLine, column, endColumn, ruleId } = f.message;
  const props = [["file", f.file]];
  if (line >= 1) {
    props.push(["line", line]);
    if (endLine !== void 0 && endLine >= line) props.push(["endLine", endLine]);
    if (column >= 1) props.push(["col", column]);
    if (endColumn !== void 0 && endColumn >= 1) props.push(["endColumn", endColumn]);
  }
  props.push(["title", ruleId ?? "policylint"]);
  return workflowCommand(f.level, props, f.text);
}
function logLine(f) {
  const { line, column, ruleId } = f.message;
  const where = line >= 1 ? `${f.file}:${line}${column >= 1 ? `:${column}` : ""}` : f.file;
  const text3 = `policylint ${f.level} ${where} ${ruleId ?? "policylint"}: ${f.text}`;
  return escapeData(text3).replace(/##\[/g, "##%5B");
}
function count(n, noun) {
  return `${n} more ${noun}${n === 1 ? "" : "s"}`;
}
function formatGithub(ctx, options = {}) {
  const limit2 = Math.max(0, Math.min(ANNOTATIONS_PER_TYPE, Math.floor(options.maxPerType ?? ANNOTATIONS_PER_TYPE)));
  const findings = ctx.results.flatMap(
    (r) => r.messages.map((message) => ({
      level: message.fatal || message.severity === 2 ? "error" : "warning",
      file: relativePath(ctx.cwd, r.filePath),
      message,
      text: messageText(message, ctx)
    }))
  );
  const errors = findings.filter((f) => f.level === "error");
  const warnings = findings.filter((f) => f.level === "warning");
  const dropped = [...errors.slice(limit2), ...warnings.slice(limit2)];
  const lines = [...errors.slice(0, limit2), ...warnings.slice(0, limit2)].map(annotation);
  if (dropped.length > 0) {
    lines.push(...dropped.map(logLine));
    const droppedErrors = Math.max(0, errors.length - limit2);
    const droppedWarnings = Math.max(0, warnings.length - limit2);
    const more = [droppedErrors && count(droppedErrors, "error"), droppedWarnings && count(droppedWarnings, "warning")].filter(Boolean).join(" and ");
    const notice = `${more} ${dropped.length === 1 ? "is" : "are"} not shown as annotations (${limit2 === ANNOTATIONS_PER_TYPE ? `GitHub shows ${limit2}` : `annotations limited to ${limit2}`} of each type per step); the full list is in the job log above and in the SARIF file.`;
    lines.push(workflowCommand("notice", [], notice));
  }
  return lines.length > 0 ? lines.join("\n") + "\n" : "";
}

// src/report/sarif.ts
import path14 from "node:path";
import { pathToFileURL } from "node:url";
var SRCROOT = "%SRCROOT%";
function levelOf(m) {
  return m.fatal || m.severity === 2 ? "error" : "warning";
}
function pascalCase(id) {
  return id.split(/[^A-Za-z0-9]+/).filter(Boolean).map((w) => w[0].toUpperCase() + w.slice(1)).join("");
}
function locate(cwd, filePath) {
  const abs = path14.resolve(cwd, filePath);
  const rel = relativePath(cwd, abs);
  if (rel.startsWith("../") || rel === ".." || path14.isAbsolute(rel)) {
    return { rel, location: { uri: pathToFileURL(abs).href } };
  }
  return { rel, location: { uri: rel.split("/").map(encodeURIComponent).join("/"), uriBaseId: SRCROOT } };
}
function region(m) {
  if (!(m.line >= 1)) return void 0;
  const r = { startLine: m.line };
  if (m.column >= 1) r.startColumn = m.column;
  if (m.endLine !== void 0 && m.endLine >= m.line) r.endLine = m.endLine;
  const multiline = (r.endLine ?? m.line) > m.line;
  if (m.endColumn !== void 0 && m.endColumn >= 1 && (multiline || m.endColumn >= (r.startColumn ?? 1))) {
    r.endColumn = m.endColumn;
  }
  return r;
}
function help(rule) {
  const text3 = [rule.description, `Citation: ${rule.citation}`];
  const markdown = [rule.description, `**Citation:** ${rule.citation}`];
  if (rule.suggestion) {
    text3.push(`Suggested wording: ${rule.suggestion}`);
    markdown.push(`**Suggested wording:** ${rule.suggestion}`);
  }
  if (rule.url) markdown.push(`[Rule documentation](${rule.url})`);
  return { text: text3.join("\n\n"), markdown: markdown.join("\n\n") };
}
function ruleDescriptor(id, rule) {
  if (!rule) return { id, name: pascalCase(id), properties: { tags: ["privacy", id.split("/")[0]] } };
  return {
    id,
    name: pascalCase(id),
    shortDescription: { text: rule.title },
    fullDescription: { text: rule.description },
    help: help(rule),
    ...rule.url ? { helpUri: rule.url } : {},
    defaultConfiguration: { level: rule.defaultSeverity === 2 ? "error" : "warning" },
    properties: { tags: ["privacy", id.split("/")[0]] }
  };
}
function formatSarif(ctx, version = "0.0.0") {
  const files = ctx.results.map((r) => locate(ctx.cwd, r.filePath));
  const artifacts = files.map((f) => ({ location: f.location, roles: ["analysisTarget"] }));
  const all2 = (r) => [...r.messages, ...r.suppressedMessages ?? []];
  const ruleIds = [...new Set(ctx.results.flatMap((r) => all2(r).flatMap((m) => m.ruleId === null ? [] : [m.ruleId])))].sort();
  const ruleIndex = new Map(ruleIds.map((id, i) => [id, i]));
  const seen = /* @__PURE__ */ new Map();
  const fingerprint2 = (ruleId, rel, text3) => {
    const hash = process.getBuiltinModule("node:crypto").createHash("sha256").update(`${ruleId}\0${rel}\0${text3}`).digest("hex");
    const n = (seen.get(hash) ?? 0) + 1;
    seen.set(hash, n);
    return `${hash}:${n}`;
  };
  const results = [];
  const notifications = [];
  let failed = false;
  ctx.results.forEach((r, fileIndex) => {
    const { rel, location } = files[fileIndex];
    for (const m of all2(r)) {
      const reg = region(m);
      const physicalLocation = { artifactLocation: { ...location, index: fileIndex }, ...reg ? { region: reg } : {} };
      if (m.ruleId === null) {
        failed ||= levelOf(m) === "error";
        notifications.push({ level: levelOf(m), message: { text: m.message }, locations: [{ physicalLocation }] });
        continue;
      }
      const citation = m.citation ?? ctx.rules.get(m.ruleId)?.citation;
      const text3 = citation ? `${m.message} (${citation})` : m.message;
      results.push({
        ruleId: m.ruleId,
        ruleIndex: ruleIndex.get(m.ruleId),
        level: levelOf(m),
        message: { text: text3 },
        locations: [{ physicalLocation }],
        partialFingerprints: { "policylint/v1": fingerprint2(m.ruleId, rel, text3) },
        ...m.suppressions ? { suppressions: m.suppressions.map((x) => ({ kind: x.kind === "external" ? "external" : "inSource", ...x.justification ? { justification: x.justification } : {} })) } : {}
      });
    }
  });
  const cwdUri = pathToFileURL(ctx.cwd).href;
  const log2 = {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "policylint",
            informationUri: "https://policylint.dev",
            version,
            rules: ruleIds.map((id) => ruleDescriptor(id, ctx.rules.get(id)))
          }
        },
        invocations: [
          {
            executionSuccessful: !failed,
            ...notifications.length > 0 ? { toolExecutionNotifications: notifications } : {}
          }
        ],
        originalUriBaseIds: { [SRCROOT]: { uri: cwdUri.endsWith("/") ? cwdUri : `${cwdUri}/` } },
        artifacts,
        // ESLint-style columns count UTF-16 code units, which is also SARIF's default; said for readers.
        columnKind: "utf16CodeUnits",
        results
      }
    ]
  };
  return JSON.stringify(log2, null, 2);
}

// src/version.ts
var VERSION = true ? "0.1.0" : "0.0.0-dev";

// src/suppressions/bulk.ts
import fs8 from "node:fs";
import path16 from "node:path";

// src/suppressions/file.ts
import fs7 from "node:fs";
var DEFAULT_SUPPRESSIONS_FILE = "policylint-suppressions.json";
var SuppressionsError = class extends Error {
};
function readSuppressions(file) {
  let text3;
  try {
    text3 = fs7.readFileSync(file, "utf8");
  } catch (e) {
    if (e.code === "ENOENT") return {};
    throw new SuppressionsError(`cannot read the suppressions file ${file}: ${e.message}`);
  }
  let data;
  try {
    data = JSON.parse(text3);
  } catch (e) {
    throw new SuppressionsError(`the suppressions file ${file} is not valid JSON: ${e.message}`);
  }
  const problem = shapeProblem(data);
  if (problem) throw new SuppressionsError(`the suppressions file ${file} is malformed: ${problem}; regenerate it with --suppress-all`);
  return data;
}
function shapeProblem(data) {
  if (!isObject(data)) return "expected an object of files";
  for (const [file, rules] of Object.entries(data)) {
    if (!isObject(rules)) return `"${file}" is not an object of rules`;
    for (const [rule, entry] of Object.entries(rules)) {
      if (!isObject(entry) || !Number.isInteger(entry.count) || entry.count < 0) return `"${file}" \u2192 "${rule}" needs a whole "count"`;
      if (entry.fingerprints !== void 0 && !(Array.isArray(entry.fingerprints) && entry.fingerprints.every((f) => typeof f === "string"))) {
        return `"${file}" \u2192 "${rule}" has "fingerprints" that are not a list of strings`;
      }
    }
  }
  return null;
}
function isObject(v) {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
function writeSuppressions(file, data) {
  const sorted = {};
  for (const f of Object.keys(data).sort()) {
    const rules = Object.keys(data[f]).filter((r) => data[f][r].count > 0).sort();
    if (rules.length === 0) continue;
    sorted[f] = Object.fromEntries(rules.map((r) => [r, { count: data[f][r].count, ...data[f][r].fingerprints?.length ? { fingerprints: [...data[f][r].fingerprints].sort() } : {} }]));
  }
  writeAtomically(file, `${JSON.stringify(sorted, null, 2)}
`);
}

// src/suppressions/apply.ts
import crypto3 from "node:crypto";
import path15 from "node:path";
var flat = (s) => s.toLowerCase().replace(/\s+/g, " ").trim();
function quotedText(m, lineStarts, source) {
  const start = offset(lineStarts, m.line, m.column);
  const end = m.endLine === void 0 ? start : offset(lineStarts, m.endLine, m.endColumn ?? 1);
  const pointed = flat(source.slice(start, Math.max(start, end)));
  return pointed && flat(m.message).includes(pointed.slice(0, 20)) ? pointed : null;
}
function fingerprint(m, quoted2) {
  const what = quoted2 ?? m.message.replace(/\d+/g, "#");
  return crypto3.createHash("sha256").update(`${m.ruleId}
${what}`).digest("hex").slice(0, 16);
}
function lineStartsOf(source) {
  const starts = [0];
  for (let i = source.indexOf("\n"); i !== -1; i = source.indexOf("\n", i + 1)) starts.push(i + 1);
  return starts;
}
function offset(starts, line, column) {
  return (starts[line - 1] ?? starts[starts.length - 1]) + column - 1;
}
function suppressible(r) {
  return r.messages.filter((m) => m.ruleId !== null && !m.fatal);
}
function byRule(r) {
  const starts = lineStartsOf(r.source ?? "");
  const out = /* @__PURE__ */ new Map();
  for (const m of suppressible(r)) {
    const list3 = out.get(m.ruleId) ?? [];
    const quoted2 = quotedText(m, starts, r.source ?? "");
    list3.push({ message: m, print: fingerprint(m, quoted2), byMessage: quoted2 === null });
    out.set(m.ruleId, list3);
  }
  return out;
}
function keyOf2(filePath, base) {
  return path15.relative(base, filePath).split(path15.sep).join("/");
}
function record(data, results, base, rules) {
  const out = structuredClone(data);
  for (const r of results) {
    const key = keyOf2(r.filePath, base);
    const entries = rules ? { ...out[key] ?? {} } : {};
    for (const [rule, found] of byRule(r)) {
      if (rules && !rules.has(rule)) continue;
      entries[rule] = { count: found.length, fingerprints: found.map((f) => f.print) };
    }
    out[key] = entries;
  }
  return out;
}
function prune(data, results, base) {
  const out = structuredClone(data);
  for (const r of results) {
    const key = keyOf2(r.filePath, base);
    if (!out[key] || r.messages.some((m) => m.fatal)) continue;
    const found = byRule(r);
    for (const [rule, entry] of Object.entries(out[key])) {
      const list3 = found.get(rule) ?? [];
      if (!entry.fingerprints) {
        out[key][rule] = { count: Math.min(entry.count, list3.length) };
        continue;
      }
      const kept = accept(list3, entry).accepted.map((f) => f.print);
      out[key][rule] = { count: kept.length, fingerprints: kept };
    }
  }
  return out;
}
function takeOne(list3, item) {
  const i = list3.indexOf(item);
  if (i === -1) return false;
  list3.splice(i, 1);
  return true;
}
function applySuppressions(results, data, base, fileName) {
  const unused = [];
  const out = results.map((r) => {
    const key = keyOf2(r.filePath, base);
    const entries = data[key];
    if (!entries || r.messages.some((m) => m.fatal)) return r;
    const accepted = /* @__PURE__ */ new Set();
    const found = byRule(r);
    for (const [rule, entry] of Object.entries(entries)) {
      const outcome = accept(found.get(rule) ?? [], entry);
      if (outcome.unused > 0) unused.push({ file: key, rule, count: outcome.unused });
      for (const f of outcome.accepted) accepted.add(f.message);
    }
    if (accepted.size === 0) return r;
    const suppressed = [...accepted].map((m) => ({ ...m, suppressions: [{ kind: "external", justification: fileName }] }));
    return { ...recount(r, r.messages.filter((m) => !accepted.has(m))), suppressedMessages: [...r.suppressedMessages ?? [], ...suppressed] };
  });
  return { results: out, unused };
}
function accept(list3, entry) {
  if (!entry.fingerprints) {
    return list3.length <= entry.count ? { accepted: list3, unused: entry.count - list3.length } : { accepted: [], unused: 0 };
  }
  const left = [...entry.fingerprints];
  const accepted = list3.filter((f) => takeOne(left, f.print));
  const reworded = list3.filter((f) => f.byMessage && !accepted.includes(f)).slice(0, left.length);
  return { accepted: [...accepted, ...reworded], unused: left.length - reworded.length };
}

// src/suppressions/bulk.ts
function bulkSuppress(results, opts, cwd) {
  const file = path16.resolve(cwd, opts.location ?? DEFAULT_SUPPRESSIONS_FILE);
  const base = path16.dirname(file);
  const exists = fs8.existsSync(file);
  const writing = opts.all || opts.rules?.length || opts.prune;
  if (!exists && !writing) return { results, unused: [] };
  let data = readSuppressions(file);
  if (opts.all || opts.rules?.length) data = record(data, results, base, opts.all ? void 0 : new Set(opts.rules));
  if (opts.prune) data = prune(data, results, base);
  if (writing) writeSuppressions(file, data);
  const applied = applySuppressions(results, data, base, path16.relative(cwd, file) || path16.basename(file));
  return { results: applied.results, unused: opts.passOnUnpruned ? [] : applied.unused };
}
function unusedLine(unused) {
  const total = unused.reduce((n, u) => n + u.count, 0);
  const byFile = /* @__PURE__ */ new Map();
  for (const u of unused) byFile.set(u.file, [...byFile.get(u.file) ?? [], `${u.rule}${u.count > 1 ? ` \xD7${u.count}` : ""}`]);
  const files = [...byFile];
  const shown = files.slice(0, 3).map(([file, rules]) => `${file}: ${rules.join(", ")}`).join("; ");
  const more = files.length > 3 ? `; and ${files.length - 3} more files` : "";
  return `${total} suppression${total === 1 ? " no longer occurs" : "s no longer occur"} (${shown}${more}); remove ${total === 1 ? "it" : "them"} with --prune-suppressions`;
}

// src/integrations/action.ts
var SUMMARY_ROWS = 200;
var InputError = class extends Error {
};
function input(name) {
  return (process.env[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`] ?? "").trim();
}
function list2(value2) {
  return value2.split(/[\n,]/).map((s) => s.trim()).filter(Boolean);
}
function booleanInput(name) {
  const v = input(name).toLowerCase();
  if (v === "" || v === "false") return false;
  if (v === "true") return true;
  throw new InputError(`input ${name} must be true or false, not "${v}"`);
}
var isPolicyFile = (f) => path17.extname(f).toLowerCase() in POLICY_EXTENSIONS;
function workspacePolicies(root) {
  const git2 = spawnSync2("git", ["ls-files", "-z", "--cached", "--others", "--exclude-standard"], { cwd: root, encoding: "utf8" });
  if (git2.status === 0) return git2.stdout.split("\0").filter((f) => f && isPolicyFile(f) && fs9.existsSync(path17.join(root, f)));
  return expandPaths(["."], root).files.map((f) => relativePath(root, f));
}
function resolveFiles(root, entries) {
  const isPattern = (e) => /[*?[]/.test(e) || e.startsWith("!");
  const paths = entries.filter((e) => !isPattern(e));
  const patterns = entries.filter(isPattern);
  if (entries.length === 0) {
    return workspacePolicies(root).filter((f) => isPolicyName(f)).sort();
  }
  if (patterns.length === 0) return paths;
  const matcher = (0, import_ignore3.default)().add(patterns);
  const matched = workspacePolicies(root).filter((f) => matcher.ignores(f));
  return [...paths, ...matched.sort()];
}
function parseDiff(diff) {
  const changed = /* @__PURE__ */ new Map();
  let current = null;
  for (const line of diff.split("\n")) {
    if (line.startsWith("+++ ")) {
      const target = line.slice(4);
      if (target === "/dev/null") {
        current = null;
        continue;
      }
      const name = target.startsWith('"') ? unquote2(target) : target;
      const file = name.replace(/^b\//, "");
      current = changed.get(file) ?? /* @__PURE__ */ new Set();
      changed.set(file, current);
      continue;
    }
    const hunk = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/.exec(line);
    if (hunk && current) {
      const start = Number(hunk[1]);
      const count2 = hunk[2] === void 0 ? 1 : Number(hunk[2]);
      for (let i = 0; i < count2; i++) current.add(start + i);
    }
  }
  return changed;
}
function unquote2(s) {
  const body = s.slice(1, -1);
  const bytes = [];
  const simple = { n: 10, t: 9, r: 13, '"': 34, "\\": 92, a: 7, b: 8, f: 12, v: 11 };
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (c !== "\\") {
      bytes.push(...Buffer.from(c, "utf8"));
      continue;
    }
    const next = body[i + 1];
    if (/[0-7]/.test(next)) {
      bytes.push(parseInt(body.slice(i + 1, i + 4), 8));
      i += 3;
    } else {
      bytes.push(simple[next] ?? next.charCodeAt(0));
      i += 1;
    }
  }
  return Buffer.from(bytes).toString("utf8");
}
function eventRange() {
  const file = process.env.GITHUB_EVENT_PATH;
  if (!file || !fs9.existsSync(file)) return null;
  const event = JSON.parse(fs9.readFileSync(file, "utf8"));
  const pr = event.pull_request;
  if (pr?.base?.sha && pr?.head?.sha) return { base: pr.base.sha, head: pr.head.sha };
  if (typeof event.before === "string" && typeof event.after === "string" && !/^0+$/.test(event.before)) {
    return { base: event.before, head: event.after };
  }
  return null;
}
function changedLines(root, range) {
  const p = spawnSync2(
    "git",
    ["-c", "core.quotePath=false", "diff", "--unified=0", "--no-color", "--no-ext-diff", "--find-renames", `${range.base}...${range.head}`, "--"],
    { cwd: root, encoding: "utf8", maxBuffer: 256 * 1024 * 1024 }
  );
  if (p.status !== 0) {
    throw new InputError(
      `only-changed: git diff ${range.base}...${range.head} failed (${(p.stderr || String(p.error)).trim().split("\n")[0]}); check out with fetch-depth: 0 so both commits are present`
    );
  }
  return parseDiff(p.stdout);
}
function onChangedLine(m, lines) {
  if (!lines) return false;
  if (!(m.line >= 1)) return m.fatal === true;
  const end = m.endLine !== void 0 && m.endLine >= m.line ? m.endLine : m.line;
  for (let l = m.line; l <= end; l++) if (lines.has(l)) return true;
  return false;
}
function cell(s) {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/\|/g, "\\|").replace(/[\r\n]+/g, " ");
}
function summary(ctx, counts, note) {
  const out = ["## policylint", ""];
  const files = ctx.results.length;
  out.push(`${files} ${files === 1 ? "policy" : "policies"} checked: ${counts.errors} ${counts.errors === 1 ? "error" : "errors"}, ${counts.warnings} ${counts.warnings === 1 ? "warning" : "warnings"}.`);
  if (note) out.push("", note);
  const rows = ctx.results.flatMap((r) => r.messages.map((m) => ({ r, m })));
  if (rows.length > 0) {
    out.push("", "### Findings", "", "| Severity | File | Line | Rule | Message |", "| --- | --- | --- | --- | --- |");
    for (const { r, m } of rows.slice(0, SUMMARY_ROWS)) {
      const severity = m.fatal || m.severity === 2 ? "error" : "warning";
      const url = m.url ?? (m.ruleId ? ctx.rules.get(m.ruleId)?.url : void 0);
      const rule = m.ruleId ? url ? `[${cell(m.ruleId)}](${url})` : cell(m.ruleId) : "";
      out.push(`| ${severity} | ${cell(relativePath(ctx.cwd, r.filePath))} | ${m.line >= 1 ? m.line : ""} | ${rule} | ${cell(m.message)} |`);
    }
    if (rows.length > SUMMARY_ROWS) out.push("", `\u2026 and ${rows.length - SUMMARY_ROWS} more; see the job log or the SARIF file.`);
  }
  const coverage = ctx.results.flatMap((r) => {
    const byPack = /* @__PURE__ */ new Map();
    for (const c of r.coverage) {
      const pack = c.requirement.split("/")[0];
      const e = byPack.get(pack) ?? { present: 0, missing: [], na: 0 };
      if (c.status === "present") e.present++;
      else if (c.status === "missing") e.missing.push(c.requirement);
      else e.na++;
      byPack.set(pack, e);
    }
    return [...byPack].map(([pack, e]) => ({ file: relativePath(ctx.cwd, r.filePath), pack, ...e }));
  });
  if (coverage.length > 0) {
    out.push("", "### Coverage per jurisdiction", "", "| File | Jurisdiction | Present | Missing | Not applicable | Missing requirements |", "| --- | --- | --- | --- | --- | --- |");
    for (const c of coverage) {
      out.push(`| ${cell(c.file)} | ${cell(c.pack)} | ${c.present} | ${c.missing.length} | ${c.na} | ${c.missing.map(cell).join(", ")} |`);
    }
  }
  return out.join("\n") + "\n";
}
function logCommand(level, message) {
  return workflowCommand(level, [["title", "policylint"]], message) + "\n";
}
function outputEntry(name, value2) {
  const delimiter = `ghadelimiter_${randomUUID()}`;
  return `${name}<<${delimiter}
${value2}
${delimiter}
`;
}
function runAction() {
  const workspace = path17.resolve(process.env.GITHUB_WORKSPACE || process.cwd());
  const failOn = (input("fail-on") || "error").toLowerCase();
  if (!["error", "warning", "never"].includes(failOn)) throw new InputError(`input fail-on must be error, warning or never, not "${failOn}"`);
  const maxText = input("max-annotations") || "10";
  const maxAnnotations = Number(maxText);
  if (!Number.isInteger(maxAnnotations) || maxAnnotations < 0) throw new InputError(`input max-annotations must be a whole number, not "${maxText}"`);
  const onlyChanged = booleanInput("only-changed");
  const jurisdictions = list2(input("jurisdictions"));
  const config = input("config");
  const sarifInput = process.env["INPUT_SARIF-FILE"] === void 0 ? "policylint.sarif" : input("sarif-file");
  const suppressionsInput = process.env["INPUT_SUPPRESSIONS-FILE"] === void 0 ? DEFAULT_SUPPRESSIONS_FILE : input("suppressions-file");
  const files = resolveFiles(workspace, list2(input("files")));
  if (files.length === 0) {
    process.stdout.write(logCommand("warning", "No policy files found to lint; set the files input."));
  }
  const run = lint(files, {
    cwd: workspace,
    configFile: config || void 0,
    jurisdictions: jurisdictions.length ? jurisdictions : void 0
  });
  for (const w of run.warnings) process.stdout.write(logCommand("warning", w));
  for (const p of run.problems) process.stdout.write(logCommand("error", p));
  const accepted = suppressionsInput ? bulkSuppress(run.results, { location: suppressionsInput }, workspace) : { results: run.results, unused: [] };
  if (accepted.unused.length > 0) process.stdout.write(logCommand("error", unusedLine(accepted.unused)));
  let results = accepted.results;
  let note = null;
  if (onlyChanged) {
    const range = eventRange();
    if (range) {
      const changed = changedLines(workspace, range);
      results = results.map((r) => recount(r, r.messages.filter((m) => onChangedLine(m, changed.get(relativePath(workspace, r.filePath))))));
      note = `Only findings on lines changed between ${range.base.slice(0, 12)} and ${range.head.slice(0, 12)} are reported here; the SARIF file has them all.`;
    } else {
      note = "only-changed is set, but the event has no base and head commits to compare: every finding is reported.";
      process.stdout.write(logCommand("notice", note));
    }
  }
  const ctx = { results, rules: run.rules, cwd: workspace };
  process.stdout.write(formatGithub(ctx, { maxPerType: maxAnnotations }));
  let sarifFile = "";
  if (sarifInput) {
    sarifFile = path17.resolve(workspace, sarifInput);
    fs9.mkdirSync(path17.dirname(sarifFile), { recursive: true });
    fs9.writeFileSync(sarifFile, formatSarif({ results: accepted.results, rules: run.rules, cwd: workspace }, VERSION));
  }
  const errors = results.reduce((n, r) => n + r.errorCount, 0);
  const warnings = results.reduce((n, r) => n + r.warningCount, 0);
  process.stdout.write(`policylint: ${results.length} ${results.length === 1 ? "file" : "files"}, ${errors} errors, ${warnings} warnings
`);
  if (process.env.GITHUB_STEP_SUMMARY) fs9.appendFileSync(process.env.GITHUB_STEP_SUMMARY, summary(ctx, { errors, warnings }, note));
  if (process.env.GITHUB_OUTPUT) {
    fs9.appendFileSync(
      process.env.GITHUB_OUTPUT,
      outputEntry("error-count", String(errors)) + outputEntry("warning-count", String(warnings)) + outputEntry("sarif-file", sarifFile)
    );
  }
  if (run.problems.length > 0 || accepted.unused.length > 0) return 2;
  if (failOn === "error" && errors > 0) return 1;
  if (failOn === "warning" && errors + warnings > 0) return 1;
  return 0;
}
function main() {
  try {
    process.exitCode = runAction();
  } catch (e) {
    const known = e instanceof InputError || e instanceof SuppressionsError;
    const msg = e.message;
    process.stdout.write(logCommand("error", known ? msg : `internal error: ${msg}`));
    process.exitCode = 2;
  }
}
function isEntry() {
  if (!process.argv[1]) return false;
  try {
    return fs9.realpathSync(process.argv[1]) === fs9.realpathSync(fileURLToPath4(import.meta.url));
  } catch {
    return false;
  }
}
if (isEntry()) main();
export {
  parseDiff,
  runAction
};
