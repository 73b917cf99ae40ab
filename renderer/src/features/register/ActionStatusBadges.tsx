// An action's status as text plus colour, never colour alone: the stored status, and the derived
// "Försenad" and "Behöver beslut" beside it.
import { Badge, makeStyles } from '@fluentui/react-components';
import type { ActionStatus } from '../../../../shared/contract/index.ts';
import { actionStatusLabel, overdueLabel } from '../../../../shared/i18n/sv/labels.ts';
import { registerText } from '../../../../shared/i18n/sv/ui-register.ts';

const colour: Record<ActionStatus, 'informative' | 'brand' | 'success' | 'subtle'> = {
  not_started: 'informative',
  in_progress: 'brand',
  done: 'success',
  cancelled: 'subtle',
};

const useStyles = makeStyles({
  badges: { display: 'flex', flexWrap: 'wrap', gap: '4px', alignItems: 'flex-start' },
});

type Props = { status: ActionStatus; overdue?: boolean; stale?: boolean };

export function ActionStatusBadges({ status, overdue = false, stale = false }: Props) {
  const styles = useStyles();
  return (
    <span className={styles.badges}>
      <Badge appearance="tint" color={colour[status]} shape="rounded">
        {actionStatusLabel[status]}
      </Badge>
      {overdue && (
        <Badge appearance="tint" color="danger" shape="rounded">
          {overdueLabel}
        </Badge>
      )}
      {stale && (
        <Badge appearance="tint" color="warning" shape="rounded">
          {registerText.table.stale}
        </Badge>
      )}
    </span>
  );
}
