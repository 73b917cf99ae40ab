// Others present at the meeting (guests, officials …), with the items they attended; added and
// removed at once.
import { Button, Field, Input } from '@fluentui/react-components';
import { useState } from 'react';
import type { ApiError } from '../../../../../shared/contract/index.ts';
import { commonText } from '../../../../../shared/i18n/sv/ui-common.ts';
import { meetingText } from '../../../../../shared/i18n/sv/ui-meeting.ts';
import { call } from '../../../api/client.ts';
import { useAttendanceStyles } from './attendanceShared.tsx';
import { useWorkspace } from './context.ts';
import { useSectionStyles } from './DecisionsSection.tsx';
import { inlineErrors } from './inlineErrors.ts';

const t = meetingText.attendance;

export function OthersPresent() {
  const styles = useAttendanceStyles();
  const section = useSectionStyles();
  const ws = useWorkspace();
  const { detail, readOnly } = ws;
  const [name, setName] = useState('');
  const [title, setTitle] = useState('');
  const [organisation, setOrganisation] = useState('');
  const [error, setError] = useState<ApiError | null>(null);
  const errors = inlineErrors(error);
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
          <Field label={t.otherName} required validationMessage={errors.field('name') ?? errors.general}>
            <Input value={name} onChange={(_e, d) => setName(d.value)} />
          </Field>
          <Field label={t.otherTitle} validationMessage={errors.field('title')}>
            <Input value={title} onChange={(_e, d) => setTitle(d.value)} />
          </Field>
          <Field label={t.otherOrganisation} validationMessage={errors.field('organisationName')}>
            <Input value={organisation} onChange={(_e, d) => setOrganisation(d.value)} />
          </Field>
          <Button type="submit">{t.addOther}</Button>
        </form>
      )}
    </section>
  );
}
