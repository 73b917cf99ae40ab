// Every dialog of the meeting page. Each mounts on its first open and then closes through its
// `open` prop (see components/useDialog.ts).
import { useNavigate } from 'react-router';
import type { ActionEntry, DecisionEntry, Meeting } from '../../../../../shared/contract/index.ts';
import { meetingText } from '../../../../../shared/i18n/sv/ui-meeting.ts';
import { paths } from '../../../app/paths.ts';
import { CrudDialogs, type CrudDialogHandles } from '../../../components/CrudDialogs.tsx';
import { DeleteDialog, type Deletion } from '../../../components/DeleteDialog.tsx';
import { dialogsClosed, type DialogHandle } from '../../../components/useDialog.ts';
import { useGroupsStore } from '../../../state/groupsStore.ts';
import { meetingDeletion } from '../meetingDeletion.ts';
import { MeetingFormDialog } from '../MeetingFormDialog.tsx';
import { ActionDialog } from './ActionDialog.tsx';
import { useWorkspace } from './context.ts';
import { ConfirmStatusDialog, CorrectionDialog, HelpDialog } from './dialogs.tsx';
import type { ConfirmedStatusMethod, StatusFlow } from './useStatusFlow.ts';

export type PageDialogHandles = {
  removal: DialogHandle<Deletion>;
  action: DialogHandle<{ decision: DecisionEntry; action: ActionEntry | null }>;
  approve: DialogHandle<true>;
  cancel: DialogHandle<true>;
  correction: DialogHandle<string | null>;
  help: DialogHandle<true>;
  meeting: CrudDialogHandles<Meeting>;
};

const confirmTexts = { 'meetings.approve': meetingText.approveDialog, 'meetings.cancel': meetingText.cancelDialog };

function StatusConfirm({ handle, method, flow, date }: { handle: DialogHandle<true>; method: ConfirmedStatusMethod; flow: StatusFlow; date: string }) {
  if (!handle.value) return null;
  const text = confirmTexts[method];
  return (
    <ConfirmStatusDialog
      key={handle.key}
      open={handle.open}
      title={text.title}
      body={text.body(date)}
      confirmLabel={text.confirm}
      busyLabel={text.busy}
      busy={flow.busy}
      error={flow.dialogError}
      onConfirm={() => void flow.confirm(method, handle.close)}
      onClose={handle.close}
    />
  );
}

export function MeetingDialogs({ groupId, dialogs, flow }: { groupId: string; dialogs: PageDialogHandles; flow: StatusFlow }) {
  const { detail, lookups, reload } = useWorkspace();
  const navigate = useNavigate();
  const refreshGroups = useGroupsStore((s) => s.refresh);
  const m = detail.meeting;
  const closeThenReload = (handle: { close(): void }) => async () => {
    handle.close();
    await reload();
  };
  const { removal, action, correction, help } = dialogs;

  return (
    <>
      {removal.value && <DeleteDialog key={removal.key} open={removal.open} deletion={removal.value} onClose={removal.close} onDeleted={closeThenReload(removal)} />}
      {action.value && (
        <ActionDialog
          key={action.key}
          open={action.open}
          decision={action.value.decision}
          action={action.value.action}
          lookups={lookups}
          onClose={action.close}
          onSaved={closeThenReload(action)}
        />
      )}
      <StatusConfirm handle={dialogs.approve} method="meetings.approve" flow={flow} date={m.date} />
      <StatusConfirm handle={dialogs.cancel} method="meetings.cancel" flow={flow} date={m.date} />
      {correction.value !== undefined && (
        <CorrectionDialog
          key={correction.key}
          open={correction.open}
          meetingId={m.id}
          items={detail.items}
          agendaItemId={correction.value}
          onClose={correction.close}
          onSaved={closeThenReload(correction)}
        />
      )}
      {help.value && <HelpDialog key={help.key} open={help.open} onClose={help.close} />}
      <CrudDialogs
        dialogs={dialogs.meeting}
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
    </>
  );
}
