// A compact table of records: one column per field, and optionally a last "Åtgärder" column
// with a small button per action (Ändra, Ta bort …) named after the row it acts on.
import { Button, makeStyles, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { commonText } from '../../../shared/i18n/sv/ui-common.ts';

const useStyles = makeStyles({
  rowActions: { display: 'flex', gap: '4px', flexWrap: 'nowrap' },
  nowrap: { whiteSpace: 'nowrap' },
});

export type Column<T> = {
  header: string;
  cell(row: T): ReactNode;
  /** Keeps dates, times, e-mail addresses and phone numbers on one line. */
  nowrap?: boolean;
};

export type RowAction<T> = {
  label: string;
  /** The button's accessible name, saying which row it is for ("Ändra Styrgruppen"). */
  ariaLabel(row: T): string;
  run(row: T): void;
};

/** Named by a visible heading (its id) or, without one, by a label. */
type Name = { labelledBy: string; label?: never } | { label: string; labelledBy?: never };

type Props<T> = Name & {
  rows: readonly T[];
  columns: readonly Column<T>[];
  actions?: readonly RowAction<T>[];
};

export function DataTable<T extends { id: string }>({ rows, columns, actions, labelledBy, label }: Props<T>) {
  const styles = useStyles();
  return (
    <Table size="small" aria-labelledby={labelledBy} aria-label={label}>
      <TableHeader>
        <TableRow>
          {columns.map((column) => (
            <TableHeaderCell key={column.header}>{column.header}</TableHeaderCell>
          ))}
          {actions && <TableHeaderCell>{commonText.actions}</TableHeaderCell>}
        </TableRow>
      </TableHeader>
      <TableBody>
        {rows.map((row) => (
          <TableRow key={row.id}>
            {columns.map((column) => (
              <TableCell key={column.header} className={column.nowrap ? styles.nowrap : undefined}>
                {column.cell(row)}
              </TableCell>
            ))}
            {actions && (
              <TableCell>
                <div className={styles.rowActions}>
                  {actions.map((action) => (
                    <Button key={action.label} size="small" aria-label={action.ariaLabel(row)} onClick={() => action.run(row)}>
                      {action.label}
                    </Button>
                  ))}
                </div>
              </TableCell>
            )}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
