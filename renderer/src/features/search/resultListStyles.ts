// The hit list's look: absolutely placed rows of one fixed height the virtualiser knows, each
// with its kind and title, up to two lines of snippet, and where the hit belongs.
import { makeStyles, tokens } from '@fluentui/react-components';
import { virtualBody, virtualRow, virtualScroller } from '../../components/virtualListStyles.ts';

export const ROW_HEIGHT = 104;

export const useResultListStyles = makeStyles({
  scroller: virtualScroller,
  body: virtualBody,
  row: {
    ...virtualRow(ROW_HEIGHT),
    boxSizing: 'border-box',
    display: 'flex',
    flexDirection: 'column',
    gap: '4px',
    padding: '10px 14px',
  },
  head: { display: 'flex', alignItems: 'center', gap: '8px', minWidth: 0 },
  title: {
    minWidth: 0,
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    whiteSpace: 'nowrap',
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorBrandForegroundLink,
    textDecorationLine: 'none',
    ':hover': { textDecorationLine: 'underline' },
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '2px', borderRadius: '2px' },
  },
  snippet: {
    margin: 0,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    display: '-webkit-box',
    WebkitLineClamp: 2,
    WebkitBoxOrient: 'vertical',
    overflow: 'hidden',
    overflowWrap: 'break-word',
  },
  context: {
    margin: 0,
    marginTop: 'auto',
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    color: tokens.colorNeutralForeground2,
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    whiteSpace: 'nowrap',
  },
  muted: { color: tokens.colorNeutralForeground2 },
});
