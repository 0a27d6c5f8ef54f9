/** Plain text gets its structure back: headings, bullet-less lists, label lines, positions. */
import { describe, it, expect } from '@jest/globals';
import { parseText } from '../src/parse/text.js';
import { buildDocument } from '../src/sections/build.js';
import { looksLikeHeading, looksLikeListItem, labelOf } from '../src/parse/line-kinds.js';

function outline(text: string) {
  const doc = buildDocument('x.txt', text, 'text', parseText(text));
  return doc.blocks.map((b) => `${b.kind}:${doc.lines.point(b.srcStart).line}`);
}

describe('plain-text structure', () => {
  it('finds numbered and title-case headings, not sentences or label lines', () => {
    expect(looksLikeHeading('1. Who We Are')).toBe(true);
    expect(looksLikeHeading('2.1 Cookies and Similar Technologies')).toBe(true);
    expect(looksLikeHeading('YOUR RIGHTS')).toBe(true);
    expect(looksLikeHeading('How do we use your data?')).toBe(true);
    expect(looksLikeHeading('We collect your name.')).toBe(false);
    expect(looksLikeHeading('Last updated: April 9, 2026')).toBe(false);
    expect(looksLikeHeading('Encryption of data in transit (TLS 1.2+) and at rest')).toBe(false);
  });

  it('tells list items from prose after a lead-in', () => {
    expect(looksLikeListItem('Encryption of data in transit')).toBe(true);
    expect(looksLikeListItem('Account data: name and e-mail address.')).toBe(true);
    expect(looksLikeListItem('We never sell your data. We keep it only as long as you have an account.')).toBe(false);
    expect(labelOf('Email: privacy@tidewell.app')).toBe('Email');
    expect(labelOf('https://tidewell.app')).toBeNull();
  });

  it('builds headings, paragraphs and list items with source lines', () => {
    const text = 'Privacy Policy\nIntro sentence that is long enough to be prose.\n1. What We Collect\nWe collect:\n- name\n- e-mail\nThat is all we collect from you, nothing else.\n';
    expect(outline(text)).toEqual(['heading:1', 'paragraph:2', 'heading:3', 'paragraph:4', 'listItem:5', 'listItem:6', 'paragraph:7']);
  });

  it('joins hard-wrapped lines into one paragraph', () => {
    const text = 'We collect your name and e-mail address when you create an\naccount, and your IP address when you visit.\n';
    expect(outline(text)).toEqual(['paragraph:1']);
  });
});
