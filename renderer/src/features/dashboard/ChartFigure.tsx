// A chart with its numbers: the drawing is one image with a name (screen readers skip its
// parts), and the same figures as a table — always there for screen readers, shown on the
// page with "Visa som tabell".
import { makeStyles, ToggleButton, tokens } from '@fluentui/react-components';
import { useState, type ReactNode } from 'react';
import { dashboardUiText as t } from '../../../../shared/i18n/sv/ui-dashboard.ts';
import { PageSection } from '../../components/PageHeading.tsx';

const useStyles = makeStyles({
  chart: { width: '100%', minWidth: 0 },
  note: { margin: 0, color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  srOnly: { position: 'absolute', width: '1px', height: '1px', overflow: 'hidden', clipPath: 'inset(50%)', whiteSpace: 'nowrap' },
});

type Props = {
  id: string;
  title: string;
  /** The chart's accessible name: what kind of chart, and of what. */
  label: string;
  table: ReactNode;
  children: ReactNode;
};

export function ChartFigure({ id, title, label, table, children }: Props) {
  const styles = useStyles();
  const [showTable, setShowTable] = useState(false);
  const tableId = `${id}-table`;
  return (
    <PageSection
      id={id}
      title={title}
      actions={
        <ToggleButton size="small" checked={showTable} aria-controls={tableId} onClick={() => setShowTable((shown) => !shown)}>
          {t.charts.showTable}
        </ToggleButton>
      }
    >
      <div role="img" aria-label={label} className={styles.chart}>
        {/* recharts names its legend icons in English; the image's name and the table say it all. */}
        <div aria-hidden="true">{children}</div>
      </div>
      <p className={styles.note}>{t.charts.tableNote}</p>
      <div id={tableId} className={showTable ? undefined : styles.srOnly}>
        {table}
      </div>
    </PageSection>
  );
}
