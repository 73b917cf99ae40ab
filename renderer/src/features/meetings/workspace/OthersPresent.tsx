// Others present at the meeting (guests, officials …), with the items they attended; added,
// changed and removed at once.
import { Button, Field, Input, makeStyles } from '@fluentui/react-components';
import { useState } from 'react';
import type { ApiError, Result } from '../../../../../shared/contract/index.ts';
import { commonText } from '../../../../../shared/i18n/sv/ui-common.ts';
import { meetingText } from '../../../../../shared/i18n/sv/ui-meeting.ts';
import { call } from '../../../api/client.ts';
import { useDialog } from '../../../components/useDialog.ts';
import { useAttendanceStyles } from './attendanceShared.tsx';
import { useWorkspace } from './context.ts';
import { useSectionStyles } from './DecisionsSection.tsx';
import { inlineErrors } from './inlineErrors.ts';
import { attendedSummary, OtherItemsDialog } from './OtherItemsDialog.tsx';

const t = meetingText.attendance;

const useStyles = makeStyles({
  rowButtons: { display: 'flex', gap: '4px', flexWrap: 'wrap' },
});

/** Whose items the dialog edits: a row (id and name), or the attendee being added (id null). */
type ItemsTarget = { id: string | null; name: string | null; initial: string[] };

export function OthersPresent() {
  const styles = useAttendanceStyles();
  const own = useStyles();
  const section = useSectionStyles();
  const ws = useWorkspace();
  const { detail, readOnly } = ws;
  const [name, setName] = useState('');
  const [title, setTitle] = useState('');
  const [organisation, setOrganisation] = useState('');
  const [attended, setAttended] = useState<string[]>([]);
  const [error, setError] = useState<ApiError | null>(null);
  const itemsDialog = useDialog<ItemsTarget>();
  const itemsTarget = itemsDialog.value;
  // The items chosen for the attendee being added, less any deleted from the agenda since.
  const attendedNow = attended.filter((id) => detail.items.some((i) => i.id === id));
  const errors = inlineErrors(error);

  const saveItems = async (target: ItemsTarget, agendaItemIds: string[]): Promise<Result<unknown>> => {
    if (target.id === null) {
      setAttended(agendaItemIds);
      return { ok: true, value: agendaItemIds };
    }
    const id = target.id;
    return ws.write(() => call('otherAttendees.update', { id, agendaItemIds }));
  };

  const add = async () => {
    const result = await ws.write(() =>
      call('otherAttendees.create', {
        meetingId: detail.meeting.id,
        name,
        title: title.trim() ? title : null,
        organisationName: organisation.trim() ? organisation : null,
        agendaItemIds: attendedNow,
      }),
    );
    setError(result.ok ? null : result.error);
    if (result.ok) {
      setName('');
      setTitle('');
      setOrganisation('');
      setAttended([]);
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
                <td>{attendedSummary(detail.items, o.agendaItemIds)}</td>
                {!readOnly && (
                  <td>
                    <div className={own.rowButtons}>
                      <Button size="small" aria-label={t.otherItemsEditFor(o.name)} onClick={() => itemsDialog.show({ id: o.id, name: o.name, initial: o.agendaItemIds })}>
                        {t.otherItemsEdit}
                      </Button>
                      <Button size="small" aria-label={t.removeOther(o.name)} onClick={() => void ws.write(() => call('otherAttendees.delete', { id: o.id }))}>
                        {commonText.delete}
                      </Button>
                    </div>
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
          <Button type="button" onClick={() => itemsDialog.show({ id: null, name: null, initial: attendedNow })}>
            {t.otherItemsChoice(attendedSummary(detail.items, attendedNow))}
          </Button>
          <Button type="submit">{t.addOther}</Button>
        </form>
      )}
      {itemsTarget && (
        <OtherItemsDialog
          key={itemsDialog.key}
          open={itemsDialog.open}
          title={itemsTarget.name !== null ? t.otherItemsTitle(itemsTarget.name) : t.otherItemsTitleNew}
          items={detail.items}
          initial={itemsTarget.initial}
          onSave={(ids) => saveItems(itemsTarget, ids)}
          onClose={itemsDialog.close}
        />
      )}
    </section>
  );
}
