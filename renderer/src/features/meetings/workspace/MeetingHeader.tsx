// The top of the meeting page: heading with the status actions, the status and save state,
// the approved stamp, the identity-number block (or, once approved, the logged redaction) and the
// protocol's own corrections.
import { Button, makeStyles, MessageBar, MessageBarBody, MessageBarTitle, tokens } from '@fluentui/react-components';
import type { MeetingDetail } from '../../../../../shared/contract/index.ts';
import { meetingKindLabel } from '../../../../../shared/i18n/sv/labels.ts';
import { documentsText } from '../../../../../shared/i18n/sv/ui-documents.ts';
import { meetingText } from '../../../../../shared/i18n/sv/ui-meeting.ts';
import { ErrorBar } from '../../../components/ErrorBar.tsx';
import { formatTimeRange } from '../../../components/format.ts';
import { PageHeading } from '../../../components/PageHeading.tsx';
import { MeetingStatusBadge } from '../../../components/StatusBadge.tsx';
import { MeetingDocumentsMenu } from '../../documents/MeetingDocumentsMenu.tsx';
import type { DocumentAction } from '../../documents/useDocumentAction.ts';
import { CorrectionsList } from './CorrectionsList.tsx';
import { RedactionPanel } from './RedactionPanel.tsx';
import type { PageSaveState } from './saveStatus.ts';
import type { StatusFlow } from './useStatusFlow.ts';
import { stockholmDateOf } from '../../../../../shared/domain/swedishDates.ts';

const t = meetingText;

const useStyles = makeStyles({
  top: { display: 'flex', flexDirection: 'column', gap: '10px', marginBottom: '16px' },
  statusRow: { display: 'flex', alignItems: 'center', gap: '12px', flexWrap: 'wrap' },
  facts: { color: tokens.colorNeutralForeground2, margin: 0 },
  saveState: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200, minWidth: '80px' },
  saveError: { color: tokens.colorPaletteRedForeground1, fontSize: tokens.fontSizeBase200 },
  stamp: { fontWeight: tokens.fontWeightSemibold, color: tokens.colorPaletteGreenForeground1, margin: 0 },
});

export type HeaderActions = {
  approve(): void;
  cancel(): void;
  correction(): void;
  edit(): void;
  remove(): void;
  help(): void;
};

const saveLabel: Record<PageSaveState, string> = { saving: t.save.saving, saved: t.save.saved, error: t.save.error, idle: '' };

type FlowProps = { detail: MeetingDetail; flow: StatusFlow; blocked: boolean; actions: HeaderActions; documents: DocumentAction };

function FlowButtons({ detail, flow, blocked, actions, documents }: FlowProps) {
  const m = detail.meeting;
  const reopen = (
    <Button disabledFocusable={flow.busy} onClick={() => void flow.change('meetings.reopen')}>
      {t.flow.reopen}
    </Button>
  );
  return (
    <>
      {m.status === 'planned' && (
        <Button appearance="primary" disabledFocusable={flow.busy} onClick={() => void flow.change('meetings.start')}>
          {t.flow.start}
        </Button>
      )}
      {m.status === 'draft' && (
        <Button appearance="primary" disabledFocusable={flow.busy || blocked} onClick={() => void flow.change('meetings.sendForApproval')} aria-describedby={blocked ? 'identity-block' : undefined}>
          {t.flow.sendForApproval}
        </Button>
      )}
      {m.status === 'for_approval' && (
        <>
          <Button appearance="primary" disabledFocusable={flow.busy} onClick={actions.approve}>
            {t.flow.approve}
          </Button>
          {reopen}
        </>
      )}
      {m.status === 'cancelled' && reopen}
      {m.status === 'approved' && (
        <Button appearance="primary" onClick={actions.correction}>
          {t.approved.correction}
        </Button>
      )}
      {(m.status === 'planned' || m.status === 'draft') && (
        <>
          <Button onClick={actions.edit}>{t.flow.edit}</Button>
          <Button onClick={actions.cancel}>{t.flow.cancel}</Button>
        </>
      )}
      {m.status !== 'cancelled' && <MeetingDocumentsMenu detail={detail} action={documents} />}
      {m.status !== 'approved' && <Button onClick={actions.remove}>{t.flow.delete}</Button>}
      <Button appearance="subtle" onClick={actions.help} aria-keyshortcuts="?">
        {t.flow.help} (?)
      </Button>
    </>
  );
}

type HeaderProps = { detail: MeetingDetail; flow: StatusFlow; saveState: PageSaveState; actions: HeaderActions; documents: DocumentAction };

export function MeetingHeader({ detail, flow, saveState, actions, documents }: HeaderProps) {
  const styles = useStyles();
  const m = detail.meeting;
  const warningPlaces = detail.identityWarnings.map((w) => (w.sectionNumber !== null ? `§ ${w.sectionNumber}` : (detail.items.find((i) => i.id === w.agendaItemId)?.title ?? '')));
  const blocked = detail.identityWarnings.length > 0;
  const time = formatTimeRange(m.startTime, m.endTime);

  return (
    <>
      <PageHeading
        subtitle={[meetingKindLabel[m.kind], time || t.facts.noTime, m.place ?? t.facts.noPlace].join(' · ')}
        actions={<FlowButtons detail={detail} flow={flow} blocked={blocked} actions={actions} documents={documents} />}
      >
        {t.heading(detail.group.name, m.date)}
      </PageHeading>
      <div className={styles.top}>
        <div className={styles.statusRow}>
          <span>{t.status}:</span>
          <MeetingStatusBadge status={m.status} />
          {detail.approval && <p className={styles.stamp}>{t.approved.stamp(stockholmDateOf(detail.approval.approvedAt), detail.approval.approvedByName)}</p>}
          <span role="status" aria-live="polite" className={saveState === 'error' ? styles.saveError : styles.saveState}>
            {saveLabel[saveState]}
          </span>
          <span role="status" aria-live="polite" className={styles.saveState}>
            {documents.message}
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
        <ErrorBar error={flow.error} />
        <ErrorBar error={documents.error} title={documentsText.menu.errorTitle} />
        <RedactionPanel />
        <CorrectionsList agendaItemId={null} />
      </div>
    </>
  );
}
