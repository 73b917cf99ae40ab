// The look every virtualised list shares (see useVirtualRows): a bordered scroll area that takes
// the page's remaining height, a body as tall as all rows, and absolutely placed rows of the one
// fixed height the virtualiser knows, marking the focused row and the hovered one. Each list adds
// its own layout to these in its makeStyles.
import { tokens, type GriffelStyle } from '@fluentui/react-components';

export const virtualScroller: GriffelStyle = {
  position: 'relative',
  flex: '1 1 auto',
  minHeight: '320px',
  overflowY: 'auto',
  overflowX: 'hidden',
  border: `1px solid ${tokens.colorNeutralStroke2}`,
  borderRadius: tokens.borderRadiusMedium,
  backgroundColor: tokens.colorNeutralBackground1,
};

export const virtualBody: GriffelStyle = { position: 'relative', width: '100%' };

export const virtualRow = (height: number): GriffelStyle => ({
  position: 'absolute',
  top: 0,
  left: 0,
  width: '100%',
  height: `${height}px`,
  borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  overflow: 'hidden',
  ':focus-within': { backgroundColor: tokens.colorNeutralBackground1Selected },
  ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover },
});
