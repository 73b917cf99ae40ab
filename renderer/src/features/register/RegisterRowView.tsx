// One row of the register: the action, its owner, dates, status, where it was decided (a link to
// the meeting) and its latest follow-up. The title is a button that opens the action's history.
import { mergeClasses } from '@fluentui/react-components';
import type { KeyboardEvent } from 'react';
import type { RegisterRow } from '../../../../shared/contract/index.ts';
import { registerText, swedishNumber } from '../../../../shared/i18n/sv/ui-register.ts';
import { paths } from '../../app/paths.ts';
import { RouterLink } from '../../components/RouterLink.tsx';
import { ActionStatusBadges } from './ActionStatusBadges.tsx';
import { ownerLines } from './ownerLabel.ts';
import { useTableStyles } from './registerTableStyles.ts';

const t = registerText.table;

type Props = {
  row: RegisterRow | undefined;
  index: number;
  /** Offset of the row in the table body, from the virtualiser. */
  top: number;
  onOpen(row: RegisterRow): void;
  onTitleKeyDown(event: KeyboardEvent<HTMLButtonElement>, index: number): void;
};

export function RegisterRowView({ row, index, top, onOpen, onTitleKeyDown }: Props) {
  const s = useTableStyles();
  const rowProps = {
    role: 'row',
    'aria-rowindex': index + 2, // the header row is 1
    'data-index': index,
    className: mergeClasses(s.grid, s.row),
    style: { transform: `translateY(${top}px)` },
  };
  if (!row) {
    return (
      <div {...rowProps}>
        <div role="cell" className={mergeClasses(s.cell, s.muted)}>
          {t.loadingRows}
        </div>
        {Array.from({ length: 6 }, (_, i) => (
          <div key={i} role="cell" className={s.cell} />
        ))}
      </div>
    );
  }
  const owner = ownerLines(row.owner);
  return (
    <div {...rowProps}>
      <div role="cell" className={s.cell}>
        <button
          type="button"
          data-row-title=""
          aria-haspopup="dialog"
          className={mergeClasses(s.titleButton, s.clamp)}
          onClick={() => onOpen(row)}
          onKeyDown={(event) => onTitleKeyDown(event, index)}
        >
          {row.title}
        </button>
      </div>
      <div role="cell" className={s.cell}>
        <span className={s.clamp2}>{owner.name}</span>
        {owner.detail && <span className={mergeClasses(s.muted, s.clamp2)}>{owner.detail}</span>}
      </div>
      <div role="cell" className={mergeClasses(s.cell, s.nowrap)}>
        <span>{row.dueDate}</span>
        {row.originalDueDate !== row.dueDate && (
          <del className={s.muted}>
            <span className={s.srOnly}>{t.originalDue} </span>
            {row.originalDueDate}
          </del>
        )}
      </div>
      <div role="cell" className={s.cell}>
        <ActionStatusBadges status={row.status} overdue={row.overdue} stale={row.stale} />
      </div>
      <div role="cell" className={s.cell}>
        <span className={s.nowrap}>
          <RouterLink to={paths.meeting(row.groupId, row.meetingId)}>{t.meetingLink(row.sectionNumber, row.decidedOn)}</RouterLink>
        </span>
        <span className={mergeClasses(s.muted, s.clamp2)}>{row.groupName}</span>
      </div>
      <div role="cell" className={s.cell}>
        {row.lastFollowUpOn ? (
          <>
            <span className={s.nowrap}>{row.lastFollowUpOn}</span>
            {row.latestNote && <span className={mergeClasses(s.muted, s.clamp2)}>{row.latestNote}</span>}
          </>
        ) : (
          <span className={s.muted}>{t.noFollowUp}</span>
        )}
      </div>
      <div role="cell" className={mergeClasses(s.cell, s.number)}>
        {swedishNumber(row.ageDays)}
      </div>
    </div>
  );
}
