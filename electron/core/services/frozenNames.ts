// An approved protocol shows people, organisations, roles and groups as they were on the day it
// was approved: later renames or membership changes must not alter it. The meeting page reads the
// live rows (for ids and structure) and takes every name from the frozen copy.
import type { ApprovedCopy, MeetingDetail } from '../../../shared/contract/index.ts';

export function withFrozenNames(detail: MeetingDetail, copy: ApprovedCopy): MeetingDetail {
  const attendanceByPerson = new Map(copy.attendance.map((a) => [a.personId, a]));
  const itemsById = new Map(copy.items.map((i) => [i.id, i]));
  const decisionsById = new Map(copy.items.flatMap((i) => i.decisions).map((d) => [d.id, d]));
  const actionsById = new Map(copy.items.flatMap((i) => i.decisions.flatMap((d) => d.actions)).map((a) => [a.id, a]));

  return {
    ...detail,
    group: { ...detail.group, name: copy.meeting.groupName },
    chair: copy.chair,
    secretary: copy.secretary,
    adjusters: copy.adjusters,
    attendance: detail.attendance.map((row) => {
      const frozen = attendanceByPerson.get(row.personId);
      if (!frozen) return row;
      return {
        ...row,
        personName: frozen.name,
        personTitle: frozen.title,
        organisationName: frozen.organisationName,
        role: frozen.role,
        status: frozen.status,
        substituteForName: frozen.substituteFor?.name ?? null,
      };
    }),
    items: detail.items.map((item) => {
      const frozenItem = itemsById.get(item.id);
      return {
        ...item,
        // The copy stores the presenter as one resolved name.
        ...(frozenItem ? { presenterName: item.presenterPersonId ? frozenItem.presenter : null, presenterText: item.presenterPersonId ? null : frozenItem.presenter } : {}),
        decisions: item.decisions.map((decision) => {
          const frozenDecision = decisionsById.get(decision.id);
          return {
            ...decision,
            recipients: frozenDecision ? frozenDecision.recipients : decision.recipients,
            actions: decision.actions.map((action) => {
              const frozenAction = actionsById.get(action.id);
              return frozenAction ? { ...action, owner: frozenAction.owner } : action;
            }),
          };
        }),
      };
    }),
  };
}
