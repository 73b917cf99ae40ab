// Look of the follow-up item: one card per action (the meeting page's card, useSectionStyles), its facts on a line or two, the recording
// fields below; a stale action is marked with a warning band, "Försenad" in red text.
import { makeStyles, tokens } from '@fluentui/react-components';

export const useFollowUpStyles = makeStyles({
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: '12px' },
  cardOverdue: { borderLeftColor: tokens.colorStatusDangerBorder2 },
  cardStale: { borderLeftColor: tokens.colorStatusWarningBorder2 },
  h4: { margin: 0, fontSize: tokens.fontSizeBase300, lineHeight: tokens.lineHeightBase300, fontWeight: tokens.fontWeightSemibold },
  facts: { display: 'flex', flexWrap: 'wrap', columnGap: '20px', rowGap: '4px', margin: 0 },
  fact: { display: 'flex', gap: '6px', margin: 0 },
  factWide: { flexBasis: '100%' },
  term: { color: tokens.colorNeutralForeground2 },
  value: { margin: 0, fontVariantNumeric: 'tabular-nums' },
  overdue: { color: tokens.colorStatusDangerForeground1, fontWeight: tokens.fontWeightSemibold },
  muted: { margin: 0, color: tokens.colorNeutralForeground2 },
  text: { margin: 0, whiteSpace: 'pre-wrap' },
  form: { display: 'flex', flexDirection: 'column', gap: '10px' },
  row: { display: 'flex', gap: '12px', flexWrap: 'wrap', alignItems: 'flex-start', '& > *': { flex: '1 1 200px' } },
  buttons: { display: 'flex', gap: '8px', flexWrap: 'wrap', alignItems: 'center' },
  stale: {
    display: 'flex',
    flexDirection: 'column',
    gap: '6px',
    padding: '8px 12px',
    border: `1px solid ${tokens.colorStatusWarningBorder1}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorStatusWarningBackground1,
    color: tokens.colorNeutralForeground1,
  },
  staleMarker: { margin: 0, fontWeight: tokens.fontWeightSemibold },
  entry: {
    display: 'flex',
    flexDirection: 'column',
    gap: '4px',
    padding: '8px 12px',
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  protocolLine: { margin: 0, fontStyle: 'italic' },
});
