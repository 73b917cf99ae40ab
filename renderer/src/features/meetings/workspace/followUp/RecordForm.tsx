// Recording one action's follow-up in this meeting, by keyboard: status (arrow keys), Tab to the
// note, Enter records and moves on to the next action. The row is also written when focus leaves
// it, after a pause in typing, and when the page is left, so nothing typed is lost. Errors from
// the API (a closure without a note, a new date without a reason) show at their field.
import { Button, Field, Input, Radio, RadioGroup } from '@fluentui/react-components';
import { useEffect, useRef, useState, type FocusEvent } from 'react';
import { actionStatuses, type ActionStatus, type ApiError, type FollowUpEntry, type MeetingFollowUpRow, type Result } from '../../../../../../shared/contract/index.ts';
import { commonText } from '../../../../../../shared/i18n/sv/ui-common.ts';
import { followUpUiText } from '../../../../../../shared/i18n/sv/ui-followup.ts';
import { actionStatusLabel } from '../../../../../../shared/i18n/sv/labels.ts';
import { ErrorBar } from '../../../../components/ErrorBar.tsx';
import { inlineErrors } from '../inlineErrors.ts';
import { useAutosave } from '../useAutosave.ts';
import { initialDraft, isClosing, sameDraft, toRecordInput, type Draft } from './draft.ts';
import { EntrySummary } from './EntrySummary.tsx';
import { StaleChoice } from './StaleChoice.tsx';
import type { FollowUps } from './useFollowUps.ts';
import { useFollowUpStyles } from './styles.ts';

const t = followUpUiText.form;

/** A row waits this long after the last keystroke; Enter or leaving the row writes it at once. */
export const rowIdleSaveMs = 5000;

type FieldName = 'status' | 'note' | 'newDueDate' | 'dueDateReason' | 'escalatedTo';
const fieldNames: readonly string[] = ['status', 'note', 'newDueDate', 'dueDateReason', 'escalatedTo'] satisfies FieldName[];

type Props = {
  row: MeetingFollowUpRow;
  meetingId: string;
  followUps: FollowUps;
  /** After Enter recorded the row: focus moves on. */
  onDone(): void;
  /** After "Ångra": the row starts again from the action as it now stands. */
  onWithdrawn(): void;
  focusOnMount: boolean;
};

export function RecordForm({ row, meetingId, followUps, onDone, onWithdrawn, focusOnMount }: Props) {
  const styles = useFollowUpStyles();
  const [draft, setDraft] = useState<Draft>(() => initialDraft(row));
  const [escalating, setEscalating] = useState(() => draft.escalatedTo !== '');
  const [undoError, setUndoError] = useState<ApiError | null>(null);
  const current = useRef(draft);
  const saved = useRef<Draft | null>(row.entry ? draft : null);
  const last = useRef<Result<FollowUpEntry> | null>(null);
  const entryId = useRef<string | null>(row.entry?.id ?? null);
  const statusRef = useRef<HTMLDivElement>(null);
  const inputs = {
    note: useRef<HTMLInputElement>(null),
    newDueDate: useRef<HTMLInputElement>(null),
    dueDateReason: useRef<HTMLInputElement>(null),
    escalatedTo: useRef<HTMLInputElement>(null),
  };

  useEffect(() => {
    entryId.current = row.entry?.id ?? null;
  }, [row.entry]);

  const autosave = useAutosave<Draft>(async (value) => {
    const result = await followUps.record(toRecordInput(value, row.actionId, meetingId));
    last.current = result;
    if (result.ok) {
      saved.current = value;
      entryId.current = result.value.id;
    }
    return result;
  }, rowIdleSaveMs);

  const focusField = (name: FieldName) => {
    if (name === 'status') statusRef.current?.querySelector<HTMLInputElement>('input:checked')?.focus();
    else inputs[name].current?.focus();
  };
  const focusSoon = (name: FieldName) => window.setTimeout(() => focusField(name), 0);

  useEffect(() => {
    if (focusOnMount) focusField('status');
    // Only on mount: a remount after "Ångra" puts the cursor back on the row.
  }, []);

  const change = (patch: Partial<Draft>) => {
    const next = { ...current.current, ...patch };
    current.current = next;
    setDraft(next);
    autosave.schedule(next);
  };

  const submit = async () => {
    const value = current.current;
    if (saved.current && sameDraft(saved.current, value)) {
      await autosave.flush();
      onDone();
      return;
    }
    last.current = null;
    autosave.schedule(value);
    await autosave.flush();
    const result = last.current as Result<FollowUpEntry> | null;
    if (!result) return;
    if (result.ok) onDone();
    else {
      const first = result.error.issues?.find((i) => fieldNames.includes(i.path));
      if (first) focusField(first.path as FieldName);
    }
  };

  const undo = async () => {
    await autosave.flush();
    const id = entryId.current;
    if (!id) return;
    const result = await followUps.withdraw(id);
    setUndoError(result.ok ? null : result.error);
    if (result.ok) onWithdrawn();
  };

  const leave = (event: FocusEvent<HTMLFormElement>) => {
    if (!event.currentTarget.contains(event.relatedTarget as Node | null)) void autosave.flush();
  };

  const error = autosave.state === 'error' ? autosave.error : null;
  const errors = inlineErrors(error);
  const otherIssues = error?.issues?.filter((i) => !fieldNames.includes(i.path)) ?? [];
  const closing = isClosing(draft.status);
  const noteHint = closing ? t.closureHint : escalating ? t.escalationHint : t.noteHint;

  return (
    <form
      className={styles.form}
      noValidate
      onBlur={leave}
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      {row.stale && (
        <StaleChoice
          count={row.carriesWithoutProgress}
          title={row.title}
          onClose={() => {
            if (!isClosing(current.current.status)) change({ status: 'done' });
            focusSoon('note');
          }}
          onNewDate={() => focusField('newDueDate')}
          onEscalate={() => {
            setEscalating(true);
            focusSoon('escalatedTo');
          }}
        />
      )}
      <Field label={t.status} validationMessage={errors.field('status')}>
        <RadioGroup ref={statusRef} layout="horizontal" value={draft.status} onChange={(_e, d) => change({ status: d.value as ActionStatus })}>
          {actionStatuses.map((code) => (
            <Radio key={code} value={code} label={actionStatusLabel[code]} />
          ))}
        </RadioGroup>
      </Field>
      <Field label={t.note} hint={noteHint} required={closing} validationMessage={errors.field('note')}>
        <Input ref={inputs.note} value={draft.note} onChange={(_e, d) => change({ note: d.value })} />
      </Field>
      <div className={styles.row}>
        <Field label={t.newDueDate} hint={t.newDueDateHint} validationMessage={errors.field('newDueDate')}>
          <Input
            ref={inputs.newDueDate}
            value={draft.newDueDate}
            placeholder={commonText.datePlaceholder}
            onChange={(_e, d) => change({ newDueDate: d.value })}
          />
        </Field>
        <Field label={t.reason} required={draft.newDueDate.trim() !== ''} validationMessage={errors.field('dueDateReason')}>
          <Input ref={inputs.dueDateReason} value={draft.dueDateReason} onChange={(_e, d) => change({ dueDateReason: d.value })} />
        </Field>
      </div>
      {escalating && (
        <Field label={t.escalatedTo} hint={t.escalatedToHint} validationMessage={errors.field('escalatedTo')}>
          <Input ref={inputs.escalatedTo} value={draft.escalatedTo} onChange={(_e, d) => change({ escalatedTo: d.value })} />
        </Field>
      )}
      <ErrorBar error={errors.general || otherIssues.length > 0 ? error : null} issues={otherIssues} />
      <div className={styles.buttons}>
        <Button type="submit" aria-label={row.closedSincePrevious ? t.confirmFor(row.title) : t.submitFor(row.title)}>
          {row.closedSincePrevious ? t.confirm : t.submit}
        </Button>
      </div>
      {row.entry && <EntrySummary entry={row.entry} title={row.title} onUndo={() => void undo()} />}
      <ErrorBar error={undoError} />
    </form>
  );
}
