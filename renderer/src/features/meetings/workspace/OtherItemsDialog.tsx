// Which agenda items an other attendee (övrig närvarande) attended: the whole meeting, or some
// items chosen with a checkbox each. The whole meeting is stored as an empty list.
import {
  Button,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  makeStyles,
  Radio,
  RadioGroup,
} from '@fluentui/react-components';
import { useRef, useState, type FormEvent } from 'react';
import type { AgendaItemEntry, Result } from '../../../../../shared/contract/index.ts';
import { commonText } from '../../../../../shared/i18n/sv/ui-common.ts';
import { meetingText } from '../../../../../shared/i18n/sv/ui-meeting.ts';
import { CheckboxFieldset } from '../../../components/CheckboxFieldset.tsx';
import { ErrorBar } from '../../../components/ErrorBar.tsx';
import { ModalDialog } from '../../../components/ModalDialog.tsx';
import { useSave } from '../../../components/useSave.ts';

const t = meetingText.attendance;

const useStyles = makeStyles({
  body: { display: 'flex', flexDirection: 'column', gap: '14px', paddingBlock: '4px' },
});

/** "§ 3 Skolsociala team", or the title alone while the numbers are not given yet. */
export function itemLabel(item: AgendaItemEntry): string {
  return item.sectionNumber !== null ? `${meetingText.agenda.sectionNumber(item.sectionNumber)} ${item.title}` : item.title;
}

/** "§ 2, § 3" in agenda order, or "Hela mötet" for an empty list. */
export function attendedSummary(items: readonly AgendaItemEntry[], ids: readonly string[]): string {
  if (ids.length === 0) return t.otherItemsAll;
  return items
    .filter((i) => ids.includes(i.id))
    .map((i) => (i.sectionNumber !== null ? meetingText.agenda.sectionNumber(i.sectionNumber) : i.title))
    .join(', ');
}

type Props = {
  open: boolean;
  title: string;
  items: readonly AgendaItemEntry[];
  initial: readonly string[];
  onSave(agendaItemIds: string[]): Promise<Result<unknown>>;
  onClose(): void;
};

export function OtherItemsDialog({ open, title, items, initial, onSave, onClose }: Props) {
  const styles = useStyles();
  const firstBox = useRef<HTMLInputElement>(null);
  const [scope, setScope] = useState<'all' | 'some'>(initial.length > 0 ? 'some' : 'all');
  const [chosen, setChosen] = useState<ReadonlySet<string>>(() => new Set(initial));
  const [missing, setMissing] = useState(false);
  const save = useSave();

  const toggle = (id: string, on: boolean) => {
    const next = new Set(chosen);
    if (on) next.add(id);
    else next.delete(id);
    setChosen(next);
    if (next.size > 0) setMissing(false);
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (save.busy) return;
    const ids = scope === 'all' ? [] : items.filter((i) => chosen.has(i.id)).map((i) => i.id);
    if (scope === 'some' && ids.length === 0) {
      setMissing(true);
      firstBox.current?.focus();
      return;
    }
    void save.run(() => onSave(ids), onClose);
  };

  return (
    <ModalDialog open={open} busy={save.busy} onClose={onClose}>
      <DialogSurface aria-describedby={undefined}>
        <form onSubmit={submit} noValidate>
          <DialogBody>
            <DialogTitle>{title}</DialogTitle>
            <DialogContent className={styles.body}>
              <ErrorBar error={save.error} />
              <Field label={t.otherItemsScope}>
                <RadioGroup value={scope} onChange={(_e, d) => setScope(d.value === 'some' ? 'some' : 'all')}>
                  <Radio value="all" label={t.otherItemsAll} />
                  <Radio value="some" label={t.otherItemsSome} />
                </RadioGroup>
              </Field>
              <CheckboxFieldset
                id="other-items"
                legend={t.otherItemsList}
                options={items.map((item) => ({ value: item.id, label: itemLabel(item) }))}
                checked={chosen}
                onToggle={toggle}
                message={missing ? t.otherItemsNone : undefined}
                disabled={scope === 'all'}
                firstRef={firstBox}
              />
            </DialogContent>
            <DialogActions>
              <Button type="submit" appearance="primary" disabledFocusable={save.busy}>
                {save.busy ? commonText.saving : t.otherItemsSave}
              </Button>
              <Button type="button" onClick={onClose} disabledFocusable={save.busy}>
                {commonText.cancel}
              </Button>
            </DialogActions>
          </DialogBody>
        </form>
      </DialogSurface>
    </ModalDialog>
  );
}
