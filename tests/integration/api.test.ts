import { describe, expect, it } from 'vitest';
import { ApiClient, archiveForm, samplePdf } from '../../scripts/lib/client.js';
import { allRoutes } from '../../functions/manifest.js';
import { newCitizen, newStaff, usePlatform, freshIin } from '../support/platform.js';
import { submitArchiveRequest, waitStatus } from '../support/journey.js';
import { DEMO_PASSWORD, registerPerson } from '../../scripts/local/seed.js';

const ctx = usePlatform('api');
const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3, 4]);

async function myRequests(c: ApiClient) {
  return (await c.call('GET', '/v1/requests?limit=100')).body.items as { requestId: string }[];
}

describe('sign-in (condition 1)', () => {
  it('refuses a wrong password and an unknown IIN alike, in the caller’s language (process 2)', async () => {
    const { iin } = await newCitizen(ctx.platform);
    const ru = new ApiClient(ctx.api, 'ru');
    const wrong = await ru.loginCitizen(iin, 'Wrong-Passw0rd');
    expect(wrong.status).toBe(401);
    expect(wrong.body.error.code).toBe('AUTH_REFUSED');
    expect(wrong.body.error.message).toMatch(/Отказ в авторизации/);
    const unknown = await new ApiClient(ctx.api, 'kk').loginCitizen(freshIin(), DEMO_PASSWORD);
    expect(unknown.status).toBe(401);
    expect(unknown.body.error.message).toMatch(/Авторизациядан бас тартылды/);
  });

  it('refuses a staff member’s wrong password in the staff’s own words (a login, not an IIN)', async () => {
    const { username } = await newStaff(ctx.platform);
    const wrong = await new ApiClient(ctx.api, 'ru').loginStaff(username, 'Wrong-Passw0rd');
    expect(wrong.status).toBe(401);
    expect(wrong.body.error).toMatchObject({ code: 'STAFF_AUTH_REFUSED', message: 'Отказ во входе: неверный логин или пароль.' });
  });

  it('refuses an IIN with a wrong check digit before asking the user pool', async () => {
    const r = await new ApiClient(ctx.api, 'en').call('POST', '/v1/auth/login', { iin: '123456789012', password: 'x' });
    expect(r.status).toBe(400);
    expect(r.body.error.code).toBe('INVALID_IIN');
  });
});

describe('sign-up on the portal', () => {
  const strong = 'Kokterek-2026!';

  it('registers a person of ГБД ФЛ with the registry’s name, who then signs in with that password', async () => {
    const iin = freshIin();
    await registerPerson(iin, 'Дана Ерланқызы Сапарова');
    const en = new ApiClient(ctx.api, 'en');
    const r = await en.call('POST', '/v1/auth/register', { iin, password: strong, email: 'dana@example.kz', phone: '+77011234567' });
    expect(r.status).toBe(201);
    expect(r.body).toEqual({ iin, name: 'Дана Ерланқызы Сапарова' });
    const login = await en.loginCitizen(iin, strong);
    expect(login.status).toBe(200);
    expect((await en.call('GET', '/v1/requests')).status).toBe(200);
    expect((await new ApiClient(ctx.api, 'en').loginCitizen(iin, 'Other-Passw0rd')).status).toBe(401);
  });

  it('refuses a second sign-up of the same IIN with 409 and keeps the first password', async () => {
    const iin = freshIin();
    await registerPerson(iin, 'Марат Ержанұлы Төлеуов');
    const ru = new ApiClient(ctx.api, 'ru');
    expect((await ru.call('POST', '/v1/auth/register', { iin, password: strong })).status).toBe(201);
    const again = await ru.call('POST', '/v1/auth/register', { iin, password: 'Another-Passw0rd' });
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('CITIZEN_ALREADY_REGISTERED');
    expect(again.body.error.message).toMatch(/уже зарегистрирован/);
    expect((await ru.loginCitizen(iin, strong)).status).toBe(200);
    expect((await ru.loginCitizen(iin, 'Another-Passw0rd')).status).toBe(401);
  });

  it('refuses an IIN with a wrong check digit (400 INVALID_IIN)', async () => {
    const r = await new ApiClient(ctx.api, 'en').call('POST', '/v1/auth/register', { iin: '123456789012', password: strong });
    expect(r.status).toBe(400);
    expect(r.body.error.code).toBe('INVALID_IIN');
    expect(r.body.error.fields[0]).toMatchObject({ field: 'iin', code: 'INVALID_IIN' });
  });

  it('refuses a person who is not in ГБД ФЛ (422 PERSON_NOT_IN_REGISTRY) and creates no account', async () => {
    const iin = freshIin();
    const kk = new ApiClient(ctx.api, 'kk');
    const r = await kk.call('POST', '/v1/auth/register', { iin, password: strong });
    expect(r.status).toBe(422);
    expect(r.body.error.code).toBe('PERSON_NOT_IN_REGISTRY');
    expect(r.body.error.message).toMatch(/ЖТ МДҚ/);
    expect((await kk.loginCitizen(iin, strong)).status).toBe(401);
  });

  it('refuses a password weaker than the pool’s policy (400 PASSWORD_TOO_WEAK, what is missing) and creates no account', async () => {
    const iin = freshIin();
    await registerPerson(iin, 'Әлия Серікқызы Нұрова');
    const en = new ApiClient(ctx.api, 'en');
    for (const [password, missing] of [
      ['ALLUPPER-123', ['lowercase']],
      ['Sh0rt!', ['minLength']],
      ['alllowercase-1', ['uppercase']],
      ['NoDigitsHere!', ['digit']],
      ['NoSymbols123', ['symbol']],
    ] as const) {
      const r = await en.call('POST', '/v1/auth/register', { iin, password });
      expect(r.status, password).toBe(400);
      expect(r.body.error.code).toBe('PASSWORD_TOO_WEAK');
      expect(r.body.error.message).toMatch(/too weak/);
      expect(r.body.error.fields[0]).toMatchObject({ field: 'password', code: 'PASSWORD_TOO_WEAK', params: { missing } });
    }
    expect((await en.call('POST', '/v1/auth/register', { iin, password: strong })).status).toBe(201);
  });

  it('refuses a malformed e-mail or phone before anything is created', async () => {
    const iin = freshIin();
    await registerPerson(iin, 'Ерік Болатұлы Қалиев');
    const r = await new ApiClient(ctx.api, 'en').call('POST', '/v1/auth/register', { iin, password: strong, email: 'not-an-email', phone: '87011234567' });
    expect(r.status).toBe(400);
    expect(r.body.error.fields.map((f: { field: string }) => f.field).sort()).toEqual(['email', 'phone']);
    expect((await new ApiClient(ctx.api, 'en').call('POST', '/v1/auth/register', { iin, password: strong })).status).toBe(201);
  });
});

describe('catalogue and API document', () => {
  it('lists services with names in three languages and describes one', async () => {
    const anon = new ApiClient(ctx.api);
    const list = await anon.call('GET', '/v1/services');
    expect(list.body.items[0]).toMatchObject({ id: 'archive-certificate', channels: ['portal', 'agency-desk', 'service-centre'], term: { amount: 15, unit: 'workingDays' } });
    const one = await anon.call('GET', '/v1/services/archive-certificate');
    expect(Object.keys(one.body.names).sort()).toEqual(['en', 'kk', 'ru']);
    expect(one.body.form.fields.map((f: { id: string }) => f.id)).toContain('certificateType');
    expect(one.body.attachments.map((a: { id: string }) => a.id)).toContain('work-record-book');
    expect((await anon.call('GET', '/v1/services/no-such')).body.error.code).toBe('SERVICE_NOT_FOUND');
  });

  it('documents every route of the manifest in /openapi.json', async () => {
    const doc = (await new ApiClient(ctx.api).call('GET', '/openapi.json')).body;
    expect(doc.openapi).toBe('3.1.0');
    for (const r of allRoutes()) expect(doc.paths[r.path]?.[r.method.toLowerCase()], `${r.method} ${r.path}`).toBeDefined();
    expect(doc.components.schemas.SubmitRequest.properties.signature).toBeDefined();
    expect(doc.paths['/v1/auth/register'].post.requestBody.content['application/json'].schema.$ref).toBe('#/components/schemas/CitizenRegister');
    expect(Object.keys(doc.components.schemas.CitizenRegister.properties).sort()).toEqual(['email', 'iin', 'password', 'phone']);
    expect(doc.paths['/v1/auth/register'].post.security).toEqual([]);
    expect(doc.paths['/v1/agency/requests/{requestId}/assign'].post.requestBody.content['application/json'].schema.$ref).toBe('#/components/schemas/Assign');
    expect(doc.paths['/v1/agency/staff'].get.security).toEqual([{ staffJwt: [] }]);
    expect(doc.paths['/v1/agency/requests'].get.parameters.map((p: { name: string }) => p.name)).toEqual(expect.arrayContaining(['status', 'serviceId', 'due', 'assignee', 'limit', 'cursor']));
  });

  it('answers an unknown route with 404', async () => {
    expect((await new ApiClient(ctx.api).call('GET', '/v1/nothing')).status).toBe(404);
  });
});

describe('uploads', () => {
  it('refuses a declared type or size the platform does not accept', async () => {
    const { client } = await newCitizen(ctx.platform);
    const gif = await client.call('POST', '/v1/uploads', { fileName: 'a.gif', contentType: 'image/gif', size: 10 });
    expect(gif.status).toBe(400);
    expect(gif.body.error.fields[0].field).toBe('contentType');
    const big = await client.call('POST', '/v1/uploads', { fileName: 'a.pdf', contentType: 'application/pdf', size: 10 * 1024 * 1024 + 1 });
    expect(big.status).toBe(400);
    expect(big.body.error.fields[0]).toMatchObject({ field: 'size', code: 'FIELD_TOO_BIG' });
  });

  it('rejects at submission a scan whose bytes are not what was declared, and stores nothing', async () => {
    const { iin, client } = await newCitizen(ctx.platform, 'en');
    const up = await client.upload('scan.pdf', 'application/pdf', png);
    const body = await client.signRequest({ applicantIin: iin, serviceId: 'archive-certificate', form: archiveForm, attachments: [{ uploadId: up.uploadId, kind: 'work-record-book', sha256: up.sha256 }] });
    const r = await client.submit(body);
    expect(r.status).toBe(400);
    expect(r.body.error.fields[0]).toMatchObject({ field: 'attachments.0', code: 'UPLOAD_CONTENT_MISMATCH' });
    expect(r.body.error.fields[0].message).toMatch(/not PDF, JPEG or PNG/);
    expect(await myRequests(client)).toEqual([]);
  });

  it('rejects a slot never uploaded to, a hash that differs from the signed one, and someone else’s upload', async () => {
    const a = await newCitizen(ctx.platform);
    const b = await newCitizen(ctx.platform);
    const slot = await a.client.call('POST', '/v1/uploads', { fileName: 'x.pdf', contentType: 'application/pdf', size: 100 });
    const sub = async (att: { uploadId: string; sha256: string }, who = a) =>
      who.client.submit(await who.client.signRequest({ applicantIin: who.iin, serviceId: 'archive-certificate', form: archiveForm, attachments: [{ ...att, kind: 'work-record-book' }] }));
    expect((await sub({ uploadId: slot.body.uploadId, sha256: '0'.repeat(64) })).body.error.fields[0].code).toBe('UPLOAD_MISSING');

    const up = await a.client.upload('x.pdf', 'application/pdf', samplePdf('a'));
    expect((await sub({ uploadId: up.uploadId, sha256: 'f'.repeat(64) })).body.error.fields[0].code).toBe('UPLOAD_HASH_MISMATCH');
    expect((await sub({ uploadId: up.uploadId, sha256: up.sha256 }, b)).body.error.fields[0].code).toBe('UPLOAD_NOT_FOUND');
    expect((await sub({ uploadId: up.uploadId, sha256: up.sha256 })).status).toBe(202);
    // Once attached, the same scan can't be attached to a second request.
    expect((await sub({ uploadId: up.uploadId, sha256: up.sha256 })).body.error.fields[0].code).toBe('UPLOAD_ALREADY_USED');
  });
});

describe('bad input', () => {
  it('answers malformed JSON, wrong types, unknown services and oversized bodies with 4xx codes and stores nothing', async () => {
    const { iin, client } = await newCitizen(ctx.platform, 'en');
    const malformed = await client.call('POST', '/v1/requests', '{"serviceId": ');
    expect(malformed.status).toBe(400);
    expect(malformed.body.error.code).toBe('MALFORMED_JSON');

    const wrongTypes = await client.call('POST', '/v1/requests', { serviceId: 7, form: [], attachments: 'x', signature: null });
    expect(wrongTypes.status).toBe(400);
    expect(wrongTypes.body.error.fields.map((f: { field: string }) => f.field).sort()).toEqual(['attachments', 'form', 'serviceId', 'signature']);

    const unknown = await client.submit(await client.signRequest({ applicantIin: iin, serviceId: 'passport', form: {}, attachments: [] }));
    expect(unknown.status).toBe(404);
    expect(unknown.body.error.code).toBe('SERVICE_NOT_FOUND');

    const huge = await client.call('POST', '/v1/requests', { serviceId: 'archive-certificate', pad: 'x'.repeat(300_000) });
    expect(huge.status).toBe(413);
    expect(huge.body.error.code).toBe('PAYLOAD_TOO_LARGE');

    expect(await myRequests(client)).toEqual([]);
  });

  it('gives field errors with the same codes and messages in the request’s language', async () => {
    const { iin, client } = await newCitizen(ctx.platform);
    const body = await client.signRequest({ applicantIin: iin, serviceId: 'archive-certificate', form: { ...archiveForm, periodFrom: 1800, purpose: '' }, attachments: [] });
    const kk = await client.call('POST', '/v1/requests', { ...body, language: 'kk' });
    const en = await client.call('POST', '/v1/requests', { ...body, language: 'en' });
    expect(kk.status).toBe(400);
    const codes = (r: typeof kk) => r.body.error.fields.map((f: { field: string; code: string }) => `${f.field}:${f.code}`);
    expect(codes(kk)).toEqual(['form.periodFrom:FIELD_TOO_SMALL', 'form.purpose:FIELD_REQUIRED', 'attachments.work-record-book:ATTACHMENT_REQUIRED']);
    expect(codes(en)).toEqual(codes(kk));
    expect(kk.body.error.fields[1].message).toBe('Міндетті өріс.');
    expect(en.body.error.fields[1].message).toBe('This field is required.');
  });
});

describe('Idempotency-Key', () => {
  it('returns the same request for a retried submit and never creates a second one', async () => {
    const { iin, client } = await newCitizen(ctx.platform);
    const up = await client.upload('x.pdf', 'application/pdf', samplePdf('idem'));
    const body = await client.signRequest({ applicantIin: iin, serviceId: 'archive-certificate', form: archiveForm, attachments: [{ uploadId: up.uploadId, kind: 'work-record-book', sha256: up.sha256 }] });
    const key = `retry-${Date.now()}`;
    const [a, b] = await Promise.all([client.submit(body, key), client.submit(body, key)]);
    const c = await client.submit(body, key);
    expect([a.status, b.status, c.status]).toEqual([202, 202, 202]);
    expect(new Set([a.body.requestId, b.body.requestId, c.body.requestId]).size).toBe(1);
    expect(c.headers.get('idempotent-replayed')).toBe('true');
    expect(await myRequests(client)).toHaveLength(1);

    const other = await client.submit({ ...body, form: { ...body.form, purpose: 'other' } }, key);
    expect(other.status).toBe(409);
    expect(other.body.error.code).toBe('IDEMPOTENCY_KEY_REUSED');
    expect((await client.submit(body, 'bad key!')).body.error.code).toBe('INVALID_IDEMPOTENCY_KEY');
  });
});

describe('who sees what', () => {
  it('shows a citizen only their own requests and results; another’s id answers 404', async () => {
    const a = await newCitizen(ctx.platform);
    const b = await newCitizen(ctx.platform);
    const { requestId } = await submitArchiveRequest(a.client, a.iin);
    expect((await a.client.call('GET', `/v1/requests/${requestId}`)).status).toBe(200);
    expect((await b.client.call('GET', `/v1/requests/${requestId}`)).status).toBe(404);
    expect((await b.client.call('GET', `/v1/requests/${requestId}/result`)).status).toBe(404);
    expect((await myRequests(b.client)).map((r) => r.requestId)).not.toContain(requestId);
    expect((await a.client.call('GET', `/v1/requests/${requestId}/result`)).body.error.code).toBe('RESULT_NOT_READY');
  });

  it('shows staff only their own agency’s inbox; another agency’s request answers 404', async () => {
    const a = await newCitizen(ctx.platform);
    const { requestId } = await submitArchiveRequest(a.client, a.iin);
    await waitStatus(a.client, `/v1/requests/${requestId}`, ['IN_INBOX']);
    const archives = await newStaff(ctx.platform, { agencyId: 'mangystau-archives' });
    const vko = await newStaff(ctx.platform, { agencyId: 'vko-internal-policy' });
    const operator = await newStaff(ctx.platform, { role: 'operator', agencyId: '' });

    const detail = await archives.client.call('GET', `/v1/agency/requests/${requestId}`);
    expect(detail.status).toBe(200);
    const link = await archives.client.call('GET', `/v1/agency/requests/${requestId}/attachments/${detail.body.attachments[0].uploadId}`);
    expect(link.status).toBe(200);

    const vkoInbox = await vko.client.call('GET', '/v1/agency/requests?status=IN_INBOX');
    expect(vkoInbox.status).toBe(200);
    expect(vkoInbox.body.items.map((i: { requestId: string }) => i.requestId)).not.toContain(requestId);
    expect((await vko.client.call('GET', '/v1/agency/requests?agencyId=mangystau-archives')).status).toBe(403);
    expect((await vko.client.call('GET', `/v1/agency/requests/${requestId}`)).status).toBe(404);
    expect((await vko.client.call('GET', `/v1/agency/requests/${requestId}/attachments/${detail.body.attachments[0].uploadId}`)).status).toBe(404);
    expect((await vko.client.call('POST', `/v1/agency/requests/${requestId}/take`)).status).toBe(404);
    expect((await operator.client.call('GET', '/v1/agency/requests')).status).toBe(403);
    expect((await operator.client.call('POST', `/v1/agency/requests/${requestId}/take`)).status).toBe(403);
  });

  it('keeps the two user pools apart and refuses missing or forged tokens', async () => {
    const citizen = await newCitizen(ctx.platform);
    const staff = await newStaff(ctx.platform);
    expect((await citizen.client.call('GET', '/v1/agency/requests')).status).toBe(401);
    expect((await staff.client.call('GET', '/v1/requests')).status).toBe(401);
    const anon = new ApiClient(ctx.api);
    expect((await anon.call('GET', '/v1/requests')).status).toBe(401);
    const forged = citizen.client.token!.split('.');
    forged[1] = Buffer.from(JSON.stringify({ ...JSON.parse(Buffer.from(forged[1]!, 'base64url').toString()), username: freshIin() })).toString('base64url');
    anon.token = forged.join('.');
    expect((await anon.call('GET', '/v1/requests')).status).toBe(401);
  });
});
