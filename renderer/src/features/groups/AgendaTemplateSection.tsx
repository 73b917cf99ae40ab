// The group's standing agenda items, the template every new meeting's agenda starts from: rename,
// change kind, add, remove and reorder by keyboard. Saved by itself like the meeting page (the
// whole list at once, debounced while typing, at once otherwise); "Återställ standard" restores
// the default standing items after a confirmation.
import { Button, makeStyles, Spinner, tokens } from '@fluentui/react-components';
import { useLayoutEffect, useRef, useState } from 'react';
import type { AgendaItemKind } from '../../../../shared/contract/index.ts';
import { maxTemplateItems } from '../../../../shared/contract/schemas/agenda.ts';
import { commonText } from '../../../../shared/i18n/sv/ui-common.ts';
import { groupsText } from '../../../../shared/i18n/sv/ui-groups.ts';
import { call } from '../../api/client.ts';
import { useApiQuery } from '../../api/useApiQuery.ts';
import { ConfirmDialog } from '../../components/ConfirmDialog.tsx';
import { ErrorBar } from '../../components/ErrorBar.tsx';
import { useDialog } from '../../components/useDialog.ts';
import { useAutosave, type AutosaveState } from '../meetings/workspace/useAutosave.ts';
import { AgendaTemplateRow, rowName, useRowStyles, type RowControl } from './AgendaTemplateRow.tsx';
import { defaultTemplate, insertIndex, moveRow, noTemplateErrors, templateErrors, type TemplateItem, type TemplateRow } from './agendaTemplateRows.ts';
import { useSettingsStyles } from './settingsStyles.ts';

const t = groupsText.agendaTemplate;

const useStyles = makeStyles({
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: '6px' },
  columns: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200, fontWeight: tokens.fontWeightSemibold },
  actions: { display: 'flex', gap: '8px', flexWrap: 'wrap', alignItems: 'center' },
  saveState: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  saveError: { color: tokens.colorPaletteRedForeground1, fontSize: tokens.fontSizeBase200 },
  srOnly: { position: 'absolute', width: '1px', height: '1px', overflow: 'hidden', clipPath: 'inset(50%)', whiteSpace: 'nowrap' },
});

const saveLabel: Record<AutosaveState, string> = { idle: '', pending: t.save.saving, saving: t.save.saving, saved: t.save.saved, error: t.save.error };

export function AgendaTemplateSection({ groupId }: { groupId: string }) {
  const styles = useSettingsStyles();
  const template = useApiQuery('groups.getAgendaTemplate', { groupId });
  return (
    <section className={styles.part} aria-labelledby="group-agenda-template">
      <h3 id="group-agenda-template" className={styles.h3}>
        {t.heading}
      </h3>
      <p className={styles.text}>{t.intro}</p>
      {template.loading ? (
        <Spinner size="small" label={commonText.loading} />
      ) : template.data ? (
        <TemplateEditor groupId={groupId} initial={template.data} />
      ) : (
        <ErrorBar error={template.error} onRetry={() => void template.reload()} />
      )}
    </section>
  );
}

function TemplateEditor({ groupId, initial }: { groupId: string; initial: readonly TemplateItem[] }) {
  const styles = useStyles();
  const rowStyles = useRowStyles();
  const settings = useSettingsStyles();
  const lastKey = useRef(0);
  const withKey = (item: TemplateItem): TemplateRow => ({ ...item, key: `row-${++lastKey.current}` });
  const [rows, setRows] = useState<TemplateRow[]>(() => initial.map(withKey));
  const [errors, setErrors] = useState(noTemplateErrors);
  const [announcement, setAnnouncement] = useState('');
  const confirmReset = useDialog();
  const controls = useRef(new Map<string, HTMLElement>());
  /** The control to focus once the rows have re-rendered (after a move, add or remove). */
  const pendingFocus = useRef<{ id: string; select?: boolean } | null>(null);

  const autosave = useAutosave<TemplateRow[]>(async (snapshot) => {
    const result = await call('groups.setAgendaTemplate', { groupId, items: snapshot.map(({ title, kind }) => ({ title, kind })) });
    setErrors(templateErrors(result.ok ? null : result.error, snapshot));
    return result;
  });

  useLayoutEffect(() => {
    const target = pendingFocus.current;
    if (!target) return;
    pendingFocus.current = null;
    const element = controls.current.get(target.id);
    element?.focus();
    if (target.select && element instanceof HTMLInputElement) element.select();
  });

  const register = (id: string, element: HTMLElement | null) => {
    if (element) controls.current.set(id, element);
    else controls.current.delete(id);
  };

  /** Structural changes are written at once; typing waits for the debounce or the blur. */
  const change = (next: TemplateRow[], now: boolean) => {
    setRows(next);
    autosave.schedule(next);
    if (now) void autosave.flush();
  };

  const update = (key: string, patch: Partial<TemplateItem>, now: boolean) => change(rows.map((row) => (row.key === key ? { ...row, ...patch } : row)), now);

  const move = (index: number, delta: -1 | 1) => {
    const row = rows[index]!;
    const to = index + delta;
    const atEnd = delta < 0 ? to === 0 : to === rows.length - 1;
    // Stay on the pressed button unless it is now disabled; then its partner keeps the focus.
    const control: RowControl = (delta < 0) !== atEnd ? 'up' : 'down';
    pendingFocus.current = { id: `${row.key}:${control}` };
    setAnnouncement(t.announce.moved(rowName(row, index), to + 1));
    change(moveRow(rows, index, delta), true);
  };

  const remove = (index: number) => {
    const row = rows[index]!;
    const next = rows.filter((_, i) => i !== index);
    const neighbour = next[index] ?? next[index - 1];
    pendingFocus.current = { id: neighbour ? `${neighbour.key}:title` : 'add' };
    setAnnouncement(t.announce.removed(rowName(row, index)));
    change(next, true);
  };

  const add = () => {
    const row = withKey({ title: t.newItemTitle, kind: 'matter' });
    const at = insertIndex(rows);
    pendingFocus.current = { id: `${row.key}:title`, select: true };
    setAnnouncement(t.announce.added(at + 1));
    change([...rows.slice(0, at), row, ...rows.slice(at)], true);
  };

  const reset = () => {
    confirmReset.close();
    setAnnouncement(t.announce.reset);
    change(defaultTemplate().map(withKey), true);
  };

  const full = rows.length >= maxTemplateItems;
  const state = autosave.state;

  return (
    <>
      <ErrorBar error={errors.general} issues={errors.issues} />
      {rows.length === 0 ? (
        <p className={settings.text}>{t.empty}</p>
      ) : (
        <>
          <div className={`${rowStyles.grid} ${styles.columns}`} aria-hidden="true">
            <span />
            <span>{t.columnTitle}</span>
            <span>{t.columnKind}</span>
            <span />
          </div>
          <ol className={styles.list} aria-label={t.listLabel}>
            {rows.map((row, index) => (
              <AgendaTemplateRow
                key={row.key}
                row={row}
                index={index}
                count={rows.length}
                error={errors.byKey.get(row.key)}
                register={(control, element) => register(`${row.key}:${control}`, element)}
                onTitle={(title) => update(row.key, { title }, false)}
                onTitleDone={() => void autosave.flush()}
                onKind={(kind: AgendaItemKind) => update(row.key, { kind }, true)}
                onMove={(delta) => move(index, delta)}
                onRemove={() => remove(index)}
              />
            ))}
          </ol>
          <p className={settings.hint}>{t.kindHint}</p>
        </>
      )}
      <div className={styles.actions}>
        <Button ref={(el) => register('add', el)} onClick={add} disabledFocusable={full}>
          {t.add}
        </Button>
        <Button onClick={() => confirmReset.show(true)}>{t.reset}</Button>
        <span role="status" className={state === 'error' ? styles.saveError : styles.saveState}>
          {saveLabel[state]}
        </span>
      </div>
      <p className={settings.hint}>{full ? t.full(maxTemplateItems) : t.addHint}</p>
      <div className={styles.srOnly} aria-live="polite">
        {announcement}
      </div>
      {/* Mounted from the first show, so it knows where to give focus back (see useDialog). */}
      {confirmReset.value !== undefined && (
        <ConfirmDialog
          key={confirmReset.key}
          open={confirmReset.open}
          title={t.resetTitle}
          body={t.resetBody(defaultTemplate().map((item) => item.title).join(', '))}
          confirmLabel={t.resetConfirm}
          busy={false}
          error={null}
          onConfirm={reset}
          onClose={confirmReset.close}
        />
      )}
    </>
  );
}
