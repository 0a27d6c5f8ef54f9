/**
 * Which language a text is in, by eld's smallest n-gram table. A chunk of its own in the build
 * (dist/langid.cjs), required only when a policy does not read as English: building the table costs
 * about half a second, which an English policy never pays.
 */
import { eld } from 'eld/extrasmall';

/** The language's ISO 639-1 code, or "" when eld cannot tell it reliably (Welsh, which its table lacks, reads as German or English). */
export function identifyLanguage(text: string): string {
  const r = eld.detect(text);
  return r.isReliable() ? r.language : '';
}
