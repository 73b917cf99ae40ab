// The meeting's chair, secretary and two adjusters, picked from those present; read-only once
// the protocol is locked.
import { Field, Select } from '@fluentui/react-components';
import { useState } from 'react';
import type { ApiError } from '../../../../../shared/contract/index.ts';
import { commonText } from '../../../../../shared/i18n/sv/ui-common.ts';
import { meetingText } from '../../../../../shared/i18n/sv/ui-meeting.ts';
import { call } from '../../../api/client.ts';
import { ErrorBar } from '../../../components/ErrorBar.tsx';
import { personOptions, useAttendanceStyles } from './attendanceShared.tsx';
import { useWorkspace } from './context.ts';
import { useSectionStyles } from './DecisionsSection.tsx';

const t = meetingText.attendance;

export function RolesSection() {
  const styles = useAttendanceStyles();
  const section = useSectionStyles();
  const ws = useWorkspace();
  const { detail, readOnly } = ws;
  const m = detail.meeting;
  const [chair, setChair] = useState(m.chairPersonId ?? '');
  const [secretary, setSecretary] = useState(m.secretaryPersonId ?? '');
  const [adj1, setAdj1] = useState(m.adjusterPersonIds[0] ?? '');
  const [adj2, setAdj2] = useState(m.adjusterPersonIds[1] ?? '');
  const [error, setError] = useState<ApiError | null>(null);
  const present = detail.attendance.filter((a) => a.status !== 'absent');

  const save = async (next: { chair?: string; secretary?: string; adj1?: string; adj2?: string }) => {
    const values = { chair, secretary, adj1, adj2, ...next };
    const adjusters = [values.adj1, values.adj2].filter((v, i, all) => v && all.indexOf(v) === i);
    const result = await ws.write(() =>
      call('meetings.update', {
        id: m.id,
        chairPersonId: values.chair || null,
        secretaryPersonId: values.secretary || null,
        adjusterPersonIds: adjusters,
      }),
    );
    setError(result.ok ? null : result.error);
  };

  if (readOnly) {
    const rows: [string, string][] = [
      [t.chair, detail.chair?.name ?? commonText.none],
      [t.secretary, detail.secretary?.name ?? commonText.none],
      [t.adjuster1, detail.adjusters.map((a) => a.name).join(', ') || commonText.none],
    ];
    return (
      <section className={section.section} aria-labelledby="attendance-roles">
        <h3 id="attendance-roles" className={section.h3}>
          {t.roles}
        </h3>
        <dl className={styles.roles}>
          {rows.map(([term, value]) => (
            <div key={term}>
              <dt className={section.muted}>{term}</dt>
              <dd style={{ margin: 0 }}>{value}</dd>
            </div>
          ))}
        </dl>
      </section>
    );
  }

  const select = (label: string, value: string, onChange: (v: string) => void, key: 'chair' | 'secretary' | 'adj1' | 'adj2') => (
    <Field label={label} validationMessage={error?.issues?.find((i) => i.path.startsWith(key === 'chair' ? 'chair' : key === 'secretary' ? 'secretary' : 'adjuster'))?.message}>
      <Select
        value={value}
        onChange={(_e, d) => {
          onChange(d.value);
          void save({ [key]: d.value });
        }}
      >
        <option value="">{t.nobody}</option>
        {personOptions(present)}
      </Select>
    </Field>
  );

  return (
    <section className={section.section} aria-labelledby="attendance-roles">
      <h3 id="attendance-roles" className={section.h3}>
        {t.roles}
      </h3>
      <p className={section.muted}>{t.rolesHint}</p>
      <ErrorBar error={error && !error.issues?.length ? error : null} />
      <div className={styles.roles}>
        {select(t.chair, chair, setChair, 'chair')}
        {select(t.secretary, secretary, setSecretary, 'secretary')}
        {select(t.adjuster1, adj1, setAdj1, 'adj1')}
        {select(t.adjuster2, adj2, setAdj2, 'adj2')}
      </div>
    </section>
  );
}
