// The shell every modal here shares: it cannot be closed (Esc, backdrop) while a call is
// under way, and it gives focus back to where it came from once it closes.
import { Dialog } from '@fluentui/react-components';
import type { ReactElement } from 'react';
import { useRestoreFocus } from './useRestoreFocus.ts';

type Props = { open: boolean; busy: boolean; onClose(): void; children: ReactElement };

export function ModalDialog({ open, busy, onClose, children }: Props) {
  useRestoreFocus(open);
  return (
    <Dialog
      open={open}
      modalType="modal"
      onOpenChange={(_event, data) => {
        if (!data.open && !busy) onClose();
      }}
    >
      {children}
    </Dialog>
  );
}
