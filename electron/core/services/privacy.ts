// The logged redaction procedure: when an identity number is found in an approved protocol, it is
// replaced with "[uppgift borttagen]" everywhere it is stored — the protocol's rows, the frozen
// copy (with a new content hash) and the change log — and who did it, where and why is recorded.
// The single, controlled exception to immutability: the lock triggers let it through only while
// its own transaction holds the redaction session.
import { AppError, type ParsedInput, type Redaction } from '../../../shared/contract/index.ts';
import { mapJsonStrings } from '../../../shared/domain/notesText.ts';
import { findIdentityNumbers } from '../../../shared/domain/personnummer.ts';
import { privacyText } from '../../../shared/i18n/sv/privacy.ts';
import { protocolText } from '../../../shared/i18n/sv/protocol.ts';
import { contentHash, readStoredCopy } from '../repositories/approval.ts';
import * as repo from '../repositories/redaction.ts';
import { currentActor, timestamp, write, type ServiceContext } from './context.ts';
import { meetingState } from './protocolAccess.ts';

const marker = privacyText.redactionMarker;

/** Replaces every identity number in the text; collects the numbers so the change log can be cleaned too. */
function redactText(text: string, found: Set<string>): { text: string; count: number } {
  const matches = findIdentityNumbers(text);
  if (matches.length === 0) return { text, count: 0 };
  let result = '';
  let position = 0;
  for (const match of matches) {
    found.add(match.text);
    result += text.slice(position, match.start) + marker;
    position = match.end;
  }
  return { text: result + text.slice(position), count: matches.length };
}

function redactJson(json: string, found: Set<string>): { text: string; count: number } {
  let count = 0;
  const redacted = mapJsonStrings(JSON.parse(json) as unknown, (value) => {
    const result = redactText(value, found);
    count += result.count;
    return result.text;
  });
  return count === 0 ? { text: json, count } : { text: JSON.stringify(redacted), count };
}

/**
 * Redacts, then makes sure the replaced numbers are gone from the file itself: erased where they
 * were stored (freed space, search index segments) and not left in the write-ahead log.
 */
export function redactMeeting(ctx: ServiceContext, input: ParsedInput<'privacy.redact'>): Redaction {
  repo.setErasingDeletes(ctx.db, true);
  try {
    const redaction = redactInTransaction(ctx, input);
    repo.checkpointAndTruncateLog(ctx.db);
    return redaction;
  } finally {
    repo.setErasingDeletes(ctx.db, false);
  }
}

function redactInTransaction(ctx: ServiceContext, { meetingId, reason }: ParsedInput<'privacy.redact'>): Redaction {
  return write(ctx, (log) => {
    const meeting = meetingState(ctx, meetingId);
    if (meeting.status !== 'approved') throw new AppError('CONFLICT', protocolText.redactOnlyApproved);
    const { db } = ctx;
    const found = new Set<string>();
    const places: Redaction['places'] = [];
    repo.beginRedaction(db);
    repo.setSearchIndexErasingDeletes(db, true);

    for (const cell of repo.redactionCells) {
      let count = 0;
      for (const row of repo.listCellTexts(db, cell, meetingId)) {
        const result = cell === 'agenda_items.notes_json' ? redactJson(row.text, found) : redactText(row.text, found);
        if (result.count === 0) continue;
        repo.updateCellText(db, cell, row.rowid, result.text);
        count += result.count;
      }
      if (count > 0) places.push({ place: cell, count });
    }

    const stored = readStoredCopy(db, meetingId);
    const previousHash = stored?.recordedHash ?? null;
    let newHash = previousHash;
    if (stored) {
      const result = redactJson(stored.copy, found);
      if (result.count > 0) {
        newHash = contentHash(result.text);
        repo.replaceApprovedCopy(db, meetingId, result.text, newHash);
        places.push({ place: 'meetings.approved_copy', count: result.count });
      }
    }
    if (found.size === 0) throw new AppError('CONFLICT', protocolText.nothingToRedact);

    let logCount = 0;
    for (const needle of found) {
      for (const row of repo.listChangeLogContaining(db, needle)) {
        repo.updateChangeLogData(db, row.seq, row.data.split(needle).join(marker));
        logCount++;
      }
    }
    if (logCount > 0) places.push({ place: 'change_log.data', count: logCount });
    repo.setSearchIndexErasingDeletes(db, false);
    repo.endRedaction(db);

    const actor = currentActor(ctx);
    const redaction: Redaction = {
      id: ctx.newId(),
      meetingId,
      reason,
      places,
      replacedCount: places.reduce((n, p) => n + p.count, 0),
      previousHash,
      newHash,
      redactedAt: timestamp(ctx),
      redactedByName: actor.name,
      redactedByTitle: actor.title,
    };
    repo.insertRedaction(db, redaction);
    log({ entity: 'redaction', entityId: redaction.id, operation: 'create', data: { meetingId, reason, places, previousHash, newHash } });
    return redaction;
  });
}
