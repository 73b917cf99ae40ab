// The logged redaction of an approved protocol, the one exception to its lock: a warning while the
// protocol holds what looks like personal identity numbers, the procedure behind a confirmation
// with a required reason, and the log of every redaction made (from the approved copy).
import { Button, makeStyles, mergeClasses, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, tokens } from '@fluentui/react-components';
import { useEffect, useRef, useState } from 'react';
import type { Redaction } from '../../../../../shared/contract/index.ts';
import { privacyText } from '../../../../../shared/i18n/sv/privacy.ts';
import { useApiQuery } from '../../../api/useApiQuery.ts';
import { ErrorBar } from '../../../components/ErrorBar.tsx';
import { dialogsClosed, useDialog } from '../../../components/useDialog.ts';
import { useWorkspace } from './context.ts';
import { useSectionStyles } from './DecisionsSection.tsx';
import { useLogEntryStyles } from './logEntryStyles.ts';
import { RedactionDialog } from './RedactionDialog.tsx';
import { stockholmDateOf } from '../../../../../shared/domain/swedishDates.ts';

const t = privacyText.redactionProcedure;

const useStyles = makeStyles({
  heading: { ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '2px' } },
});

/** How many were replaced in the protocol's own text, in the approved copy and in the change log. */
function replacedCounts(redaction: Redaction): { protocol: number; copy: number; log: number } {
  const counts = { protocol: 0, copy: 0, log: 0 };
  for (const { place, count } of redaction.places) {
    if (place === 'meetings.approved_copy') counts.copy += count;
    else if (place === 'change_log.data') counts.log += count;
    else counts.protocol += count;
  }
  return counts;
}

export function RedactionPanel() {
  const styles = useStyles();
  const log = useLogEntryStyles();
  const section = useSectionStyles();
  const ws = useWorkspace();
  const { detail } = ws;
  const approved = detail.meeting.status === 'approved';
  const protocol = useApiQuery('meetings.approvedCopy', { id: detail.meeting.id }, approved);
  const dialog = useDialog();
  const logHeading = useRef<HTMLHeadingElement>(null);
  const [focusLog, setFocusLog] = useState(false);
  const redactions = protocol.data?.redactions ?? [];

  useEffect(() => {
    if (!focusLog || !logHeading.current) return;
    logHeading.current.focus();
    setFocusLog(false);
  }, [focusLog, redactions.length]);

  if (!approved) return null;
  const warned = detail.identityWarnings.length > 0;
  const sections = detail.identityWarnings.map((w) => w.sectionNumber).filter((n): n is number => n !== null);

  const redacted = async () => {
    dialog.close();
    await dialogsClosed();
    await protocol.reload();
    // The warning and its button are gone: focus goes to the log, which now holds the entry.
    setFocusLog(true);
  };

  return (
    <>
      {warned && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t.warningTitle}</MessageBarTitle>
            {t.warningBody(sections)}
          </MessageBarBody>
          <MessageBarActions>
            <Button onClick={() => dialog.show(true)}>{t.open}</Button>
          </MessageBarActions>
        </MessageBar>
      )}
      <ErrorBar error={protocol.error} title={t.logError} onRetry={() => void protocol.reload()} />
      {redactions.length > 0 && (
        <section className={section.section} aria-labelledby="redactions-heading">
          <h2 id="redactions-heading" ref={logHeading} tabIndex={-1} className={mergeClasses(section.h3, styles.heading)}>
            {t.logHeading}
          </h2>
          <ul className={log.list}>
            {redactions.map((r) => (
              <li key={r.id} className={mergeClasses(log.entry, log.redaction)}>
                <p className={log.meta}>{t.logEntry(stockholmDateOf(r.redactedAt), r.redactedByTitle ? `${r.redactedByName}, ${r.redactedByTitle}` : r.redactedByName)}</p>
                <p className={log.text}>
                  {t.reasonLabel}: {r.reason}
                </p>
                <p className={log.text}>{t.replaced(replacedCounts(r))}</p>
              </li>
            ))}
          </ul>
        </section>
      )}
      {dialog.value && <RedactionDialog key={dialog.key} open={dialog.open} meetingId={detail.meeting.id} onClose={dialog.close} onRedacted={redacted} />}
    </>
  );
}
