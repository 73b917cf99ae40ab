// Plan a meeting (or change one): date, start and end time, place, protocol or notes.
import { Field, Input, Select } from '@fluentui/react-components';
import { useState } from 'react';
import { meetingKinds, type Meeting, type MeetingKind } from '../../../../shared/contract/index.ts';
import { meetingKindLabel } from '../../../../shared/i18n/sv/labels.ts';
import { commonText } from '../../../../shared/i18n/sv/ui-common.ts';
import { meetingsText } from '../../../../shared/i18n/sv/ui-meetings.ts';
import { call } from '../../api/client.ts';
import { FieldRow, FormDialog } from '../../components/FormDialog.tsx';
import { formatTime, orNull } from '../../components/format.ts';
import { useSave } from '../../components/useSave.ts';

const fields = ['date', 'startTime', 'endTime', 'place', 'kind'] as const;
const t = meetingsText.form;

type Props = { open: boolean; groupId: string; meeting?: Meeting; onClose(): void; onSaved(meeting: Meeting): void | Promise<void> };

export function MeetingFormDialog({ open, groupId, meeting, onClose, onSaved }: Props) {
  const [date, setDate] = useState(meeting?.date ?? '');
  const [startTime, setStartTime] = useState(formatTime(meeting?.startTime));
  const [endTime, setEndTime] = useState(formatTime(meeting?.endTime));
  const [place, setPlace] = useState(meeting?.place ?? '');
  const [kind, setKind] = useState<MeetingKind>(meeting?.kind ?? 'protocol');
  const save = useSave(fields);

  const submit = () => {
    const values = { date: date.trim(), startTime: orNull(startTime), endTime: orNull(endTime), place: orNull(place), kind };
    void save.run(() => (meeting ? call('meetings.update', { id: meeting.id, ...values }) : call('meetings.create', { groupId, ...values })), onSaved);
  };

  return (
    <FormDialog
      open={open}
      title={meeting ? t.editTitle : t.createTitle}
      submitLabel={meeting ? t.submitEdit : t.submitCreate}
      busy={save.busy}
      barError={save.barError}
      barIssues={save.barIssues}
      errorVersion={save.errorVersion}
      onSubmit={submit}
      onClose={onClose}
    >
      <Field label={t.date} hint={commonText.dateHint} required validationMessage={save.field('date')}>
        <Input value={date} onChange={(_e, d) => setDate(d.value)} placeholder={commonText.datePlaceholder} />
      </Field>
      <FieldRow>
        <Field label={t.startTime} hint={commonText.timeHint} validationMessage={save.field('startTime')}>
          <Input value={startTime} onChange={(_e, d) => setStartTime(d.value)} placeholder={commonText.timePlaceholder} />
        </Field>
        <Field label={t.endTime} validationMessage={save.field('endTime')}>
          <Input value={endTime} onChange={(_e, d) => setEndTime(d.value)} placeholder={commonText.timePlaceholder} />
        </Field>
      </FieldRow>
      <Field label={t.place} hint={t.placeHint} validationMessage={save.field('place')}>
        <Input value={place} onChange={(_e, d) => setPlace(d.value)} />
      </Field>
      <Field label={t.kind} hint={t.kindHint} validationMessage={save.field('kind')}>
        <Select value={kind} onChange={(_e, d) => setKind(d.value as MeetingKind)}>
          {meetingKinds.map((k) => (
            <option key={k} value={k}>
              {meetingKindLabel[k]}
            </option>
          ))}
        </Select>
      </Field>
    </FormDialog>
  );
}
