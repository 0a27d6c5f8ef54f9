/**
 * A page whose policy is kept in its front matter. Some site generators render the page from
 * front-matter fields (a CMS's `page_sections: - content: |-` blocks, a layout that prints
 * `gdpr_copy:` or `body_en:`), and the body under the closing `---` is empty. Read as Markdown, such
 * a file holds no policy text at all: it looked like a stub, and a Japanese policy was never
 * recognised as Japanese. When the body holds almost no prose and the fields hold a policy's worth
 * of it, each field's text is read as paragraphs, at its place in the file.
 */

/** A paragraph of field text: its pieces, each a run of the source (markup blanked, offsets kept). */
export interface FieldParagraph {
  pieces: Array<{ text: string; start: number }>;
  start: number;
  end: number;
}

/** Fewer words than this under the front matter: the body holds no policy. */
const BODY_MAX_WORDS = 40;
/** At least this many words in the fields: they hold one. */
const FIELDS_MIN_WORDS = 50;
/** A one-line field needs this many words to be text rather than a setting ("layout: page"). */
const LINE_MIN_WORDS = 4;

// A CJK character counts as a word: Japanese and Chinese leave no spaces between words.
const WORDS = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]|[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;
const countWords = (text: string) => text.match(WORDS)?.length ?? 0;

// "key: value", "- key: value" (a list of blocks), with the key's indentation.
const FIELD = /^(\s*)(?:-\s+)?([A-Za-z_][\w-]*)\s*:\s?(.*)$/;
const BLOCK_SCALAR = /^[|>][-+]?\d*\s*$/;

/** Tags and entities blanked with spaces of the same length: the text keeps every offset. */
function blankMarkup(text: string): string {
  return text.replace(/<[^>\n]*>|&[a-z]+;|&#\d+;/gi, (m) => ' '.repeat(m.length));
}

/** A one-line value without its quotes, and where it starts in the line. */
function unquote(value: string, at: number): { text: string; at: number } {
  const m = /^(["'])(.*)\1\s*$/.exec(value);
  return m ? { text: m[2], at: at + 1 } : { text: value.trimEnd(), at };
}

// A rich-text tree stored as YAML (a CMS's "type: paragraph / content: - type: text / text: …"): its
// sentences are split across nodes and its links sit in "marks", so its runs cannot be read as the
// page's text; such a page is left as it was.
const RICH_TEXT_NODE = /^\s*(?:-\s+)?type:\s*(?:text|paragraph|heading|bulletList|listItem)\s*$/gm;

/** The paragraphs the fields of a front matter hold; `start` is where `yaml` (the text between the fences) starts in the file. */
export function fieldParagraphs(yaml: string, start: number): FieldParagraph[] {
  if ((yaml.match(RICH_TEXT_NODE)?.length ?? 0) >= 3) return [];
  const out: FieldParagraph[] = [];
  let para: FieldParagraph | null = null;
  const end = () => {
    if (para) out.push(para);
    para = null;
  };
  const piece = (text: string, at: number) => {
    const blanked = blankMarkup(text);
    if (blanked.trim() === '') return;
    const lead = blanked.length - blanked.trimStart().length;
    const t = blanked.trim();
    const from = start + at + lead;
    if (!para) para = { pieces: [], start: from, end: from };
    para.pieces.push({ text: t, start: from });
    para.end = from + t.length;
  };
  let blockIndent = -1;
  let offset = 0;
  for (const line of yaml.split('\n')) {
    const here = offset;
    offset += line.length + 1;
    const indent = line.length - line.trimStart().length;
    if (blockIndent >= 0) {
      if (line.trim() === '') {
        end();
        continue;
      }
      if (indent > blockIndent) {
        piece(line.replace(/\r$/, ''), here);
        continue;
      }
      blockIndent = -1;
      end();
    }
    const m = FIELD.exec(line.replace(/\r$/, ''));
    if (!m) continue;
    const value = m[3];
    if (BLOCK_SCALAR.test(value)) {
      blockIndent = m[1].length;
      continue;
    }
    const v = unquote(value, line.length - value.length);
    if (countWords(blankMarkup(v.text)) >= LINE_MIN_WORDS) {
      piece(v.text, here + v.at);
      end();
    }
  }
  end();
  return out;
}

/** Does the body under the front matter hold hardly any prose? Asked first: most bodies hold the policy. */
export function emptyBody(body: string): boolean {
  // Counted only as far as the limit: a body of a policy's length is answered in its first lines.
  const words = new RegExp(WORDS.source, 'gu');
  let n = 0;
  while (n < BODY_MAX_WORDS && words.exec(body)) n++;
  return n < BODY_MAX_WORDS;
}

/** Do the fields hold a policy's worth of prose? */
export function policyInFields(paragraphs: FieldParagraph[]): boolean {
  const words = paragraphs.reduce((n, p) => n + p.pieces.reduce((k, x) => k + countWords(x.text), 0), 0);
  return words >= FIELDS_MIN_WORDS;
}
