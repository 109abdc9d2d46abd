/**
 * The little inline markup that long texts in src/i18n/ may carry, so that a
 * translation can put emphasis and links where its own word order needs them:
 * `**strong**`, `*emphasis*`, `` `code` `` and `[link text](/path/)`. Nothing
 * else is markup; the page renders the segments, never the text as HTML.
 */
export type TRichSegment =
  | { kind: 'text' | 'strong' | 'em' | 'code'; text: string }
  | { kind: 'link'; text: string; href: string };

const MARKUP = /\*\*(.+?)\*\*|\*(.+?)\*|`(.+?)`|\[(.+?)\]\(([^)\s]+)\)/g;

/** `text` as segments to render. */
export function richText(text: string): TRichSegment[] {
  const segments: TRichSegment[] = [];
  let last = 0;
  for (const match of text.matchAll(MARKUP)) {
    if (match.index > last) segments.push({ kind: 'text', text: text.slice(last, match.index) });
    const [, strong, em, code, linkText, href] = match;
    if (strong !== undefined) segments.push({ kind: 'strong', text: strong });
    else if (em !== undefined) segments.push({ kind: 'em', text: em });
    else if (code !== undefined) segments.push({ kind: 'code', text: code });
    else segments.push({ kind: 'link', text: linkText!, href: href! });
    last = match.index + match[0].length;
  }
  if (last < text.length) segments.push({ kind: 'text', text: text.slice(last) });
  return segments;
}

/** Markup characters left in plain segments: a typo such as an unclosed `**`. */
export function strayMarkup(text: string): string[] {
  return richText(text)
    .filter((segment) => segment.kind === 'text')
    .flatMap((segment) => segment.text.match(/\*|`|\]\(/g) ?? []);
}
