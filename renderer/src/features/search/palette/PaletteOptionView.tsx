// One option of the command palette: a place to go, a group, a search hit (its kind, the
// highlighted title, and where it belongs) or "Visa alla träffar". Clicking it goes there; the
// keyboard works through the text box (aria-activedescendant), so the option never takes focus.
import { mergeClasses } from '@fluentui/react-components';
import { searchText } from '../../../../../shared/i18n/sv/ui-search.ts';
import { Highlighted } from '../Highlighted.tsx';
import { hitContext, KindBadge } from '../HitParts.tsx';
import type { PaletteOption } from './paletteOptions.ts';
import { usePaletteStyles } from './paletteStyles.ts';

type Props = { option: PaletteOption; active: boolean; onChoose(option: PaletteOption): void; onHover(option: PaletteOption): void };

export function PaletteOptionView({ option, active, onChoose, onHover }: Props) {
  const s = usePaletteStyles();
  return (
    <div
      id={option.id}
      role="option"
      aria-selected={active}
      className={mergeClasses(s.option, active && s.active)}
      // Keeps focus in the text box.
      onMouseDown={(event) => event.preventDefault()}
      onMouseMove={() => {
        if (!active) onHover(option);
      }}
      onClick={() => onChoose(option)}
    >
      {option.hit ? (
        <>
          <span className={s.line}>
            <KindBadge kind={option.hit.kind} />
            <span className={s.label}>{option.hit.title ? <Highlighted value={option.hit.title} /> : null}</span>
          </span>
          <span className={s.detail}>{hitContext(option.hit)}</span>
        </>
      ) : (
        <span className={s.line}>
          <span className={s.label}>{option.label}</span>
          {option.section === 'groups' && <span className={s.detail}>{searchText.palette.group}</span>}
        </span>
      )}
    </div>
  );
}
