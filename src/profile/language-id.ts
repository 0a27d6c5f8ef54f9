/**
 * Which language a text is in, by eld's smallest n-gram table. A chunk of its own in the build
 * (dist/langid.cjs), required only when a policy does not read as English: building the table costs
 * about half a second, which an English policy never pays.
 */
import { eld } from 'eld/extrasmall';

export function identifyLanguage(text: string): string {
  return eld.detect(text).language;
}
