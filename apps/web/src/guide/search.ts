import type { Lesson } from '@cairn/content';
import { fold, foldWithOrigin } from './fold';

export const MAX_QUERY_LENGTH = 200;
const MAX_TERMS = 8;
const SNIPPET_BEFORE = 60;
const SNIPPET_AFTER = 120;

export interface Snippet {
  before: string;
  match: string;
  after: string;
}

export interface SearchHit {
  lesson: Lesson;
  snippet: Snippet;
}

/** The words of a query, folded; punctuation only separates them. */
export function queryTerms(query: string): string[] {
  const words = fold(query.slice(0, MAX_QUERY_LENGTH))
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 0);
  return [...new Set(words)].slice(0, MAX_TERMS);
}

/** A lesson's Markdown as the sentences a reader sees: no link targets, marks or fences. */
export function plainText(markdown: string): string {
  return markdown
    .replace(/^(```|~~~).*$/gm, '')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/^\s{0,3}(#{1,6}|>|[-*+]|\d+[.)])\s+/gm, '')
    .replace(/[*_`]+/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Lessons that contain every word of the query, in title or text, ignoring case and
 * accents; those whose title matches come first, then reading order.
 */
export function searchLessons(lessons: readonly Lesson[], query: string): SearchHit[] {
  const terms = queryTerms(query);
  if (terms.length === 0) return [];
  const hits: { hit: SearchHit; titleMatches: number; order: number }[] = [];
  lessons.forEach((lesson, order) => {
    const title = fold(lesson.title);
    const text = plainText(lesson.body);
    const body = foldWithOrigin(text);
    if (!terms.every((term) => title.includes(term) || body.folded.includes(term))) return;
    const titleMatches = terms.filter((term) => title.includes(term)).length;
    hits.push({ hit: { lesson, snippet: snippetOf(text, body, terms) }, titleMatches, order });
  });
  return hits
    .sort((a, b) => b.titleMatches - a.titleMatches || a.order - b.order)
    .map(({ hit }) => hit);
}

function snippetOf(
  text: string,
  { folded, origin }: { folded: string; origin: number[] },
  terms: string[],
): Snippet {
  const found = terms
    .map((term) => ({ at: folded.indexOf(term), length: term.length }))
    .filter(({ at }) => at >= 0)
    .sort((a, b) => a.at - b.at)[0];
  if (!found) return { before: '', match: '', after: cut(text, 0, SNIPPET_AFTER) };

  const start = origin[found.at] ?? 0;
  const end = origin[found.at + found.length] ?? text.length;
  const from = wordStart(text, Math.max(0, start - SNIPPET_BEFORE));
  const to = wordEnd(text, Math.min(text.length, end + SNIPPET_AFTER));
  return {
    before: (from > 0 ? '…' : '') + text.slice(from, start),
    match: text.slice(start, end),
    after: text.slice(end, to) + (to < text.length ? '…' : ''),
  };
}

function cut(text: string, from: number, length: number): string {
  const to = wordEnd(text, Math.min(text.length, from + length));
  return text.slice(from, to) + (to < text.length ? '…' : '');
}

function wordStart(text: string, at: number): number {
  if (at === 0) return 0;
  const space = text.indexOf(' ', at);
  return space < 0 ? at : space + 1;
}

function wordEnd(text: string, at: number): number {
  if (at >= text.length) return text.length;
  const space = text.lastIndexOf(' ', at);
  return space <= 0 ? at : space;
}
