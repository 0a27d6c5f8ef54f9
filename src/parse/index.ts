/** One mdast tree for every input format, positions in the original source. */
import type { Root } from 'mdast';
import type { Format } from '../load/format.js';
import { parseMarkdown } from './markdown.js';
import { parseText } from './text.js';
import { parseHtml } from './html.js';

export function parse(text: string, format: Format): Root {
  if (format === 'markdown') return parseMarkdown(text);
  if (format === 'html') return parseHtml(text);
  return parseText(text);
}
