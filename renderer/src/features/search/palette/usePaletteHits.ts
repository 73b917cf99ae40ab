// The palette's search hits for what is typed: asked for after a short pause in the typing, at
// most 8. The previous hits stay until the new ones arrive, and an answer to an older text is
// dropped, so a slow answer never replaces a newer one.
import { useEffect, useRef, useState } from 'react';
import type { SearchHit } from '../../../../../shared/contract/index.ts';
import { call } from '../../../api/client.ts';
import { hasText } from '../searchFilters.ts';

const PALETTE_HITS = 8;
const TYPING_PAUSE_MS = 150;

export function usePaletteHits(text: string): readonly SearchHit[] {
  const [hits, setHits] = useState<readonly SearchHit[]>([]);
  const latest = useRef(0);

  useEffect(() => {
    const request = ++latest.current;
    if (!hasText(text)) return;
    const timer = window.setTimeout(() => {
      void call('search.query', { text, prefix: true, limit: PALETTE_HITS, offset: 0 }).then((result) => {
        if (request !== latest.current) return;
        // An error leaves the palette's places and "Visa alla träffar", where the search page shows it.
        setHits(result.ok ? result.value.hits : []);
      });
    }, TYPING_PAUSE_MS);
    return () => window.clearTimeout(timer);
  }, [text]);

  return hasText(text) ? hits : [];
}
