// Links from agenda items, decisions and actions to the mandates and goals they treat. A link is
// register metadata, not protocol content: it may be set at any time, also on an approved
// protocol (register_links carries no lock trigger), and every change is in the change log.
import { AppError, type ParsedInput, type RegisterLinks, type RegisterTarget } from '../../../shared/contract/index.ts';
import { compareSwedish } from '../../../shared/domain/names.ts';
import { errorText } from '../../../shared/i18n/sv/errors.ts';
import { registersMessages as m } from '../../../shared/i18n/sv/registers.ts';
import * as repo from '../repositories/registers.ts';
import { notFound, write, type ServiceContext } from './context.ts';

function requireTarget(ctx: ServiceContext, target: RegisterTarget): void {
  if (repo.targetExists(ctx.db, target)) return;
  if ('agendaItemId' in target) throw notFound(errorText.notFound.agendaItem);
  if ('decisionId' in target) throw notFound(errorText.notFound.decision);
  throw notFound(errorText.notFound.action);
}

function targetLinks(ctx: ServiceContext, target: RegisterTarget): RegisterLinks {
  const links = repo.linksOfTarget(ctx.db, target);
  return {
    target,
    mandates: links.mandates.sort((a, b) => compareSwedish(a.title, b.title)),
    goals: links.goals.sort((a, b) => compareSwedish(a.title, b.title)),
  };
}

export function linksForTarget(ctx: ServiceContext, { target }: ParsedInput<'registerLinks.forTarget'>): RegisterLinks {
  requireTarget(ctx, target);
  return targetLinks(ctx, target);
}

/** Replaces the target's links with exactly the given mandates and goals. */
export function setLinks(ctx: ServiceContext, input: ParsedInput<'registerLinks.set'>): RegisterLinks {
  const mandateIds = [...new Set(input.mandateIds)];
  const goalIds = [...new Set(input.goalIds)];
  return write(ctx, (log) => {
    requireTarget(ctx, input.target);
    if (repo.missingIds(ctx.db, 'mandates', mandateIds).length > 0) throw new AppError('NOT_FOUND', m.notFound.mandate);
    if (repo.missingIds(ctx.db, 'goals', goalIds).length > 0) throw new AppError('NOT_FOUND', m.notFound.goal);
    const before = repo.linksOfTarget(ctx.db, input.target);
    repo.deleteLinksOfTarget(ctx.db, input.target);
    mandateIds.forEach((mandateId) => repo.insertRegisterLink(ctx.db, { id: ctx.newId(), register: { mandateId }, target: input.target }));
    goalIds.forEach((goalId) => repo.insertRegisterLink(ctx.db, { id: ctx.newId(), register: { goalId }, target: input.target }));
    log({
      entity: 'registerLinks',
      entityId: Object.values(input.target)[0] as string,
      operation: 'update',
      data: {
        target: input.target,
        mandateIds,
        goalIds,
        previous: { mandateIds: before.mandates.map((x) => x.id), goalIds: before.goals.map((x) => x.id) },
      },
    });
    return targetLinks(ctx, input.target);
  });
}
