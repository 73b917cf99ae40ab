// The command palette's look: a wide dialog near the top of the window, the text box, and the
// options in titled sections with the active one marked (by colour and a bar, not colour alone).
import { makeStyles, tokens } from '@fluentui/react-components';

export const usePaletteStyles = makeStyles({
  surface: { maxWidth: '680px', width: 'calc(100vw - 48px)', padding: '16px', margin: '10vh auto auto' },
  body: { display: 'flex', flexDirection: 'column', gap: '8px' },
  input: { width: '100%' },
  listbox: { maxHeight: '56vh', overflowY: 'auto', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: '8px' },
  group: { display: 'flex', flexDirection: 'column', gap: '2px' },
  heading: {
    padding: '4px 10px 2px',
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorNeutralForeground2,
  },
  option: {
    position: 'relative',
    display: 'flex',
    flexDirection: 'column',
    gap: '2px',
    padding: '6px 10px',
    borderRadius: tokens.borderRadiusMedium,
    cursor: 'pointer',
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover },
  },
  active: {
    backgroundColor: tokens.colorNeutralBackground1Selected,
    outline: `2px solid ${tokens.colorStrokeFocus2}`,
    outlineOffset: '-2px',
    '::before': {
      content: '""',
      position: 'absolute',
      left: '2px',
      top: '6px',
      bottom: '6px',
      width: '3px',
      borderRadius: '2px',
      backgroundColor: tokens.colorBrandBackground,
    },
  },
  line: { display: 'flex', alignItems: 'center', gap: '8px', minWidth: 0 },
  label: { minWidth: 0, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' },
  detail: {
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    color: tokens.colorNeutralForeground2,
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    whiteSpace: 'nowrap',
  },
  muted: { margin: 0, padding: '4px 10px', color: tokens.colorNeutralForeground2 },
  srOnly: { position: 'absolute', width: '1px', height: '1px', overflow: 'hidden', clipPath: 'inset(50%)', whiteSpace: 'nowrap' },
});
