// Öppna, försenade och avslutade uppdrag per organisation as bars (one row per organisation,
// so long names stay readable) — with the same numbers as a table.
import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '@fluentui/react-components';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { OrganisationFigures } from '../../../../shared/contract/index.ts';
import { dashboardUiText as t } from '../../../../shared/i18n/sv/ui-dashboard.ts';
import { ChartFigure } from './ChartFigure.tsx';
import { legendOrder, seriesColour } from './chartColours.ts';

const c = t.columns;

export const organisationName = (row: OrganisationFigures) => row.organisationName ?? t.groupOwner;

export function OrganisationChart({ rows }: { rows: readonly OrganisationFigures[] }) {
  const data = rows.map((row) => ({ name: organisationName(row), open: row.open, overdue: row.overdue, closed: row.closed }));
  const table = (
    <Table size="small" aria-label={t.charts.organisationCaption}>
      <TableHeader>
        <TableRow>
          <TableHeaderCell>{c.organisation}</TableHeaderCell>
          <TableHeaderCell>{c.open}</TableHeaderCell>
          <TableHeaderCell>{c.overdue}</TableHeaderCell>
          <TableHeaderCell>{c.closed}</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {data.map((row) => (
          <TableRow key={row.name}>
            <TableCell>{row.name}</TableCell>
            <TableCell>{row.open}</TableCell>
            <TableCell>{row.overdue}</TableCell>
            <TableCell>{row.closed}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
  return (
    <ChartFigure id="dashboard-organisations-chart" title={t.charts.organisationHeading} label={t.charts.organisationLabel} table={table}>
      <ResponsiveContainer width="100%" height={Math.max(160, 56 * data.length + 72)}>
        <BarChart data={data} layout="vertical" accessibilityLayer={false} margin={{ top: 8, right: 16, bottom: 8, left: 8 }}>
          <CartesianGrid strokeDasharray="3 3" horizontal={false} />
          <XAxis type="number" allowDecimals={false} />
          <YAxis type="category" dataKey="name" width={220} />
          <Tooltip />
          <Legend itemSorter={legendOrder(['open', 'overdue', 'closed'])} />
          <Bar dataKey="open" name={c.open} fill={seriesColour.open} isAnimationActive={false} />
          <Bar dataKey="overdue" name={c.overdue} fill={seriesColour.overdue} isAnimationActive={false} />
          <Bar dataKey="closed" name={c.closed} fill={seriesColour.closed} isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </ChartFigure>
  );
}
