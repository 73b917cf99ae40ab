// The key figures as tiles: a label, the number, and what it is made of.
import { makeStyles, tokens } from '@fluentui/react-components';
import type { Dashboard } from '../../../../shared/contract/index.ts';
import { dashboardUiText, formatShare } from '../../../../shared/i18n/sv/ui-dashboard.ts';

const t = dashboardUiText.tiles;

const useStyles = makeStyles({
  grid: { display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(200px, 1fr))', gap: '12px', listStyleType: 'none', margin: '16px 0 0', padding: 0 },
  tile: {
    display: 'flex',
    flexDirection: 'column',
    gap: '4px',
    padding: '12px 16px',
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  alert: { borderLeft: `4px solid ${tokens.colorPaletteRedBorder2}` },
  label: { margin: 0, color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase300 },
  value: { margin: 0, fontSize: tokens.fontSizeHero700, lineHeight: tokens.lineHeightHero700, fontWeight: tokens.fontWeightSemibold },
  detail: { margin: 0, color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
});

type Tile = { key: string; label: string; value: string; detail?: string; alert?: boolean };

function tiles(d: Dashboard): Tile[] {
  const followUp = d.followUpByGroup.reduce((sum, g) => ({ open: sum.open + g.openAtStart, done: sum.done + g.followedUp }), { open: 0, done: 0 });
  const coverage = d.coverageSummary;
  const reportBack = coverage.reportBackSoon + coverage.reportBackPassed;
  const notTreated = coverage.mandatesNotTreated + coverage.goalsNotTreated;
  return [
    { key: 'open', label: t.open, value: String(d.openActions) },
    { key: 'overdue', label: t.overdue, value: String(d.overdueActions), alert: d.overdueActions > 0 },
    { key: 'closed', label: t.closed, value: String(d.closedActions), detail: t.closedDetail(d.doneActions, d.cancelledActions) },
    { key: 'median', label: t.median, value: t.medianValue(d.medianDaysToClosure), detail: t.medianDetail },
    { key: 'rate', label: t.followUpRate, value: formatShare(d.followUpRate), detail: t.followUpDetail(followUp.done, followUp.open) },
    { key: 'withoutAction', label: t.withoutAction, value: String(d.decisionsWithoutAction.count) },
    { key: 'withoutRecipient', label: t.withoutRecipient, value: String(d.decisionsWithoutRecipient.count) },
    { key: 'coverage', label: t.coverage, value: String(notTreated + reportBack), detail: t.coverageDetail(notTreated, reportBack), alert: notTreated + reportBack > 0 },
  ];
}

export function FigureTiles({ dashboard }: { dashboard: Dashboard }) {
  const styles = useStyles();
  return (
    <ul className={styles.grid} aria-label={t.label}>
      {tiles(dashboard).map((tile) => (
        <li key={tile.key} className={tile.alert ? `${styles.tile} ${styles.alert}` : styles.tile}>
          <p className={styles.label}>{tile.label}</p>
          <p className={styles.value}>{tile.value}</p>
          {tile.detail && <p className={styles.detail}>{tile.detail}</p>}
        </li>
      ))}
    </ul>
  );
}
