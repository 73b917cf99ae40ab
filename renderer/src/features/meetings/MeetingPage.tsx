// The meeting page, the secretary's workspace: the agenda on the left as the protocol's spine,
// the selected item (or attendance and roles) in the middle, the status flow above. Everything
// typed is saved by itself (see workspace/useAutosave.ts); an approved protocol is read-only.
import { makeStyles, Spinner, tokens } from '@fluentui/react-components';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useParams } from 'react-router';
import type { ActionEntry, AgendaItemEntry, DecisionEntry, Meeting, MeetingDetail, Result } from '../../../../shared/contract/index.ts';
import { commonText } from '../../../../shared/i18n/sv/ui-common.ts';
import { deciderName, meetingText } from '../../../../shared/i18n/sv/ui-meeting.ts';
import { call } from '../../api/client.ts';
import { useApiQuery } from '../../api/useApiQuery.ts';
import { paths } from '../../app/paths.ts';
import { Breadcrumbs } from '../../components/Breadcrumbs.tsx';
import { useCrudDialogs } from '../../components/CrudDialogs.tsx';
import type { Deletion } from '../../components/DeleteDialog.tsx';
import { ErrorBar } from '../../components/ErrorBar.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { useDialog } from '../../components/useDialog.ts';
import { useDocumentTitle } from '../../components/useDocumentTitle.ts';
import { useGroupsStore } from '../../state/groupsStore.ts';
import { ExpedieringLog } from '../documents/ExpedieringLog.tsx';
import { useDocumentAction } from '../documents/useDocumentAction.ts';
import { AgendaNav, attendanceKey } from './workspace/AgendaNav.tsx';
import { AttendancePanel } from './workspace/AttendancePanel.tsx';
import { WorkspaceContext, type Lookups, type Workspace } from './workspace/context.ts';
import { ItemPanel } from './workspace/ItemPanel.tsx';
import { MeetingDialogs, type PageDialogHandles } from './workspace/MeetingDialogs.tsx';
import { MeetingHeader } from './workspace/MeetingHeader.tsx';
import { pageSaveState, useSaveStatus } from './workspace/saveStatus.ts';
import { usePageShortcuts } from './workspace/usePageShortcuts.ts';
import { useStatusFlow } from './workspace/useStatusFlow.ts';

const t = meetingText;

const useStyles = makeStyles({
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
  log: { marginTop: '24px', maxWidth: '960px' },
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
  const lookups = useLookups();
  const track = useSaveStatus((s) => s.track);
  const saveState = pageSaveState(useSaveStatus((s) => s.states));
  const m = detail.meeting;
  const readOnly = m.status === 'approved' || m.status === 'cancelled' || m.status === 'for_approval';

  const [selected, setSelected] = useState<string>(() => firstItemKey(detail));
  const [focusDecisionId, setFocusDecisionId] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const dialogs: PageDialogHandles = {
    removal: useDialog<Deletion>(),
    action: useDialog<{ decision: DecisionEntry; action: ActionEntry | null }>(),
    approve: useDialog(),
    cancel: useDialog(),
    correction: useDialog<string | null>(),
    help: useDialog(),
    meeting: useCrudDialogs<Meeting>(),
  };

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
  const flow = useStatusFlow(m.id, write, reload);
  const [logVersion, setLogVersion] = useState(0);
  const bumpLog = useCallback(() => setLogVersion((v) => v + 1), []);
  const documents = useDocumentAction(bumpLog);

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
    confirmDelete: dialogs.removal.show,
    editAction: (decision, action) => dialogs.action.show({ decision, action }),
    focusDecisionId,
  };

  const addItem = async () => {
    const result = await write(() => call('agendaItems.create', { meetingId: m.id, title: t.agenda.newItemTitle, kind: 'matter' }));
    if (result.ok) {
      setSelected(result.value.id);
      window.setTimeout(() => document.querySelector<HTMLInputElement>('#item-fields input')?.select(), 50);
    } else flow.setError(result.error);
  };

  const moveItem = async (target: AgendaItemEntry, position: number) => {
    if (position < 1 || position > detail.items.length) return;
    const result = await write(() => call('agendaItems.move', { id: target.id, position }));
    if (result.ok) setAnnouncement(t.agenda.moved(target.title, position));
    else flow.setError(result.error);
  };

  const addDecision = async (target: AgendaItemEntry) => {
    const result = await write(() => call('decisions.create', { agendaItemId: target.id, text: t.decisions.phrase(ws.decider), type: 'decision' }));
    if (result.ok) setFocusDecisionId(result.value.id);
    else flow.setError(result.error);
    return result;
  };

  const addAction = async (target: AgendaItemEntry) => {
    let decision = target.decisions.at(-1);
    if (!decision) {
      const created = await addDecision(target);
      if (!created.ok) return;
      decision = created.value;
    }
    dialogs.action.show({ decision, action: null });
  };

  const showHelp = () => dialogs.help.show(true);
  usePageShortcuts({ items: detail.items, readOnly, selected, setSelected, actions: { addItem, moveItem, addDecision, addAction, showHelp } });

  const confirmStatus = (handle: { show(value: true): void }) => () => {
    flow.setDialogError(null);
    handle.show(true);
  };

  return (
    <WorkspaceContext.Provider value={ws}>
      <MeetingHeader
        detail={detail}
        flow={flow}
        saveState={saveState}
        actions={{
          approve: confirmStatus(dialogs.approve),
          cancel: confirmStatus(dialogs.cancel),
          correction: () => dialogs.correction.show(item?.id ?? null),
          edit: () => dialogs.meeting.editor.show(m),
          remove: () => dialogs.meeting.removal.show(m),
          help: showHelp,
        }}
        documents={documents}
      />

      <div className={styles.grid}>
        <div className={styles.aside}>
          <AgendaNav selected={selected} onSelect={setSelected} onAdd={() => void addItem()} onMove={(i, p) => void moveItem(i, p)} />
        </div>
        <section className={styles.main} id="item-fields" aria-labelledby={selected === attendanceKey ? 'attendance-heading' : 'item-heading'}>
          {selected === attendanceKey ? <AttendancePanel /> : item ? <ItemPanel key={item.id} item={item} /> : <p>{t.item.noItem}</p>}
        </section>
      </div>
      <div className={styles.log}>
        <ExpedieringLog meetingId={m.id} version={logVersion} />
      </div>
      <div className={styles.srOnly} aria-live="polite">
        {announcement}
      </div>

      <MeetingDialogs groupId={groupId} dialogs={dialogs} flow={flow} />
    </WorkspaceContext.Provider>
  );
}
