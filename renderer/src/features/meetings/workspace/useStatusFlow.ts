// The meeting's status flow (start, send for approval, reopen, approve, cancel) with its busy
// flag and errors: one for the page, one for the confirm dialog that is open.
import { useState } from 'react';
import type { ApiError, MethodName, Result } from '../../../../../shared/contract/index.ts';
import { call } from '../../../api/client.ts';
import { dialogsClosed } from '../../../components/useDialog.ts';
import { useGroupsStore } from '../../../state/groupsStore.ts';
import { useSaveStatus } from './saveStatus.ts';

export type StatusMethod = Extract<MethodName, 'meetings.start' | 'meetings.sendForApproval' | 'meetings.reopen' | 'meetings.approve' | 'meetings.cancel'>;
export type ConfirmedStatusMethod = Extract<StatusMethod, 'meetings.approve' | 'meetings.cancel'>;

export type StatusFlow = {
  busy: boolean;
  error: ApiError | null;
  setError(error: ApiError | null): void;
  dialogError: ApiError | null;
  setDialogError(error: ApiError | null): void;
  change(method: StatusMethod): Promise<boolean>;
  confirm(method: ConfirmedStatusMethod, close: () => void): Promise<void>;
};

export function useStatusFlow(meetingId: string, write: <T>(action: () => Promise<Result<T>>) => Promise<Result<T>>, reload: () => Promise<void>): StatusFlow {
  const track = useSaveStatus((s) => s.track);
  const refreshGroups = useGroupsStore((s) => s.refresh);
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const [dialogError, setDialogError] = useState<ApiError | null>(null);

  const change = async (method: StatusMethod) => {
    setBusy(true);
    try {
      const result = await write(() => call(method, { id: meetingId }));
      setError(result.ok ? null : result.error);
      if (result.ok) void refreshGroups();
      return result.ok;
    } finally {
      setBusy(false);
    }
  };

  const confirm = async (method: ConfirmedStatusMethod, close: () => void) => {
    setBusy(true);
    const result = await track(call(method, { id: meetingId }));
    setBusy(false);
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

  return { busy, error, setError, dialogError, setDialogError, change, confirm };
}
