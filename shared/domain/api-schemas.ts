/**
 * Shapes of the API's request bodies, validated at the edge. The OpenAPI document is generated
 * from these same schemas. Form contents are checked against the service definition later.
 */
import { z } from 'zod';
import { allowedContentTypes, MAX_UPLOAD_BYTES } from './file-type.js';
import { languages } from './i18n.js';
import { channels } from './service-definition.js';
import { ValidationError, type FieldIssue } from './errors.js';
import type { MessageCode } from './messages.js';

const iin = z.string().regex(/^\d{12}$/);
const password = z.string().min(1).max(256);

/** The scans a request attaches: the upload slot, the kind the service asks for, the SHA-256 signed. */
const attachmentRefs = z
  .array(
    z.object({
      uploadId: z.uuid(),
      kind: z.string().min(1).max(64),
      sha256: z.string().regex(/^[0-9a-f]{64}$/),
    }).strict(),
  )
  .max(20)
  .default([]);

export const schemas = {
  CitizenLogin: z.object({ iin, password }).strict(),
  StaffLogin: z.object({ username: z.string().min(1).max(128), password }).strict(),
  CreateUpload: z
    .object({
      fileName: z.string().min(1).max(255),
      contentType: z.enum(allowedContentTypes),
      size: z.number().int().min(1).max(MAX_UPLOAD_BYTES),
    })
    .strict(),
  SubmitRequest: z
    .object({
      serviceId: z.string().min(1).max(64),
      channel: z.enum(channels).default('portal'),
      /** Filing for a legal entity as its representative: the entity's BIN (the certificate must carry it). */
      applicantBin: z.string().regex(/^\d{12}$/).optional(),
      language: z.enum(languages).optional(),
      form: z.record(z.string().max(64), z.unknown()),
      attachments: attachmentRefs,
      signature: z
        .object({
          format: z.string().min(1).max(32),
          value: z.string().min(1).max(65_536),
          signedAt: z.iso.datetime({ offset: true }),
        })
        .strict(),
    })
    .strict(),
  /** A service-centre operator files for a citizen who is present and consents (¶7, Table 3). */
  SubmitOnBehalf: z
    .object({
      serviceId: z.string().min(1).max(64),
      applicantIin: iin,
      /** The citizen agreed to the filing and to the use of their data (¶7; the operator confirms it). */
      applicantConsent: z.literal(true),
      language: z.enum(languages).optional(),
      form: z.record(z.string().max(64), z.unknown()),
      attachments: attachmentRefs,
    })
    .strict(),
  IssueCertificate: z
    .object({
      /** PKCS#10 request, DER, base64. */
      csr: z.string().min(16).max(8192).regex(/^[A-Za-z0-9+/=]+$/),
      usage: z.enum(['signing', 'authentication']),
    })
    .strict(),
  VerifyDocument: z
    .object({
      /** The PDF, base64 (at most about 6 MB). */
      pdf: z.string().min(4).max(8_000_000).regex(/^[A-Za-z0-9+/=]+$/),
      /** Its CMS signature (.p7s), base64. */
      signature: z.string().min(16).max(65_536).regex(/^[A-Za-z0-9+/=]+$/),
    })
    .strict(),
  Decision: z.discriminatedUnion('decision', [
    z.object({ decision: z.literal('approve'), resultFields: z.record(z.string().max(64), z.unknown()) }).strict(),
    z.object({ decision: z.literal('refuse'), groundId: z.string().min(1).max(64), reason: z.string().trim().min(10).max(2000) }).strict(),
  ]),
} as const;

export type SchemaName = keyof typeof schemas;
export type SubmitRequestBody = z.infer<typeof schemas.SubmitRequest>;
export type SubmitOnBehalfBody = z.infer<typeof schemas.SubmitOnBehalf>;
export type DecisionBody = z.infer<typeof schemas.Decision>;

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
export function toFieldIssues(error: z.ZodError): FieldIssue[] {
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
