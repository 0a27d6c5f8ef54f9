/**
 * A finding's message is one sentence a policy author reads in a terminal or an annotation: at
 * most about 160 characters. Rule templates are kept short (a test holds them to it, counting
 * each placeholder at QUOTE_MAX); text quoted from the policy goes in through quote(), which cuts it
 * at a word, and a description a check composes is built to fit. The full match stays in the
 * finding's range, evidence and fix.
 */
export const MESSAGE_MAX = 160;

/** The longest value a placeholder takes: a quote from the policy, or a description a check composes. */
export const QUOTE_MAX: Record<Placeholder, number> = { match: 50, value: 40, limit: 30, evidence: 60 };

export type Placeholder = 'match' | 'value' | 'limit' | 'evidence';

export function quote(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${space > max * 0.6 ? cut.slice(0, space) : cut}…`;
}

/** Policy text for a placeholder: cut at a word to the placeholder's length. */
export function quoted(name: Placeholder, text: string): string {
  return quote(text, QUOTE_MAX[name]);
}

/** Fills placeholders with values as given: quote policy text with quoted() first. */
export function fillMessage(template: string, values: Partial<Record<Placeholder, string>>): string {
  return template.replace(/\{(match|value|limit|evidence)\}/g, (whole, name: Placeholder) => values[name] ?? whole);
}

/** A message with a clause added ("; CalOPPA asks for it too"): dropped when it would not fit. */
export function extend(message: string, clause: string): string {
  const joined = `${message.replace(/\.$/, '')}${clause}.`;
  return joined.length <= MESSAGE_MAX ? joined : message;
}

