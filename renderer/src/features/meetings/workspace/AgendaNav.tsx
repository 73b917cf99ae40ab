// The agenda as the protocol's spine: "Närvaro och roller" first, then each item with its § number,
// marks for decisions, actions and confidentiality. Items are reordered by Alt+Shift+↑/↓ or drag.
import { Badge, Button, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { useState, type DragEvent } from 'react';
import type { AgendaItemEntry } from '../../../../../shared/contract/index.ts';
import { meetingText } from '../../../../../shared/i18n/sv/ui-meeting.ts';
import { useWorkspace } from './context.ts';

const t = meetingText.agenda;

export const attendanceKey = 'attendance';

const useStyles = makeStyles({
  nav: { display: 'flex', flexDirection: 'column', gap: '8px', minWidth: 0 },
  head: { display: 'flex', alignItems: 'center', justifyContent: 'space-between', gap: '8px' },
  h2: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: '2px' },
  entry: {
    display: 'flex',
    alignItems: 'flex-start',
    gap: '8px',
    width: '100%',
    textAlign: 'left',
    padding: '7px 10px',
    border: 'none',
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: 'transparent',
    color: tokens.colorNeutralForeground1,
    font: 'inherit',
    cursor: 'pointer',
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover },
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '-2px' },
  },
  current: {
    backgroundColor: tokens.colorBrandBackground2,
    boxShadow: `inset 3px 0 0 ${tokens.colorBrandStroke1}`,
    ':hover': { backgroundColor: tokens.colorBrandBackground2Hover },
  },
  // Where the dragged item will land: above the target when moving up, below it when moving down.
  dropBefore: { boxShadow: `inset 0 2px 0 ${tokens.colorBrandStroke1}` },
  dropAfter: { boxShadow: `inset 0 -2px 0 ${tokens.colorBrandStroke1}` },
  number: { minWidth: '44px', color: tokens.colorNeutralForeground2, fontVariantNumeric: 'tabular-nums', flexShrink: 0 },
  title: { flex: 1, minWidth: 0, overflowWrap: 'anywhere' },
  marks: { display: 'flex', gap: '4px', flexWrap: 'wrap', marginTop: '2px' },
  hint: { margin: 0, color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
});

type Props = { selected: string; onSelect(key: string): void; onAdd(): void; onMove(item: AgendaItemEntry, position: number): void };

export function AgendaNav({ selected, onSelect, onAdd, onMove }: Props) {
  const styles = useStyles();
  const ws = useWorkspace();
  const [dragId, setDragId] = useState<string | null>(null);
  const [overId, setOverId] = useState<string | null>(null);
  const items = ws.detail.items;
  const dragged = items.find((i) => i.id === dragId);
  const dropMark = (target: AgendaItemEntry) => {
    if (!dragged || overId !== target.id || dragged.id === target.id) return undefined;
    return dragged.position > target.position ? styles.dropBefore : styles.dropAfter;
  };

  const drop = (event: DragEvent, target: AgendaItemEntry) => {
    event.preventDefault();
    const item = items.find((i) => i.id === dragId);
    setDragId(null);
    setOverId(null);
    if (item && item.id !== target.id) onMove(item, target.position);
  };

  return (
    <nav className={styles.nav} aria-labelledby="agenda-heading">
      <div className={styles.head}>
        <h2 id="agenda-heading" className={styles.h2}>
          {t.heading}
        </h2>
        {!ws.readOnly && (
          <Button size="small" onClick={onAdd} title="Alt+P">
            {t.add}
          </Button>
        )}
      </div>
      <ul className={styles.list}>
        <li>
          <button
            type="button"
            data-agenda-key={attendanceKey}
            className={mergeClasses(styles.entry, selected === attendanceKey && styles.current)}
            aria-current={selected === attendanceKey ? 'true' : undefined}
            onClick={() => onSelect(attendanceKey)}
          >
            <span className={styles.title}>{t.attendance}</span>
          </button>
        </li>
      </ul>
      <ul className={styles.list} aria-label={t.label}>
        {items.map((item) => {
          const decisions = item.decisions.length;
          const actions = item.decisions.reduce((n, d) => n + d.actions.length, 0);
          return (
            <li
              key={item.id}
              draggable={!ws.readOnly}
              onDragStart={(e) => {
                setDragId(item.id);
                e.dataTransfer.effectAllowed = 'move';
                // Some engines start no drag without data; a private type, so a text field it is dropped on takes nothing.
                e.dataTransfer.setData('application/x-protokollet-agenda-item', item.id);
              }}
              onDragOver={(e) => {
                if (!dragId) return;
                e.preventDefault();
                setOverId(item.id);
              }}
              onDragLeave={() => setOverId((id) => (id === item.id ? null : id))}
              onDrop={(e) => drop(e, item)}
              onDragEnd={() => {
                setDragId(null);
                setOverId(null);
              }}
            >
              <button
                type="button"
                data-agenda-key={item.id}
                className={mergeClasses(styles.entry, selected === item.id && styles.current, dropMark(item))}
                aria-current={selected === item.id ? 'true' : undefined}
                onClick={() => onSelect(item.id)}
              >
                <span className={styles.number}>{item.sectionNumber !== null ? t.sectionNumber(item.sectionNumber) : ''}</span>
                <span className={styles.title}>
                  {item.title}
                  {(decisions > 0 || actions > 0 || item.confidential) && (
                    <span className={styles.marks}>
                      {decisions > 0 && (
                        <Badge size="small" appearance="tint" color="brand">
                          {t.hasDecisions(decisions)}
                        </Badge>
                      )}
                      {actions > 0 && (
                        <Badge size="small" appearance="tint" color="informative">
                          {t.hasActions(actions)}
                        </Badge>
                      )}
                      {item.confidential && (
                        <Badge size="small" appearance="tint" color="danger">
                          {t.confidential}
                        </Badge>
                      )}
                    </span>
                  )}
                </span>
              </button>
            </li>
          );
        })}
      </ul>
      {!ws.readOnly && <p className={styles.hint}>{t.moveHint}</p>}
    </nav>
  );
}
