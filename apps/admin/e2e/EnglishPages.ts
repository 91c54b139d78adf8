// What an English page still says in Swedish, or as a raw translation key (issue 21 item 1:
// the panel in English for every role). polyglot runs with allowMissing, so a key missing
// from the English messages is shown as the key itself ("app.reports.title"); a Swedish text
// left behind is one of the Swedish messages' own strings, or a Swedish word on a control.
import type { Page } from 'playwright-core';
import { messages } from '../src/i18n/i18nProvider';

type Tree = { readonly [key: string]: unknown };

function leaves(tree: unknown): string[] {
  if (typeof tree === 'string') return [tree];
  if (tree === null || typeof tree !== 'object') return [];
  return Object.values(tree as Tree).flatMap(leaves);
}

/**
 * The Swedish messages' texts that the English ones do not also use (so "Budget" or "Status"
 * is no leftover), whole texts without placeholders and long enough to be words.
 */
export const SWEDISH_ONLY: readonly string[] = (() => {
  const english = new Set(leaves(messages.en).map((text) => text.trim()));
  return [
    ...new Set(
      leaves(messages.sv)
        .map((text) => text.trim())
        .filter((text) => text.length >= 4 && !/%\{|\|\|\|/.test(text) && !english.has(text)),
    ),
  ];
})();

/** Swedish words no English label has: looked for on controls, headings and labels only. */
const SWEDISH_WORDS =
  /(^|[\s(])(och|för|till|inte|eller|med|som|på|av|är|har|ska|alla|antal|visa|inga|ny|nytt|spara|sök|från|vid)(?=$|[\s),.:])/i;

/**
 * Running Swedish text (a report's note, a paragraph): two or more of these words. Searched
 * in every text on the page outside an element marked lang="sv" (WCAG 3.1.2 allows Swedish
 * on an English page only so marked) and outside data cells, a record's fields and quotes,
 * which show what was recorded, in whatever language it was written.
 */
const SWEDISH_PROSE =
  /(^|[\s(])(och|för|till|inte|eller|med|som|på|är|har|ska|alla|inga|från|vid|räknas|visas|endast|dina|egna)(?=$|[\s),.:;])/gi;

export interface Leftover {
  readonly text: string;
  readonly why: 'key' | 'swedish message' | 'swedish word' | 'swedish prose' | 'page language';
}

/** Everything on the page (text and accessible names) that is not English. */
export async function leftoversOn(page: Page): Promise<Leftover[]> {
  return page.evaluate(
    ({ swedish, wordSource, proseSource }) => {
      const swedishSet = new Set(swedish);
      const word = new RegExp(wordSource, 'i');
      const proseWords = (text: string) =>
        new Set([...text.matchAll(new RegExp(proseSource, 'gi'))].map((m) => m[2]?.toLowerCase()))
          .size;
      // The nearest lang decides (the page's own, <html lang>, must be English itself).
      const markedOrData = (el: Element | null) =>
        el?.closest('[lang]')?.getAttribute('lang') === 'sv' ||
        !!el?.closest('td, .ra-field, blockquote, q, input, textarea, [contenteditable="true"]');
      const key = /\b(app|ra|resources)\.[A-Za-z_]+\.[A-Za-z_.]+/;
      type Why = 'key' | 'swedish message' | 'swedish word' | 'swedish prose' | 'page language';
      const found = new Map<string, Why>();
      const pageLanguage = document.documentElement.lang;
      if (pageLanguage !== 'en') found.set(`<html lang="${pageLanguage}">`, 'page language');
      const visible = (el: Element | null) =>
        !!el && (el as HTMLElement).offsetParent !== null && !el.closest('[aria-hidden="true"]');
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = (node.textContent ?? '').trim();
        if (!text || !visible(node.parentElement)) continue;
        if (key.test(text)) found.set(text, 'key');
        else if (swedishSet.has(text)) found.set(text, 'swedish message');
        else if (proseWords(text) >= 2 && !markedOrData(node.parentElement))
          found.set(text, 'swedish prose');
      }
      const named = document.querySelectorAll('[aria-label], [placeholder], [title], [alt]');
      for (const el of named) {
        for (const attribute of ['aria-label', 'placeholder', 'title', 'alt']) {
          const text = (el.getAttribute(attribute) ?? '').trim();
          if (!text) continue;
          if (key.test(text)) found.set(text, 'key');
          else if (swedishSet.has(text)) found.set(text, 'swedish message');
          else if (word.test(text)) found.set(text, 'swedish word');
        }
      }
      const controls = document.querySelectorAll(
        'button, [role="menuitem"], [role="tab"], label, legend, th, h1, h2, h3, .MuiInputLabel-root',
      );
      for (const el of controls) {
        const text = ((el as HTMLElement).innerText ?? '').trim();
        if (text && visible(el) && word.test(text) && !found.has(text))
          found.set(text, 'swedish word');
      }
      return [...found].map(([text, why]) => ({ text, why }));
    },
    {
      swedish: SWEDISH_ONLY,
      wordSource: SWEDISH_WORDS.source,
      proseSource: SWEDISH_PROSE.source,
    },
  );
}
