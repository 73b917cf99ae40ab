// One member's row in the attendance table: present, absent or replacing someone, and removal.
import { Button, Select } from '@fluentui/react-components';
import { attendanceStatuses, type ApiError, type AttendanceEntry, type AttendanceStatus, type Result } from '../../../../../shared/contract/index.ts';
import { membershipRoleLabel } from '../../../../../shared/i18n/sv/labels.ts';
import { commonText } from '../../../../../shared/i18n/sv/ui-common.ts';
import { attendanceStatusLabel, meetingText } from '../../../../../shared/i18n/sv/ui-meeting.ts';
import { call } from '../../../api/client.ts';
import { personOptions } from './attendanceShared.tsx';
import { useWorkspace } from './context.ts';

const t = meetingText.attendance;

type Props = {
  entry: AttendanceEntry;
  run(action: () => Promise<Result<unknown>>): Promise<void>;
  onError(error: ApiError): void;
};

export function MemberRow({ entry: a, run, onError }: Props) {
  const { detail, readOnly } = useWorkspace();
  const others = detail.attendance.filter((o) => o.personId !== a.personId);

  const set = (status: AttendanceStatus, substituteFor: string | null) =>
    run(() =>
      call('attendance.set', {
        meetingId: detail.meeting.id,
        personId: a.personId,
        status,
        substituteForPersonId: status === 'substitute' ? substituteFor : null,
        organisationId: a.organisationId,
        role: a.role,
      }),
    );

  const statusText = a.status === 'substitute' && a.substituteForName ? t.replaces(a.personName, a.substituteForName) : attendanceStatusLabel[a.status];

  return (
    <tr>
      <td>{a.personName}</td>
      <td>{a.organisationName ?? commonText.none}</td>
      <td>{a.role ? membershipRoleLabel[a.role] : commonText.none}</td>
      {readOnly ? (
        <td>{statusText}</td>
      ) : (
        <>
          <td>
            <Select
              aria-label={t.statusFor(a.personName)}
              value={a.status}
              onChange={(_e, d) => {
                const status = d.value as AttendanceStatus;
                if (status === 'substitute') {
                  // Replaces an absent member by default; "Ersätter" beside it changes whom.
                  const replaced = others.find((o) => o.status === 'absent') ?? others[0];
                  if (replaced) void set(status, replaced.personId);
                  else onError({ code: 'VALIDATION', message: t.chooseReplaced });
                } else void set(status, null);
              }}
            >
              {attendanceStatuses.map((s) => (
                <option key={s} value={s}>
                  {attendanceStatusLabel[s]}
                </option>
              ))}
            </Select>
          </td>
          <td>
            {a.status === 'substitute' ? (
              <Select aria-label={t.replacesFor(a.personName)} value={a.substituteForPersonId ?? ''} onChange={(_e, d) => void set('substitute', d.value)}>
                {personOptions(others)}
              </Select>
            ) : (
              commonText.none
            )}
          </td>
          <td>
            <Button size="small" aria-label={t.remove(a.personName)} onClick={() => void run(() => call('attendance.remove', { meetingId: detail.meeting.id, personId: a.personId }))}>
              {commonText.delete}
            </Button>
          </td>
        </>
      )}
    </tr>
  );
}
