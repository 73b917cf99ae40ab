// Uppdrag och mål: the mandates and goals registers, with when each was last treated by a group
// (or by the chosen group) and the warnings the group lead must act on.
import { Field, makeStyles, Select } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { commonText } from '../../../../shared/i18n/sv/ui-common.ts';
import { registersUiText as t } from '../../../../shared/i18n/sv/ui-registers.ts';
import { useApiQuery } from '../../api/useApiQuery.ts';
import { paths } from '../../app/paths.ts';
import { Breadcrumbs } from '../../components/Breadcrumbs.tsx';
import { ErrorBar } from '../../components/ErrorBar.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { useDocumentTitle } from '../../components/useDocumentTitle.ts';
import { useGroupsStore } from '../../state/groupsStore.ts';
import { warningCount } from './CoverageCell.tsx';
import { GoalsSection } from './GoalsSection.tsx';
import { MandatesSection } from './MandatesSection.tsx';

const useStyles = makeStyles({
  filter: { maxWidth: '420px' },
  summary: { margin: '12px 0 0' },
});

export function RegistersPage() {
  useDocumentTitle(t.pageTitle);
  const styles = useStyles();
  const groups = useGroupsStore((s) => s.groups);
  const refreshGroups = useGroupsStore((s) => s.refresh);
  const [groupId, setGroupId] = useState('');
  const mandates = useApiQuery('mandates.list', {});
  const goals = useApiQuery('goals.list', {});
  const coverage = useApiQuery('registers.coverage', groupId ? { groupId } : {});
  const organisations = useApiQuery('organisations.list', {});

  useEffect(() => {
    void refreshGroups();
  }, [refreshGroups]);

  const refresh = async () => {
    await Promise.all([mandates.reload(), goals.reload(), coverage.reload()]);
  };
  const c = coverage.data;

  return (
    <>
      <Breadcrumbs items={[{ label: commonText.nav.start, to: paths.start }, { label: t.heading }]} />
      <PageHeading subtitle={t.intro}>{t.heading}</PageHeading>
      <Field className={styles.filter} label={t.group} hint={t.groupHint}>
        <Select value={groupId} onChange={(_e, data) => setGroupId(data.value)}>
          <option value="">{t.allGroups}</option>
          {groups.map((group) => (
            <option key={group.id} value={group.id}>
              {group.name}
            </option>
          ))}
        </Select>
      </Field>
      <ErrorBar error={coverage.error} onRetry={() => void coverage.reload()} />
      <p className={styles.summary} role="status">
        {c ? t.summary(warningCount([...c.mandates, ...c.goals])) : ''}
      </p>
      <MandatesSection query={mandates} coverage={c} organisations={organisations.data ?? []} onChanged={refresh} />
      <GoalsSection query={goals} coverage={c} onChanged={refresh} />
    </>
  );
}
