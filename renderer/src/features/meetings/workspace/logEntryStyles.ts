// The look of the protocol's logs beside the approved text (corrections, redactions): a list of
// entries with a coloured edge, a muted line of who and when, then the text.
import { makeStyles, tokens } from '@fluentui/react-components';

export const useLogEntryStyles = makeStyles({
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: '8px' },
  entry: {
    padding: '10px 14px',
    borderLeftWidth: '3px',
    borderLeftStyle: 'solid',
    backgroundColor: tokens.colorNeutralBackground2,
    borderRadius: tokens.borderRadiusMedium,
  },
  correction: { borderLeftColor: tokens.colorPaletteMarigoldBorderActive },
  redaction: { borderLeftColor: tokens.colorPaletteDarkOrangeBorderActive },
  meta: { margin: 0, color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  text: { margin: '4px 0 0 0', whiteSpace: 'pre-wrap' },
});
