// One click from the dashboard to the report to a committee; says which file was saved.
import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { documentsText } from '../../../../shared/i18n/sv/ui-documents.ts';
import { dashboardUiText } from '../../../../shared/i18n/sv/ui-dashboard.ts';
import { useApiQuery } from '../../api/useApiQuery.ts';
import { useDialog } from '../../components/useDialog.ts';
import { CommitteeReportDialog } from './CommitteeReportDialog.tsx';

const useStyles = makeStyles({
  row: { display: 'flex', gap: '8px', alignItems: 'center', flexWrap: 'wrap' },
  status: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
});

/** `today` (YYYY-MM-DD, Stockholm) sets the default period: this calendar year. */
export function CommitteeReportButton({ today }: { today: string }) {
  const styles = useStyles();
  const dialog = useDialog();
  const [message, setMessage] = useState('');
  const organisations = useApiQuery('organisations.list', {});
  const committees = (organisations.data ?? []).filter((o) => o.kind === 'committee');
  return (
    <div className={styles.row}>
      <Button appearance="primary" disabled={organisations.loading} onClick={() => dialog.show(true)}>
        {dashboardUiText.report.button}
      </Button>
      <span role="status" aria-live="polite" className={styles.status}>
        {message}
      </span>
      {dialog.key > 0 && (
        <CommitteeReportDialog
          key={dialog.key}
          open={dialog.open}
          committees={committees}
          year={today.slice(0, 4)}
          onClose={dialog.close}
          onSaved={(fileName) => {
            dialog.close();
            setMessage(documentsText.menu.saved([fileName]));
          }}
        />
      )}
    </div>
  );
}
