// The meeting page's keyboard shortcuts: Alt+↑/↓ between items, Alt+Shift+↑/↓ moves,
// Alt+P/B/U/N, ? for help. Ignored while a dialog is open.
import { useEffect, useRef } from 'react';
import type { AgendaItemEntry } from '../../../../../shared/contract/index.ts';
import { attendanceKey } from './AgendaNav.tsx';

export type ShortcutActions = {
  addItem(): Promise<unknown>;
  moveItem(target: AgendaItemEntry, position: number): Promise<unknown>;
  addDecision(target: AgendaItemEntry): Promise<unknown>;
  addAction(target: AgendaItemEntry): Promise<unknown>;
  showHelp(): void;
};

function isEditable(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

function isInsideDialog(target: EventTarget | null): boolean {
  return target instanceof Element && target.closest('[role="dialog"], [role="alertdialog"]') !== null;
}

export function focusAgendaEntry(key: string) {
  window.setTimeout(() => document.querySelector<HTMLElement>(`[data-agenda-key="${key}"]`)?.focus(), 0);
}

export function usePageShortcuts(options: {
  items: readonly AgendaItemEntry[];
  readOnly: boolean;
  selected: string;
  setSelected(key: string): void;
  actions: ShortcutActions;
}) {
  const { items, readOnly, setSelected } = options;
  const selectedRef = useRef(options.selected);
  selectedRef.current = options.selected;
  const handlers = useRef(options.actions);
  handlers.current = options.actions;

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      // A modal dialog traps focus: while the user is inside one, its keys are its own. (Checking
      // for a dialog element instead would also swallow keys during a closing dialog's fade-out.)
      if (isInsideDialog(event.target) || isInsideDialog(document.activeElement)) return;
      const keys = [attendanceKey, ...items.map((i) => i.id)];
      const current = selectedRef.current;
      const index = keys.indexOf(current);
      const currentItem = items.find((i) => i.id === current);
      if (event.key === '?' && !isEditable(event.target) && !event.ctrlKey && !event.altKey) {
        event.preventDefault();
        handlers.current.showHelp();
        return;
      }
      if (!event.altKey || event.ctrlKey || event.metaKey) return;
      if (event.code === 'ArrowUp' || event.code === 'ArrowDown') {
        event.preventDefault();
        const step = event.code === 'ArrowUp' ? -1 : 1;
        if (event.shiftKey) {
          if (currentItem && !readOnly) void handlers.current.moveItem(currentItem, currentItem.position + step).then(() => focusAgendaEntry(currentItem.id));
          return;
        }
        const next = keys[Math.min(keys.length - 1, Math.max(0, index + step))];
        if (next) {
          setSelected(next);
          if (!isEditable(event.target)) focusAgendaEntry(next);
        }
        return;
      }
      if (event.shiftKey) return;
      if (event.code === 'KeyN') {
        event.preventDefault();
        setSelected(attendanceKey);
        focusAgendaEntry(attendanceKey);
      } else if (readOnly) {
        return;
      } else if (event.code === 'KeyP') {
        event.preventDefault();
        void handlers.current.addItem();
      } else if (event.code === 'KeyB' && currentItem) {
        event.preventDefault();
        void handlers.current.addDecision(currentItem);
      } else if (event.code === 'KeyU' && currentItem) {
        event.preventDefault();
        void handlers.current.addAction(currentItem);
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [items, readOnly, setSelected]);
}
