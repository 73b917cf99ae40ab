import { useEffect, useState } from 'react';

/**
 * Remembers what had focus when the dialog opened (it is mounted open) and gives focus back
 * when it closes. If that element is gone (its row was deleted), focus goes to the main area.
 */
export function useRestoreFocus(open: boolean): void {
  // Captured during the first render, before the dialog moves focus inside itself.
  const [previous] = useState(() => (document.activeElement instanceof HTMLElement ? document.activeElement : null));
  useEffect(() => {
    if (open) return;
    const timer = window.setTimeout(() => {
      const active = document.activeElement;
      const lost = !active || active === document.body || !active.isConnected || !!active.closest('[role="dialog"], [role="alertdialog"]');
      if (!lost) return; // focus was placed somewhere on purpose
      if (previous?.isConnected) previous.focus();
      else document.getElementById('main')?.focus();
    }, 0);
    return () => window.clearTimeout(timer);
  }, [open, previous]);
}
