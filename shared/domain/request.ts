/**
 * A request (заявка) and its life: statuses, the transitions the engine allows, and the history
 * entries each transition leaves. Every state change is a conditional write on the expected
 * status, so a request can't be decided twice and a late message can't move it backwards.
 */
import type { Language, Localized } from './i18n.js';
import type { Channel, EngineEvent } from './service-definition.js';

export const statuses = [
  'SUBMITTED',
  'SIGNATURE_VERIFIED',
  'SIGNATURE_REJECTED',
  'REGISTERED',
  'IN_INBOX',
  /** An internal chain with resolutions (seed 002 ¶5): registered by the clerk, waiting for the head's resolution. */
  'AT_HEAD',
  /** … and then for the responsible department head's, who picks the specialist. */
  'AT_DEPARTMENT',
  'IN_PROGRESS',
  /** Returned to the applicant for correction: the step's clock stands still until they correct. */
  'RETURNED',
  /** An internal chain's draft decision, waiting for the head's signature. */
  'DRAFTED',
  'DECIDED',
  'RESULT_ISSUED',
  'RESULT_ROUTED',
  'COMPLETED',
  'REFUSED',
] as const;
export type Status = (typeof statuses)[number];

export const terminalStatuses: readonly Status[] = ['SIGNATURE_REJECTED', 'COMPLETED', 'REFUSED'];

/** Statuses a request can have while the agency holds it (the console's status filter too). */
export const agencyStatuses: readonly Status[] = ['IN_INBOX', 'AT_HEAD', 'AT_DEPARTMENT', 'IN_PROGRESS', 'RETURNED', 'DRAFTED', 'DECIDED', 'RESULT_ISSUED', 'RESULT_ROUTED', 'COMPLETED', 'REFUSED'];

/** Position in the life of a request; terminal statuses rank last. */
export const rank: Record<Status, number> = {
  SUBMITTED: 1,
  SIGNATURE_VERIFIED: 2,
  REGISTERED: 3,
  IN_INBOX: 4,
  AT_HEAD: 4.3,
  AT_DEPARTMENT: 4.6,
  IN_PROGRESS: 5,
  // Beside IN_PROGRESS: the request goes back to it when corrected.
  RETURNED: 5,
  DRAFTED: 5.5,
  DECIDED: 6,
  RESULT_ISSUED: 7,
  RESULT_ROUTED: 8,
  SIGNATURE_REJECTED: 9,
  COMPLETED: 9,
  REFUSED: 9,
};

/** Each engine event: the status it needs and the status it leaves. */
/**
 * What a transition's target may depend on: the decision, and whether the channel runs the heads'
 * resolutions (then the clerk's registration leads to the head, not straight to the work).
 */
export interface TransitionContext {
  approved?: boolean;
  resolutions?: boolean;
}

export const transitions: Record<EngineEvent, { from: Status; to: Status | ((d: TransitionContext) => Status) }> = {
  'request.submitted': { from: 'SUBMITTED', to: 'SUBMITTED' },
  'signature.verified': { from: 'SUBMITTED', to: 'SIGNATURE_VERIFIED' },
  'signature.refused': { from: 'SUBMITTED', to: 'SIGNATURE_REJECTED' },
  'gateway.registered': { from: 'SIGNATURE_VERIFIED', to: 'REGISTERED' },
  'agency.registered': { from: 'REGISTERED', to: 'IN_INBOX' },
  'staff.taken': { from: 'IN_INBOX', to: ({ resolutions }) => (resolutions ? 'AT_HEAD' : 'IN_PROGRESS') },
  'head.resolved': { from: 'AT_HEAD', to: 'AT_DEPARTMENT' },
  'department.resolved': { from: 'AT_DEPARTMENT', to: 'IN_PROGRESS' },
  'staff.decided': { from: 'IN_PROGRESS', to: 'DECIDED' },
  'result.issued': { from: 'DECIDED', to: 'RESULT_ISSUED' },
  'gateway.returned': { from: 'RESULT_ISSUED', to: 'RESULT_ROUTED' },
  'cabinet.delivered': { from: 'RESULT_ROUTED', to: ({ approved }) => (approved ? 'COMPLETED' : 'REFUSED') },
  'staff.returned': { from: 'IN_PROGRESS', to: 'RETURNED' },
  'applicant.corrected': { from: 'RETURNED', to: 'IN_PROGRESS' },
  'staff.drafted': { from: 'IN_PROGRESS', to: 'DRAFTED' },
  'head.signed': { from: 'DRAFTED', to: 'DECIDED' },
};

/** The event the engine waits for next in each status (none once terminal). */
export const nextEvent: Partial<Record<Status, EngineEvent>> = {
  SUBMITTED: 'signature.verified',
  SIGNATURE_VERIFIED: 'gateway.registered',
  REGISTERED: 'agency.registered',
  IN_INBOX: 'staff.taken',
  AT_HEAD: 'head.resolved',
  AT_DEPARTMENT: 'department.resolved',
  IN_PROGRESS: 'staff.decided',
  RETURNED: 'applicant.corrected',
  DRAFTED: 'head.signed',
  DECIDED: 'result.issued',
  RESULT_ISSUED: 'gateway.returned',
  RESULT_ROUTED: 'cabinet.delivered',
};

export type ActorKind = 'applicant' | 'operator' | 'portal' | 'gateway' | 'agency-system' | 'staff' | 'platform';

export interface Actor {
  kind: ActorKind;
  /** Staff login or system name; never an IIN (the applicant is implied by the request). */
  id?: string;
}

export interface HistoryEntry {
  /** Engine event. */
  /** Besides the engine's events: an overdue mark, the head handing the request to another employee, and the platform refusing an approval whose fee never came. */
  event: EngineEvent | 'deadline.overdue' | 'staff.reassigned' | 'fee.unpaid';
  /** The regulation's step (T1.a6…). */
  stepId: string;
  actor: Actor;
  at: string;
  /** When the regulation step began and its deadline from the step's time limit. */
  stepStartedAt: string;
  deadline: string;
  onTime: boolean;
  /** Machine-readable outcome, e.g. "registered", "approved", "EDS_INVALID_SIGNATURE". */
  outcome: string;
  /** Human note in the request's language (refusal reasons, the registration number…). */
  note?: string;
  /** Tamper evidence: the previous entry's hash (or the genesis hash) and this entry's own. */
  prevHash?: string;
  hash?: string;
}

export interface AttachmentRecord {
  uploadId: string;
  kind: string;
  fileName: string;
  contentType: string;
  size: number;
  sha256: string;
  s3Key: string;
}

export interface Decision {
  approved: boolean;
  /** An internal chain: the specialist who drafted it (decidedBy is then the head who signed). */
  draftedBy?: string;
  draftedAt?: string;
  groundId?: string;
  reason?: string;
  resultFields?: Record<string, unknown>;
  decidedBy: string;
  decidedAt: string;
}

/** A place in a service's waiting list; the position is computed from the journal, never stored. */
export interface QueuePlace {
  queueId: string;
  agencyId: string;
  /** Journal number: increasing per agency and queue, printed on the notice. */
  journalNumber: number;
  placedAt: string;
  status: 'waiting' | 'referred';
  referral?: { organisation: string; referredBy: string; referredAt: string };
}

export interface RequestRecord {
  requestId: string;
  serviceId: string;
  serviceVersion: number;
  agencyId: string;
  channel: Channel;
  language: Language;
  applicantIin: string;
  /** The legal entity the applicant represents (its BIN), when filed for one. */
  applicantBin?: string;
  form: Record<string, unknown>;
  attachments: AttachmentRecord[];
  signature: { format: string; value: string; signedAt: string };
  /**
   * Filed on the applicant's behalf (service-centre operator, or a clerk at the agency desk): the
   * request is signed with that person's key, so condition 2 compares the certificate with their IIN.
   */
  filedBy?: { kind: 'operator' | 'clerk'; username: string; iin: string };
  status: Status;
  createdAt: string;
  updatedAt: string;
  registrationNumber?: string;
  assignee?: string;
  decision?: Decision;
  result?: { s3Key: string; sha256: string; documentId: string; issuedAt: string; signatureKey?: string; signerSerial?: string };
  /** The regulation step now running and its deadline (drives the deadline index). */
  openStep?: { stepId: string; startedAt: string; deadline: string; overdue?: boolean };
  /** Due date of the whole service (the 15-day step), once known; absent while the clock is paused. */
  dueAt?: string;
  /**
   * While RETURNED: the step whose clock stands still and what was left of it (working time for a
   * limit in working days). It is out of the deadline index; the correction resumes it at now + remainingMs.
   */
  clockPaused?: { stepId: string; startedAt: string; deadline: string; overdue?: boolean; pausedAt: string; remainingMs: number };
  /** The latest return for correction: why, which fields, by whom; and when it was corrected. */
  returned?: { reason: string; fields: string[]; returnedBy: string; returnedAt: string; correctedAt?: string };
  /** Signed content replaced by corrections, oldest first: nothing signed is ever lost. */
  superseded?: { form: Record<string, unknown>; attachments: AttachmentRecord[]; signature: RequestRecord['signature']; signatureEvidence?: import('../ports/index.js').SignatureEvidence; replacedAt: string }[];
  refusal?: { code: string; message: Localized };
  /** Filed by the applicant's representative under a notarial power of attorney (checked in the notaries' register). */
  representative?: { iin: string; powerOfAttorney: string };
  /** Approved, the result waits for the fee (a fee after approval): since when, how much, and until when (where it lapses). */
  feeDue?: { amount: number; since: string; until?: string };
  /** The fee never came: the platform refused the approval at `at` (the result issue it sends is re-sent until it runs). */
  feeLapsed?: { amount: number; since: string; until: string; at: string };
  /** The fee paid through the payment gateway (before signing, or after approval), and its refund if the request was refused. */
  payment?: import('./payments.js').RequestPayment;
  /** The applicant's place in the service's waiting list (placed by an approval that queues). */
  queue?: QueuePlace;
  /** The citizen's answers to the service's quality questionnaire, once, after the result. */
  survey?: { answers: Record<string, number>; answeredAt: string };
  /** Hash of the newest history entry (the chain's head). */
  historyHead?: string;
  /** Condition 2's evidence kept with the request: signer certificate, revocation answer. */
  signatureEvidence?: import('../ports/index.js').SignatureEvidence;
}

export function isTerminal(s: Status): boolean {
  return terminalStatuses.includes(s);
}

/**
 * What lists show of a request (the citizen's requests, an agency's inbox): the list indexes
 * carry these attributes only, since every state change rewrites the index entries.
 */
export const summaryAttributes = ['requestId', 'serviceId', 'serviceVersion', 'channel', 'language', 'status', 'registrationNumber', 'createdAt', 'updatedAt', 'dueAt', 'openStep', 'applicantIin', 'assignee', 'agencyId'] as const;
export type RequestSummary = Pick<RequestRecord, (typeof summaryAttributes)[number]>;
