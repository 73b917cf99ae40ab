// Who took part: members present, absent or replaced ("X ersätter Y"), others present, and the
// meeting's chair, secretary and adjusters picked from those present. Each change saves at once.
import { Button, Field, Input, makeStyles, Select, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { attendanceStatuses, type ApiError, type AttendanceEntry, type AttendanceStatus, type Result } from '../../../../../shared/contract/index.ts';
import { membershipRoleLabel } from '../../../../../shared/i18n/sv/labels.ts';
import { commonText } from '../../../../../shared/i18n/sv/ui-common.ts';
import { attendanceStatusLabel, meetingText } from '../../../../../shared/i18n/sv/ui-meeting.ts';
import { call } from '../../../api/client.ts';
import { ErrorBar } from '../../../components/ErrorBar.tsx';
import { useWorkspace } from './context.ts';
import { useSectionStyles } from './DecisionsSection.tsx';

const t = meetingText.attendance;

const useStyles = makeStyles({
  panel: { display: 'flex', flexDirection: 'column', gap: '24px', minWidth: 0 },
  h2: { margin: 0, fontSize: tokens.fontSizeBase500, lineHeight: tokens.lineHeightBase500, fontWeight: tokens.fontWeightSemibold },
  table: {
    width: '100%',
    borderCollapse: 'collapse',
    '& th, & td': { textAlign: 'left', padding: '6px 8px', borderBottom: `1px solid ${tokens.colorNeutralStroke2}`, verticalAlign: 'middle' },
    '& th': { fontWeight: tokens.fontWeightSemibold, color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  },
  inline: { display: 'flex', gap: '8px', alignItems: 'flex-end', flexWrap: 'wrap' },
  roles: { display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(220px, 1fr))', gap: '12px' },
});

export function AttendancePanel() {
  const styles = useStyles();
  const section = useSectionStyles();
  const ws = useWorkspace();
  const { detail, readOnly } = ws;
  const [error, setError] = useState<ApiError | null>(null);
  const run = async (action: () => Promise<Result<unknown>>) => {
    const result = await ws.write(action);
    setError(result.ok ? null : result.error);
  };

  const set = (entry: AttendanceEntry, status: AttendanceStatus, substituteFor: string | null) =>
    run(() =>
      call('attendance.set', {
        meetingId: detail.meeting.id,
        personId: entry.personId,
        status,
        substituteForPersonId: status === 'substitute' ? substituteFor : null,
        organisationId: entry.organisationId,
        role: entry.role,
      }),
    );

  const statusText = (a: AttendanceEntry) =>
    a.status === 'substitute' && a.substituteForName ? t.replaces(a.personName, a.substituteForName) : attendanceStatusLabel[a.status];

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
          <table className={styles.table} aria-labelledby="attendance-members">
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
                <tr key={a.id}>
                  <td>{a.personName}</td>
                  <td>{a.organisationName ?? commonText.none}</td>
                  <td>{a.role ? membershipRoleLabel[a.role] : commonText.none}</td>
                  {readOnly ? (
                    <td>{statusText(a)}</td>
                  ) : (
                    <>
                      <td>
                        <Select
                          aria-label={t.statusFor(a.personName)}
                          value={a.status}
                          onChange={(_e, d) => {
                            const status = d.value as AttendanceStatus;
                            if (status === 'substitute') {
                              // Replaces an absent member by default; "Ersätter" beside it changes whom.
                              const others = detail.attendance.filter((o) => o.personId !== a.personId);
                              const replaced = others.find((o) => o.status === 'absent') ?? others[0];
                              if (replaced) void set(a, status, replaced.personId);
                              else setError({ code: 'VALIDATION', message: t.chooseReplaced });
                            } else void set(a, status, null);
                          }}
                        >
                          {attendanceStatuses.map((s) => (
                            <option key={s} value={s}>
                              {attendanceStatusLabel[s]}
                            </option>
                          ))}
                        </Select>
                      </td>
                      <td>
                        {a.status === 'substitute' ? (
                          <Select aria-label={t.replacesFor(a.personName)} value={a.substituteForPersonId ?? ''} onChange={(_e, d) => void set(a, 'substitute', d.value)}>
                            {detail.attendance
                              .filter((o) => o.personId !== a.personId)
                              .map((o) => (
                                <option key={o.personId} value={o.personId}>
                                  {o.personName}
                                </option>
                              ))}
                          </Select>
                        ) : (
                          commonText.none
                        )}
                      </td>
                      <td>
                        <Button
                          size="small"
                          aria-label={t.remove(a.personName)}
                          onClick={() => void run(() => call('attendance.remove', { meetingId: detail.meeting.id, personId: a.personId }))}
                        >
                          {commonText.delete}
                        </Button>
                      </td>
                    </>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {!readOnly && <AddPerson onAdd={(personId) => run(() => call('attendance.set', { meetingId: detail.meeting.id, personId, status: 'present' }))} />}
      </section>

      <OthersPresent />
      <Roles />
    </div>
  );
}

function AddPerson({ onAdd }: { onAdd(personId: string): Promise<void> }) {
  const styles = useStyles();
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

function OthersPresent() {
  const styles = useStyles();
  const section = useSectionStyles();
  const ws = useWorkspace();
  const { detail, readOnly } = ws;
  const [name, setName] = useState('');
  const [title, setTitle] = useState('');
  const [organisation, setOrganisation] = useState('');
  const [error, setError] = useState<ApiError | null>(null);
  const issue = (path: string) => error?.issues?.find((i) => i.path === path)?.message;
  const itemTitle = (id: string) => {
    const item = detail.items.find((i) => i.id === id);
    return item ? (item.sectionNumber !== null ? `§ ${item.sectionNumber}` : item.title) : '';
  };

  const add = async () => {
    const result = await ws.write(() =>
      call('otherAttendees.create', {
        meetingId: detail.meeting.id,
        name,
        title: title.trim() ? title : null,
        organisationName: organisation.trim() ? organisation : null,
      }),
    );
    setError(result.ok ? null : result.error);
    if (result.ok) {
      setName('');
      setTitle('');
      setOrganisation('');
    }
  };

  return (
    <section className={section.section} aria-labelledby="attendance-others">
      <h3 id="attendance-others" className={section.h3}>
        {t.others}
      </h3>
      {detail.otherAttendees.length === 0 ? (
        <p className={section.muted}>{t.othersEmpty}</p>
      ) : (
        <table className={styles.table} aria-labelledby="attendance-others">
          <thead>
            <tr>
              <th>{t.otherName}</th>
              <th>{t.otherTitle}</th>
              <th>{t.otherOrganisation}</th>
              <th>{t.otherItems}</th>
              {!readOnly && <th>{commonText.actions}</th>}
            </tr>
          </thead>
          <tbody>
            {detail.otherAttendees.map((o) => (
              <tr key={o.id}>
                <td>{o.name}</td>
                <td>{o.title ?? commonText.none}</td>
                <td>{o.organisationName ?? commonText.none}</td>
                <td>{o.agendaItemIds.length ? o.agendaItemIds.map(itemTitle).join(', ') : t.otherItemsAll}</td>
                {!readOnly && (
                  <td>
                    <Button size="small" aria-label={t.removeOther(o.name)} onClick={() => void ws.write(() => call('otherAttendees.delete', { id: o.id }))}>
                      {commonText.delete}
                    </Button>
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {!readOnly && (
        <form
          className={styles.inline}
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            void add();
          }}
        >
          <Field label={t.otherName} required validationMessage={issue('name') ?? (error && !error.issues?.length ? error.message : undefined)}>
            <Input value={name} onChange={(_e, d) => setName(d.value)} />
          </Field>
          <Field label={t.otherTitle} validationMessage={issue('title')}>
            <Input value={title} onChange={(_e, d) => setTitle(d.value)} />
          </Field>
          <Field label={t.otherOrganisation} validationMessage={issue('organisationName')}>
            <Input value={organisation} onChange={(_e, d) => setOrganisation(d.value)} />
          </Field>
          <Button type="submit">{t.addOther}</Button>
        </form>
      )}
    </section>
  );
}

function Roles() {
  const styles = useStyles();
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
        {present.map((a) => (
          <option key={a.personId} value={a.personId}>
            {a.personName}
          </option>
        ))}
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
