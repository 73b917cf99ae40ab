// What the attendance sections share: their table and layout styles and the list of people to
// pick from in a select.
import { makeStyles, tokens } from '@fluentui/react-components';

export const useAttendanceStyles = makeStyles({
  table: {
    width: '100%',
    borderCollapse: 'collapse',
    '& th, & td': { textAlign: 'left', padding: '6px 8px', borderBottom: `1px solid ${tokens.colorNeutralStroke2}`, verticalAlign: 'middle' },
    '& th': { fontWeight: tokens.fontWeightSemibold, color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  },
  inline: { display: 'flex', gap: '8px', alignItems: 'flex-end', flexWrap: 'wrap' },
  roles: { display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(220px, 1fr))', gap: '12px' },
});

export function personOptions(people: readonly { personId: string; personName: string }[]) {
  return people.map((p) => (
    <option key={p.personId} value={p.personId}>
      {p.personName}
    </option>
  ));
}
