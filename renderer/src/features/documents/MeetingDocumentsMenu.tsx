// The meeting page's Word documents: notice before the meeting, the protocol (full or public)
// once it is held, and certified extracts of an approved protocol.
import { Menu, MenuButton, MenuItem, MenuList, MenuPopover, MenuTrigger } from '@fluentui/react-components';
import { useState } from 'react';
import type { MeetingDetail } from '../../../../shared/contract/index.ts';
import { documentsText } from '../../../../shared/i18n/sv/ui-documents.ts';
import { call } from '../../api/client.ts';
import { ExtractDialog } from './ExtractDialog.tsx';
import type { DocumentAction } from './useDocumentAction.ts';

const t = documentsText.menu;

type Props = { detail: MeetingDetail; action: DocumentAction };

export function MeetingDocumentsMenu({ detail, action }: Props) {
  const [extractsOpen, setExtractsOpen] = useState(false);
  const [extractsMounted, setExtractsMounted] = useState(false);
  const { meeting } = detail;
  const held = meeting.status === 'draft' || meeting.status === 'for_approval' || meeting.status === 'approved';
  const canNotice = meeting.status === 'planned' || meeting.status === 'draft';
  const hasConfidential = detail.items.some((i) => i.confidential);
  const protocol = (variant: 'full' | 'public') => void action.run(() => call('documents.protocol', { meetingId: meeting.id, variant }));

  return (
    <>
      <Menu>
        <MenuTrigger disableButtonEnhancement>
          <MenuButton disabledFocusable={action.busy}>
            {action.busy ? t.working : t.button}
          </MenuButton>
        </MenuTrigger>
        <MenuPopover>
          <MenuList>
            {canNotice && <MenuItem onClick={() => void action.run(() => call('documents.notice', { meetingId: meeting.id }))}>{t.notice}</MenuItem>}
            {held && <MenuItem onClick={() => protocol('full')}>{meeting.kind === 'notes' ? t.minutes : t.protocol}</MenuItem>}
            {held && hasConfidential && <MenuItem onClick={() => protocol('public')}>{t.publicVersion}</MenuItem>}
            {meeting.status === 'approved' && (
              <MenuItem
                onClick={() => {
                  setExtractsMounted(true);
                  setExtractsOpen(true);
                }}
              >
                {t.extracts}
              </MenuItem>
            )}
          </MenuList>
        </MenuPopover>
      </Menu>
      {extractsMounted && <ExtractDialog open={extractsOpen} detail={detail} action={action} onClose={() => setExtractsOpen(false)} />}
    </>
  );
}
