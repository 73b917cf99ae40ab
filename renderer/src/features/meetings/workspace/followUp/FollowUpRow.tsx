// One action in the follow-up item: its title, owner, where it was decided, its current due date
// and status ("Försenad" in words), the latest note; then the recording fields (a draft meeting)
// or this meeting's recorded entry (read-only).
import { mergeClasses } from '@fluentui/react-components';
import { useState } from 'react';
import type { MeetingFollowUpRow } from '../../../../../../shared/contract/index.ts';
import { actionStatusLabel, overdueLabel } from '../../../../../../shared/i18n/sv/labels.ts';
import { followUpUiText } from '../../../../../../shared/i18n/sv/ui-followup.ts';
import { meetingText } from '../../../../../../shared/i18n/sv/ui-meeting.ts';
import { useSectionStyles } from '../DecisionsSection.tsx';
import { EntrySummary } from './EntrySummary.tsx';
import { RecordForm } from './RecordForm.tsx';
import { StaleMarker } from './StaleChoice.tsx';
import type { FollowUps } from './useFollowUps.ts';
import { useFollowUpStyles } from './styles.ts';

const t = followUpUiText;

/** 'record': a draft meeting; 'preview': a planned one (nothing recorded yet); 'read': a held, locked one. */
export type RowMode = 'record' | 'preview' | 'read';

type Props = { row: MeetingFollowUpRow; meetingId: string; mode: RowMode; followUps: FollowUps; onDone(): void };

export function FollowUpRow({ row, meetingId, mode, followUps, onDone }: Props) {
  const styles = useFollowUpStyles();
  const section = useSectionStyles();
  const [generation, setGeneration] = useState(0);
  const titleId = `follow-up-${row.actionId}`;
  const showStale = row.stale && mode !== 'read';
  return (
    <li data-follow-up-row={row.actionId}>
      <article aria-labelledby={titleId} className={mergeClasses(section.card, row.overdue && styles.cardOverdue, showStale && styles.cardStale)}>
        <h4 id={titleId} className={styles.h4}>
          {row.title}
        </h4>
        <RowFacts row={row} />
        {row.closedSincePrevious && row.closedOn && <p className={styles.text}>{t.closedSincePrevious(actionStatusLabel[row.status], row.closedOn)}</p>}
        {mode === 'record' && (
          <RecordForm
            key={generation}
            row={row}
            meetingId={meetingId}
            followUps={followUps}
            onDone={onDone}
            onWithdrawn={() => setGeneration((g) => g + 1)}
            focusOnMount={generation > 0}
          />
        )}
        {mode === 'preview' && showStale && <StaleMarker count={row.carriesWithoutProgress} />}
        {mode === 'read' && row.entry && <EntrySummary entry={row.entry} title={row.title} />}
      </article>
    </li>
  );
}

/** The action as it stands; its latest note only while this meeting has none (the entry shows that). */
function RowFacts({ row }: { row: MeetingFollowUpRow }) {
  const styles = useFollowUpStyles();
  const f = t.facts;
  const owner = meetingText.actions.ownerText(row.owner.personName, row.owner.organisationName, row.owner.groupName);
  return (
    <dl className={styles.facts}>
      <div className={styles.fact}>
        <dt className={styles.term}>{f.owner}</dt>
        <dd className={styles.value}>{owner || '–'}</dd>
      </div>
      <div className={styles.fact}>
        <dt className={styles.term}>{f.decided}</dt>
        <dd className={styles.value}>{f.decidedRef(row.sectionNumber, row.decidedOn)}</dd>
      </div>
      <div className={styles.fact}>
        <dt className={styles.term}>{f.due}</dt>
        <dd className={styles.value}>
          {row.dueDate}
          {row.dueDate !== row.originalDueDate && ` ${f.originalDue(row.originalDueDate)}`}
        </dd>
      </div>
      <div className={styles.fact}>
        <dt className={styles.term}>{f.status}</dt>
        <dd className={styles.value}>
          {actionStatusLabel[row.status]}
          {row.overdue && (
            <>
              {' · '}
              <span className={styles.overdue}>{overdueLabel}</span>
            </>
          )}
        </dd>
      </div>
      {row.latestNote && !row.entry && (
        <div className={mergeClasses(styles.fact, styles.factWide)}>
          <dt className={styles.term}>{f.latestNote}</dt>
          <dd className={styles.value}>{f.latestNoteText(row.lastFollowUpOn, row.latestNote)}</dd>
        </div>
      )}
    </dl>
  );
}
