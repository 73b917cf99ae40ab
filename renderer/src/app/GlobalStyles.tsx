// Page-wide CSS: full-height layout, 14px system font, calm background.
import { makeStaticStyles, tokens } from '@fluentui/react-components';

const useStaticStyles = makeStaticStyles({
  'html, body, #root': { height: '100%', margin: 0, padding: 0 },
  body: {
    fontFamily: tokens.fontFamilyBase,
    fontSize: '14px',
    lineHeight: '1.5',
    color: tokens.colorNeutralForeground1,
    backgroundColor: tokens.colorNeutralBackground1,
    WebkitFontSmoothing: 'antialiased',
  },
  '*, *::before, *::after': { boxSizing: 'border-box' },
  'h1, h2, h3': { fontWeight: tokens.fontWeightSemibold, margin: 0 },
  // Columns sized by their content (dates and times stay narrow, names get the room).
  'table.fui-Table': { tableLayout: 'auto' },
});

export function GlobalStyles() {
  useStaticStyles();
  return null;
}
