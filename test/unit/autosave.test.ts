// The autosave scheduler: debounced writes, flush on blur, "Sparat" only after a committed write.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Result } from '../../shared/contract/index.ts';
import { createAutosave, type AutosaveState } from '../../renderer/src/features/meetings/workspace/useAutosave.ts';

type Deferred = { resolve(result: Result<unknown>): void };

function setup(options: { manual?: boolean } = {}) {
  const writes: string[] = [];
  const deferred: Deferred[] = [];
  const states: AutosaveState[] = [];
  const scheduler = createAutosave<string>({
    delayMs: 1000,
    save: (value) => {
      writes.push(value);
      if (!options.manual) return Promise.resolve({ ok: true, value: null });
      return new Promise((resolve) => deferred.push({ resolve }));
    },
    onState: (state) => states.push(state),
  });
  return { scheduler, writes, deferred, states };
}

describe('autosave scheduler', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('writes once, 1 s after the last keystroke', async () => {
    const { scheduler, writes } = setup();
    scheduler.schedule('S');
    await vi.advanceTimersByTimeAsync(600);
    scheduler.schedule('St');
    await vi.advanceTimersByTimeAsync(600);
    scheduler.schedule('Sty');
    await vi.advanceTimersByTimeAsync(999);
    expect(writes).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(writes).toEqual(['Sty']);
    await vi.advanceTimersByTimeAsync(5000);
    expect(writes).toEqual(['Sty']);
  });

  it('writes at once on flush (blur) and not again when the timer would have fired', async () => {
    const { scheduler, writes } = setup();
    scheduler.schedule('text');
    await scheduler.flush();
    expect(writes).toEqual(['text']);
    await vi.advanceTimersByTimeAsync(2000);
    expect(writes).toEqual(['text']);
  });

  it('reports "saved" only after the write resolved ok', async () => {
    const { scheduler, deferred, states } = setup({ manual: true });
    scheduler.schedule('a');
    expect(states).toEqual(['pending']);
    await vi.advanceTimersByTimeAsync(1000);
    expect(states).toEqual(['pending', 'saving']);
    expect(scheduler.busy()).toBe(true);
    deferred[0]!.resolve({ ok: true, value: null });
    await vi.advanceTimersByTimeAsync(0);
    expect(states).toEqual(['pending', 'saving', 'saved']);
    expect(scheduler.busy()).toBe(false);
  });

  it('reports an error when the write is refused', async () => {
    const { scheduler, deferred, states } = setup({ manual: true });
    scheduler.schedule('a');
    const flushed = scheduler.flush();
    deferred[0]!.resolve({ ok: false, error: { code: 'LOCKED', message: 'Låst' } });
    await flushed;
    expect(states.at(-1)).toBe('error');
  });

  it('keeps writes in order: text typed during a write is written after it, never lost', async () => {
    const { scheduler, writes, deferred, states } = setup({ manual: true });
    scheduler.schedule('first');
    await vi.advanceTimersByTimeAsync(1000);
    scheduler.schedule('first and second');
    const flushed = scheduler.flush();
    deferred[0]!.resolve({ ok: true, value: null });
    await vi.advanceTimersByTimeAsync(0);
    // The first write's "saved" is not reported while newer text is unsaved.
    expect(states).not.toContain('saved');
    expect(writes).toEqual(['first', 'first and second']);
    deferred[1]!.resolve({ ok: true, value: null });
    await flushed;
    expect(states.at(-1)).toBe('saved');
  });

  it('does nothing on flush when nothing changed', async () => {
    const { scheduler, writes, states } = setup();
    await scheduler.flush();
    expect(writes).toEqual([]);
    expect(states).toEqual([]);
  });
});
