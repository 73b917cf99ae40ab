// "Åtgärdslista (.docx)": opens the filter dialog, then saves the document and says so.
import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { documentsText } from '../../../../shared/i18n/sv/ui-documents.ts';
import { useDialog } from '../../components/useDialog.ts';
import { ActionListDialog } from './ActionListDialog.tsx';

const useStyles = makeStyles({ status: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200, alignSelf: 'center' } });

export function ActionListButton({ groupId }: { groupId: string | null }) {
  const styles = useStyles();
  const dialog = useDialog();
  const [message, setMessage] = useState('');
  return (
    <>
      <Button onClick={() => dialog.show(true)}>{documentsText.actionList.button}</Button>
      <span role="status" aria-live="polite" className={styles.status}>
        {message}
      </span>
      {dialog.key > 0 && (
        <ActionListDialog
          key={dialog.key}
          open={dialog.open}
          groupId={groupId}
          onClose={dialog.close}
          onSaved={(fileName) => {
            dialog.close();
            setMessage(documentsText.menu.saved([fileName]));
          }}
        />
      )}
    </>
  );
}
