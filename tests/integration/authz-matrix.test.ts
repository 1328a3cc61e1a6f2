/**
 * The authorization matrix: every route of the OpenAPI document × every role has an expected
 * answer. A route added without a rule here fails this test.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { ApiClient } from '../../scripts/lib/client.js';
import { newCitizen, newStaff, usePlatform } from '../support/platform.js';
import { approveBody, submitArchiveRequest, waitStatus } from '../support/journey.js';
import { registerOrganisation } from '../../scripts/local/seed.js';
import { freshBin } from '../support/services.js';

const ctx = usePlatform('authz');

const roles = ['anonymous', 'citizenA', 'citizenB', 'operator', 'clerkX', 'clerkY', 'headX', 'caAdmin'] as const;
type Role = (typeof roles)[number];
type Expect = Partial<Record<Role, number>> & { default?: number };

// Staff tokens come from another user pool than citizens': the API's authorizer refuses them (401).
const citizenOnly = (ok: number, other = ok): Expect => ({ anonymous: 401, citizenA: ok, citizenB: other, default: 401 });
const staffOnly = (x: Partial<Record<Role, number>>): Expect => ({ anonymous: 401, citizenA: 401, citizenB: 401, ...x });

/** Keyed "METHOD path" as in the OpenAPI document. */
const matrix: Record<string, Expect> = {
  'GET /openapi.json': { default: 200 },
  'POST /v1/auth/login': { default: 400 }, // public; the probe body is incomplete
  'POST /v1/staff/auth/login': { default: 400 },
  'POST /v1/auth/register': { default: 400 }, // public; the probe IIN fails its check digit
  'GET /v1/services': { default: 200 },
  'GET /v1/services/{serviceId}': { default: 200 },
  'GET /v1/services/{serviceId}/regulation': { default: 200 },
  'POST /v1/uploads': citizenOnly(201),
  'POST /v1/requests': citizenOnly(400), // authorized, then the probe body is refused
  'POST /v1/staff/uploads': staffOnly({ clerkX: 201, clerkY: 201, headX: 201, operator: 201, caAdmin: 403 }),
  'GET /v1/registry/organisations/{bin}': citizenOnly(200, 422), // A represents the organisation; B does not (NOT_A_REPRESENTATIVE)
  'GET /v1/staff/registry/persons/{iin}': staffOnly({ clerkX: 200, clerkY: 200, headX: 200, operator: 200, caAdmin: 403 }),
  'POST /v1/staff/requests': staffOnly({ clerkX: 400, clerkY: 400, headX: 400, operator: 400, caAdmin: 403 }), // filers' probe body is refused
  'GET /v1/requests': citizenOnly(200),
  'GET /v1/requests/{requestId}': citizenOnly(200, 404),
  'GET /v1/requests/{requestId}/result': citizenOnly(200, 404),
  'POST /v1/requests/{requestId}/survey': citizenOnly(400), // authorized, then the probe body is refused (the journey tests prove B gets 404)
  'GET /v1/notifications': citizenOnly(200), // each citizen's own partition (B's list never holds A's: journey test)
  'POST /v1/notifications/{notificationId}/read': citizenOnly(200, 404), // A's notification; B may not mark it
  'POST /v1/requests/{requestId}/correction': citizenOnly(409, 404), // A's request is not returned (NOT_RETURNED); B's is not B's
  'POST /v1/pki/certificates': citizenOnly(400), // authorized, then the probe CSR is refused
  'POST /v1/payments': citizenOnly(201), // an invoice for the licence's fee
  'GET /v1/payments/{paymentId}': citizenOnly(200, 404), // A's invoice; B's asking is answered as if it did not exist
  'POST /v1/payments/{paymentId}/pay': citizenOnly(202, 404),
  'GET /v1/pki/ca': { default: 200 },
  'GET /v1/pki/crl': { default: 200 },
  'GET /v1/pki/status/{serialNumber}': { default: 200 },
  'POST /v1/pki/certificates/{serialNumber}/revoke': citizenOnly(200, 404), // A owns the certificate; B may not revoke it
  'POST /v1/staff/pki/certificates/{serialNumber}/revoke': staffOnly({ clerkX: 403, clerkY: 403, headX: 403, operator: 403, caAdmin: 200 }),
  'GET /v1/verify/{documentId}': { default: 200 },
  'POST /v1/verify': { default: 400 }, // public; the probe body is incomplete
  'GET /v1/agency/requests': staffOnly({ clerkX: 200, clerkY: 200, headX: 200, operator: 403, caAdmin: 403 }),
  'GET /v1/agency/metrics': staffOnly({ clerkX: 200, clerkY: 200, headX: 200, operator: 403, caAdmin: 403 }), // each agency's own; clerkY asking for X's is 403 (metrics test)
  'GET /v1/agency/requests/{requestId}': staffOnly({ clerkX: 200, headX: 200, clerkY: 404, operator: 404, caAdmin: 404 }),
  'GET /v1/agency/requests/{requestId}/attachments/{attachmentId}': staffOnly({ clerkX: 200, headX: 200, clerkY: 404, operator: 404, caAdmin: 404 }),
  'POST /v1/agency/requests/{requestId}/take': staffOnly({ clerkX: 409, headX: 409, clerkY: 404, operator: 403, caAdmin: 403 }),
  'POST /v1/agency/requests/{requestId}/return': staffOnly({ clerkX: 409, headX: 409, clerkY: 404, operator: 403, caAdmin: 403 }), // the request is finished: CANNOT_RETURN
  'POST /v1/agency/requests/{requestId}/decision': staffOnly({ clerkX: 409, headX: 409, clerkY: 404, operator: 403, caAdmin: 403 }),
  // Head only (403 FORBIDDEN_ROLE for the others); the head's request is finished: 409 NOT_ASSIGNABLE (tests/integration/inbox.test.ts: another agency's head gets 404)
  'POST /v1/agency/requests/{requestId}/assign': staffOnly({ headX: 409, clerkX: 403, clerkY: 403, operator: 403, caAdmin: 403 }),
  'GET /v1/agency/staff': staffOnly({ clerkX: 200, clerkY: 200, headX: 200, operator: 403, caAdmin: 403 }),
  // The preschool queue is the Ust-Kamenogorsk education department's: other agencies have no such queue (tests/integration/queue.test.ts: its own clerk 200, another agency's asking for it 403)
  'GET /v1/agency/queues/{queueId}': staffOnly({ clerkX: 404, clerkY: 404, headX: 404, operator: 403, caAdmin: 403 }),
  // Heads only; the archive request has no draft (NOT_DRAFTED). tests/integration/services-periodicals.test.ts signs a real one.
  'POST /v1/agency/requests/{requestId}/sign': staffOnly({ headX: 409, clerkX: 403, clerkY: 403, operator: 403, caAdmin: 403 }),
  // Heads and department heads only; the archive request waits for no resolution (NOT_AWAITING_RESOLUTION). tests/integration/services-periodicals.test.ts resolves real ones.
  'POST /v1/agency/requests/{requestId}/resolution': staffOnly({ headX: 409, clerkX: 403, clerkY: 403, operator: 403, caAdmin: 403 }),
  'POST /v1/agency/requests/{requestId}/queue-referral': staffOnly({ clerkX: 409, headX: 409, clerkY: 404, operator: 403, caAdmin: 403 }), // an archive request is in no queue: NOT_IN_QUEUE
};

const probeBodies: Record<string, unknown> = {
  'POST /v1/auth/login': { iin: '1' },
  'POST /v1/staff/auth/login': {},
  'POST /v1/auth/register': { iin: '123456789012', password: 'Kokterek-2026!' },
  'POST /v1/uploads': { fileName: 'a.pdf', contentType: 'application/pdf', size: 10 },
  'POST /v1/requests': { serviceId: 'archive-certificate' },
  'POST /v1/staff/uploads': { fileName: 'a.pdf', contentType: 'application/pdf', size: 10 },
  'POST /v1/staff/requests': { serviceId: 'archive-certificate' },
  'POST /v1/agency/requests/{requestId}/decision': approveBody,
  'POST /v1/agency/requests/{requestId}/return': { reason: 'Уточните период работы.' },
  'POST /v1/requests/{requestId}/correction': { form: {}, signature: { format: 'cms', value: 'AAAA', signedAt: '2026-12-01T10:00:00Z' } },
  'POST /v1/agency/requests/{requestId}/assign': { assignee: 'nobody' },
  'POST /v1/agency/requests/{requestId}/resolution': { assignee: 'nobody' },
  'POST /v1/agency/requests/{requestId}/queue-referral': { organisation: '№ 1 бөбекжай' },
  'POST /v1/pki/certificates': { csr: 'AAAAAAAAAAAAAAAAAAAA', usage: 'signing' },
  'POST /v1/payments': { serviceId: 'communications-licence' },
  'POST /v1/verify': { pdf: 'AAAA' },
};

const clients = {} as Record<Role, ApiClient>;
let requestId = '';
let attachmentId = '';
let serialNumber = '';
let documentId = '';
let applicantIin = '';
let notificationId = '';
let paymentId = '';
const bin = freshBin();

beforeAll(async () => {
  const a = await newCitizen(ctx.platform);
  applicantIin = a.iin;
  const b = await newCitizen(ctx.platform);
  await registerOrganisation(bin, 'ТОО «Матрица»', [a.iin]);
  clients.anonymous = new ApiClient(ctx.api);
  clients.citizenA = a.client;
  clients.citizenB = b.client;
  clients.clerkX = (await newStaff(ctx.platform, { agencyId: 'mangystau-archives' })).client;
  clients.clerkY = (await newStaff(ctx.platform, { agencyId: 'vko-internal-policy' })).client;
  clients.headX = (await newStaff(ctx.platform, { agencyId: 'mangystau-archives', role: 'head' })).client;
  clients.operator = (await newStaff(ctx.platform, { role: 'operator', agencyId: '' })).client;
  clients.caAdmin = (await newStaff(ctx.platform, { role: 'ca-admin', agencyId: '' })).client;
  const r = await submitArchiveRequest(a.client, a.iin);
  requestId = r.requestId;
  attachmentId = r.uploadId;
  await waitStatus(a.client, `/v1/requests/${requestId}`, ['IN_INBOX']);
  const decider = (await newStaff(ctx.platform)).client;
  await decider.call('POST', `/v1/agency/requests/${requestId}/take`);
  await decider.call('POST', `/v1/agency/requests/${requestId}/decision`, approveBody);
  await waitStatus(a.client, `/v1/requests/${requestId}`, ['COMPLETED']);
  documentId = (await a.client.call('GET', `/v1/requests/${requestId}/result`)).body.documentId;
  notificationId = (await a.client.call('GET', '/v1/notifications')).body.items[0].notificationId;
  paymentId = (await a.client.call('POST', '/v1/payments', { serviceId: 'communications-licence' })).body.paymentId;
  // A spare certificate of A's, for the revocation routes (revoking it leaves A's signing key alone).
  serialNumber = (await a.client.enroll(a.iin, 'spare', 'authentication')).serialNumber;
});

describe('authorization matrix', () => {
  it('has a rule for every route of the OpenAPI document', async () => {
    const doc = (await new ApiClient(ctx.api).call('GET', '/openapi.json')).body as { paths: Record<string, Record<string, unknown>> };
    const routes = Object.entries(doc.paths).flatMap(([p, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${p}`));
    expect(routes.filter((r) => !matrix[r])).toEqual([]);
    expect(Object.keys(matrix).filter((r) => !routes.includes(r))).toEqual([]);
  });

  it('answers every route for every role as the matrix says', async () => {
    const failures: string[] = [];
    for (const [route, expectation] of Object.entries(matrix)) {
      const [method, template] = route.split(' ') as [string, string];
      const path = template
        .replace('{requestId}', requestId)
        .replace('{serviceId}', 'archive-certificate')
        .replace('{attachmentId}', attachmentId)
        .replace('{serialNumber}', serialNumber)
        .replace('{documentId}', documentId)
        .replace('{notificationId}', notificationId)
        .replace('{queueId}', 'preschool')
        .replace('{paymentId}', paymentId)
        .replace('{iin}', applicantIin)
        .replace('{bin}', bin);
      for (const role of roles) {
        const want = expectation[role] ?? expectation.default;
        const r = await clients[role].call(method, path, method === 'POST' ? (probeBodies[route] ?? {}) : undefined);
        if (r.status !== want) failures.push(`${route} as ${role}: ${r.status}, expected ${want}`);
      }
    }
    expect(failures).toEqual([]);
  });
});
