// When a mandate or goal was last treated ("Senast behandlad 2026-03-05 i Styrgruppen § 7" or
// "Aldrig behandlad"), and the warnings as badges that say in words what is wrong.
import { Badge, makeStyles, tokens } from '@fluentui/react-components';
import type { GoalCoverage, MandateCoverage } from '../../../../shared/contract/index.ts';
import { coverageText } from '../../../../shared/i18n/sv/registers.ts';
import { registersUiText as t } from '../../../../shared/i18n/sv/ui-registers.ts';

const useStyles = makeStyles({
  cell: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start', gap: '4px', minWidth: '200px' },
  // Fluent's badge is one line high; warnings may wrap in a narrow column.
  badge: { height: 'auto', minHeight: '20px', whiteSpace: 'normal', paddingBlock: '2px' },
  nowrap: { whiteSpace: 'nowrap' },
  muted: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  srOnly: { position: 'absolute', width: '1px', height: '1px', overflow: 'hidden', clipPath: 'inset(50%)', whiteSpace: 'nowrap' },
});

/** A warning as a badge: visible words, with "Varning:" for screen readers. */
export function WarningBadge({ text }: { text: string }) {
  const styles = useStyles();
  return (
    <Badge className={styles.badge} appearance="tint" color="danger" shape="rounded">
      <span className={styles.srOnly}>{t.warningPrefix} </span>
      {text}
    </Badge>
  );
}

export function CoverageCell({ entry, periodMonths }: { entry: MandateCoverage | GoalCoverage | undefined; periodMonths: number | null }) {
  const styles = useStyles();
  if (!entry) return null;
  const last = entry.lastTreated;
  return (
    <div className={styles.cell}>
      <span>{last ? <LastTreated {...last} /> : coverageText.neverTreated}</span>
      {entry.daysSinceTreated !== null && <span className={styles.muted}>{coverageText.daysAgo(entry.daysSinceTreated)}</span>}
      {entry.warnings.notTreated && <WarningBadge text={coverageText.notTreated(periodMonths)} />}
      {!entry.monitored && <span className={styles.muted}>{t.notMonitored}</span>}
    </div>
  );
}

/** The sentence with its date kept on one line (a date must not break at its hyphens). */
function LastTreated({ date, groupName, sectionNumbers }: { date: string; groupName: string; sectionNumbers: number[] }) {
  const styles = useStyles();
  const text = coverageText.lastTreated(date, groupName, sectionNumbers);
  const at = text.indexOf(date);
  return (
    <>
      {text.slice(0, at)}
      <span className={styles.nowrap}>{date}</span>
      {text.slice(at + date.length)}
    </>
  );
}

/** The report-back warnings of an active mandate. */
export function ReportBackWarning({ entry }: { entry: MandateCoverage | undefined }) {
  if (!entry || entry.reportBackInDays === null) return null;
  if (entry.warnings.reportBackPassed && entry.reportBackDate) return <WarningBadge text={coverageText.reportBackPassed(entry.reportBackDate)} />;
  if (entry.warnings.reportBackSoon) return <WarningBadge text={coverageText.reportBackSoon(entry.reportBackInDays)} />;
  return null;
}

/** How many mandates and goals carry at least one warning. */
export function warningCount(entries: readonly (MandateCoverage | GoalCoverage)[]): number {
  return entries.filter((e) => Object.values(e.warnings).some(Boolean)).length;
}
