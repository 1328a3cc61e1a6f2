/**
 * Shapes of the API's request bodies, validated at the edge. The OpenAPI document is generated
 * from these same schemas. Form contents are checked against the service definition later.
 */
import * as z from 'zod/mini';
import { allowedContentTypes, MAX_UPLOAD_BYTES } from './file-type.js';
import { languages } from './i18n.js';
import { channels } from './service-definition.js';
import { ValidationError, type FieldIssue } from './errors.js';
import type { MessageCode } from './messages.js';

const iin = z.string().check(z.regex(/^\d{12}$/));
const password = z.string().check(z.minLength(1), z.maxLength(256));

/** The scans a request attaches: the upload slot, the kind the service asks for, the SHA-256 signed. */
/** The applicant's detached CMS over the canonical content (a new request and a correction alike). */
const signedBy = z.strictObject({
  format: z.string().check(z.minLength(1), z.maxLength(32)),
  value: z.string().check(z.minLength(1), z.maxLength(65_536)),
  signedAt: z.iso.datetime({ offset: true }),
});

const attachmentRefs = z._default(
  z
    .array(
      z.strictObject({
        uploadId: z.uuid(),
        kind: z.string().check(z.minLength(1), z.maxLength(64)),
        sha256: z.string().check(z.regex(/^[0-9a-f]{64}$/)),
      }),
    )
    .check(z.maxLength(20)),
  [],
);

export const schemas = {
  CitizenLogin: z.strictObject({ iin, password }),
  /** Sign-up on the portal: the person must be in ГБД ФЛ; the password follows the pool's policy (checked after the shape). */
  CitizenRegister: z.strictObject({
    iin,
    password,
    email: z.optional(z.email().check(z.maxLength(254))),
    /** E.164, as Cognito stores phone numbers: +77011234567. */
    phone: z.optional(z.string().check(z.regex(/^\+[1-9]\d{7,14}$/))),
  }),
  /** The head hands a request to a clerk or head of the same agency (their staff login). */
  Assign: z.strictObject({ assignee: z.string().check(z.minLength(1), z.maxLength(128)) }),
  StaffLogin: z.strictObject({ username: z.string().check(z.minLength(1), z.maxLength(128)), password }),
  CreateUpload: z.strictObject({
    fileName: z.string().check(z.minLength(1), z.maxLength(255)),
    contentType: z.enum(allowedContentTypes),
    size: z.int().check(z.gte(1), z.lte(MAX_UPLOAD_BYTES)),
  }),
  SubmitRequest: z.strictObject({
      serviceId: z.string().check(z.minLength(1), z.maxLength(64)),
      /** The definition version the applicant filled and signed (the signed content names it); a newer one in the catalogue is a clear 409, not a signature refusal. */
      serviceVersion: z.optional(z.int().check(z.positive())),
      channel: z._default(z.enum(channels), 'portal'),
      /** Filing for a legal entity as its representative: the entity's BIN (the certificate must carry it). */
      applicantBin: z.optional(z.string().check(z.regex(/^\d{12}$/))),
      language: z.optional(z.enum(languages)),
      form: z.record(z.string().check(z.maxLength(64)), z.unknown()),
      attachments: attachmentRefs,
      signature: signedBy,
  }),
  /** A service-centre operator files for a citizen who is present and consents (¶7, Table 3). */
  SubmitOnBehalf: z.strictObject({
      serviceId: z.string().check(z.minLength(1), z.maxLength(64)),
      applicantIin: iin,
      /** The citizen agreed to the filing and to the use of their data (¶7; the operator confirms it). */
      applicantConsent: z.literal(true),
      /** Filing for a legal entity: its BIN (the applicant must be among those ГБД ЮЛ lists as entitled to represent it). */
      applicantBin: z.optional(z.string().check(z.regex(/^\d{12}$/))),
      /** The person present is the applicant's representative under a notarial power of attorney (checked in the notaries' register). */
      representative: z.optional(z.strictObject({ iin, powerOfAttorney: z.string().check(z.trim(), z.minLength(1), z.maxLength(40)) })),
      language: z.optional(z.enum(languages)),
      form: z.record(z.string().check(z.maxLength(64)), z.unknown()),
      attachments: attachmentRefs,
  }),
  IssueCertificate: z.strictObject({
    /** PKCS#10 request, DER, base64. */
    csr: z.string().check(z.minLength(16), z.maxLength(8192), z.regex(/^[A-Za-z0-9+/=]+$/)),
    usage: z.enum(['signing', 'authentication']),
  }),
  VerifyDocument: z.strictObject({
    /** The PDF, base64 (at most about 6 MB). */
    pdf: z.string().check(z.minLength(4), z.maxLength(8_000_000), z.regex(/^[A-Za-z0-9+/=]+$/)),
    /** Its CMS signature (.p7s), base64. */
    signature: z.string().check(z.minLength(16), z.maxLength(65_536), z.regex(/^[A-Za-z0-9+/=]+$/)),
  }),
  /** The quality questionnaire: question id → the chosen option's value (the service's definition lists both). */
  Survey: z.strictObject({ answers: z.record(z.string().check(z.maxLength(64)), z.int().check(z.gte(0), z.lte(100))) }),
  /** Return for correction: why, and which form fields or attachment kinds to correct (ids from the service definition). */
  ReturnForCorrection: z.strictObject({
    reason: z.string().check(z.trim(), z.minLength(1), z.maxLength(2000)),
    fields: z._default(z.array(z.string().check(z.minLength(1), z.maxLength(64))).check(z.maxLength(50)), []),
  }),
  /** An invoice for a service's fee (the amount is the definition's). */
  PaymentInvoice: z.strictObject({ serviceId: z.string().check(z.minLength(1), z.maxLength(64)), /** For a fee after approval: the approved request that waits for it. */ requestId: z.optional(z.string().check(z.minLength(1), z.maxLength(64))) }),
  /** A referral from a waiting list: the organisation that has a place (name, number, address), as the notice prints it. */
  QueueReferral: z.strictObject({
    organisation: z.string().check(z.trim(), z.minLength(2), z.maxLength(300)),
  }),
  /** The applicant's correction: a new form and attachments, signed as a new request is (kept scans may be listed again). */
  Correction: z.strictObject({
    language: z.optional(z.enum(languages)),
    form: z.record(z.string().check(z.maxLength(64)), z.unknown()),
    attachments: attachmentRefs,
    signature: signedBy,
  }),
  Decision: z.discriminatedUnion('decision', [
    z.strictObject({ decision: z.literal('approve'), resultFields: z.record(z.string().check(z.maxLength(64)), z.unknown()) }),
    z.strictObject({ decision: z.literal('refuse'), groundId: z.string().check(z.minLength(1), z.maxLength(64)), reason: z.string().check(z.trim(), z.minLength(10), z.maxLength(2000)) }),
  ]),
} as const;

export type SchemaName = keyof typeof schemas;
export type SubmitRequestBody = z.infer<typeof schemas.SubmitRequest>;
export type SubmitOnBehalfBody = z.infer<typeof schemas.SubmitOnBehalf>;
export type DecisionBody = z.infer<typeof schemas.Decision>;
export type SurveyBody = z.infer<typeof schemas.Survey>;
export type CitizenRegisterBody = z.infer<typeof schemas.CitizenRegister>;
export type ReturnBody = z.infer<typeof schemas.ReturnForCorrection>;
export type CorrectionBody = z.infer<typeof schemas.Correction>;
export type QueueReferralBody = z.infer<typeof schemas.QueueReferral>;

function codeOf(issue: z.core.$ZodIssue): MessageCode {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined ? 'FIELD_REQUIRED' : 'FIELD_INVALID_TYPE';
    case 'too_small':
      return issue.origin === 'string' ? 'FIELD_TOO_SHORT' : 'FIELD_TOO_SMALL';
    case 'too_big':
      return issue.origin === 'string' ? 'FIELD_TOO_LONG' : 'FIELD_TOO_BIG';
    case 'invalid_value':
    case 'invalid_union':
      return 'FIELD_NOT_ALLOWED';
    case 'unrecognized_keys':
      return 'FIELD_UNKNOWN';
    default:
      return 'FIELD_BAD_FORMAT';
  }
}

/** zod issues → the API's field issues (stable codes, dotted paths). */
export function toFieldIssues(error: { issues: z.core.$ZodIssue[] }): FieldIssue[] {
  return error.issues.flatMap((issue) => {
    const base = issue.path.map(String).join('.');
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((k) => ({ field: base ? `${base}.${k.slice(0, 64)}` : k.slice(0, 64), code: 'FIELD_UNKNOWN' as const }));
    }
    return [{ field: base || '(body)', code: codeOf(issue) }];
  });
}

export function parseBody<N extends SchemaName>(name: N, body: unknown): z.infer<(typeof schemas)[N]> {
  const r = schemas[name].safeParse(body);
  if (!r.success) throw new ValidationError(toFieldIssues(r.error));
  return r.data as z.infer<(typeof schemas)[N]>;
}
