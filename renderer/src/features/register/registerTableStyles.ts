// The register table's look: one CSS grid shared by the header and every (absolutely placed)
// row, so columns line up without a real <table>, and a fixed row height the virtualiser knows.
import { makeStyles, tokens } from '@fluentui/react-components';
import { virtualBody, virtualRow, virtualScroller } from '../../components/virtualListStyles.ts';

export const HEADER_HEIGHT = 44;
export const ROW_HEIGHT = 76;

const columns = 'minmax(0, 2fr) minmax(0, 1.3fr) 88px 140px 118px minmax(0, 1.5fr) 48px';

export const useTableStyles = makeStyles({
  scroller: { ...virtualScroller, fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase200 },
  head: {
    position: 'sticky',
    top: 0,
    zIndex: 1,
    height: `${HEADER_HEIGHT}px`,
    backgroundColor: tokens.colorNeutralBackground2,
    borderBottom: `1px solid ${tokens.colorNeutralStroke1}`,
  },
  grid: { display: 'grid', gridTemplateColumns: columns, columnGap: '10px', padding: '0 12px', boxSizing: 'border-box' },
  headRow: { height: '100%', alignItems: 'center' },
  headCell: { fontWeight: tokens.fontWeightSemibold, color: tokens.colorNeutralForeground1, minWidth: 0 },
  sortButton: {
    display: 'inline-flex',
    alignItems: 'center',
    gap: '4px',
    padding: '2px 4px',
    margin: '0 -4px',
    border: 'none',
    borderRadius: tokens.borderRadiusMedium,
    background: 'none',
    font: 'inherit',
    fontWeight: tokens.fontWeightSemibold,
    color: 'inherit',
    textAlign: 'start',
    cursor: 'pointer',
    ':hover': { backgroundColor: tokens.colorNeutralBackground2Hover },
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}` },
  },
  body: virtualBody,
  row: { ...virtualRow(ROW_HEIGHT), alignItems: 'start', paddingTop: '8px', paddingBottom: '8px' },
  cell: { minWidth: 0, overflow: 'hidden', display: 'flex', flexDirection: 'column', gap: '2px', maxHeight: `${ROW_HEIGHT - 16}px` },
  clamp: { display: '-webkit-box', WebkitLineClamp: 3, WebkitBoxOrient: 'vertical', overflow: 'hidden', overflowWrap: 'break-word', hyphens: 'auto' },
  clamp2: { display: '-webkit-box', WebkitLineClamp: 2, WebkitBoxOrient: 'vertical', overflow: 'hidden', overflowWrap: 'break-word', hyphens: 'auto' },
  muted: { color: tokens.colorNeutralForeground2 },
  nowrap: { whiteSpace: 'nowrap' },
  number: { textAlign: 'end', fontVariantNumeric: 'tabular-nums' },
  titleButton: {
    padding: 0,
    border: 'none',
    background: 'none',
    font: 'inherit',
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorBrandForegroundLink,
    textAlign: 'start',
    cursor: 'pointer',
    ':hover': { textDecorationLine: 'underline' },
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '2px', borderRadius: '2px' },
  },
  srOnly: { position: 'absolute', width: '1px', height: '1px', overflow: 'hidden', clipPath: 'inset(50%)', whiteSpace: 'nowrap' },
});
