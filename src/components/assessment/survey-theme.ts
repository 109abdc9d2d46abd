/**
 * An accessible SurveyJS theme: the default's light-grey text and teal
 * primary fail WCAG AA contrast; these pass it on white.
 */
export const accessibleTheme = {
  themeName: 'cx-accessible',
  colorPalette: 'light',
  isPanelless: true,
  cssVariables: {
    '--sjs-general-backcolor': '#ffffff',
    '--sjs-general-backcolor-dark': '#f3f5f8',
    '--sjs-general-backcolor-dim': '#ffffff',
    '--sjs-general-backcolor-dim-light': '#f7f8fa',
    '--sjs-general-backcolor-dim-dark': '#eef1f5',
    '--sjs-general-forecolor': '#1b1f24',
    '--sjs-general-forecolor-light': '#4a5360',
    '--sjs-general-dim-forecolor': '#1b1f24',
    '--sjs-general-dim-forecolor-light': '#4a5360',
    '--sjs-primary-backcolor': '#0b5cad',
    '--sjs-primary-backcolor-light': 'rgba(11, 92, 173, 0.1)',
    '--sjs-primary-backcolor-dark': '#094a8c',
    '--sjs-primary-forecolor': '#ffffff',
    '--sjs-primary-forecolor-light': 'rgba(255, 255, 255, 0.25)',
    '--sjs-secondary-backcolor': '#b35900',
    '--sjs-border-light': '#d5dbe3',
    '--sjs-border-default': '#8a94a3',
    '--sjs-border-inside': '#8a94a3',
    '--sjs-special-red': '#b00020',
    '--sjs-special-red-light': 'rgba(176, 0, 32, 0.08)',
    '--sjs-special-red-forecolor': '#ffffff',
    '--sjs-font-family': 'inherit',
    '--sjs-corner-radius': '6px',
    '--sjs-base-unit': '8px',
  },
};
