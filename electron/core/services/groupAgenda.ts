// A group's standing agenda items (the template a new meeting starts from) and the first § number
// of a calendar year when it is not 1.
import { AppError, type ParsedInput } from '../../../shared/contract/index.ts';
import type { AgendaItemKind } from '../../../shared/domain/agenda.ts';
import { protocolText } from '../../../shared/i18n/sv/protocol.ts';
import { listAgendaTemplate, replaceAgendaTemplate } from '../repositories/groups.ts';
import { getSectionStart, listGroupYearMeetings, listSectionStarts, setSectionStart } from '../repositories/numbering.ts';
import { write, type ServiceContext } from './context.ts';
import { requireGroup } from './groups.ts';
import { renumberGroupYear } from './numbering.ts';

type TemplateItem = { title: string; kind: AgendaItemKind };

export function getAgendaTemplate(ctx: ServiceContext, { groupId }: { groupId: string }): TemplateItem[] {
  requireGroup(ctx, groupId);
  return listAgendaTemplate(ctx.db, groupId) as TemplateItem[];
}

export function setAgendaTemplate(ctx: ServiceContext, { groupId, items }: ParsedInput<'groups.setAgendaTemplate'>): TemplateItem[] {
  return write(ctx, (log) => {
    requireGroup(ctx, groupId);
    replaceAgendaTemplate(ctx.db, groupId, items, ctx.newId);
    log({ entity: 'group', entityId: groupId, operation: 'update', data: { agendaTemplate: items } });
    return getAgendaTemplate(ctx, { groupId });
  });
}

export function getSectionStarts(ctx: ServiceContext, { groupId }: { groupId: string }): { year: number; firstNumber: number }[] {
  requireGroup(ctx, groupId);
  return listSectionStarts(ctx.db, groupId);
}

/** Sets the year's first § and renumbers the year's drafts; refused once a protocol of that year is approved. */
export function setGroupSectionStart(ctx: ServiceContext, { groupId, year, firstNumber }: ParsedInput<'groups.setSectionStart'>): { year: number; firstNumber: number }[] {
  return write(ctx, (log) => {
    requireGroup(ctx, groupId);
    const current = getSectionStart(ctx.db, groupId, year) ?? 1;
    if (current !== firstNumber && listGroupYearMeetings(ctx.db, groupId, year).some((m) => m.status === 'approved')) {
      throw new AppError('CONFLICT', protocolText.sectionStartLocked(year));
    }
    setSectionStart(ctx.db, groupId, year, firstNumber);
    renumberGroupYear(ctx, groupId, year);
    log({ entity: 'group', entityId: groupId, operation: 'update', data: { sectionStart: { year, firstNumber } } });
    return listSectionStarts(ctx.db, groupId);
  });
}
