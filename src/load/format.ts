/** Which parser a policy needs, from its name or, for stdin and unknown names, its content. */
export type Format = 'markdown' | 'text' | 'html';

export const POLICY_EXTENSIONS: Record<string, Format> = {
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.mdx': 'markdown',
  '.txt': 'text',
  '.text': 'text',
  '.html': 'html',
  '.htm': 'html',
};

export function formatFromName(name: string): Format | null {
  const m = /\.[^./\\]+$/.exec(name.toLowerCase());
  return m ? POLICY_EXTENSIONS[m[0]] ?? null : null;
}

export function sniffFormat(text: string): Format {
  const head = text.slice(0, 4000);
  if (/^\s*(<!doctype html|<html|<head|<body)/i.test(head) || (head.match(/<\/?(p|div|h[1-6]|ul|li|section|span|a)\b/gi) ?? []).length > 5) {
    return 'html';
  }
  if (/^(#{1,6} |\s*[-*+] |---\n)|\]\(|\*\*\w/m.test(head)) return 'markdown';
  return 'text';
}

// Two "# Title" lines: a .txt file written in Markdown (a repository's PRIVACY.txt often is). Read
// as plain text, its "## Contact" would be a line of prose and its "* item" a bullet of text.
const ATX_HEADINGS = /^#{1,6}[ \t]+\S[^\n]*\n(?:[^\n]*\n)*?#{1,6}[ \t]+\S/m;

/**
 * The format a file's name gives, unless its content says otherwise: a file named .html with no
 * tag at all is Markdown (or text) saved under that name, and read as HTML its lines would be lost;
 * a file named .txt with Markdown headings is Markdown.
 */
export function formatOf(name: string, text: string): Format | null {
  const named = formatFromName(name);
  return named && contentFormat(named, text);
}

/** The format a name or an editor's language gives, corrected by the content as formatOf says. */
export function contentFormat(named: Format, text: string): Format {
  if (named === 'text') return ATX_HEADINGS.test(text.slice(0, 20000)) ? 'markdown' : named;
  if (named !== 'html' || /<[a-z!/]/i.test(text.slice(0, 20000))) return named;
  return sniffFormat(text);
}
