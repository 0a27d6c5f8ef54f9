/**
 * The language a policy is written in. The packs read English: a policy in another language gets
 * one note naming the language instead of a "missing" finding per requirement. English is told
 * apart cheaply (the share of its commonest function words in the prose); only text that fails
 * that test is handed to the language identifier, paragraph by paragraph (a detector reading the
 * opening alone calls an English policy that opens with a German section German).
 */
import type { CheckContext } from '../rules/context.js';
import { identifyLanguage } from './language-id.js';

export interface LanguageDecision {
  /** ISO 639-1 code, or "und" when too little text or a language the identifier cannot name. */
  code: string;
  name: string;
  english: boolean;
}

const FUNCTION_WORDS = new Set(
  'the of and to a in is that for it as with be by on are this or we you your our not at from have will may can any which us if all such when do these'.split(' '),
);
// English prose has a third or more of its words among these; other Latin-script languages share
// a few ("a", "in", "is") and stay far below.
const ENGLISH_SHARE = 0.18;
const ENGLISH_PART = 1 / 2;
const NAMES: Record<string, string> = {
  de: 'German', fr: 'French', es: 'Spanish', pt: 'Portuguese', it: 'Italian', nl: 'Dutch', ja: 'Japanese', zh: 'Chinese', ko: 'Korean',
  ru: 'Russian', pl: 'Polish', tr: 'Turkish', vi: 'Vietnamese', sv: 'Swedish', da: 'Danish', no: 'Norwegian', fi: 'Finnish', cs: 'Czech',
  uk: 'Ukrainian', el: 'Greek', hu: 'Hungarian', ro: 'Romanian', id: 'Indonesian', th: 'Thai', ar: 'Arabic', he: 'Hebrew', hi: 'Hindi',
  en: 'English', ca: 'Catalan', bg: 'Bulgarian', sk: 'Slovak', sl: 'Slovenian', hr: 'Croatian', lt: 'Lithuanian', lv: 'Latvian', et: 'Estonian',
};

export function decideLanguage(ctx: CheckContext): LanguageDecision {
  // Filler text is no language: the drafting checks report it.
  if (/\blorem ipsum\b/i.test(ctx.doc.source)) return { code: 'la', name: 'placeholder Latin (lorem ipsum)', english: false };
  // Sentences of prose tell; headings, labels and short list items (names, cells) do not. A table
  // row long enough is prose too (a policy kept as one table, a row per topic).
  const paragraphs = ctx.doc.blocks.filter((b) => b.kind === 'paragraph' || b.kind === 'listItem' || b.kind === 'tableRow');
  let english = 0;
  let other = 0;
  const foreign: string[] = [];
  for (const b of paragraphs) {
    const p = b.text;
    // The tokenizer has read the words already (lower-cased).
    const ws = b.sentences.flatMap((s) => s.tokens.map((t) => t.lower));
    // Text is measured in letters (about five to a word), not in tokens: a script the tokenizer
    // splits into pieces (Devanagari at its vowel signs) must not outweigh the same text in English.
    // Scripts without spaces between words (Japanese, Chinese) count two characters to a word, so a
    // Chinese list item, one or two tokens long, is as long as the English sentence it would be.
    const size = ws.reduce((n, w) => n + w.length / (/[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]/.test(w) ? 2 : 5), 0);
    if (ws.length < 8 && size < 8) continue;
    if (ws.filter((w) => FUNCTION_WORDS.has(w)).length / ws.length >= ENGLISH_SHARE) english += size;
    else {
      other += size;
      if (size >= 8) foreign.push(p);
    }
  }
  // A bilingual or trilingual policy (an English version beside an Arabic and a Chinese one) is read
  // in its English part: that part is a whole policy when it is a third of the prose or more.
  if (english >= other * ENGLISH_PART || foreign.length === 0) return { code: english > 0 ? 'en' : 'und', name: english > 0 ? 'English' : 'unknown', english: true };
  const code = identifyLanguage(foreign.join('\n').slice(0, 4000));
  // Prose that fails the English test and that the identifier cannot name is still not English.
  if (!code) return { code: 'und', name: 'a language other than English (not identified)', english: false };
  return { code, name: NAMES[code] ?? code, english: code === 'en' };
}
