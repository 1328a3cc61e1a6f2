/**
 * Every Lambda function of the platform, as data: what regulation step it performs, what
 * triggers it and which resources it touches. The CDK stack creates functions, triggers and
 * least-privilege grants from this list; the local runner wires the same handlers to the same
 * routes, queues and schedules. No aws-cdk-lib import here.
 */
import { agencies } from '../shared/domain/agencies.js';
import { agencyQueueId } from '../cdk/resources.js';

export type Auth = 'none' | 'citizen' | 'staff';
export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'DELETE';

export interface RouteDecl {
  method: HttpMethod;
  /** API Gateway path template, e.g. /v1/requests/{requestId} */
  path: string;
  auth: Auth;
  summary: string;
  /** Name of the request body schema in shared/http/openapi-schemas.ts, if the route takes a body. */
  body?: string;
  /** Query parameters the route reads. */
  query?: string[];
  /** HTTP statuses the route answers besides errors, with a description. */
  ok: Record<number, string>;
}

export type TableAccess = 'read' | 'readWrite';
export type BucketAccess = 'read' | 'write' | 'readWrite';

export interface FunctionDecl {
  /** Folder under functions/; the handler is functions/<name>/handler.ts, export `handler`. */
  name: string;
  /** Stable PascalCase construct id. */
  id: string;
  stage: 'portal' | 'gateway' | 'agency' | 'platform';
  purpose: string;
  /** The regulation's process/condition this function performs (seed 001 numbering). */
  regulation: string;
  routes?: RouteDecl[];
  /** Queue ids it consumes (SQS event source, batch size 10, partial batch failures). */
  consumes?: string[];
  /** Runs on a schedule (EventBridge rule). */
  scheduleMinutes?: number;
  uses: {
    tables?: Record<string, TableAccess>;
    sends?: string[];
    buckets?: Record<string, BucketAccess>;
    /** 'sign' grants kms:Sign and kms:GetPublicKey; 'encrypt' grants encrypt/decrypt. */
    keys?: Record<string, 'sign' | 'encrypt'>;
    /**
     * 'auth': InitiateAuth on the pool's public client (no IAM action needed);
     * 'register': cognito-idp:AdminCreateUser and AdminSetUserPassword on that pool only (sign-up);
     * 'directory': cognito-idp:ListUsersInGroup on that pool only (who is in an agency's group).
     */
    userPools?: Record<string, 'auth' | 'register' | 'directory'>;
    /** kms:Sign on the staff members' own signing keys (tagged EQyzmetStaffSigning=true). */
    staffSigningKeys?: boolean;
    /**
     * Changes a request's status, so e-mails the applicant's notification: ses:SendEmail from the
     * deployment's sender only (context `mailFrom`; without it no e-mail and no grant).
     */
    mail?: boolean;
  };
  memoryMb?: number;
  timeoutSeconds?: number;
}

const agencyQueues = agencies.map((a) => agencyQueueId(a.id));

export const functions: FunctionDecl[] = [
  {
    name: 'api-docs',
    id: 'ApiDocs',
    stage: 'platform',
    purpose: 'Serves the OpenAPI document of every route',
    regulation: '—',
    routes: [{ method: 'GET', path: '/openapi.json', auth: 'none', summary: 'OpenAPI 3.1 document of this API', ok: { 200: 'The document' } }],
    uses: {},
  },
  {
    name: 'auth-login',
    id: 'AuthLogin',
    stage: 'portal',
    purpose: 'Signs a citizen or a staff member in with IIN (or login) and password',
    regulation: 'process 1, condition 1; refusal: process 2 (T1 a1–a2)',
    routes: [
      { method: 'POST', path: '/v1/auth/login', auth: 'none', summary: 'Citizen sign-in with IIN and password', body: 'CitizenLogin', ok: { 200: 'Tokens' } },
      { method: 'POST', path: '/v1/staff/auth/login', auth: 'none', summary: 'Staff sign-in with login and password', body: 'StaffLogin', ok: { 200: 'Tokens' } },
    ],
    uses: { userPools: { CitizenPool: 'auth', StaffPool: 'auth' } },
  },
  {
    name: 'citizen-signup',
    id: 'CitizenSignup',
    stage: 'portal',
    purpose: 'Signs a citizen up: IIN checked in the state database of individuals (ГБД ФЛ), the account created in the citizens’ pool with the registry’s name',
    regulation: 'registration on the portal (ПЭП), before process 1 (¶8: the recipient registered on the portal)',
    routes: [
      { method: 'POST', path: '/v1/auth/register', auth: 'none', summary: 'Citizen sign-up with IIN and password (the person must be in ГБД ФЛ); then sign in with POST /v1/auth/login', body: 'CitizenRegister', ok: { 201: '{iin, name}: the account exists; the name is the registry’s' } },
    ],
    // Its own function: the only code that may create citizens' accounts, and it reads nothing but the registry.
    uses: { tables: { Registry: 'read' }, userPools: { CitizenPool: 'register' } },
  },
  {
    name: 'services-catalog',
    id: 'ServicesCatalog',
    stage: 'portal',
    purpose: 'Lists the services and describes one: names, provider, channels, form, attachments, term',
    regulation: 'process 3 (choosing the service; App.3 steps 1–3)',
    routes: [
      { method: 'GET', path: '/v1/services', auth: 'none', summary: 'List services', ok: { 200: 'Services' } },
      { method: 'GET', path: '/v1/services/{serviceId}', auth: 'none', summary: 'One service definition', ok: { 200: 'The service' } },
      { method: 'GET', path: '/v1/services/{serviceId}/regulation', auth: 'none', summary: 'The regulation rebuilt from the definition: action tables and mermaid diagrams (Markdown)', query: ['lang'], ok: { 200: 'Markdown' } },
    ],
    uses: {},
  },
  {
    name: 'upload-url',
    id: 'UploadUrl',
    stage: 'portal',
    purpose: 'Issues a presigned S3 PUT for one scan (PDF, JPEG or PNG, at most 10 MB)',
    regulation: 'process 3 (attaching scans, ¶8.5)',
    routes: [
      { method: 'POST', path: '/v1/uploads', auth: 'citizen', summary: 'Get a presigned URL to upload a scan', body: 'CreateUpload', ok: { 201: 'Upload slot' } },
      { method: 'POST', path: '/v1/staff/uploads', auth: 'staff', summary: 'Operator or clerk: upload a citizen’s scan', body: 'CreateUpload', ok: { 201: 'Upload slot' } },
    ],
    uses: { tables: { Requests: 'readWrite' }, buckets: { Uploads: 'write' } },
  },
  {
    name: 'request-intake',
    id: 'RequestIntake',
    stage: 'portal',
    purpose: 'Validates the citizen’s form and the attached scans (real type and size), stores the request, queues the signature check; takes a returned request’s signed correction',
    regulation: 'process 3–4 (form filled and signed; T1 a3, a5)',
    routes: [
      { method: 'POST', path: '/v1/requests', auth: 'citizen', summary: 'Submit a signed request (Idempotency-Key header supported)', body: 'SubmitRequest', ok: { 202: 'Accepted' } },
      { method: 'POST', path: '/v1/requests/{requestId}/correction', auth: 'citizen', summary: 'Correct a request returned for correction: a new form and scans, newly signed (checked at once, condition 2); the clock runs on', body: 'Correction', ok: { 200: 'Corrected: back in work' } },
    ],
    // Pki: condition 2 of a correction is checked in the call (the certificate's status, the CA).
    uses: { tables: { Requests: 'readWrite', Pki: 'read' }, buckets: { Uploads: 'read' }, sends: ['SignatureCheck'], mail: true },
  },
  {
    name: 'staff-filing',
    id: 'StaffFiling',
    stage: 'portal',
    purpose: 'Files a request for a consenting citizen (registry lookup first) and signs it with the operator’s or clerk’s own key; queues the signature check',
    regulation: '¶7 and Table 3 (service centre, T3 a3–a6), ¶6 and Table 2 (agency desk, T2 a3–a5)',
    routes: [
      { method: 'POST', path: '/v1/staff/requests', auth: 'staff', summary: 'Operator (service centre, ¶7) or clerk (agency desk, ¶6): file for a consenting citizen, signed with the filer’s own key', body: 'SubmitOnBehalf', ok: { 202: 'Accepted' } },
    ],
    // Apart from the citizens' intake so that only this function may sign with staff keys and read the registries.
    uses: { tables: { Requests: 'readWrite', Pki: 'read', Registry: 'read', Audit: 'readWrite' }, buckets: { Uploads: 'read' }, sends: ['SignatureCheck'], staffSigningKeys: true, mail: true },
  },
  {
    name: 'signature-check',
    id: 'SignatureCheck',
    stage: 'portal',
    purpose: 'Checks the request’s digital signature; refuses it or sends it on to the gateway',
    regulation: 'condition 2; refusal: process 5 (T1 a4)',
    consumes: ['SignatureCheck'],
    uses: { tables: { Requests: 'readWrite', Pki: 'read' }, sends: ['PortalToGateway', 'PaymentGateway'], mail: true },
  },
  {
    name: 'gateway-route',
    id: 'GatewayRoute',
    stage: 'gateway',
    purpose: 'ШЭП: audits the message, assigns the registration number, routes to the providing agency',
    regulation: 'process 6, first half (T1 a5–a6: routing, registration with a number)',
    consumes: ['PortalToGateway'],
    uses: { tables: { Requests: 'readWrite', Audit: 'readWrite' }, sends: agencyQueues, mail: true },
  },
  {
    name: 'registry-lookup',
    id: 'RegistryLookup',
    stage: 'gateway',
    purpose: 'ШЭП → ГБД ФЛ: the applicant’s data for staff filing on their behalf; ШЭП → ГБД ЮЛ: the organisation a citizen represents on the portal; audited; no data is a motivated refusal',
    regulation: 'T3 a3–a4 (service centre), T2 a3–a4 (agency desk); seed 003 condition 2 (IIN/BIN of the request and the certificate) on the portal',
    routes: [
      { method: 'GET', path: '/v1/staff/registry/persons/{iin}', auth: 'staff', summary: 'Look up a person in the state database of individuals (ГБД ФЛ)', ok: { 200: 'The person' } },
      { method: 'GET', path: '/v1/registry/organisations/{bin}', auth: 'citizen', summary: 'An organisation in the state database of legal entities (ГБД ЮЛ) that the signed-in citizen represents: its BIN and name', ok: { 200: 'The organisation' } },
    ],
    uses: { tables: { Registry: 'read', Audit: 'readWrite' } },
  },
  {
    name: 'agency-register',
    id: 'AgencyRegister',
    stage: 'agency',
    purpose: 'ИС МИО: registers the request in the agency inbox',
    regulation: 'process 6 (request reaches ИС МИО, T1 a6)',
    consumes: agencyQueues,
    uses: { tables: { Requests: 'readWrite' }, mail: true },
  },
  {
    name: 'agency-inbox',
    id: 'AgencyInbox',
    stage: 'agency',
    purpose: 'The agency inbox and one request’s file, and the agency’s quality metrics, for the agency’s own staff only',
    regulation: 'process 6 (the MIO employee processes the request); ¶16 and App.6 (quality and accessibility indicators), App.1 time limits',
    routes: [
      { method: 'GET', path: '/v1/agency/metrics', auth: 'staff', summary: 'Quality metrics per service and month: finished, on time, approved / refused by ground, step times against their limits, questionnaire answers (head or clerk of the agency)', query: ['agencyId', 'serviceId', 'from', 'to'], ok: { 200: 'Metrics' } },
      {
        method: 'GET',
        path: '/v1/agency/requests',
        auth: 'staff',
        summary:
          'The tasks of the signed-in role, earliest due first: a head sees all of the agency’s requests, a clerk (not a head) the unassigned ones in IN_INBOX and those assigned to them. Without status: the open (non-terminal) ones. Filters: status, serviceId, due=overdue (due date passed) or due=soon (due within 24 h), assignee=me; items carry overdue and dueSoon. A page may be short and still have a cursor',
        query: ['status', 'serviceId', 'due', 'assignee', 'agencyId', 'limit', 'cursor'],
        ok: { 200: '{items, cursor?}' },
      },
      { method: 'GET', path: '/v1/agency/requests/{requestId}', auth: 'staff', summary: 'One request of the agency, with history', ok: { 200: 'The request' } },
      { method: 'GET', path: '/v1/agency/requests/{requestId}/attachments/{attachmentId}', auth: 'staff', summary: 'A short-lived link to an attached scan', ok: { 200: 'Presigned URL' } },
      { method: 'GET', path: '/v1/agency/queues/{queueId}', auth: 'staff', summary: 'An agency’s waiting list (preschool places, housing), first in line first: request, journal number, date, position', query: ['agencyId', 'limit', 'cursor'], ok: { 200: '{items, cursor?}' } },
    ],
    uses: { tables: { Requests: 'read' }, buckets: { Uploads: 'read' } },
  },
  {
    name: 'agency-staff',
    id: 'AgencyStaff',
    stage: 'agency',
    purpose: 'The agency’s staff directory (its user-pool group), the head’s reassignment of a request to one of them, and an internal chain’s resolutions',
    regulation: 'process 6 (the head distributes the requests among the MIO employees)',
    routes: [
      { method: 'GET', path: '/v1/agency/staff', auth: 'staff', summary: 'The staff of my agency: {items: [{username, name?, roles}]}', query: ['agencyId'], ok: { 200: 'Staff' } },
      {
        method: 'POST',
        path: '/v1/agency/requests/{requestId}/assign',
        auth: 'staff',
        summary: 'Head only: hand a request in IN_INBOX or IN_PROGRESS to a clerk or head of the agency (403 FORBIDDEN_ROLE, 409 NOT_ASSIGNABLE, 422 ASSIGNEE_NOT_IN_AGENCY)',
        body: 'Assign',
        ok: { 200: 'The request, with its history' },
      },
      {
        method: 'POST',
        path: '/v1/agency/requests/{requestId}/resolution',
        auth: 'staff',
        summary:
          'An internal chain (seed 002 ¶5 sub-paras 2–3): the head passes a request the clerk registered (AT_HEAD) to a department head, who passes it (AT_DEPARTMENT) to a specialist; each a step with its own limit (403 FORBIDDEN_ROLE, 409 NOT_AWAITING_RESOLUTION / NOT_ASSIGNED_TO_YOU, 422 ASSIGNEE_NOT_ELIGIBLE)',
        body: 'Assign',
        ok: { 200: 'The request, with its history' },
      },
    ],
    // Reads the staff pool's groups only (ListUsersInGroup); writes the assignee and its history entry; a resolution is a status change the applicant is told of.
    uses: { tables: { Requests: 'readWrite' }, userPools: { StaffPool: 'directory' }, mail: true },
  },
  {
    name: 'staff-decision',
    id: 'StaffDecision',
    stage: 'agency',
    purpose: 'A clerk takes a request and approves it or refuses it with a motivated reason',
    regulation: 'process 6–7 (MIO employee; T1 a8)',
    routes: [
      { method: 'POST', path: '/v1/agency/requests/{requestId}/take', auth: 'staff', summary: 'Take a request into work', ok: { 200: 'Taken' } },
      { method: 'POST', path: '/v1/agency/requests/{requestId}/return', auth: 'staff', summary: 'Return a request in work to its applicant for correction (reason, fields); the step’s clock stops', body: 'ReturnForCorrection', ok: { 200: 'Returned' } },
      { method: 'POST', path: '/v1/agency/requests/{requestId}/decision', auth: 'staff', summary: 'Approve or refuse (ground + reason); for a service with a waiting list, an approval that queues places the applicant in it', body: 'Decision', ok: { 202: 'Decision recorded' } },
      { method: 'POST', path: '/v1/agency/requests/{requestId}/sign', auth: 'staff', summary: 'An internal chain (seed 002): the head signs the specialist’s draft decision (not their own), which then becomes the decision and its result', ok: { 202: 'Signed' } },
      { method: 'POST', path: '/v1/agency/requests/{requestId}/queue-referral', auth: 'staff', summary: 'A place was found: the applicant waiting in the queue gets a referral and leaves it; everyone behind moves up', body: 'QueueReferral', ok: { 200: 'Referred' } },
    ],
    uses: { tables: { Requests: 'readWrite' }, sends: ['ResultIssue'], mail: true },
  },
  {
    name: 'result-issue',
    id: 'ResultIssue',
    stage: 'agency',
    purpose: 'Produces the result document (archive certificate or motivated refusal), signs it with the clerk’s own KMS key (CMS) and stores both in S3',
    regulation: 'process 7 (result formed with the MIO employee’s signature)',
    consumes: ['ResultIssue'],
    uses: { tables: { Requests: 'readWrite', Pki: 'readWrite' }, buckets: { Results: 'readWrite' }, sends: ['AgencyToGateway'], staffSigningKeys: true, mail: true },
    memoryMb: 512,
  },
  {
    name: 'gateway-return',
    id: 'GatewayReturn',
    stage: 'gateway',
    purpose: 'ШЭП: audits the result and routes it back to the portal',
    regulation: 'process 7 (result sent through ШЭП to the personal cabinet)',
    consumes: ['AgencyToGateway'],
    uses: { tables: { Requests: 'readWrite', Audit: 'readWrite' }, sends: ['GatewayToPortal'], mail: true },
  },
  {
    name: 'cabinet-delivery',
    id: 'CabinetDelivery',
    stage: 'portal',
    purpose: 'Delivers the result to the citizen’s personal cabinet and closes the request',
    regulation: 'process 7 end (T1 a8: notification that the certificate is ready)',
    consumes: ['GatewayToPortal'],
    uses: { tables: { Requests: 'readWrite' }, sends: ['PaymentGateway'], mail: true },
  },
  {
    name: 'payments',
    id: 'Payments',
    stage: 'portal',
    purpose: 'The e-government payment gateway (simulated), payer side: invoices for a service’s fee, their status, paying',
    regulation: 'seed 003 App.1 process 4 and condition 2 (the fee through ЭҮТШ before signing)',
    routes: [
      { method: 'POST', path: '/v1/payments', auth: 'citizen', summary: 'An invoice for the fee of a service that has one {serviceId} → {paymentId, amount, currency, status: INVOICED}', body: 'PaymentInvoice', ok: { 201: 'Invoiced' } },
      { method: 'GET', path: '/v1/payments/{paymentId}', auth: 'citizen', summary: 'One of my payments: status, the gateway’s reference, the request it paid for, its refund', ok: { 200: 'The payment' } },
      { method: 'POST', path: '/v1/payments/{paymentId}/pay', auth: 'citizen', summary: 'Pay (the simulated bank): the gateway confirms on its queue; 202 until it has, 200 once paid', ok: { 200: 'Already paid', 202: 'Sent to the gateway' } },
    ],
    uses: { tables: { Requests: 'readWrite' }, sends: ['PaymentGateway'] },
  },
  {
    name: 'payment-gateway',
    id: 'PaymentGateway',
    stage: 'gateway',
    purpose: 'The e-government payment gateway (simulated): confirms payments and refunds the fees of refused requests, each once',
    regulation: 'seed 003 App.1 process 4 (payment information reaches E-licensing); refund of a fee before a refusal',
    consumes: ['PaymentGateway'],
    // A fee after approval lets the result be issued.
    uses: { tables: { Requests: 'readWrite' }, sends: ['ResultIssue'] },
  },
  {
    name: 'citizen-requests',
    id: 'CitizenRequests',
    stage: 'portal',
    purpose: 'The personal cabinet: my requests, one request with its history, the result, the quality questionnaire, my notifications of status changes',
    regulation: '¶10 («История получения услуг»), T1 a8 (display of the output document), ¶16 and App.6 (questionnaire)',
    routes: [
      { method: 'GET', path: '/v1/requests', auth: 'citizen', summary: 'My requests', query: ['limit', 'cursor'], ok: { 200: 'Requests' } },
      { method: 'GET', path: '/v1/requests/{requestId}', auth: 'citizen', summary: 'One of my requests with its step history', ok: { 200: 'The request' } },
      { method: 'GET', path: '/v1/requests/{requestId}/result', auth: 'citizen', summary: 'A short-lived link to the result document', ok: { 200: 'Presigned URL' } },
      { method: 'POST', path: '/v1/requests/{requestId}/survey', auth: 'citizen', summary: 'Answer the service’s quality questionnaire, once, after the result', body: 'Survey', ok: { 201: 'Answers stored', 200: 'The same answers again' } },
      { method: 'GET', path: '/v1/notifications', auth: 'citizen', summary: 'My notifications of my requests’ status changes, newest first, with the unread count', query: ['limit', 'cursor'], ok: { 200: '{items: [{notificationId, requestId, status, title, body, createdAt, read}], cursor?, unread}' } },
      { method: 'POST', path: '/v1/notifications/{notificationId}/read', auth: 'citizen', summary: 'Mark one of my notifications read', ok: { 200: 'The notification, read' } },
    ],
    uses: { tables: { Requests: 'readWrite' }, buckets: { Results: 'read' } },
  },
  {
    name: 'deadline-watch',
    id: 'DeadlineWatch',
    stage: 'platform',
    purpose: 'Finds steps past their deadline (one Query) and marks them overdue; refuses approvals whose fee after approval lapsed unpaid',
    regulation: 'App.1 time limits (every step’s «сроки исполнения»); seed 003 App.3 p.6 process 10, Table 1 a10 (refusal: no payment)',
    scheduleMinutes: 5,
    // The refusal goes to result issue and notifies the applicant.
    uses: { tables: { Requests: 'readWrite' }, sends: ['ResultIssue'], mail: true },
  },
  {
    name: 'pki',
    id: 'Pki',
    stage: 'platform',
    purpose: 'The simulated national certification centre (НУЦ): certificates from CSRs, CA certificates, CRL, status (OCSP-style), revocation',
    regulation: 'condition 2 (the ЭЦП registration certificate, its validity and revocation list); ИС НУЦ (¶5.6)',
    routes: [
      { method: 'POST', path: '/v1/pki/certificates', auth: 'citizen', summary: 'Issue a certificate from a CSR (PKCS#10, base64) for the caller’s own IIN', body: 'IssueCertificate', ok: { 201: 'The certificate and its chain' } },
      { method: 'GET', path: '/v1/pki/ca', auth: 'none', summary: 'The root and issuing CA certificates (PEM)', ok: { 200: 'Certificates' } },
      { method: 'GET', path: '/v1/pki/crl', auth: 'none', summary: 'The current signed certificate revocation list (DER)', ok: { 200: 'CRL' } },
      { method: 'GET', path: '/v1/pki/status/{serialNumber}', auth: 'none', summary: 'OCSP-style status of a certificate: good, revoked or unknown', ok: { 200: 'Status' } },
      { method: 'POST', path: '/v1/pki/certificates/{serialNumber}/revoke', auth: 'citizen', summary: 'Revoke one of my certificates', ok: { 200: 'Revoked' } },
      { method: 'POST', path: '/v1/staff/pki/certificates/{serialNumber}/revoke', auth: 'staff', summary: 'Revoke any certificate (certification-centre admin)', ok: { 200: 'Revoked' } },
    ],
    uses: { tables: { Pki: 'readWrite', Registry: 'read' }, buckets: { PkiPublic: 'readWrite' }, keys: { CaRootKey: 'sign', CaIssuingKey: 'sign' } },
  },
  {
    name: 'verify',
    id: 'Verify',
    stage: 'portal',
    purpose: 'Public verification of a result document: signer, time, service, hash, validity then and now',
    regulation: 'electronic document certified by ЭЦП (¶5.18); the QR code on every result',
    routes: [
      { method: 'GET', path: '/v1/verify/{documentId}', auth: 'none', summary: 'Verify a stored result document by its id (from the QR code)', ok: { 200: 'Verification report' } },
      { method: 'POST', path: '/v1/verify', auth: 'none', summary: 'Verify an uploaded PDF and its signature (.p7s), both base64', body: 'VerifyDocument', ok: { 200: 'Verification report' } },
    ],
    uses: { tables: { Requests: 'read', Pki: 'read' }, buckets: { Results: 'read' } },
  },
  {
    name: 'audit-seal',
    id: 'AuditSeal',
    stage: 'gateway',
    purpose: 'Seals the day’s history chain heads with the gateway’s KMS key (daily, or on demand with {"day": "YYYY-MM-DD"})',
    regulation: '¶17 integrity (целостность): protection against unauthorized modification',
    scheduleMinutes: 1440,
    uses: { tables: { Requests: 'read', Audit: 'readWrite' }, keys: { GatewaySealKey: 'sign' } },
    timeoutSeconds: 300,
  },
];

export function allRoutes(): (RouteDecl & { fn: FunctionDecl })[] {
  return functions.flatMap((fn) => (fn.routes ?? []).map((r) => ({ ...r, fn })));
}
