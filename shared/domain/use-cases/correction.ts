/**
 * Return for correction (the project's issue; seed 001 itself knows only a result or a motivated
 * refusal, see the service's assumptions): a clerk returns a request in work to its applicant with
 * a reason and the fields to correct, and the step's clock stands still; the applicant files a
 * newly signed correction, condition 2 checks it as it checks a new request, and the clock runs on
 * with the time that was left. Whether a service offers it is data: a step covering both events.
 */
import { signedContentBytes } from '../canonical.js';
import { advance, definitionOf } from '../engine.js';
import { AppError, ConflictError, ForbiddenError, NotFoundError, ValidationError, type FieldIssue } from '../errors.js';
import { validateForm } from '../form-validation.js';
import { assertSameProvider } from '../providers.js';
import { messages, type MessageCode } from '../messages.js';
import type { AttachmentRecord, RequestRecord } from '../request.js';
import { stepFor } from '../service-definition.js';
import type { CorrectionBody, ReturnBody } from '../api-schemas.js';
import { canDecide, loadForStaff, type StaffIdentity } from './agency.js';
import { inspectAttachment } from './portal.js';
import type { Deps } from './deps.js';

/** How much earlier than the return a correction's signing time may say (clients' clocks drift). */
const SIGNING_CLOCK_SKEW_MS = 5 * 60_000;

const sameReturn = (r: RequestRecord['returned'], staff: string, body: ReturnBody) =>
  !!r && !r.correctedAt && r.returnedBy === staff && r.reason === body.reason && r.fields.join('\n') === [...new Set(body.fields)].join('\n');

/** POST /v1/agency/requests/{id}/return: the assigned clerk (or head) returns a request in work. */
export async function returnForCorrection(deps: Pick<Deps, 'requests' | 'clock' | 'mailer'>, staff: StaffIdentity, requestId: string, body: ReturnBody): Promise<RequestRecord> {
  if (!canDecide(staff)) throw new ForbiddenError();
  const current = await loadForStaff(deps, staff, requestId);
  const { def, channel } = definitionOf(current);
  if (!stepFor(channel, 'staff.returned')) throw new ConflictError('RETURN_NOT_OFFERED');
  const allowed = [...def.form.fields.map((f) => f.id), ...def.attachments.map((a) => a.id)];
  const issues: FieldIssue[] = body.fields.flatMap((f, i) => (allowed.includes(f) ? [] : [{ field: `fields.${i}`, code: 'FIELD_NOT_ALLOWED' as const, params: { allowed } }]));
  if (issues.length) throw new ValidationError(issues);
  const fields = [...new Set(body.fields)];
  if (current.status === 'RETURNED' && sameReturn(current.returned, staff.username, body)) return current; // a retried call
  if (current.status === 'IN_INBOX' || (current.status === 'IN_PROGRESS' && current.assignee !== staff.username)) throw new ConflictError('NOT_ASSIGNED_TO_YOU');
  if (current.status !== 'IN_PROGRESS') throw new ConflictError('CANNOT_RETURN', { status: current.status });

  const now = deps.clock.now().toISOString();
  const r = await advance(
    deps,
    requestId,
    'staff.returned',
    () => ({
      actor: { kind: 'staff', id: staff.username },
      outcome: 'returned-for-correction',
      note: body.reason,
      patch: { returned: { reason: body.reason, fields, returnedBy: staff.username, returnedAt: now } },
    }),
    { assignee: staff.username },
  );
  if (r.kind === 'applied' || (r.record.status === 'RETURNED' && sameReturn(r.record.returned, staff.username, body))) return r.record;
  throw new ConflictError('CANNOT_RETURN', { status: r.record.status });
}

/**
 * POST /v1/requests/{id}/correction: the applicant's corrected, newly signed form. The signature is
 * checked here, synchronously, by the same condition-2 verifier the signature-check stage uses, over
 * the same canonical content (the request's service version and channel, the applicant's IIN and BIN,
 * the form, each scan's hash, the signing time): the applicant learns at once whether it is accepted,
 * and an unaccepted correction leaves the request as it was (still RETURNED, nothing overwritten).
 * Going through the SignatureCheck queue instead would need a status between RETURNED and
 * IN_PROGRESS and a second refusal path for a request already registered, for no gain.
 */
export async function submitCorrection(
  deps: Pick<Deps, 'requests' | 'uploads' | 'clock' | 'verifier' | 'mailer'>,
  applicantIin: string,
  requestId: string,
  body: CorrectionBody,
): Promise<{ record: RequestRecord; replayed: boolean }> {
  const record = await deps.requests.get(requestId);
  // Another citizen's request is indistinguishable from a missing one.
  if (!record || record.applicantIin !== applicantIin) throw new NotFoundError('REQUEST_NOT_FOUND');
  if (record.status !== 'RETURNED' || !record.returned) {
    // The same correction sent again after it was accepted: the same answer.
    if (record.returned?.correctedAt && record.signature.value === body.signature.value) return { record, replayed: true };
    throw new ConflictError('NOT_RETURNED', { status: record.status });
  }
  const { def } = definitionOf(record);
  const now = deps.clock.now();
  const issues = validateForm(def, body.form, body.attachments, now);
  if (issues.length) throw new ValidationError(issues);
  // The provider was chosen at filing from the form; a correction cannot move the request to another.
  assertSameProvider(def, body.form, record.agencyId);
  if (Date.parse(body.signature.signedAt) < Date.parse(record.returned.returnedAt) - SIGNING_CLOCK_SKEW_MS) {
    throw new ValidationError([{ field: 'signature.signedAt', code: 'SIGNATURE_BEFORE_RETURN' }], 'SIGNATURE_BEFORE_RETURN');
  }

  // Scans already attached to this request may be kept; new ones are checked as at intake.
  const checked = await Promise.all(
    body.attachments.map(async (ref, i): Promise<{ record?: AttachmentRecord; issue?: FieldIssue; fresh?: boolean }> => {
      const kept = record.attachments.find((a) => a.uploadId === ref.uploadId);
      if (kept) return kept.sha256 === ref.sha256 ? { record: { ...kept, kind: ref.kind } } : { issue: { field: `attachments.${i}`, code: 'UPLOAD_HASH_MISMATCH' } };
      return { ...(await inspectAttachment(deps, applicantIin, ref, i)), fresh: true };
    }),
  );
  const attachmentIssues = checked.flatMap((c) => (c.issue ? [c.issue] : []));
  if (attachmentIssues.length) throw new ValidationError(attachmentIssues);
  const attachments = checked.map((c) => c.record!);
  const freshIds = checked.filter((c) => c.fresh).map((c) => c.record!.uploadId);

  const content = signedContentBytes({
    serviceId: record.serviceId,
    serviceVersion: record.serviceVersion,
    channel: record.channel,
    applicantIin: record.applicantIin,
    ...(record.applicantBin ? { applicantBin: record.applicantBin } : {}),
    form: body.form,
    attachments: attachments.map((a) => ({ kind: a.kind, sha256: a.sha256 })),
    signedAt: body.signature.signedAt,
  });
  // The applicant corrects in person (also a request filed for them by an operator): their own certificate.
  const verdict = await deps.verifier.verify({ content, signature: body.signature, expectedIin: record.applicantIin, ...(record.applicantBin ? { expectedBin: record.applicantBin } : {}), at: now });
  if (!verdict.ok) {
    const code = (verdict.code in messages ? verdict.code : 'SIGNATURE_REFUSED') as MessageCode;
    throw new AppError(code, 'unprocessable');
  }

  const at = now.toISOString();
  let r;
  try {
    r = await advance(deps, requestId, 'applicant.corrected', (rec) => ({
      actor: { kind: 'applicant' },
      outcome: 'corrected',
      patch: {
        form: body.form,
        attachments,
        signature: body.signature,
        signatureEvidence: verdict.evidence,
        ...(body.language ? { language: body.language } : {}),
        // What was signed before stays with the request.
        superseded: [...(rec.superseded ?? []), { form: rec.form, attachments: rec.attachments, signature: rec.signature, ...(rec.signatureEvidence ? { signatureEvidence: rec.signatureEvidence } : {}), replacedAt: at }],
        returned: { ...rec.returned!, correctedAt: at },
      },
      attachUploads: { ids: freshIds, owner: applicantIin },
    }));
  } catch (e) {
    // Still RETURNED after three tries: a new scan was attached elsewhere meanwhile.
    if ((await deps.requests.get(requestId))?.status === 'RETURNED') throw new ValidationError([{ field: 'attachments', code: 'UPLOAD_ALREADY_USED' }]);
    throw e;
  }
  if (r.kind === 'applied') return { record: r.record, replayed: false };
  if (r.record.signature.value === body.signature.value) return { record: r.record, replayed: true };
  throw new ConflictError('NOT_RETURNED', { status: r.record.status });
}
