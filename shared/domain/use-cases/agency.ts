/**
 * Agency (ИС МИО) use cases: the inbox, taking a request, the decision, the result document.
 * Staff see only their own agency's requests; another agency's request answers as not found.
 */
import { createHash } from 'node:crypto';
import { unsupportedCharacters } from '../document-text.js';
import { advance, definitionOf } from '../engine.js';
import { hasChain, hasResolutions, staffRefusalGrounds } from '../service-definition.js';
import { feeDueOnApproval } from '../payments.js';
import { AppError, ConflictError, ForbiddenError, NotFoundError, NotReadyError, ValidationError } from '../errors.js';
import { validateFields } from '../form-validation.js';
import { agencyStatuses, type Decision, type HistoryEntry, type QueuePlace, type RequestRecord, type RequestSummary, type Status } from '../request.js';
import { isTerminal, rank } from '../request.js';
import type { DecisionBody } from '../api-schemas.js';
import type { Page, StaffDirectory, StaffMember } from '../../ports/index.js';
import { chain, genesisHash } from '../history-chain.js';
import { Queues, type Deps } from './deps.js';
import { localDate } from '../calendar.js';
import { queueSequenceName } from '../queue.js';

export interface StaffIdentity {
  username: string;
  agencyIds: string[];
  roles: string[];
}

export { agencyStatuses };

/** Who may work on a request: a clerk, a head, or (in an internal chain) the specialist it was passed to. */
export const canDecide = (s: StaffIdentity) => s.roles.includes('clerk') || s.roles.includes('head') || s.roles.includes('specialist');

/**
 * What each role works on, for staff who are not heads (a head sees all of the agency's open
 * requests): the clerk takes new ones and works on their own; in an internal chain the department
 * head gives resolutions and the specialist works on what was passed to them.
 */
const roleStatuses: Record<string, readonly Status[]> = {
  clerk: ['IN_INBOX', 'IN_PROGRESS', 'RETURNED'],
  specialist: ['IN_PROGRESS', 'RETURNED'],
  'department-head': ['AT_DEPARTMENT'],
};

export async function loadForStaff(deps: Pick<Deps, 'requests'>, staff: StaffIdentity, requestId: string): Promise<RequestRecord> {
  const record = await deps.requests.get(requestId);
  if (!record || !staff.agencyIds.includes(record.agencyId) || rank[record.status] < rank.IN_INBOX) throw new NotFoundError('REQUEST_NOT_FOUND');
  return record;
}

/** ИС МИО registers the routed request in the agency inbox (process 6). */
export async function registerInAgency(deps: Pick<Deps, 'requests' | 'clock' | 'mailer'>, requestId: string): Promise<string> {
  const r = await advance(deps, requestId, 'agency.registered', () => ({ actor: { kind: 'agency-system' }, outcome: 'in-inbox' }));
  return r.kind;
}

/** Statuses in which the agency still owes the citizen something (the default inbox). */
export const openAgencyStatuses: readonly Status[] = agencyStatuses.filter((s) => !isTerminal(s));

/** "Due soon": due within this long from now, and not overdue yet. */
export const DUE_SOON_MS = 24 * 3600 * 1000;

/** Overdue: the service's due date has passed; due soon: it comes within DUE_SOON_MS. Finished requests are neither. */
export function dueFlags(r: Pick<RequestSummary, 'status' | 'dueAt'>, now: Date): { overdue: boolean; dueSoon: boolean } {
  if (!r.dueAt || isTerminal(r.status)) return { overdue: false, dueSoon: false };
  const due = Date.parse(r.dueAt);
  return { overdue: due < now.getTime(), dueSoon: due >= now.getTime() && due < now.getTime() + DUE_SOON_MS };
}

export interface InboxFilters {
  agencyId?: string;
  /** One status; without it, the open (non-terminal) ones. */
  status?: Status;
  serviceId?: string;
  due?: 'soon' | 'overdue';
  assignee?: 'me';
  limit: number;
  cursor?: string;
}

/**
 * The inbox, i.e. the tasks of the signed-in role. A head sees all of the agency's requests; a
 * clerk, specialist or department head who is not a head sees what is theirs to do (`roleStatuses`):
 * requests assigned to them, and for a clerk the unassigned ones in IN_INBOX. `assignee=me`
 * narrows anyone's list to requests assigned to them.
 */
export async function listInbox(deps: Pick<Deps, 'requests' | 'clock'>, staff: StaffIdentity, input: InboxFilters): Promise<Page<RequestSummary>> {
  const agencyId = input.agencyId ?? staff.agencyIds[0];
  if (!agencyId || !staff.agencyIds.includes(agencyId)) throw new ForbiddenError();
  if (input.due && input.status && isTerminal(input.status)) {
    throw new ValidationError([{ field: 'due', code: 'FIELD_NOT_ALLOWED', params: { withStatuses: openAgencyStatuses } }]);
  }
  const own = staff.roles.includes('head') ? [] : [...new Set(staff.roles.flatMap((r) => roleStatuses[r] ?? []))];
  const limited = own.length > 0;
  const statuses = input.status ? [input.status] : limited ? own : openAgencyStatuses;
  const now = deps.clock.now().getTime();
  const due = input.due === 'overdue' ? { before: new Date(now).toISOString() } : input.due === 'soon' ? { from: new Date(now).toISOString(), before: new Date(now + DUE_SOON_MS).toISOString() } : undefined;
  const assignee = input.assignee === 'me' ? { username: staff.username, orUnassignedIn: [] } : limited ? { username: staff.username, orUnassignedIn: staff.roles.includes('clerk') ? ['IN_INBOX' as const] : [] } : undefined;
  return deps.requests.listInbox({
    agencyId,
    statuses,
    limit: input.limit,
    ...(input.serviceId ? { serviceId: input.serviceId } : {}),
    ...(due ? { due } : {}),
    ...(assignee ? { assignee } : {}),
    ...(input.cursor ? { cursor: input.cursor } : {}),
  });
}

export async function getAgencyRequest(deps: Pick<Deps, 'requests'>, staff: StaffIdentity, requestId: string): Promise<{ record: RequestRecord; history: HistoryEntry[] }> {
  const record = await loadForStaff(deps, staff, requestId);
  return { record, history: await deps.requests.history(requestId) };
}

export async function getAttachmentLink(deps: Pick<Deps, 'requests' | 'uploads'>, staff: StaffIdentity, requestId: string, uploadId: string): Promise<{ url: string; expiresInSeconds: number }> {
  const record = await loadForStaff(deps, staff, requestId);
  const a = record.attachments.find((x) => x.uploadId === uploadId);
  if (!a) throw new NotFoundError();
  return { url: await deps.uploads.presignGet(a.s3Key, 120, a.fileName), expiresInSeconds: 120 };
}

/** A clerk takes a request from the inbox. Taking it again is a no-op; someone else's is a conflict. */
export async function takeRequest(deps: Pick<Deps, 'requests' | 'clock' | 'mailer'>, staff: StaffIdentity, requestId: string): Promise<RequestRecord> {
  // A specialist works only on what a resolution passed to them: taking from the inbox is a clerk's (or head's).
  if (!staff.roles.includes('clerk') && !staff.roles.includes('head')) throw new ForbiddenError();
  await loadForStaff(deps, staff, requestId);
  const r = await advance(deps, requestId, 'staff.taken', (rec) => {
    // The head handed it to someone else (the write below is conditional on the history head, so this holds when it lands).
    if (rec.assignee && rec.assignee !== staff.username) throw new ConflictError('ASSIGNED_TO_OTHER');
    // In a chain with resolutions (seed 002 ¶5) the clerk registers it and it goes to the head: no one holds it yet.
    const toHead = hasResolutions(definitionOf(rec).channel);
    return { actor: { kind: 'staff', id: staff.username }, outcome: toHead ? 'registered' : 'taken', patch: { assignee: toHead ? undefined : staff.username } };
  });
  if (r.kind !== 'applied' && r.record.assignee !== staff.username) {
    const registeredByMe = r.record.status === 'AT_HEAD' && (await deps.requests.history(requestId)).some((h) => h.event === 'staff.taken' && h.actor.id === staff.username);
    if (registeredByMe) return r.record;
    throw new ConflictError(r.record.status === 'IN_PROGRESS' ? 'ASSIGNED_TO_OTHER' : 'NOT_IN_INBOX', { status: r.record.status });
  }
  return r.record;
}

/**
 * The heads' resolutions of an internal chain (seed 002 ¶5 sub-paras 2–3), each with its own 15
 * minutes: the head passes a request the clerk registered to the head of the responsible
 * department (a staff member with the role department-head), who passes it to a specialist. The
 * write is conditional on the status (and, for the department head, on holding it); a retry of the
 * same resolution is answered as before.
 */
export async function resolveRequest(deps: Pick<Deps, 'requests' | 'clock' | 'mailer'> & { directory: StaffDirectory }, staff: StaffIdentity, requestId: string, assignee: string): Promise<RequestRecord> {
  const canHead = staff.roles.includes('head');
  const canDepartment = staff.roles.includes('department-head');
  if (!canHead && !canDepartment) throw new ForbiddenError('FORBIDDEN_ROLE');
  const current = await loadForStaff(deps, staff, requestId);
  const stage = current.status === 'AT_HEAD' && canHead ? 'head' : current.status === 'AT_DEPARTMENT' && canDepartment ? 'department' : undefined;
  const sameAsBefore = async () =>
    (await deps.requests.history(requestId)).some((h) => (h.event === 'head.resolved' || h.event === 'department.resolved') && h.actor.id === staff.username && h.note === assignee);
  if (!stage) {
    if (await sameAsBefore()) return current;
    throw new ConflictError('NOT_AWAITING_RESOLUTION', { status: current.status });
  }
  if (stage === 'department' && current.assignee !== staff.username) throw new ConflictError('NOT_ASSIGNED_TO_YOU');
  const role = stage === 'head' ? 'department-head' : 'specialist';
  const member = (await deps.directory.listAgencyStaff(current.agencyId)).find((m) => m.username === assignee);
  if (!member || !member.roles.includes(role)) {
    throw new AppError('ASSIGNEE_NOT_ELIGIBLE', 'unprocessable', [{ field: 'assignee', code: 'ASSIGNEE_NOT_ELIGIBLE', params: { role } }]);
  }
  const r = await advance(
    deps,
    requestId,
    stage === 'head' ? 'head.resolved' : 'department.resolved',
    () => ({ actor: { kind: 'staff', id: staff.username }, outcome: 'resolved', note: assignee, patch: { assignee } }),
    stage === 'department' ? { assignee: staff.username } : undefined,
  );
  if (r.kind !== 'applied' && !(await sameAsBefore())) throw new ConflictError('NOT_AWAITING_RESOLUTION', { status: r.record.status });
  return r.record;
}

/** The agency's staff (for the head choosing an assignee), to its own staff only. */
export async function listAgencyStaff(deps: { directory: StaffDirectory }, staff: StaffIdentity, agencyId?: string): Promise<StaffMember[]> {
  const id = agencyId ?? staff.agencyIds[0];
  if (!id || !staff.agencyIds.includes(id)) throw new ForbiddenError();
  return deps.directory.listAgencyStaff(id);
}

/** Statuses in which the head may hand a request to another employee. */
const assignableStatuses: readonly Status[] = ['IN_INBOX', 'IN_PROGRESS'];

/**
 * The head of the agency hands a request to one of its clerks or heads (in the inbox or already
 * in progress; the previous assignee can then no longer decide it). Conditional write of the new
 * assignee plus a history entry with the head as actor; handing it to its assignee changes nothing.
 */
export async function reassignRequest(deps: Pick<Deps, 'requests' | 'clock'> & { directory: StaffDirectory }, staff: StaffIdentity, requestId: string, assignee: string): Promise<RequestRecord> {
  if (!staff.roles.includes('head')) throw new ForbiddenError('FORBIDDEN_ROLE');
  let record = await loadForStaff(deps, staff, requestId);
  if (!assignableStatuses.includes(record.status)) throw new ConflictError('NOT_ASSIGNABLE', { status: record.status });
  const member = (await deps.directory.listAgencyStaff(record.agencyId)).find((m) => m.username === assignee);
  if (!member || !member.roles.some((r) => r === 'clerk' || r === 'head' || r === 'specialist')) {
    throw new AppError('ASSIGNEE_NOT_IN_AGENCY', 'unprocessable', [{ field: 'assignee', code: 'ASSIGNEE_NOT_IN_AGENCY' }]);
  }
  // In a chain with resolutions, a request in work stays with a specialist, and one in the inbox is the clerk's to register.
  if (hasResolutions(definitionOf(record).channel)) {
    const role = record.status === 'IN_PROGRESS' ? 'specialist' : 'clerk';
    if (!member.roles.includes(role)) throw new AppError('ASSIGNEE_NOT_ELIGIBLE', 'unprocessable', [{ field: 'assignee', code: 'ASSIGNEE_NOT_ELIGIBLE', params: { role } }]);
  }
  for (let attempt = 0; attempt < 3; attempt++) {
    if (attempt > 0) record = await loadForStaff(deps, staff, requestId);
    if (!assignableStatuses.includes(record.status) || !record.openStep) throw new ConflictError('NOT_ASSIGNABLE', { status: record.status });
    if (record.assignee === assignee) return record;
    const now = deps.clock.now();
    const open = record.openStep;
    const entry = chain(
      {
        event: 'staff.reassigned',
        stepId: open.stepId,
        actor: { kind: 'staff', id: staff.username },
        at: now.toISOString(),
        stepStartedAt: open.startedAt,
        deadline: open.deadline,
        onTime: now.getTime() <= Date.parse(open.deadline),
        outcome: 'reassigned',
        note: assignee,
      },
      record.historyHead ?? genesisHash(record.requestId),
    );
    const next: RequestRecord = { ...record, assignee, historyHead: entry.hash!, updatedAt: now.toISOString() };
    if ((await deps.requests.reassign(next, entry)) === 'applied') return next;
  }
  throw new ConflictError('NOT_ASSIGNABLE', { status: record.status });
}

function sameDecision(d: Decision, body: DecisionBody): boolean {
  if (body.decision === 'approve') return d.approved;
  return !d.approved && d.groundId === body.groundId && d.reason === body.reason;
}

/** Approve (with the result's fields) or refuse (a ground of the regulation plus a reason). */
export async function decide(deps: Pick<Deps, 'requests' | 'bus' | 'clock' | 'mailer'>, staff: StaffIdentity, requestId: string, body: DecisionBody): Promise<RequestRecord> {
  if (!canDecide(staff)) throw new ForbiddenError();
  const current = await loadForStaff(deps, staff, requestId);
  const { def, channel } = definitionOf(current);
  // An internal chain (seed 002): the specialist's decision is a draft the head then signs.
  const chain = hasChain(channel);
  if (body.decision === 'approve') {
    const issues = validateFields(def.result.fields, body.resultFields, 'resultFields', deps.clock.now());
    if (issues.length) throw new ValidationError(issues);
  } else if (!staffRefusalGrounds(def).some((g) => g.id === body.groundId)) {
    // The platform's own ground (a fee after approval that never came) is not the clerk's to give.
    throw new ValidationError([{ field: 'groundId', code: 'REFUSAL_GROUND_UNKNOWN', params: { allowed: staffRefusalGrounds(def).map((g) => g.id) } }]);
  }
  const printed = body.decision === 'approve' ? Object.entries(body.resultFields).map(([k, v]) => [`resultFields.${k}`, v] as const) : [['reason', body.reason] as const];
  const unprintable = printed.flatMap(([field, v]) => {
    const chars = typeof v === 'string' ? unsupportedCharacters(v) : [];
    return chars.length ? [{ field, code: 'DOCUMENT_TEXT_UNSUPPORTED' as const, params: { characters: chars.slice(0, 10).join(' ') } }] : [];
  });
  if (unprintable.length) throw new ValidationError(unprintable);
  if (current.status === 'IN_INBOX') throw new ConflictError('NOT_ASSIGNED_TO_YOU');
  // An internal chain: the heads have not passed it to a specialist yet.
  if (current.status === 'AT_HEAD' || current.status === 'AT_DEPARTMENT') throw new ConflictError('AWAITING_RESOLUTION');
  // Returned for correction: nothing to decide on until the applicant corrects it.
  if (current.status === 'RETURNED') throw new ConflictError('AWAITING_CORRECTION');
  if (current.status === 'IN_PROGRESS' && current.assignee !== staff.username) throw new ConflictError('NOT_ASSIGNED_TO_YOU');

  const now = deps.clock.now();
  // A waiting list's journal number and date are the platform's to fill, never the clerk's.
  const queue = def.queue;
  const resultFields = body.decision === 'approve' && queue ? Object.fromEntries(Object.entries(body.resultFields).filter(([k]) => k !== queue.numberField && k !== queue.dateField)) : body.decision === 'approve' ? body.resultFields : {};
  const queues = body.decision === 'approve' && queue !== undefined && resultFields[queue.outcomeField] === queue.queuedValue;
  const decision: Decision =
    body.decision === 'approve'
      ? { approved: true, resultFields, decidedBy: staff.username, decidedAt: now.toISOString() }
      : { approved: false, groundId: body.groundId, reason: body.reason, decidedBy: staff.username, decidedAt: now.toISOString() };
  const ground = body.decision === 'refuse' ? def.refusalGrounds.find((g) => g.id === body.groundId) : undefined;
  if (chain) decision.draftedBy = staff.username;
  if (chain) decision.draftedAt = now.toISOString();
  const r = await advance(
    deps,
    requestId,
    chain ? 'staff.drafted' : 'staff.decided',
    async (rec) => {
      // A fee after approval (ЭҮТШ): the approval waits for it; the gateway's confirmation lets the result be issued.
      const due = decision.approved ? feeDueOnApproval(def, rec.channel, now) : undefined;
      const feeDue = due ? { feeDue: due } : {};
      if (!queues || !decision.approved) {
        return { actor: { kind: 'staff', id: staff.username }, outcome: decision.approved ? 'approved' : `refused:${decision.groundId}`, ...(ground ? { note: `${ground.label[rec.language]}. ${decision.reason}` } : {}), patch: { decision, ...feeDue } };
      }
      // Placed in the waiting list: the next journal number, with the entry in the decision's own transaction.
      const journalNumber = await deps.requests.nextSequence(queueSequenceName(rec.agencyId, queue.id));
      const place: QueuePlace = { queueId: queue.id, agencyId: rec.agencyId, journalNumber, placedAt: now.toISOString(), status: 'waiting' };
      const queued: Decision = { ...decision, resultFields: { ...decision.resultFields, [queue.numberField]: String(journalNumber), [queue.dateField]: localDate(now) } };
      return {
        actor: { kind: 'staff', id: staff.username },
        outcome: 'approved',
        note: `${queue.names[rec.language]}: № ${journalNumber}`,
        patch: { decision: queued, queue: place },
        queueEntry: { ...place, requestId: rec.requestId, serviceId: rec.serviceId },
      };
    },
    { assignee: staff.username },
  ).catch((e: unknown) => {
    // Returned for correction meanwhile (RETURNED stands beside IN_PROGRESS, not after it).
    if (e instanceof NotReadyError && e.actual === 'RETURNED') throw new ConflictError('AWAITING_CORRECTION');
    throw e;
  });
  if (r.kind !== 'applied') {
    // A retried decision is answered as before; a different one is refused.
    if (!r.record.decision || (r.record.decision.decidedBy !== staff.username && r.record.decision.draftedBy !== staff.username) || !sameDecision(r.record.decision, body)) {
      throw new ConflictError('ALREADY_DECIDED');
    }
    if (r.record.status !== 'DECIDED') return r.record;
  }
  // A draft waits for the head's signature.
  if (r.record.status === 'DRAFTED') return r.record;
  // Waiting for the fee: the gateway's confirmation sends it on.
  if (r.record.feeDue && !r.record.payment) return r.record;
  await deps.bus.send(Queues.ResultIssue, { requestId, event: 'staff.decided', sentAt: deps.clock.now().toISOString() });
  return r.record;
}

/**
 * An internal chain's last staff step (seed 002 ¶8: the head checks and signs): the head signs the
 * specialist's draft, which becomes the decision, signed into the result with the head's key.
 * Someone else than the drafter; a retry by the same head is answered as before.
 */
export async function signDraft(deps: Pick<Deps, 'requests' | 'bus' | 'clock' | 'mailer'>, staff: StaffIdentity, requestId: string): Promise<RequestRecord> {
  if (!staff.roles.includes('head')) throw new ForbiddenError('FORBIDDEN_ROLE');
  const current = await loadForStaff(deps, staff, requestId);
  if (current.status !== 'DRAFTED') {
    if (current.decision?.draftedBy && current.decision.decidedBy === staff.username && rank[current.status] > rank.DRAFTED) return current;
    throw new ConflictError('NOT_DRAFTED');
  }
  if (current.decision?.draftedBy === staff.username) throw new ConflictError('SIGNER_IS_DRAFTER');
  const now = deps.clock.now();
  const r = await advance(deps, requestId, 'head.signed', (rec) => {
    if (!rec.decision) throw new AppError('INTERNAL', 'conflict');
    if (rec.decision.draftedBy === staff.username) throw new ConflictError('SIGNER_IS_DRAFTER');
    return { actor: { kind: 'staff', id: staff.username }, outcome: rec.decision.approved ? 'approved' : `refused:${rec.decision.groundId}`, patch: { decision: { ...rec.decision, decidedBy: staff.username, decidedAt: now.toISOString() } } };
  });
  if (r.kind !== 'applied' && r.record.decision?.decidedBy !== staff.username) throw new ConflictError('NOT_DRAFTED');
  if (r.record.status === 'DECIDED') await deps.bus.send(Queues.ResultIssue, { requestId, event: 'head.signed', sentAt: deps.clock.now().toISOString() });
  return r.record;
}

/** Stable id of a request's result document (printed on it, used for verification). */
export function documentIdOf(requestId: string): string {
  return createHash('sha256').update(`result:${requestId}`).digest('hex').slice(0, 32);
}

/** Process 7: the result (certificate or motivated refusal) is formed and stored. */
export async function issueResult(deps: Pick<Deps, 'requests' | 'results' | 'renderer' | 'bus' | 'clock' | 'documentSigner' | 'pki' | 'mailer'>, requestId: string): Promise<string> {
  const r = await advance(deps, requestId, 'result.issued', async (rec) => {
    if (!rec.decision) throw new AppError('INTERNAL', 'conflict');
    // An approval that waits for its fee is issued only once the gateway has confirmed it.
    if (rec.feeDue && !rec.payment) throw new ConflictError('NO_FEE_DUE');
    const documentId = documentIdOf(rec.requestId);
    // Issue time = decision time, so a retry renders the very same bytes.
    const issuedAt = new Date(rec.decision.decidedAt);
    // A notice of a place in a waiting list may print the position: as it stood at issue, so a retry prints the same.
    const q = rec.decision.approved ? rec.queue : undefined;
    const queuePosition = q ? await deps.requests.queuePosition(q.agencyId, q.queueId, q.journalNumber, issuedAt.toISOString()) : undefined;
    const pdf = await deps.renderer.render({ record: rec, documentId, issuedAt, ...(queuePosition !== undefined ? { queuePosition } : {}) });
    const s3Key = `results/${rec.requestId}/${documentId}.pdf`;
    // A concurrent or repeated delivery renders the same bytes; the first write stands.
    await deps.results.putIfAbsent(s3Key, pdf, 'application/pdf', { 'document-id': documentId });
    const digest = createHash('sha256').update(pdf).digest();
    const sha256 = digest.toString('hex');
    // Signed with the deciding clerk's own key (one KMS Sign), unless a first attempt already did.
    const signatureKey = `${s3Key}.p7s`;
    let signerSerial = (await deps.pki.getStaffKey(rec.decision.decidedBy))?.certSerial;
    if (!(await deps.results.head(signatureKey))) {
      const signed = await deps.documentSigner.sign({ content: pdf, contentSha256: digest, staffUsername: rec.decision.decidedBy, signingTime: issuedAt });
      await deps.results.putIfAbsent(signatureKey, signed.cms, 'application/pkcs7-signature');
      signerSerial = signed.signerSerial;
    }
    await deps.pki.putDocument({ documentId, requestId: rec.requestId, sha256 });
    return {
      actor: { kind: 'agency-system' },
      outcome: rec.decision.approved ? 'certificate-issued' : 'motivated-refusal-issued',
      // A fee paid after approval: the gateway's reference in the history of the step it released.
      ...(rec.feeDue && rec.payment ? { note: rec.payment.reference } : {}),
      patch: { result: { s3Key, sha256, documentId, issuedAt: issuedAt.toISOString(), signatureKey, ...(signerSerial ? { signerSerial } : {}) } },
    };
  });
  if (r.kind === 'applied' || r.kind === 'duplicate') {
    await deps.bus.send(Queues.AgencyToGateway, { requestId, event: 'result.issued', sentAt: deps.clock.now().toISOString() });
  }
  return r.kind;
}
