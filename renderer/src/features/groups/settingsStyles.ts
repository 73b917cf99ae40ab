// Shared look of the parts under "Inställningar för protokoll" on the group page.
import { makeStyles, tokens } from '@fluentui/react-components';

export const useSettingsStyles = makeStyles({
  part: { display: 'flex', flexDirection: 'column', gap: '10px', maxWidth: '960px' },
  h3: { margin: 0, fontSize: tokens.fontSizeBase400, lineHeight: tokens.lineHeightBase400, fontWeight: tokens.fontWeightSemibold },
  text: { margin: 0, maxWidth: '75ch' },
  hint: { margin: 0, maxWidth: '75ch', color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
});
