// The command palette (Ctrl+K): a text box over a list of options (see paletteOptions.ts). The
// text box is an ARIA combobox: ↑/↓ move the active option (aria-activedescendant), Enter goes to
// it (or, with none chosen, to all hits on the search page), Esc closes and gives focus back.
import { DialogSurface, Input } from '@fluentui/react-components';
import { useEffect, useMemo, useState, type KeyboardEvent } from 'react';
import { useNavigate } from 'react-router';
import { searchText } from '../../../../../shared/i18n/sv/ui-search.ts';
import { ModalDialog } from '../../../components/ModalDialog.tsx';
import { dialogsClosed } from '../../../components/useDialog.ts';
import { useGroupsStore } from '../../../state/groupsStore.ts';
import { hasText } from '../searchFilters.ts';
import { paletteOptions, type PaletteOption, type PaletteSection } from './paletteOptions.ts';
import { PaletteOptionView } from './PaletteOptionView.tsx';
import { usePaletteStyles } from './paletteStyles.ts';
import { usePaletteHits } from './usePaletteHits.ts';

const t = searchText.palette;
const listboxId = 'command-palette-options';
const headings: Partial<Record<PaletteSection, string>> = { commands: t.commands, groups: t.groups, hits: t.hits };
const sections: PaletteSection[] = ['commands', 'groups', 'hits', 'all'];

type Props = { open: boolean; onClose(): void };

export function CommandPalette({ open, onClose }: Props) {
  const s = usePaletteStyles();
  const navigate = useNavigate();
  const groups = useGroupsStore((state) => state.groups);
  const [text, setText] = useState('');
  const hits = usePaletteHits(text);
  const options = useMemo(() => paletteOptions(text, groups, hits), [text, groups, hits]);
  // By id, so the active option stays active when hits for a longer text arrive.
  const [activeId, setActiveId] = useState<string | null>(null);
  const activeIndex = options.findIndex((option) => option.id === activeId);
  const active = options[activeIndex];

  useEffect(() => {
    if (active) document.getElementById(active.id)?.scrollIntoView({ block: 'nearest' });
  }, [active]);

  const go = async (option: PaletteOption) => {
    onClose();
    await dialogsClosed(); // navigating under a closing modal leaves the page hidden from screen readers
    await navigate(option.to);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
    const last = options.length - 1;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (last < 0) return;
      const down = event.key === 'ArrowDown';
      const next = down ? (activeIndex >= last ? 0 : activeIndex + 1) : activeIndex <= 0 ? last : activeIndex - 1;
      setActiveId(options[next]?.id ?? null);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      const chosen = active ?? (hasText(text) ? options.at(-1) : undefined);
      if (chosen) void go(chosen);
    }
  };

  const render = (option: PaletteOption) => (
    <PaletteOptionView key={option.id} option={option} active={option === active} onChoose={(o) => void go(o)} onHover={(o) => setActiveId(o.id)} />
  );

  return (
    <ModalDialog open={open} busy={false} onClose={onClose}>
      <DialogSurface className={s.surface} aria-label={t.label} aria-describedby={undefined} data-command-palette="">
        <div className={s.body}>
          <Input
            className={s.input}
            size="large"
            role="combobox"
            aria-label={t.input}
            aria-expanded={options.length > 0}
            aria-controls={listboxId}
            aria-autocomplete="list"
            aria-activedescendant={active?.id}
            autoComplete="off"
            maxLength={200}
            placeholder={t.placeholder}
            value={text}
            onChange={(_e, d) => setText(d.value)}
            onKeyDown={onKeyDown}
          />
          <p role="status" className={s.srOnly}>
            {hasText(text) ? t.optionCount(options.length) : ''}
          </p>
          <div id={listboxId} role="listbox" aria-label={t.options} className={s.listbox}>
            {sections.map((section) => {
              const inSection = options.filter((option) => option.section === section);
              const heading = headings[section];
              if (inSection.length === 0) return null;
              if (!heading) return inSection.map(render);
              return (
                <div key={section} role="group" aria-label={heading} className={s.group}>
                  <div aria-hidden="true" className={s.heading}>
                    {heading}
                  </div>
                  {inSection.map(render)}
                </div>
              );
            })}
          </div>
        </div>
      </DialogSurface>
    </ModalDialog>
  );
}
