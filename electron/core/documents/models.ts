// The plain data models the Word builders take. Builders are pure: model in, docx Document out.
// The services assemble these models from the database (for an approved protocol always from its
// frozen copy), so every builder can be tested in Node without a database.
import type { ActionStatus, ApprovedCopy, Correction, MeetingKind, MeetingStatus, MembershipRole } from '../../../shared/contract/index.ts';

/** Whoever produces the document: the app user, as recorded in the settings. */
export type Signer = { name: string; title: string | null };

/** A protocol (or minnesanteckningar) — draft, awaiting approval, or approved. */
export type ProtocolDocModel = {
  /** The protocol as frozen at approval; for drafts the same shape read from the live rows. */
  copy: ApprovedCopy;
  status: MeetingStatus;
  corrections: readonly Correction[];
  /** 'public' replaces the content of confidential items with the standard line. */
  variant: 'full' | 'public';
};

/** Protokollsutdrag: chosen §§ of an approved protocol, certified, for one recipient. */
export type ExtractDocModel = {
  copy: ApprovedCopy;
  corrections: readonly Correction[];
  /** The § numbers to include, in agenda order. */
  sections: readonly number[];
  /** The recipient this extract is addressed to ("Expedieras till"), or null for a plain extract. */
  recipientName: string | null;
  certifiedBy: Signer;
  /** YYYY-MM-DD, the day the extract is certified. */
  certifiedOn: string;
};

/** Kallelse med dagordning. */
export type NoticeDocModel = {
  groupName: string;
  kind: MeetingKind;
  date: string;
  startTime: string | null;
  endTime: string | null;
  place: string | null;
  invited: readonly { name: string; title: string | null; organisationName: string | null; role: MembershipRole | null }[];
  items: readonly {
    /** Provisional § number, or null when the meeting has none yet. */
    sectionNumber: number | null;
    title: string;
    presenter: string | null;
    description: string | null;
    basisDocuments: readonly { title: string; reference: string | null }[];
  }[];
  /** Open action items of the group that will be followed up at the meeting. */
  openActions: readonly ActionListRow[];
  sender: Signer;
  /** YYYY-MM-DD, the day the notice is produced. */
  issuedOn: string;
};

export type ActionListRow = {
  groupName: string;
  /** Date of the meeting where the action was decided, and its § number there (null if not numbered). */
  decidedOn: string;
  decidedInSection: number | null;
  title: string;
  /** Person name or group name; always present. */
  ownerName: string;
  organisationName: string | null;
  /** The current due date (the latest follow-up's new due date, otherwise the original). */
  dueDate: string;
  status: ActionStatus;
  /** Derived: due before today (Europe/Stockholm) and neither done nor cancelled. */
  overdue: boolean;
  latestFollowUp: { date: string; note: string | null } | null;
};

/** Åtgärdslista for one group or across groups. */
export type ActionListDocModel = {
  /** E.g. the group's name, or "Alla grupper". */
  scopeTitle: string;
  /** Human-readable filter description, e.g. "Status: Pågår · Ansvarig organisation: Socialförvaltningen"; empty when unfiltered. */
  filterDescription: string;
  rows: readonly ActionListRow[];
  producedBy: Signer;
  /** YYYY-MM-DD. */
  producedOn: string;
};
