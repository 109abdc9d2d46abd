/**
 * The heat map's shade for a stage (issue 15): lighter to darker with the
 * stage, so the order survives greyscale, and a text colour that keeps
 * WCAG AA (4.5:1) on it. The cell always prints the score and stage too.
 */
const SHADES: Record<number, { background: string; text: string }> = {
  1: { background: '#f1f5fb', text: '#1a1a1a' },
  2: { background: '#d6e4f5', text: '#1a1a1a' },
  3: { background: '#a9c6ea', text: '#1a1a1a' },
  4: { background: '#2f6fbf', text: '#ffffff' },
  5: { background: '#0b3d75', text: '#ffffff' },
};

/** The cell's inline style for a stage; none for a missing one. */
export function stageShade(stage: number | null): string {
  const shade = stage === null ? undefined : SHADES[stage];
  return shade ? `background:${shade.background};color:${shade.text}` : '';
}

/** The shades, for the test that checks their contrast. */
export const STAGE_SHADES = SHADES;
