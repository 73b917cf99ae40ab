// Who took part: members present, absent or replaced ("X ersätter Y"), others present, and the
// meeting's chair, secretary and adjusters picked from those present. Each change saves at once.
import { Button, Field, makeStyles, Select, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { ApiError, Result } from '../../../../../shared/contract/index.ts';
import { commonText } from '../../../../../shared/i18n/sv/ui-common.ts';
import { meetingText } from '../../../../../shared/i18n/sv/ui-meeting.ts';
import { call } from '../../../api/client.ts';
import { ErrorBar } from '../../../components/ErrorBar.tsx';
import { useAttendanceStyles } from './attendanceShared.tsx';
import { useWorkspace } from './context.ts';
import { useSectionStyles } from './DecisionsSection.tsx';
import { MemberRow } from './MemberRow.tsx';
import { OthersPresent } from './OthersPresent.tsx';
import { RolesSection } from './RolesSection.tsx';

const t = meetingText.attendance;

const useStyles = makeStyles({
  panel: { display: 'flex', flexDirection: 'column', gap: '24px', minWidth: 0 },
  h2: { margin: 0, fontSize: tokens.fontSizeBase500, lineHeight: tokens.lineHeightBase500, fontWeight: tokens.fontWeightSemibold },
});

export function AttendancePanel() {
  const styles = useStyles();
  const shared = useAttendanceStyles();
  const section = useSectionStyles();
  const ws = useWorkspace();
  const { detail, readOnly } = ws;
  const [error, setError] = useState<ApiError | null>(null);
  const run = async (action: () => Promise<Result<unknown>>) => {
    const result = await ws.write(action);
    setError(result.ok ? null : result.error);
  };

  return (
    <div className={styles.panel}>
      <h2 id="attendance-heading" className={styles.h2}>
        {t.heading}
      </h2>
      <ErrorBar error={error} />

      <section className={section.section} aria-labelledby="attendance-members">
        <div className={section.head}>
          <h3 id="attendance-members" className={section.h3}>
            {t.members}
          </h3>
          {!readOnly && <Button onClick={() => void run(() => call('attendance.fillFromMembers', { meetingId: detail.meeting.id }))}>{t.fill}</Button>}
        </div>
        {!readOnly && detail.attendance.length === 0 && <p className={section.muted}>{t.fillHint}</p>}
        {detail.attendance.length > 0 && (
          <table className={shared.table} aria-labelledby="attendance-members">
            <thead>
              <tr>
                <th>{t.columns.name}</th>
                <th>{t.columns.organisation}</th>
                <th>{t.columns.role}</th>
                <th>{t.columns.status}</th>
                {!readOnly && <th>{t.columns.replaces}</th>}
                {!readOnly && <th>{commonText.actions}</th>}
              </tr>
            </thead>
            <tbody>
              {detail.attendance.map((a) => (
                <MemberRow key={a.id} entry={a} run={run} onError={setError} />
              ))}
            </tbody>
          </table>
        )}
        {!readOnly && <AddPerson onAdd={(personId) => run(() => call('attendance.set', { meetingId: detail.meeting.id, personId, status: 'present' }))} />}
      </section>

      <OthersPresent />
      <RolesSection />
    </div>
  );
}

function AddPerson({ onAdd }: { onAdd(personId: string): Promise<void> }) {
  const styles = useAttendanceStyles();
  const ws = useWorkspace();
  const [personId, setPersonId] = useState('');
  const present = new Set(ws.detail.attendance.map((a) => a.personId));
  const candidates = ws.lookups.people.filter((p) => !present.has(p.id));
  if (candidates.length === 0) return null;
  return (
    <div className={styles.inline}>
      <Field label={t.addPersonLabel}>
        <Select value={personId} onChange={(_e, d) => setPersonId(d.value)}>
          <option value="">{commonText.chooseOption}</option>
          {candidates.map((p) => (
            <option key={p.id} value={p.id}>
              {p.organisationName ? `${p.name}, ${p.organisationName}` : p.name}
            </option>
          ))}
        </Select>
      </Field>
      <Button
        disabled={!personId}
        onClick={() =>
          void onAdd(personId).then(() => {
            setPersonId('');
          })
        }
      >
        {t.addPerson}
      </Button>
    </div>
  );
}
