// The search box and its filters: group, year and kinds. The text is searched as the user types
// (after a short pause); every value comes from and goes to the URL. ↓ in the box moves to the hits.
import { Checkbox, Field, Input, makeStyles, tokens } from '@fluentui/react-components';
import type { KeyboardEvent, Ref } from 'react';
import { searchKinds, type SearchKind } from '../../../../shared/contract/index.ts';
import { searchKindFilterLabel, searchText } from '../../../../shared/i18n/sv/ui-search.ts';
import { useGroupsStore } from '../../state/groupsStore.ts';
import { ChoiceFilter, namedChoices } from '../../components/ChoiceFilter.tsx';
import { useDraft } from '../../components/useDraft.ts';
import { yearOf, type SearchFilters, type SearchUpdate } from './searchFilters.ts';

const t = searchText.form;
/** Search as you type, but not on every keystroke of a fast typist. */
const TYPING_PAUSE_MS = 150;

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: '12px', marginBottom: '12px' },
  box: { maxWidth: '640px' },
  filters: { display: 'flex', flexWrap: 'wrap', gap: '8px 16px', alignItems: 'flex-start' },
  group: { flex: '1 1 200px', maxWidth: '280px', minWidth: 0 },
  year: { flex: '0 0 120px', minWidth: 0 },
  yearInput: { width: '100%', minWidth: 0 },
  kinds: { border: 'none', margin: 0, padding: 0, minWidth: 0, flex: '1 1 420px' },
  legend: { padding: 0, marginBottom: '2px', fontWeight: tokens.fontWeightSemibold },
  kindBoxes: { display: 'flex', flexWrap: 'wrap', columnGap: '4px' },
  hint: { margin: 0, color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
});

type Props = {
  filters: SearchFilters;
  onChange(update: SearchUpdate): void;
  boxRef: Ref<HTMLInputElement>;
  /** ↓ in the search box: focus the first hit. */
  onEnterResults(): void;
};

export function SearchForm({ filters, onChange, boxRef, onEnterResults }: Props) {
  const styles = useStyles();
  const groups = useGroupsStore((s) => s.groups);
  const text = useDraft(filters.q, (q) => onChange({ patch: { q }, replace: true }), TYPING_PAUSE_MS);
  const year = useDraft(filters.year, (value) => onChange({ patch: { year: value }, replace: true }), 400);
  const yearInvalid = yearOf(year.value).invalid;

  const onBoxKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== 'ArrowDown' || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
    event.preventDefault();
    text.flush();
    onEnterResults();
  };

  // Checked at once (a controlled box must not wait for the router), committed straight after.
  const kinds = useDraft(filters.kinds, (value) => onChange({ patch: { kinds: value } }), 0);
  const toggleKind = (kind: SearchKind, on: boolean) => {
    const chosen = new Set(kinds.value);
    if (on) chosen.add(kind);
    else chosen.delete(kind);
    kinds.set(searchKinds.filter((k) => chosen.has(k)));
  };

  return (
    <form
      role="search"
      aria-label={t.label}
      className={styles.form}
      onSubmit={(event) => {
        event.preventDefault();
        text.flush();
      }}
    >
      <Field className={styles.box} label={t.box} hint={t.boxHint}>
        <Input
          ref={boxRef}
          type="search"
          size="large"
          autoComplete="off"
          maxLength={200}
          value={text.value}
          onChange={(_e, d) => text.set(d.value)}
          onKeyDown={onBoxKeyDown}
          onBlur={text.flush}
        />
      </Field>
      <div className={styles.filters}>
        <ChoiceFilter
          className={styles.group}
          label={t.group}
          value={filters.groupId}
          choices={[{ value: '', label: t.allGroups }, ...namedChoices(groups)]}
          onChange={(groupId) => onChange({ patch: { groupId } })}
        />
        <Field className={styles.year} label={t.year} hint={yearInvalid ? undefined : t.yearHint} validationMessage={yearInvalid ? t.yearInvalid : undefined}>
          <Input className={styles.yearInput} inputMode="numeric" maxLength={4} value={year.value} onChange={(_e, d) => year.set(d.value)} onBlur={year.flush} />
        </Field>
        <fieldset className={styles.kinds} aria-describedby="search-kinds-hint">
          <legend className={styles.legend}>{t.kinds}</legend>
          <div className={styles.kindBoxes}>
            {searchKinds.map((kind) => (
              <Checkbox
                key={kind}
                label={searchKindFilterLabel[kind]}
                checked={kinds.value.includes(kind)}
                onChange={(_e, d) => toggleKind(kind, d.checked === true)}
              />
            ))}
          </div>
          <p id="search-kinds-hint" className={styles.hint}>
            {t.kindsHint}
          </p>
        </fieldset>
      </div>
    </form>
  );
}
