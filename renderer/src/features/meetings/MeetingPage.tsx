// The meeting page, the secretary's workspace: the agenda on the left as the protocol's spine,
// the selected item (or attendance and roles) in the middle, the status flow above. Everything
// typed is saved by itself (see workspace/useAutosave.ts); an approved protocol is read-only.
import { Button, makeStyles, MessageBar, MessageBarBody, MessageBarTitle, Spinner, tokens } from '@fluentui/react-components';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import type { ActionEntry, AgendaItemEntry, ApiError, DecisionEntry, Meeting, MeetingDetail, MethodName, Result } from '../../../../shared/contract/index.ts';
import { meetingKindLabel } from '../../../../shared/i18n/sv/labels.ts';
import { commonText } from '../../../../shared/i18n/sv/ui-common.ts';
import { deciderName, meetingText } from '../../../../shared/i18n/sv/ui-meeting.ts';
import { call } from '../../api/client.ts';
import { useApiQuery } from '../../api/useApiQuery.ts';
import { paths } from '../../app/paths.ts';
import { Breadcrumbs } from '../../components/Breadcrumbs.tsx';
import { CrudDialogs, useCrudDialogs } from '../../components/CrudDialogs.tsx';
import { DeleteDialog, type Deletion } from '../../components/DeleteDialog.tsx';
import { ErrorBar } from '../../components/ErrorBar.tsx';
import { formatTimeRange } from '../../components/format.ts';
import { PageHeading } from '../../components/PageHeading.tsx';
import { MeetingStatusBadge } from '../../components/StatusBadge.tsx';
import { dialogsClosed, useDialog } from '../../components/useDialog.ts';
import { useDocumentTitle } from '../../components/useDocumentTitle.ts';
import { useGroupsStore } from '../../state/groupsStore.ts';
import { meetingDeletion } from './meetingDeletion.ts';
import { MeetingFormDialog } from './MeetingFormDialog.tsx';
import { ActionDialog } from './workspace/ActionDialog.tsx';
import { AgendaNav, attendanceKey } from './workspace/AgendaNav.tsx';
import { AttendancePanel } from './workspace/AttendancePanel.tsx';
import { WorkspaceContext, type Lookups, type Workspace } from './workspace/context.ts';
import { CorrectionsList } from './workspace/CorrectionsList.tsx';
import { ConfirmStatusDialog, CorrectionDialog, HelpDialog } from './workspace/dialogs.tsx';
import { ItemPanel } from './workspace/ItemPanel.tsx';
import { pageSaveState, useSaveStatus } from './workspace/saveStatus.ts';

const t = meetingText;

const useStyles = makeStyles({
  top: { display: 'flex', flexDirection: 'column', gap: '10px', marginBottom: '16px' },
  statusRow: { display: 'flex', alignItems: 'center', gap: '12px', flexWrap: 'wrap' },
  facts: { color: tokens.colorNeutralForeground2, margin: 0 },
  saveState: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200, minWidth: '80px' },
  saveError: { color: tokens.colorPaletteRedForeground1, fontSize: tokens.fontSizeBase200 },
  stamp: { fontWeight: tokens.fontWeightSemibold, color: tokens.colorPaletteGreenForeground1, margin: 0 },
  grid: { display: 'grid', gridTemplateColumns: 'minmax(220px, 280px) minmax(0, 1fr)', gap: '28px', alignItems: 'start' },
  aside: {
    position: 'sticky',
    top: 0,
    padding: '12px',
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  main: { minWidth: 0, maxWidth: '860px' },
  srOnly: { position: 'absolute', width: '1px', height: '1px', overflow: 'hidden', clipPath: 'inset(50%)', whiteSpace: 'nowrap' },
});

export function MeetingRoute() {
  const { groupId = '', meetingId = '' } = useParams();
  return <MeetingPage key={meetingId} groupId={groupId} meetingId={meetingId} />;
}

function useLookups(): Lookups {
  const organisations = useApiQuery('organisations.list', {});
  const people = useApiQuery('people.list', {});
  const groups = useApiQuery('groups.list', {});
  return useMemo(
    () => ({ organisations: organisations.data ?? [], people: people.data ?? [], groups: groups.data ?? [] }),
    [organisations.data, people.data, groups.data],
  );
}

function isEditable(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

function MeetingPage({ groupId, meetingId }: { groupId: string; meetingId: string }) {
  const detailQuery = useApiQuery('meetings.detail', { id: meetingId });
  const groupName = useGroupsStore((s) => s.groups.find((g) => g.id === groupId)?.name);
  const d = detailQuery.data;
  useDocumentTitle(d ? `${t.pageTitle(d.meeting.date)} · ${d.group.name}` : meetingText.pageTitle('…'));
  const crumbs = [
    { label: commonText.nav.start, to: paths.start },
    { label: commonText.nav.groups, to: paths.groups },
    { label: d?.group.name ?? groupName ?? '…', to: paths.group(groupId) },
    { label: d?.meeting.date ?? '…' },
  ];

  if (detailQuery.loading) return <Spinner size="small" label={commonText.loading} />;
  if (!d) {
    return (
      <>
        <Breadcrumbs items={crumbs} />
        <PageHeading>{meetingText.pageTitle('…')}</PageHeading>
        <ErrorBar error={detailQuery.error} onRetry={() => void detailQuery.reload()} />
      </>
    );
  }
  return (
    <>
      <Breadcrumbs items={crumbs} />
      <Loaded detail={d} groupId={groupId} reload={detailQuery.reload} />
    </>
  );
}

function firstItemKey(detail: MeetingDetail): string {
  return (detail.items.find((i) => i.kind === 'matter') ?? detail.items[0])?.id ?? attendanceKey;
}

function Loaded({ detail, groupId, reload }: { detail: MeetingDetail; groupId: string; reload(): Promise<void> }) {
  const styles = useStyles();
  const navigate = useNavigate();
  const lookups = useLookups();
  const refreshGroups = useGroupsStore((s) => s.refresh);
  const track = useSaveStatus((s) => s.track);
  const saveStates = useSaveStatus((s) => s.states);
  const saveState = pageSaveState(saveStates);
  const m = detail.meeting;
  const readOnly = m.status === 'approved' || m.status === 'cancelled' || m.status === 'for_approval';

  const [selected, setSelected] = useState<string>(() => firstItemKey(detail));
  const [focusDecisionId, setFocusDecisionId] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const [flowError, setFlowError] = useState<ApiError | null>(null);
  const [flowBusy, setFlowBusy] = useState(false);
  const removal = useDialog<Deletion>();
  const actionDialog = useDialog<{ decision: DecisionEntry; action: ActionEntry | null }>();
  const approveDialog = useDialog();
  const cancelDialog = useDialog();
  const correctionDialog = useDialog<string | null>();
  const help = useDialog();
  const meetingDialogs = useCrudDialogs<Meeting>();
  const selectedRef = useRef(selected);
  selectedRef.current = selected;

  useEffect(() => () => useSaveStatus.setState({ states: new Map() }), []);

  const item = detail.items.find((i) => i.id === selected);
  useEffect(() => {
    if (selected !== attendanceKey && !item) setSelected(firstItemKey(detail));
  }, [selected, item, detail]);

  const write = useCallback(
    async <T,>(action: () => Promise<Result<T>>): Promise<Result<T>> => {
      const result = await track(action());
      if (result.ok) await reload();
      return result;
    },
    [track, reload],
  );

  const ws: Workspace = {
    detail,
    readOnly,
    lookups,
    decider: deciderName(detail.group.name, detail.group.kind),
    reload,
    write,
    saveItem: async (id, fields) => {
      const result = await call('agendaItems.update', { id, ...fields });
      if (result.ok) void reload();
      return result;
    },
    confirmDelete: removal.show,
    editAction: (decision, action) => actionDialog.show({ decision, action }),
    focusDecisionId,
  };

  const focusAgendaEntry = (key: string) => {
    window.setTimeout(() => document.querySelector<HTMLElement>(`[data-agenda-key="${key}"]`)?.focus(), 0);
  };

  const addItem = async () => {
    const result = await write(() => call('agendaItems.create', { meetingId: m.id, title: t.agenda.newItemTitle, kind: 'matter' }));
    if (result.ok) {
      setSelected(result.value.id);
      window.setTimeout(() => document.querySelector<HTMLInputElement>('#item-fields input')?.select(), 50);
    } else setFlowError(result.error);
  };

  const moveItem = async (target: AgendaItemEntry, position: number) => {
    if (position < 1 || position > detail.items.length) return;
    const result = await write(() => call('agendaItems.move', { id: target.id, position }));
    if (result.ok) setAnnouncement(t.agenda.moved(target.title, position));
    else setFlowError(result.error);
  };

  const addDecision = async (target: AgendaItemEntry) => {
    const result = await write(() => call('decisions.create', { agendaItemId: target.id, text: t.decisions.phrase(ws.decider), type: 'decision' }));
    if (result.ok) setFocusDecisionId(result.value.id);
    else setFlowError(result.error);
    return result;
  };

  const addAction = async (target: AgendaItemEntry) => {
    let decision = target.decisions.at(-1);
    if (!decision) {
      const created = await addDecision(target);
      if (!created.ok) return;
      decision = created.value;
    }
    actionDialog.show({ decision, action: null });
  };

  // Page shortcuts: Alt+↑/↓ between items, Alt+Shift+↑/↓ moves, Alt+P/B/U/N, ? for help.
  const handlers = useRef({ addItem, moveItem, addDecision, addAction });
  handlers.current = { addItem, moveItem, addDecision, addAction };
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (document.querySelector('.fui-DialogSurface')) return;
      const keys = [attendanceKey, ...detail.items.map((i) => i.id)];
      const current = selectedRef.current;
      const index = keys.indexOf(current);
      const currentItem = detail.items.find((i) => i.id === current);
      if (event.key === '?' && !isEditable(event.target) && !event.ctrlKey && !event.altKey) {
        event.preventDefault();
        help.show(true);
        return;
      }
      if (!event.altKey || event.ctrlKey || event.metaKey) return;
      if (event.code === 'ArrowUp' || event.code === 'ArrowDown') {
        event.preventDefault();
        const step = event.code === 'ArrowUp' ? -1 : 1;
        if (event.shiftKey) {
          if (currentItem && !readOnly) void handlers.current.moveItem(currentItem, currentItem.position + step).then(() => focusAgendaEntry(currentItem.id));
          return;
        }
        const next = keys[Math.min(keys.length - 1, Math.max(0, index + step))];
        if (next) {
          setSelected(next);
          if (!isEditable(event.target)) focusAgendaEntry(next);
        }
        return;
      }
      if (event.shiftKey) return;
      if (event.code === 'KeyN') {
        event.preventDefault();
        setSelected(attendanceKey);
        focusAgendaEntry(attendanceKey);
      } else if (readOnly) {
        return;
      } else if (event.code === 'KeyP') {
        event.preventDefault();
        void handlers.current.addItem();
      } else if (event.code === 'KeyB' && currentItem) {
        event.preventDefault();
        void handlers.current.addDecision(currentItem);
      } else if (event.code === 'KeyU' && currentItem) {
        event.preventDefault();
        void handlers.current.addAction(currentItem);
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [detail, readOnly, help]);

  const status = async (method: Extract<MethodName, 'meetings.start' | 'meetings.sendForApproval' | 'meetings.reopen' | 'meetings.approve' | 'meetings.cancel'>) => {
    setFlowBusy(true);
    try {
      const result = await write(() => call(method, { id: m.id }));
      setFlowError(result.ok ? null : result.error);
      if (result.ok) void refreshGroups();
      return result.ok;
    } finally {
      setFlowBusy(false);
    }
  };
  const [dialogError, setDialogError] = useState<ApiError | null>(null);
  const confirmStatus = async (method: 'meetings.approve' | 'meetings.cancel', close: () => void) => {
    setFlowBusy(true);
    const result = await track(call(method, { id: m.id }));
    setFlowBusy(false);
    if (!result.ok) {
      setDialogError(result.error);
      return;
    }
    setDialogError(null);
    close();
    await dialogsClosed();
    await reload();
    void refreshGroups();
  };

  const warningPlaces = detail.identityWarnings.map((w) => (w.sectionNumber !== null ? `§ ${w.sectionNumber}` : (detail.items.find((i) => i.id === w.agendaItemId)?.title ?? '')));
  const blocked = detail.identityWarnings.length > 0;
  const time = formatTimeRange(m.startTime, m.endTime);

  const flowButtons = (
    <>
      {m.status === 'planned' && (
        <Button appearance="primary" disabledFocusable={flowBusy} onClick={() => void status('meetings.start')}>
          {t.flow.start}
        </Button>
      )}
      {m.status === 'draft' && (
        <Button appearance="primary" disabledFocusable={flowBusy || blocked} onClick={() => void status('meetings.sendForApproval')} aria-describedby={blocked ? 'identity-block' : undefined}>
          {t.flow.sendForApproval}
        </Button>
      )}
      {m.status === 'for_approval' && (
        <>
          <Button appearance="primary" disabledFocusable={flowBusy} onClick={() => {
            setDialogError(null);
            approveDialog.show(true);
          }}>
            {t.flow.approve}
          </Button>
          <Button disabledFocusable={flowBusy} onClick={() => void status('meetings.reopen')}>
            {t.flow.reopen}
          </Button>
        </>
      )}
      {m.status === 'cancelled' && (
        <Button disabledFocusable={flowBusy} onClick={() => void status('meetings.reopen')}>
          {t.flow.reopen}
        </Button>
      )}
      {m.status === 'approved' && (
        <Button appearance="primary" onClick={() => correctionDialog.show(item?.id ?? null)}>
          {t.approved.correction}
        </Button>
      )}
      {(m.status === 'planned' || m.status === 'draft') && (
        <>
          <Button onClick={() => meetingDialogs.editor.show(m)}>{t.flow.edit}</Button>
          <Button onClick={() => {
            setDialogError(null);
            cancelDialog.show(true);
          }}>{t.flow.cancel}</Button>
        </>
      )}
      {m.status !== 'approved' && <Button onClick={() => meetingDialogs.removal.show(m)}>{t.flow.delete}</Button>}
      <Button appearance="subtle" onClick={() => help.show(true)} aria-keyshortcuts="?">
        {t.flow.help} (?)
      </Button>
    </>
  );

  return (
    <WorkspaceContext.Provider value={ws}>
      <PageHeading
        subtitle={[meetingKindLabel[m.kind], time || t.facts.noTime, m.place ?? t.facts.noPlace].join(' · ')}
        actions={flowButtons}
      >
        {t.heading(detail.group.name, m.date)}
      </PageHeading>
      <div className={styles.top}>
        <div className={styles.statusRow}>
          <span>{t.status}:</span>
          <MeetingStatusBadge status={m.status} />
          {detail.approval && <p className={styles.stamp}>{t.approved.stamp(detail.approval.approvedAt.slice(0, 10), detail.approval.approvedByName)}</p>}
          <span role="status" aria-live="polite" className={saveState === 'error' ? styles.saveError : styles.saveState}>
            {saveState === 'saving' ? t.save.saving : saveState === 'saved' ? t.save.saved : saveState === 'error' ? t.save.error : ''}
          </span>
        </div>
        {m.status === 'planned' && <p className={styles.facts}>{t.flow.planned}</p>}
        {m.status === 'approved' && <p className={styles.facts}>{t.approved.locked}</p>}
        {blocked && m.status !== 'approved' && (
          <MessageBar intent="warning" layout="multiline" id="identity-block">
            <MessageBarBody>
              <MessageBarTitle>{t.flow.sendForApproval}</MessageBarTitle>
              {t.flow.blocked} {t.flow.blockedAt(warningPlaces.join(', '))}
            </MessageBarBody>
          </MessageBar>
        )}
        <ErrorBar error={flowError} />
        <CorrectionsList agendaItemId={null} />
      </div>

      <div className={styles.grid}>
        <div className={styles.aside}>
          <AgendaNav selected={selected} onSelect={setSelected} onAdd={() => void addItem()} onMove={(i, p) => void moveItem(i, p)} />
        </div>
        <section className={styles.main} id="item-fields" aria-labelledby={selected === attendanceKey ? 'attendance-heading' : 'item-heading'}>
          {selected === attendanceKey ? <AttendancePanel /> : item ? <ItemPanel key={item.id} item={item} /> : <p>{t.item.noItem}</p>}
        </section>
      </div>
      <div className={styles.srOnly} aria-live="polite">
        {announcement}
      </div>

      {removal.value && (
        <DeleteDialog
          key={removal.key}
          open={removal.open}
          deletion={removal.value}
          onClose={removal.close}
          onDeleted={async () => {
            removal.close();
            await reload();
          }}
        />
      )}
      {actionDialog.value && (
        <ActionDialog
          key={actionDialog.key}
          open={actionDialog.open}
          decision={actionDialog.value.decision}
          action={actionDialog.value.action}
          lookups={lookups}
          onClose={actionDialog.close}
          onSaved={async () => {
            actionDialog.close();
            await reload();
          }}
        />
      )}
      {approveDialog.value && (
      <ConfirmStatusDialog
        key={approveDialog.key}
        open={approveDialog.open}
        title={t.approveDialog.title}
        body={t.approveDialog.body(m.date)}
        confirmLabel={t.approveDialog.confirm}
        busyLabel={t.approveDialog.busy}
        busy={flowBusy}
        error={dialogError}
        onConfirm={() => void confirmStatus('meetings.approve', approveDialog.close)}
        onClose={approveDialog.close}
      />
      )}
      {cancelDialog.value && (
      <ConfirmStatusDialog
        key={cancelDialog.key}
        open={cancelDialog.open}
        title={t.cancelDialog.title}
        body={t.cancelDialog.body(m.date)}
        confirmLabel={t.cancelDialog.confirm}
        busyLabel={t.cancelDialog.busy}
        busy={flowBusy}
        error={dialogError}
        onConfirm={() => void confirmStatus('meetings.cancel', cancelDialog.close)}
        onClose={cancelDialog.close}
      />
      )}
      {correctionDialog.value !== undefined && (
        <CorrectionDialog
          key={correctionDialog.key}
          open={correctionDialog.open}
          meetingId={m.id}
          items={detail.items}
          agendaItemId={correctionDialog.value}
          onClose={correctionDialog.close}
          onSaved={async () => {
            correctionDialog.close();
            await reload();
          }}
        />
      )}
      {help.value && <HelpDialog key={help.key} open={help.open} onClose={help.close} />}
      <CrudDialogs
        dialogs={meetingDialogs}
        renderEditor={({ value, ...props }) => <MeetingFormDialog {...props} groupId={groupId} meeting={value} />}
        deletion={meetingDeletion}
        onChanged={async () => {
          void refreshGroups();
          await reload();
        }}
        onDeleted={async () => {
          void refreshGroups();
          await dialogsClosed();
          await navigate(paths.group(groupId));
        }}
      />
    </WorkspaceContext.Provider>
  );
}
