/**
 * Characters the Markdown parser is given in place of others, one UTF-16 unit for one, so that input
 * nested past what any policy needs is read in linear time and every position stays where it was:
 * brackets opened too deep, quote and list markers nested too deep (parse/markdown.ts).
 */
export const LOOK_ALIKE: Readonly<Record<string, string>> = { '[': '⁅', ']': '⁆', '>': '›', '-': '‐', '*': '∗', '+': '＋', '.': '․', ')': '❩' };

/** The source character each look-alike stands for (sections/build.ts maps text back onto the source). */
export const STANDS_FOR: Readonly<Record<string, string>> = Object.fromEntries(Object.entries(LOOK_ALIKE).map(([c, l]) => [l, c]));
