// Meeting status as text plus colour, never colour alone.
import { Badge } from '@fluentui/react-components';
import type { MeetingStatus } from '../../../shared/contract/index.ts';
import { meetingStatusLabel } from '../../../shared/i18n/sv/labels.ts';

const colour: Record<MeetingStatus, 'informative' | 'warning' | 'important' | 'success' | 'subtle' | 'danger' | 'brand'> = {
  planned: 'brand',
  draft: 'warning',
  for_approval: 'important',
  approved: 'success',
  cancelled: 'informative',
};

export function MeetingStatusBadge({ status }: { status: MeetingStatus }) {
  return (
    <Badge appearance="tint" color={colour[status]} shape="rounded">
      {meetingStatusLabel[status]}
    </Badge>
  );
}
