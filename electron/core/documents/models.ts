// The plain data models the Word builders take. Builders are pure: model in, docx Document out.
// The services assemble these models from the database (for an approved protocol always from its
// frozen copy), so every builder can be tested in Node without a database.
import type { ActionStatus, ApprovedCopy, Correction, MandateStatus, MeetingKind, MeetingStatus, MembershipRole } from '../../../shared/contract/index.ts';

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

// Dashboard and committee report
/** A meeting that treated a mandate or goal, with the §§ it was treated under. */
export type ReportTreatment = { date: string; groupName: string; sectionNumbers: readonly number[]; approved: boolean };

/** Rapport till nämnd: what the groups decided and sent to one committee in a period, and how far it has come. */
export type CommitteeReportDocModel = {
  committeeName: string;
  /** The period, YYYY-MM-DD, both days included. */
  from: string;
  to: string;
  /** The decisions sent to the committee, by meeting date; text null while the protocol is not approved. */
  decisions: readonly { groupName: string; meetingDate: string; sectionNumber: number | null; itemTitle: string; text: string | null; approved: boolean }[];
  /** The actions that follow from the approved decisions, with their state today. */
  actions: readonly ActionListRow[];
  /** Overdue actions from decisions sent to the committee up to the period's end, with their latest follow-up. */
  overdue: readonly ActionListRow[];
  /** The mandates assigned to the committee. */
  mandates: readonly {
    title: string;
    source: string;
    status: MandateStatus;
    reportBackDate: string | null;
    reportBackTo: string | null;
    /** Treatments in the period. */
    treatments: readonly ReportTreatment[];
  }[];
  /** Every goal, with the meetings that treated it in the period. */
  goals: readonly { title: string; indicator: string | null; treatments: readonly ReportTreatment[] }[];
  /** Certified extracts of the relevant §§ of approved protocols, printed as the appendix. */
  extracts: readonly { copy: ApprovedCopy; corrections: readonly Correction[]; sections: readonly number[] }[];
  producedBy: Signer;
  /** YYYY-MM-DD. */
  producedOn: string;
};
