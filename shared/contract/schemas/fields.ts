// Reusable field schemas with Swedish messages, so every method validates the same way.
import { z } from 'zod';
import { validationText as t } from '../../i18n/sv/validation.ts';
import { isValidIsoDate, isValidTime } from '../../domain/dates.ts';

export const Id = z.uuid({ error: t.invalidId });

export const requiredText = (max = 200) =>
  z.string({ error: t.required }).trim().min(1, { error: t.required }).max(max, { error: t.tooLong(max) });

/** Optional free text: empty strings are stored as null. */
export const optionalText = (max = 2000) =>
  z
    .string({ error: t.invalidInput })
    .trim()
    .max(max, { error: t.tooLong(max) })
    .nullish()
    .transform((v) => (v ? v : null));

export const IsoDate = z.string({ error: t.invalidDate }).refine(isValidIsoDate, { error: t.invalidDate });

/** Accepts 13:00 or Swedish 13.00 (and 9.30); stores HH:MM. */
export const Time = z
  .string({ error: t.invalidTime })
  .trim()
  .transform((v) => v.replace('.', ':').padStart(5, '0'))
  .refine(isValidTime, { error: t.invalidTime });

export const optionalTime = Time.nullish().transform((v) => v ?? null);
export const optionalDate = IsoDate.nullish().transform((v) => v ?? null);
export const optionalId = Id.nullish().transform((v) => v ?? null);

export const Email = z
  .string()
  .trim()
  .max(200)
  .nullish()
  .transform((v) => (v ? v : null))
  .refine((v) => v === null || /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v), { error: t.invalidEmail });

export const ById = z.object({ id: Id });
export const Empty = z.object({}).strict();
export const Deleted = z.object({ id: Id });
