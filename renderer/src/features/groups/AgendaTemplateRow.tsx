// One standing item in the template editor: its title and kind, and buttons to move it up or
// down and to remove it, each named after the item. A save error for the item shows under it.
import { Button, Field, Input, makeStyles, Select, tokens } from '@fluentui/react-components';
import { agendaItemKinds, type AgendaItemKind } from '../../../../shared/contract/index.ts';
import { agendaItemKindLabel } from '../../../../shared/i18n/sv/labels.ts';
import { groupsText } from '../../../../shared/i18n/sv/ui-groups.ts';
import type { TemplateRow } from './agendaTemplateRows.ts';

const t = groupsText.agendaTemplate;

export const useRowStyles = makeStyles({
  grid: {
    display: 'grid',
    // Fixed side columns, so the column captions above the list line up with every row.
    gridTemplateColumns: '2.5em minmax(12em, 1fr) 260px 224px',
    columnGap: '10px',
    rowGap: '4px',
    alignItems: 'start',
    '@media (max-width: 900px)': { gridTemplateColumns: '2.5em 1fr' },
  },
  number: { paddingTop: '6px', color: tokens.colorNeutralForeground2, fontVariantNumeric: 'tabular-nums', textAlign: 'right' },
  buttons: {
    display: 'flex',
    paddingTop: '4px', // small buttons, centred on the inputs' height
    gap: '4px',
    flexWrap: 'wrap',
    '@media (max-width: 900px)': { gridColumn: '2' },
  },
});

/** The controls a row registers, so the editor can put focus back after a change. */
export type RowControl = 'title' | 'kind' | 'up' | 'down' | 'remove';

type Props = {
  row: TemplateRow;
  index: number;
  count: number;
  error: string | undefined;
  register(control: RowControl, element: HTMLElement | null): void;
  onTitle(title: string): void;
  onTitleDone(): void;
  onKind(kind: AgendaItemKind): void;
  onMove(delta: -1 | 1): void;
  onRemove(): void;
};

/** How buttons and announcements name an item: its title, or its place while untitled. */
export const rowName = (row: TemplateRow, index: number): string => row.title.trim() || t.unnamed(index + 1);

export function AgendaTemplateRow({ row, index, count, error, register, onTitle, onTitleDone, onKind, onMove, onRemove }: Props) {
  const styles = useRowStyles();
  const n = index + 1;
  const name = rowName(row, index);
  return (
    <li className={styles.grid}>
      <span className={styles.number} aria-hidden="true">
        {n}.
      </span>
      <Field validationMessage={error}>
        <Input
          ref={(el) => register('title', el)}
          aria-label={t.titleAria(n)}
          value={row.title}
          onChange={(_e, d) => onTitle(d.value)}
          onBlur={onTitleDone}
        />
      </Field>
      <Select ref={(el) => register('kind', el)} aria-label={t.kindAria(n)} value={row.kind} onChange={(_e, d) => onKind(d.value as AgendaItemKind)}>
        {agendaItemKinds.map((kind) => (
          <option key={kind} value={kind}>
            {agendaItemKindLabel[kind]}
          </option>
        ))}
      </Select>
      <div className={styles.buttons}>
        <Button size="small" ref={(el) => register('up', el)} aria-label={t.moveUpAria(name)} disabled={index === 0} onClick={() => onMove(-1)}>
          {t.moveUp}
        </Button>
        <Button size="small" ref={(el) => register('down', el)} aria-label={t.moveDownAria(name)} disabled={index === count - 1} onClick={() => onMove(1)}>
          {t.moveDown}
        </Button>
        <Button size="small" ref={(el) => register('remove', el)} aria-label={t.removeAria(name)} onClick={onRemove}>
          {t.remove}
        </Button>
      </div>
    </li>
  );
}
