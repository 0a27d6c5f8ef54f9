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

/**
 * The format a file's name gives, unless its content says otherwise: a file named .html with no
 * tag at all is Markdown (or text) saved under that name, and read as HTML its lines would be lost.
 */
export function formatOf(name: string, text: string): Format | null {
  const named = formatFromName(name);
  if (named !== 'html' || /<[a-z!/]/i.test(text.slice(0, 20000))) return named;
  return sniffFormat(text);
}
