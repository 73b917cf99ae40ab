import { AppError, type ParsedInput, type Person } from '../../../shared/contract/index.ts';
import { errorText } from '../../../shared/i18n/sv/errors.ts';
import * as repo from '../repositories/people.ts';
import { notFound, timestamp, write, type ServiceContext } from './context.ts';
import { requireOrganisation } from './organisations.ts';

const entity = 'person';

export function requirePerson(ctx: ServiceContext, id: string): Person {
  const person = repo.getPerson(ctx.db, id);
  if (!person) throw notFound(errorText.notFound.person);
  return person;
}

export const listPeople = (ctx: ServiceContext): Person[] => repo.listPeople(ctx.db);

export function createPerson(ctx: ServiceContext, input: ParsedInput<'people.create'>): Person {
  return write(ctx, (log) => {
    if (input.organisationId) requireOrganisation(ctx, input.organisationId);
    const id = ctx.newId();
    repo.insertPerson(ctx.db, id, input, timestamp(ctx));
    log({ entity, entityId: id, operation: 'create', data: input });
    return requirePerson(ctx, id);
  });
}

export function updatePerson(ctx: ServiceContext, { id, ...patch }: ParsedInput<'people.update'>): Person {
  return write(ctx, (log) => {
    requirePerson(ctx, id);
    if (patch.organisationId) requireOrganisation(ctx, patch.organisationId);
    repo.updatePerson(ctx.db, id, patch, timestamp(ctx));
    log({ entity, entityId: id, operation: 'update', data: patch });
    return requirePerson(ctx, id);
  });
}

export function deletePerson(ctx: ServiceContext, { id }: ParsedInput<'people.delete'>): { id: string } {
  return write(ctx, (log) => {
    const person = requirePerson(ctx, id);
    const usage = repo.personUsage(ctx.db, id);
    if (usage > 0) throw new AppError('IN_USE', errorText.inUse.person(usage));
    repo.deletePerson(ctx.db, id);
    log({ entity, entityId: id, operation: 'delete', data: person });
    return { id };
  });
}
