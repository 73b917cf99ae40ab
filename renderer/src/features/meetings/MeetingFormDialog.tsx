// Plan a meeting (or change one): date, start and end time, place, protocol or notes.
import { meetingKinds, type Meeting, type MeetingKind } from '../../../../shared/contract/index.ts';
import { meetingKindLabel } from '../../../../shared/i18n/sv/labels.ts';
import { commonText } from '../../../../shared/i18n/sv/ui-common.ts';
import { meetingsText } from '../../../../shared/i18n/sv/ui-meetings.ts';
import { call } from '../../api/client.ts';
import { FieldRow, FormDialog, formLabels } from '../../components/FormDialog.tsx';
import { choicesOf, SelectField, TextField } from '../../components/FormFields.tsx';
import { formatTime, orNull } from '../../components/format.ts';
import { useForm } from '../../components/useForm.ts';

const t = meetingsText.form;

type Props = { open: boolean; groupId: string; meeting?: Meeting; onClose(): void; onSaved(meeting: Meeting): void | Promise<void> };

export function MeetingFormDialog({ open, groupId, meeting, onClose, onSaved }: Props) {
  const form = useForm({
    date: meeting?.date ?? '',
    startTime: formatTime(meeting?.startTime),
    endTime: formatTime(meeting?.endTime),
    place: meeting?.place ?? '',
    kind: meeting?.kind ?? ('protocol' as MeetingKind),
  });

  const submit = () => {
    const { date, startTime, endTime, place, kind } = form.values;
    const values = { date: date.trim(), startTime: orNull(startTime), endTime: orNull(endTime), place: orNull(place), kind };
    void form.run(() => (meeting ? call('meetings.update', { id: meeting.id, ...values }) : call('meetings.create', { groupId, ...values })), onSaved);
  };

  return (
    <FormDialog open={open} {...formLabels(t, !!meeting)} save={form} onSubmit={submit} onClose={onClose}>
      <TextField label={t.date} hint={commonText.dateHint} required {...form.bind('date')} placeholder={commonText.datePlaceholder} />
      <FieldRow>
        <TextField label={t.startTime} hint={commonText.timeHint} {...form.bind('startTime')} placeholder={commonText.timePlaceholder} />
        <TextField label={t.endTime} {...form.bind('endTime')} placeholder={commonText.timePlaceholder} />
      </FieldRow>
      <TextField label={t.place} hint={t.placeHint} {...form.bind('place')} />
      <SelectField label={t.kind} hint={t.kindHint} {...form.bind('kind')} choices={choicesOf(meetingKinds, meetingKindLabel)} />
    </FormDialog>
  );
}
