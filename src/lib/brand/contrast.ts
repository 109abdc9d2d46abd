/**
 * WCAG 2.x contrast for a workspace's accent colour (issue 15). Pure; the
 * database refuses the same colours and a test cross-checks the two.
 *
 * - Relative luminance of #rrggbb: each channel c = byte / 255 is linearised,
 *   c ≤ 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055)^2.4, then
 *   L = 0.2126 R + 0.7152 G + 0.0722 B. (WCAG 2.x prints 0.03928 as the
 *   threshold; no byte value lies between the two, so both give the same L.)
 * - Contrast ratio (L_lighter + 0.05) / (L_darker + 0.05), compared unrounded:
 *   4.5 passes, 4.49 fails (#767676 on white is 4.54 and passes, #777777 is
 *   4.48 and fails). Over all 2^24 colours no luminance lies within 1e-8 of
 *   the 4.5:1 boundary against white, so floating point never decides a case.
 *
 * Where the report uses the accent (report-brand.ts): as text on white (the
 * brand name, the dimension tags at 0.8rem bold: normal-size text, 4.5:1), as
 * large text on #f3f5f8 (the summary's score, 3:1), and as borders and as the
 * fill of the "you" marker and its legend key, empty dots on a white ring
 * (non-text, 3:1). No white text sits on the accent today; should a branded
 * badge or button put some there, the ratio is symmetric, so it is the same
 * check. 4.5:1 against white implies at least 4.13:1 against #f3f5f8, which
 * covers the large-text and non-text uses.
 */

/** WCAG AA for normal-size text. */
export const AA_TEXT = 4.5;

/** The page the report is printed on, and the text colour of marks on the accent. */
const WHITE = '#ffffff';

const HEX_COLOUR = /^#[0-9a-f]{6}$/i;

/** Why an accent is refused: not a #rrggbb colour, or under 4.5:1 against white. */
export type TAccentProblem = 'not_a_colour' | 'low_contrast';

/** Whether `value` is a #rrggbb colour (either case), the only form the report accepts. */
export function isHexColour(value: string): boolean {
  return HEX_COLOUR.test(value);
}

function channel(byte: number): number {
  const c = byte / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

/** WCAG relative luminance (0 black … 1 white) of a #rrggbb colour; throws on any other form. */
export function relativeLuminance(colour: string): number {
  if (!isHexColour(colour)) throw new RangeError(`not a #rrggbb colour: ${colour}`);
  const [r, g, b] = [1, 3, 5].map((at) => channel(parseInt(colour.slice(at, at + 2), 16)));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

/** WCAG contrast ratio of two #rrggbb colours, 1 to 21, unrounded; order does not matter. */
export function contrastRatio(first: string, second: string): number {
  const [darker, lighter] = [relativeLuminance(first), relativeLuminance(second)].sort(
    (a, b) => a - b,
  );
  return (lighter! + 0.05) / (darker! + 0.05);
}

/**
 * Null when the accent passes AA (4.5:1) as text on white and under white
 * text (one check, the ratio being symmetric); otherwise why it is refused.
 */
export function accentProblem(accent: string): TAccentProblem | null {
  if (!isHexColour(accent)) return 'not_a_colour';
  return contrastRatio(accent, WHITE) >= AA_TEXT ? null : 'low_contrast';
}
