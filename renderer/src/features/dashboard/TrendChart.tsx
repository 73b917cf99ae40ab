// Nya, avslutade och försenade uppdrag per månad, the last twelve months, as lines — with the
// same numbers as a table.
import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '@fluentui/react-components';
import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { TrendMonth } from '../../../../shared/contract/index.ts';
import { dashboardUiText, monthLabel } from '../../../../shared/i18n/sv/ui-dashboard.ts';
import { ChartFigure } from './ChartFigure.tsx';
import { legendOrder, seriesColour, seriesDash } from './chartColours.ts';

const t = dashboardUiText;
const c = t.columns;

export function TrendChart({ trend }: { trend: readonly TrendMonth[] }) {
  const data = trend.map((m) => ({ month: monthLabel(m.month), opened: m.opened, closed: m.closed, overdue: m.overdueAtMonthEnd }));
  const table = (
    <Table size="small" aria-label={t.charts.trendCaption}>
      <TableHeader>
        <TableRow>
          <TableHeaderCell>{c.month}</TableHeaderCell>
          <TableHeaderCell>{c.opened}</TableHeaderCell>
          <TableHeaderCell>{c.closedInMonth}</TableHeaderCell>
          <TableHeaderCell>{c.overdueAtMonthEnd}</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {data.map((m) => (
          <TableRow key={m.month}>
            <TableCell>{m.month}</TableCell>
            <TableCell>{m.opened}</TableCell>
            <TableCell>{m.closed}</TableCell>
            <TableCell>{m.overdue}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
  return (
    <ChartFigure id="dashboard-trend" title={t.charts.trendHeading} label={t.charts.trendLabel} table={table}>
      <ResponsiveContainer width="100%" height={280}>
        <LineChart data={data} accessibilityLayer={false} margin={{ top: 8, right: 16, bottom: 8, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey="month" />
          <YAxis allowDecimals={false} />
          <Tooltip />
          <Legend itemSorter={legendOrder(['opened', 'closed', 'overdue'])} />
          <Line type="linear" dataKey="opened" name={c.opened} stroke={seriesColour.open} strokeWidth={2} isAnimationActive={false} />
          <Line type="linear" dataKey="closed" name={c.closedInMonth} stroke={seriesColour.closed} strokeDasharray={seriesDash.closed} strokeWidth={2} isAnimationActive={false} />
          <Line type="linear" dataKey="overdue" name={c.overdueAtMonthEnd} stroke={seriesColour.overdue} strokeDasharray={seriesDash.overdue} strokeWidth={2} isAnimationActive={false} />
        </LineChart>
      </ResponsiveContainer>
    </ChartFigure>
  );
}
