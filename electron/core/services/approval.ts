// Approval (justering): send for approval, approve, and hand out the frozen copy. Approving
// records who and when, stores the protocol as approved with its SHA-256 content hash, and from
// then on the protocol is locked (services refuse first; the database triggers are the backstop).
import { AppError, type ApprovedProtocol, type Meeting } from '../../../shared/contract/index.ts';
import { yearOf } from '../../../shared/domain/sectionNumbers.ts';
import { privacyText } from '../../../shared/i18n/sv/privacy.ts';
import { protocolText } from '../../../shared/i18n/sv/protocol.ts';
import { ApprovedCopy } from '../../../shared/contract/schemas/approvedCopy.ts';
import { contentHash, markMeetingApproved, readApprovalSnapshot, readStoredCopy } from '../repositories/approval.ts';
import { listCorrections } from '../repositories/corrections.ts';
import { listAdjusterIds, updateMeeting } from '../repositories/meetings.ts';
import { listGroupYearMeetings } from '../repositories/numbering.ts';
import { listRedactions } from '../repositories/redaction.ts';
import { currentActor, timestamp, write, type ServiceContext } from './context.ts';
import { identityWarningPlaces, meetingItems } from './meetingDetail.ts';
import { isPresent, requireMeeting } from './meetings.ts';
import { requireStatus } from './meetingStatus.ts';
import { renumberFor } from './numbering.ts';
import { meetingState, type MeetingState } from './protocolAccess.ts';

const entity = 'meeting';

/** A protocol goes to approval only with its chair and adjusters among those present, and no identity numbers. */
function assertReadyForApproval(ctx: ServiceContext, meeting: MeetingState): void {
  if (!meeting.chairPersonId || !isPresent(ctx, meeting.id, meeting.chairPersonId)) throw new AppError('CONFLICT', protocolText.chairMissing);
  const adjusters = listAdjusterIds(ctx.db, meeting.id);
  if (meeting.kind === 'protocol' && adjusters.length === 0) throw new AppError('CONFLICT', protocolText.adjusterMissing);
  if (adjusters.some((p) => !isPresent(ctx, meeting.id, p))) throw new AppError('CONFLICT', protocolText.adjusterNotPresent);
  const places = identityWarningPlaces(meetingItems(ctx, meeting.id));
  if (places.length > 0) {
    const sections = places.map((p) => p.sectionNumber).filter((n): n is number => n !== null);
    throw new AppError('CONFLICT', privacyText.approvalBlocked(sections));
  }
}

export function sendForApproval(ctx: ServiceContext, { id }: { id: string }): Meeting {
  return write(ctx, (log) => {
    const meeting = requireStatus(ctx, id, ['draft'], protocolText.transition.sendForApproval);
    assertReadyForApproval(ctx, meeting);
    updateMeeting(ctx.db, id, { status: 'for_approval' }, timestamp(ctx));
    log({ entity, entityId: id, operation: 'update', data: { status: 'for_approval' } });
    return requireMeeting(ctx, id);
  });
}

/** Every earlier meeting of the group that year must be approved or cancelled first. */
function assertEarlierMeetingsClosed(ctx: ServiceContext, meeting: MeetingState): void {
  const year = listGroupYearMeetings(ctx.db, meeting.groupId, yearOf(meeting.date));
  const earlier = year.slice(0, year.findIndex((m) => m.id === meeting.id));
  const open = earlier.filter((m) => m.status !== 'approved' && m.status !== 'cancelled');
  if (open.length > 0) throw new AppError('CONFLICT', protocolText.earlierMeetingsOpen(open.map((m) => m.date).join(', ')));
}

export function approveMeeting(ctx: ServiceContext, { id }: { id: string }): Meeting {
  return write(ctx, (log) => {
    const meeting = requireStatus(ctx, id, ['for_approval'], protocolText.transition.approve);
    assertReadyForApproval(ctx, meeting);
    assertEarlierMeetingsClosed(ctx, meeting);
    renumberFor(ctx, meeting); // the numbers are already right; this makes sure before they are fixed
    const approvedAt = timestamp(ctx);
    const approvedBy = currentActor(ctx);
    const approvedCopy = readApprovalSnapshot(ctx.db, id, { approvedAt, approvedBy: { name: approvedBy.name, title: approvedBy.title } });
    const hash = markMeetingApproved(ctx.db, id, { approvedAt, approvedByName: approvedBy.name, approvedByTitle: approvedBy.title, approvedCopy }, approvedAt);
    log({
      entity,
      entityId: id,
      operation: 'approve',
      data: { approvedAt, contentHash: hash, chairPersonId: meeting.chairPersonId, adjusterPersonIds: listAdjusterIds(ctx.db, id) },
    });
    return requireMeeting(ctx, id);
  });
}

/** The approved protocol as frozen, with its hash checked, and the corrections and redactions made since. */
export function approvedProtocol(ctx: ServiceContext, { id }: { id: string }): ApprovedProtocol {
  const meeting = meetingState(ctx, id);
  const stored = readStoredCopy(ctx.db, id);
  if (meeting.status !== 'approved' || !stored) throw new AppError('CONFLICT', protocolText.notApproved);
  const hash = contentHash(stored.copy);
  return {
    meetingId: id,
    copy: ApprovedCopy.parse(JSON.parse(stored.copy)),
    contentHash: hash,
    recordedHash: stored.recordedHash,
    hashVerified: stored.recordedHash === hash,
    corrections: listCorrections(ctx.db, id),
    redactions: listRedactions(ctx.db, id),
  };
}

