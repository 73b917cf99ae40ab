// A filter chosen from a list (a native select), committed after a pause or when focus leaves it
// (see useDraft): a closed select changes with every arrow key, and arrowing through the options
// must make one history entry and one query.
import { Field, makeStyles, Select } from '@fluentui/react-components';
import { useDraft } from './useDraft.ts';

export type FilterChoice = { value: string; label: string };

const useStyles = makeStyles({
  // A native select is as wide as its longest option unless told otherwise.
  control: { width: '100%', minWidth: 0, '& select': { minWidth: 0, textOverflow: 'ellipsis' } },
});

/** The choices for named rows (groups, organisations, people), by id. */
export const namedChoices = (rows: readonly { id: string; name: string }[] | undefined): FilterChoice[] =>
  (rows ?? []).map((row) => ({ value: row.id, label: row.name }));

type Props = { className?: string; label: string; value: string; choices: readonly FilterChoice[]; onChange(value: string): void };

export function ChoiceFilter({ className, label, value, choices, onChange }: Props) {
  const styles = useStyles();
  const draft = useDraft(value, onChange, 400);
  return (
    <Field className={className} label={label}>
      <Select className={styles.control} value={draft.value} onChange={(_e, d) => draft.set(d.value)} onBlur={draft.flush}>
        {choices.map((choice) => (
          <option key={choice.value} value={choice.value}>
            {choice.label}
          </option>
        ))}
      </Select>
    </Field>
  );
}
