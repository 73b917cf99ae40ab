import { useEffect, type RefObject } from 'react';

/** After each failed save (errorVersion changes), moves focus to the first field marked invalid. */
export function useFocusFirstInvalid(container: RefObject<HTMLElement | null>, errorVersion: number): void {
  useEffect(() => {
    if (errorVersion === 0) return;
    container.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [container, errorVersion]);
}
