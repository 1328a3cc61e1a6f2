/**
 * One Mantine theme for both apps. Shades are chosen for contrast: filled controls use shade 8
 * (white text ≥ 4.5:1), and the "dimmed" and light-variant text colours are darkened, because
 * Mantine's defaults (gray.6, shade-6 light text) fall under 4.5:1 on white.
 */
import { createTheme, type CSSVariablesResolver } from '@mantine/core';

export const theme = createTheme({
  primaryColor: 'blue',
  primaryShade: { light: 8, dark: 8 },
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "DejaVu Sans", sans-serif',
  defaultRadius: 'sm',
  focusRing: 'always',
});

const lightTextColors = ['blue', 'green', 'red', 'orange', 'gray', 'teal', 'violet', 'yellow', 'cyan', 'grape', 'indigo', 'pink', 'lime', 'dark'];

export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
    '--mantine-color-placeholder': 'var(--mantine-color-gray-7)',
    '--mantine-color-anchor': 'var(--mantine-color-blue-9)',
    // Mantine's error red (red.6 on white) is under 4.5:1: field errors and error borders use red.9.
    '--mantine-color-error': 'var(--mantine-color-red-9)',
    ...Object.fromEntries(lightTextColors.map((c) => [`--mantine-color-${c}-light-color`, `var(--mantine-color-${c}-9)`])),
    ...Object.fromEntries(lightTextColors.map((c) => [`--mantine-color-${c}-outline`, `var(--mantine-color-${c}-9)`])),
    // green.9 (#2b8a3e) is 4.3:1 on white and less on its light tint (a "completed" badge): darker still.
    '--mantine-color-green-light-color': '#1e6b30',
  },
  dark: {},
});
