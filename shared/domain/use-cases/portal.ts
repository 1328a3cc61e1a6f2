/**
 * Portal (ПЭП) use cases: upload slots, request intake, the condition-2 signature check,
 * delivery to the personal cabinet and the citizen's own views.
 */
import { createHash } from 'node:crypto';
import { signedContentBytes, canonicalJson } from '../canonical.js';
import { AppError, ConflictError, NotFoundError, ValidationError, type FieldIssue } from '../errors.js';
import { MAX_UPLOAD_BYTES, SNIFF_BYTES, safeFileName, sniffContentType } from '../file-type.js';
import { validateForm } from '../form-validation.js';
import { isValidIin } from '../iin.js';
import { pickLanguage, type Language, type Localized } from '../i18n.js';
import { messages } from '../messages.js';
import type { AttachmentRecord, HistoryEntry, RequestRecord } from '../request.js';
import { channelOf, stepFor } from '../service-definition.js';
import { findService } from '../services/index.js';
import { providerField, providerOf } from '../providers.js';
import { mailNotification, notificationFor } from '../notifications.js';
import { advance, openStepAfter } from '../engine.js';
import { deadlineOf } from '../calendar.js';
import { chain, genesisHash } from '../history-chain.js';
import { finishMetrics } from '../metrics.js';
import type { SubmitRequestBody } from '../api-schemas.js';
import type { PipelineMessage, UploadRecord } from '../../ports/index.js';
import { Queues, type Deps } from './deps.js';
import { feeForIntake, refundIfRefused, requestPaymentOf } from './payments.js';

const UPLOAD_URL_SECONDS = 300;
const RESULT_URL_SECONDS = 300;

function message(requestId: string, event: string, now: Date): PipelineMessage {
  return { requestId, event, sentAt: now.toISOString() };
}

// ---------------------------------------------------------------- uploads

export async function createUpload(
  deps: Pick<Deps, 'requests' | 'uploads' | 'clock' | 'newId'>,
  input: { ownerIin: string; fileName: string; contentType: string; size: number },
): Promise<{ uploadId: string; url: string; method: 'PUT'; headers: Record<string, string>; expiresAt: string; maxBytes: number }> {
  const now = deps.clock.now();
  const uploadId = deps.newId();
  const s3Key = `uploads/${uploadId}`;
  const u: UploadRecord = {
    uploadId,
    ownerIin: input.ownerIin,
    fileName: safeFileName(input.fileName),
    contentType: input.contentType,
    declaredSize: input.size,
    s3Key,
    status: 'PENDING',
    createdAt: now.toISOString(),
  };
  await deps.requests.putUpload(u);
  const { url, headers } = await deps.uploads.presignPut(s3Key, input.contentType, input.size, UPLOAD_URL_SECONDS);
  return { uploadId, url, method: 'PUT', headers, expiresAt: new Date(now.getTime() + UPLOAD_URL_SECONDS * 1000).toISOString(), maxBytes: MAX_UPLOAD_BYTES };
}

/**
 * The post-upload check: the object must exist, be no larger than 10 MB and the declared size,
 * and its magic bytes must be an allowed type equal to the declared one. Its SHA-256 must equal
 * what the applicant signed. A file that fails never reaches the agency.
 */
export async function inspectAttachment(
  deps: Pick<Deps, 'requests' | 'uploads'>,
  ownerIin: string,
  ref: { uploadId: string; kind: string; sha256: string },
  index: number,
): Promise<{ record?: AttachmentRecord; issue?: FieldIssue }> {
  const field = `attachments.${index}`;
  const u = await deps.requests.getUpload(ref.uploadId);
  // Someone else's upload answers exactly like a missing one.
  if (!u || u.ownerIin !== ownerIin) return { issue: { field, code: 'UPLOAD_NOT_FOUND' } };
  if (u.status !== 'PENDING') return { issue: { field, code: 'UPLOAD_ALREADY_USED' } };
  const head = await deps.uploads.head(u.s3Key);
  if (!head) return { issue: { field, code: 'UPLOAD_MISSING' } };
  if (head.size > MAX_UPLOAD_BYTES || head.size !== u.declaredSize) {
    return { issue: { field, code: 'UPLOAD_SIZE_MISMATCH', params: { size: head.size, declared: u.declaredSize, max: MAX_UPLOAD_BYTES } } };
  }
  const sniffed = sniffContentType(await deps.uploads.readHead(u.s3Key, SNIFF_BYTES));
  if (!sniffed || sniffed !== u.contentType) return { issue: { field, code: 'UPLOAD_CONTENT_MISMATCH', params: { declared: u.contentType, detected: sniffed } } };
  const sha256 = await deps.uploads.sha256(u.s3Key);
  if (sha256 !== ref.sha256) return { issue: { field, code: 'UPLOAD_HASH_MISMATCH' } };
  return {
    record: { uploadId: u.uploadId, kind: ref.kind, fileName: u.fileName, contentType: sniffed, size: head.size, sha256, s3Key: u.s3Key },
  };
}

// ---------------------------------------------------------------- intake

export interface SubmitResult {
  requestId: string;
  status: RequestRecord['status'];
  registrationNumber?: string;
  replayed: boolean;
}

/** What intake receives: a citizen's signed body, or an operator's body that intake signs. */
export type IntakeBody = Omit<SubmitRequestBody, 'signature'> & { signature?: SubmitRequestBody['signature'] };

export interface IntakeInput {
  applicantIin: string;
  body: IntakeBody;
  idempotencyKey?: string;
  acceptLanguage?: string;
  /** Filed for the applicant by a service-centre operator or an agency clerk. */
  filedBy?: { kind: 'operator' | 'clerk'; username: string; iin: string };
  /** Signs the canonical request when the body carries no signature (the operator's own key). */
  signWith?: (content: Uint8Array, signedAt: Date) => Promise<SubmitRequestBody['signature']>;
  /** The applicant's representative present at the counter, their power of attorney already checked. */
  representative?: { iin: string; powerOfAttorney: string };
}

/** Who may file on which channel: citizens on the portal, operators at the service centre. */
const channelsOf = { applicant: ['portal'], operator: ['service-centre'], clerk: ['agency-desk'] } as const;

export async function submitRequest(
  deps: Pick<Deps, 'requests' | 'uploads' | 'bus' | 'clock' | 'newId' | 'mailer'>,
  input: IntakeInput,
): Promise<SubmitResult> {
  const { body } = input;
  const filer = input.filedBy?.kind ?? 'applicant';
  // Uploads and idempotency keys belong to whoever files: the citizen, or the operator.
  const owner = input.filedBy ? `staff:${input.filedBy.username}` : input.applicantIin;
  const now = deps.clock.now();
  const language: Language = pickLanguage(body.language, input.acceptLanguage);
  const bodyHash = createHash('sha256').update(canonicalJson(body)).digest('hex');

  const def = findService(body.serviceId);
  if (!def) throw new AppError('SERVICE_NOT_FOUND', 'not-found');
  // The form was filled and signed for a definition the catalogue has since replaced: new requests file under the newest.
  if (body.serviceVersion !== undefined && body.serviceVersion !== def.version) throw new ConflictError('SERVICE_VERSION_CHANGED', { signed: body.serviceVersion, current: def.version });
  const channel = channelOf(def, body.channel);
  if (!channel || !channel.enabled || !(channelsOf[filer] as readonly string[]).includes(body.channel)) throw new ValidationError([{ field: 'channel', code: 'CHANNEL_NOT_OFFERED' }], 'CHANNEL_NOT_OFFERED');

  // A service only for legal entities needs the BIN of the one the applicant represents.
  if (body.applicantBin === undefined && !def.applicants.includes('individual')) throw new ValidationError([{ field: 'applicantBin', code: 'FIELD_REQUIRED' }]);
  if (body.applicantBin !== undefined) {
    if (!def.applicants.includes('legal-entity')) throw new ValidationError([{ field: 'applicantBin', code: 'APPLICANT_KIND_NOT_OFFERED' }], 'APPLICANT_KIND_NOT_OFFERED');
    // A BIN has the same 12 digits and check digit as an IIN.
    if (!isValidIin(body.applicantBin)) throw new ValidationError([{ field: 'applicantBin', code: 'INVALID_BIN' }], 'INVALID_BIN');
  }
  const issues = validateForm(def, body.form, body.attachments, now);
  if (issues.length) throw new ValidationError(issues);
  // Where the regulation names several providers, the form's answer chooses one, once, here.
  const agencyId = providerOf(def, body.form);
  if (!agencyId) throw new ValidationError([{ field: `form.${providerField(def)}`, code: 'FIELD_NOT_ALLOWED' }]);

  // A retried submit with the same key is answered before touching the scans again.
  if (input.idempotencyKey) {
    const replay = await findReplay(deps, owner, input.idempotencyKey, bodyHash);
    if (replay) return replay;
  }

  const inspected = await Promise.all(body.attachments.map((a, i) => inspectAttachment(deps, owner, a, i)));
  const attachmentIssues = inspected.flatMap((x) => (x.issue ? [x.issue] : []));
  if (attachmentIssues.length) {
    // A first attempt still in flight may have attached these scans since we looked: its answer wins.
    if (input.idempotencyKey) {
      const replay = await findReplay(deps, owner, input.idempotencyKey, bodyHash);
      if (replay) return replay;
    }
    throw new ValidationError(attachmentIssues);
  }
  const attachments = inspected.map((x) => x.record!);
  // A fee before signing (ЭҮТШ): a paid, unused payment of the applicant's, named in the signed form.
  let fee;
  try {
    fee = await feeForIntake(deps, def, body.channel, input.applicantIin, body.form);
  } catch (e) {
    if (e instanceof ConflictError && input.idempotencyKey) {
      const replay = await findReplay(deps, owner, input.idempotencyKey, bodyHash);
      if (replay) return replay;
    }
    throw e;
  }
  let signature = body.signature;
  if (!signature) {
    if (!input.signWith) throw new ValidationError([{ field: 'signature', code: 'FIELD_REQUIRED' }]);
    const signedAt = new Date(Math.floor(now.getTime() / 1000) * 1000);
    signature = await input.signWith(
      signedContentBytes({ serviceId: def.id, serviceVersion: def.version, channel: body.channel, applicantIin: input.applicantIin, ...(body.applicantBin ? { applicantBin: body.applicantBin } : {}), form: body.form, attachments: attachments.map((a) => ({ kind: a.kind, sha256: a.sha256 })), signedAt: signedAt.toISOString() }),
      signedAt,
    );
  }

  const requestId = deps.newId();
  const step = stepFor(channel, 'request.submitted')!;
  const record: RequestRecord = {
    requestId,
    serviceId: def.id,
    serviceVersion: def.version,
    agencyId,
    channel: body.channel,
    language,
    applicantIin: input.applicantIin,
    ...(body.applicantBin ? { applicantBin: body.applicantBin } : {}),
    form: body.form,
    attachments,
    signature,
    ...(input.filedBy ? { filedBy: input.filedBy } : {}),
    ...(fee ? { payment: requestPaymentOf(fee) } : {}),
    ...(input.representative ? { representative: input.representative } : {}),
    status: 'SUBMITTED',
    createdAt: now.toISOString(),
    updatedAt: now.toISOString(),
  };
  record.openStep = openStepAfter(channel, 'SUBMITTED', now);
  const first: HistoryEntry = chain({
    event: 'request.submitted',
    stepId: step.id,
    actor: input.filedBy ? { kind: input.filedBy.kind === 'operator' ? 'operator' : 'staff', id: input.filedBy.username } : { kind: 'applicant' },
    at: now.toISOString(),
    stepStartedAt: now.toISOString(),
    deadline: deadlineOf(now, step.limit).toISOString(),
    onTime: true,
    outcome: 'submitted',
    // The definition version it is filed under, and the payment gateway's reference of its fee.
    note: [`${def.id}@${def.version}`, ...(fee ? [fee.reference] : []), ...(input.representative ? [`poa ${input.representative.powerOfAttorney}`] : [])].join('; '),
  }, genesisHash(requestId));
  record.historyHead = first.hash!;
  const notification = notificationFor(record);
  const created = await deps.requests.create(record, first, {
    uploadIds: attachments.map((a) => a.uploadId),
    ...(input.idempotencyKey ? { idempotency: { key: input.idempotencyKey, bodyHash } } : {}),
    owner,
    // The applicant's first notification (SUBMITTED) is created with the request itself.
    notification,
    ...(fee ? { payment: { paymentId: fee.paymentId, payerIin: fee.payerIin, serviceId: fee.serviceId } } : {}),
  });
  if (created.kind === 'idempotent-replay') {
    const replay = await findReplay(deps, owner, input.idempotencyKey!, bodyHash);
    if (replay) return replay;
    throw new Error('idempotency record vanished');
  }
  if (created.kind === 'upload-conflict') throw new ValidationError([{ field: 'attachments', code: 'UPLOAD_ALREADY_USED' }]);
  if (created.kind === 'payment-conflict') throw new ConflictError('PAYMENT_ALREADY_USED');
  if (deps.mailer && notification.email) await mailNotification({ ...deps, mailer: deps.mailer }, record.applicantIin, notification.notificationId);
  await deps.bus.send(Queues.SignatureCheck, message(requestId, 'request.submitted', now));
  return { requestId, status: 'SUBMITTED', replayed: false };
}

async function findReplay(
  deps: Pick<Deps, 'requests' | 'bus' | 'clock'>,
  iin: string,
  key: string,
  bodyHash: string,
): Promise<SubmitResult | undefined> {
  const existing = await deps.requests.getIdempotency(iin, key);
  if (!existing) return undefined;
  if (existing.bodyHash !== bodyHash) throw new ConflictError('IDEMPOTENCY_KEY_REUSED');
  const record = await deps.requests.get(existing.requestId);
  if (!record) return undefined;
  // The first attempt may have stored the request and died before queueing it.
  if (record.status === 'SUBMITTED') await deps.bus.send(Queues.SignatureCheck, message(record.requestId, 'request.submitted', deps.clock.now()));
  return { requestId: record.requestId, status: record.status, ...(record.registrationNumber ? { registrationNumber: record.registrationNumber } : {}), replayed: true };
}

// ---------------------------------------------------------------- condition 2

/** Condition 2 (¶8.7): verify the signature over the canonical content; refuse (process 5) or send on. */
export async function checkSignature(deps: Pick<Deps, 'requests' | 'bus' | 'clock' | 'verifier' | 'mailer'>, requestId: string): Promise<'verified' | 'refused' | 'duplicate' | 'passed'> {
  const record = await deps.requests.get(requestId);
  if (!record) throw new NotFoundError('REQUEST_NOT_FOUND');
  let verdict: 'verified' | 'refused' = 'verified';
  if (record.status === 'SUBMITTED') {
    const content = signedContentBytes({
      serviceId: record.serviceId,
      serviceVersion: record.serviceVersion,
      channel: record.channel,
      applicantIin: record.applicantIin,
      ...(record.applicantBin ? { applicantBin: record.applicantBin } : {}),
      form: record.form,
      attachments: record.attachments.map((a) => ({ kind: a.kind, sha256: a.sha256 })),
      signedAt: record.signature.signedAt,
    });
    // Filed on the applicant's behalf: the operator signed, so the certificate must carry the operator's IIN.
    // A legal entity's request filed by staff is signed with the staff member's own key (no BIN in it); ГБД ЮЛ was checked at the counter.
    const outcome = await deps.verifier.verify({ content, signature: record.signature, expectedIin: record.filedBy?.iin ?? record.applicantIin, ...(record.applicantBin && !record.filedBy ? { expectedBin: record.applicantBin } : {}), at: deps.clock.now() });
    if (!outcome.ok) {
      verdict = 'refused';
      // Process 5: the regulation's refusal, with the reason of this particular failure.
      const reason = (messages as Record<string, Localized | undefined>)[outcome.code];
      const refusalText: Localized = {
        kk: `${messages.SIGNATURE_REFUSED.kk}${reason ? ` ${reason.kk}` : ''}`,
        ru: `${messages.SIGNATURE_REFUSED.ru}${reason ? ` ${reason.ru}` : ''}`,
        en: `${messages.SIGNATURE_REFUSED.en}${reason ? ` ${reason.en}` : ''}`,
      };
      const r = await advance(deps, requestId, 'signature.refused', (rec) => ({
        actor: { kind: 'portal' },
        outcome: outcome.code,
        note: refusalText[rec.language],
        patch: { refusal: { code: outcome.code, message: refusalText }, ...(outcome.evidence ? { signatureEvidence: outcome.evidence } : {}) },
      }));
      // A fee paid for a request refused here goes back (a redelivery asks again; the gateway refunds once).
      if (r.kind === 'applied' || r.kind === 'duplicate') await refundIfRefused(deps, r.record);
      return r.kind === 'applied' ? 'refused' : r.kind;
    }
    const evidence = outcome.evidence;
    const r0 = await advance(deps, requestId, 'signature.verified', () => ({ actor: { kind: 'portal' }, outcome: 'signature-valid', patch: { signatureEvidence: evidence } }));
    if (r0.kind === 'applied' || r0.kind === 'duplicate') await deps.bus.send(Queues.PortalToGateway, message(requestId, 'signature.verified', deps.clock.now()));
    return r0.kind === 'applied' ? verdict : r0.kind;
  }
  const r = await advance(deps, requestId, 'signature.verified', () => ({ actor: { kind: 'portal' }, outcome: 'signature-valid' }));
  if (r.kind === 'applied' || r.kind === 'duplicate') {
    await deps.bus.send(Queues.PortalToGateway, message(requestId, 'signature.verified', deps.clock.now()));
  }
  return r.kind === 'applied' ? verdict : r.kind;
}

// ---------------------------------------------------------------- cabinet

/** The result reaches the personal cabinet (¶8.10): the request closes as completed or refused. */
export async function deliverToCabinet(deps: Pick<Deps, 'requests' | 'bus' | 'clock' | 'mailer'>, requestId: string): Promise<string> {
  let finished: ReturnType<typeof finishMetrics>;
  const r = await advance(deps, requestId, 'cabinet.delivered', async (rec) => {
    const history = await deps.requests.history(requestId);
    return {
      actor: { kind: 'portal' },
      outcome: rec.decision?.approved ? 'result-delivered' : 'refusal-delivered',
      // The quality figures of the finished request go with its terminal transition: once.
      metrics: (next, entry) => (finished = finishMetrics(next, [...history, entry]))?.increment,
    };
  });
  // Step maxima are raised after it; raising them again on a redelivery changes nothing.
  if (r.kind === 'duplicate') finished = finishMetrics(r.record, await deps.requests.history(requestId));
  if ((r.kind === 'applied' || r.kind === 'duplicate') && finished) await deps.requests.raiseMetricMaxima(finished.increment.key, finished.maxima);
  // Refused with a fee paid before signing: the gateway refunds it.
  if (r.kind === 'applied' || r.kind === 'duplicate') await refundIfRefused(deps, r.record);
  return r.kind;
}

// ---------------------------------------------------------------- citizen views

export async function getOwnRequest(deps: Pick<Deps, 'requests'>, iin: string, requestId: string): Promise<{ record: RequestRecord; history: HistoryEntry[] }> {
  const record = await deps.requests.get(requestId);
  // Another citizen's request is indistinguishable from a missing one.
  if (!record || record.applicantIin !== iin) throw new NotFoundError('REQUEST_NOT_FOUND');
  return { record, history: await deps.requests.history(requestId) };
}

export async function getOwnResultLink(deps: Pick<Deps, 'requests' | 'results'>, iin: string, requestId: string): Promise<{ url: string; expiresInSeconds: number; sha256: string; documentId: string }> {
  const record = await deps.requests.get(requestId);
  if (!record || record.applicantIin !== iin) throw new NotFoundError('REQUEST_NOT_FOUND');
  if (!record.result || (record.status !== 'COMPLETED' && record.status !== 'REFUSED')) throw new ConflictError('RESULT_NOT_READY');
  const url = await deps.results.presignGet(record.result.s3Key, RESULT_URL_SECONDS, `${record.registrationNumber ?? record.requestId}.pdf`);
  return { url, expiresInSeconds: RESULT_URL_SECONDS, sha256: record.result.sha256, documentId: record.result.documentId };
}
