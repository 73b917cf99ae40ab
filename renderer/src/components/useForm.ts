// A form's values and its save in one: each value is named like the API's issue path for it,
// so every field gets its own validation message from the error the save came back with.
import { useCallback, useState } from 'react';
import { useSave, type Save } from './useSave.ts';

/** What a field component needs: its value, how to change it, and its message if invalid. */
export type FieldBinding<V> = { value: V; onChange(value: V): void; validationMessage: string | undefined };

export type Form<V extends Record<string, unknown>> = Save & {
  values: V;
  set<K extends keyof V>(key: K, value: V[K]): void;
  bind<K extends keyof V & string>(key: K): FieldBinding<V[K]>;
};

/** `initial` is read on the first render only (the dialog remounts for fresh values). */
export function useForm<V extends Record<string, unknown>>(initial: V): Form<V> {
  const [values, setValues] = useState(initial);
  const save = useSave(Object.keys(initial));
  const set = useCallback(<K extends keyof V>(key: K, value: V[K]) => setValues((current) => ({ ...current, [key]: value })), []);
  const bind = <K extends keyof V & string>(key: K): FieldBinding<V[K]> => ({
    value: values[key],
    onChange: (value) => set(key, value),
    validationMessage: save.field(key),
  });
  return { ...save, values, set, bind };
}
