import { ListObjectVersionsCommand, S3Client } from '@aws-sdk/client-s3';
import { randomUUID } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { archiveForm, waitFor } from '../../scripts/lib/client.js';
import { DynamoAuditLog } from '../../shared/adapters/dynamo-audit-log.js';
import { ddbClient } from '../../shared/adapters/clients.js';
import { usePlatform, newCitizen, newStaff } from '../support/platform.js';
import { approveBody, submitArchiveRequest, waitStatus } from '../support/journey.js';

const ctx = usePlatform('journey');

describe('an archive-certificate request through the whole journey', () => {
  it('goes portal → gateway → agency → back, and the citizen downloads the signed-off result', async () => {
    const { iin, client: citizen } = await newCitizen(ctx.platform, 'ru');
    const { requestId } = await submitArchiveRequest(citizen, iin);

    const inInbox = await waitStatus(citizen, `/v1/requests/${requestId}`, ['IN_INBOX']);
    expect(inInbox.registrationNumber).toMatch(/^MNG-ARH-\d{4}-\d{6}$/);

    const { client: clerk } = await newStaff(ctx.platform);
    const inbox = await clerk.call('GET', '/v1/agency/requests?status=IN_INBOX');
    expect(inbox.status).toBe(200);
    expect(inbox.body.items.map((i: { requestId: string }) => i.requestId)).toContain(requestId);
    // Lists show the applicant's IIN masked.
    expect(JSON.stringify(inbox.body)).not.toContain(iin);

    expect((await clerk.call('POST', `/v1/agency/requests/${requestId}/take`)).status).toBe(200);
    expect((await clerk.call('POST', `/v1/agency/requests/${requestId}/decision`, approveBody)).status).toBe(202);

    const done = await waitStatus(citizen, `/v1/requests/${requestId}`, ['COMPLETED', 'REFUSED']);
    expect(done.status).toBe('COMPLETED');
    expect(done.history.map((h: { event: string }) => h.event)).toEqual([
      'request.submitted',
      'signature.verified',
      'gateway.registered',
      'agency.registered',
      'staff.taken',
      'staff.decided',
      'result.issued',
      'gateway.returned',
      'cabinet.delivered',
    ]);
    // Every entry names the regulation's step (seed 001 App.1 Table 1), its actor and deadline.
    expect(done.history.map((h: { stepId: string }) => h.stepId)).toEqual(['T1.a3', 'T1.a5', 'T1.a6', 'T1.a8', 'T1.a8', 'T1.a8', 'T1.a8', 'T1.a8', 'T1.a8']);
    for (const h of done.history) {
      expect(h.actor.name).toBeTruthy();
      expect(Date.parse(h.deadline)).toBeGreaterThan(Date.parse(h.stepStartedAt));
      expect(h.onTime).toBe(true);
    }
    const registered = done.history.find((h: { event: string }) => h.event === 'gateway.registered');
    expect(Date.parse(registered.deadline) - Date.parse(registered.stepStartedAt)).toBe(60_000); // T1 a6: 1 min
    expect(done.dueAt).toBeDefined();

    const res = await citizen.call('GET', `/v1/requests/${requestId}/result`);
    expect(res.status).toBe(200);
    const pdf = new Uint8Array(await (await fetch(res.body.url)).arrayBuffer());
    expect(new TextDecoder().decode(pdf.slice(0, 5))).toBe('%PDF-');

    // The gateway audited both crossings with the message hash.
    const audit = await new DynamoAuditLog(ddbClient(), ctx.platform.env.AUDIT_TABLE!).list(requestId);
    expect(audit.map((a) => a.what).sort()).toEqual(['agency→gateway:result.issued', 'portal→gateway:signature.verified']);
    for (const a of audit) expect(a.messageSha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('ends in a motivated refusal with the ground and reason in the citizen’s language', async () => {
    const { iin, client: citizen } = await newCitizen(ctx.platform, 'kk');
    const { requestId } = await submitArchiveRequest(citizen, iin, { language: 'kk' });
    await waitStatus(citizen, `/v1/requests/${requestId}`, ['IN_INBOX']);
    const { client: clerk } = await newStaff(ctx.platform);
    await clerk.call('POST', `/v1/agency/requests/${requestId}/take`);

    const unknownGround = await clerk.call('POST', `/v1/agency/requests/${requestId}/decision`, { decision: 'refuse', groundId: 'because', reason: 'Нет документов за период' });
    expect(unknownGround.status).toBe(400);
    expect(unknownGround.body.error.fields[0].code).toBe('REFUSAL_GROUND_UNKNOWN');

    const refuse = await clerk.call('POST', `/v1/agency/requests/${requestId}/decision`, { decision: 'refuse', groundId: 'records-not-found', reason: 'Фонд 12 за 1998–2004 гг. на хранение не поступал.' });
    expect(refuse.status).toBe(202);
    const done = await waitStatus(citizen, `/v1/requests/${requestId}`, ['COMPLETED', 'REFUSED']);
    expect(done.status).toBe('REFUSED');
    expect(done.decision.ground.label).toBe('Мұрағатта сұралған кезең бойынша құжаттар жоқ');
    expect(done.decision.reason).toContain('Фонд 12');
    expect((await citizen.call('GET', `/v1/requests/${requestId}/result`)).status).toBe(200);

    // The quality questionnaire (App.6), in the request's language, answered once.
    expect(done.survey.questions.map((q: { text: string }) => q.text)[0]).toBe('Сіз электрондық мемлекеттік қызмет көрсету үдерісі мен нәтижесінің сапасына қанағаттанасыз ба?');
    expect(done.survey.options.map((o: { value: number }) => o.value)).toEqual([1, 2, 3]);
    const answers = { processAndResult: 2, information: 3 };
    const { client: other } = await newCitizen(ctx.platform);
    expect((await other.call('POST', `/v1/requests/${requestId}/survey`, { answers })).status).toBe(404);
    expect((await citizen.call('POST', `/v1/requests/${requestId}/survey`, { answers })).status).toBe(201);
    expect((await citizen.call('POST', `/v1/requests/${requestId}/survey`, { answers })).status).toBe(200);
    const changed = await citizen.call('POST', `/v1/requests/${requestId}/survey`, { answers: { processAndResult: 1, information: 1 } });
    expect(changed.status).toBe(409);
    expect(changed.body.error).toMatchObject({ code: 'SURVEY_ALREADY_ANSWERED', message: 'Бұл өтініш бойынша сауалнамаға жауап берілген.' });
    expect((await citizen.call('GET', `/v1/requests/${requestId}`)).body.survey.answers).toEqual(answers);
  });

  it('refuses a request whose signature does not match its content (process 5)', async () => {
    const { iin, client: citizen } = await newCitizen(ctx.platform, 'en');
    const { requestId } = await submitArchiveRequest(citizen, iin, { language: 'en', form: { archive: 'department', certificateType: 'other', periodFrom: 2001, periodTo: 2002, purpose: 'x' } }).then(async (r) => r);
    await waitStatus(citizen, `/v1/requests/${requestId}`, ['IN_INBOX']);
    // Now a tampered one: the signature covers other content.
    const up = await citizen.upload('a.pdf', 'application/pdf', new TextEncoder().encode('%PDF-1.4 tampered'));
    const { ApiClient } = await import('../../scripts/lib/client.js');
    const body = await citizen.signRequest({ applicantIin: iin, serviceId: 'archive-certificate', form: { archive: 'department', certificateType: 'other', periodFrom: 2001, periodTo: 2002, purpose: 'signed' }, attachments: [{ uploadId: up.uploadId, kind: 'supporting-document', sha256: up.sha256 }], language: 'en' });
    const tampered = { ...body, form: { ...body.form, purpose: 'changed after signing' } };
    const sub = await citizen.submit(tampered);
    expect(sub.status).toBe(202);
    const refused = await waitStatus(citizen, `/v1/requests/${sub.body.requestId}`, ['SIGNATURE_REJECTED', 'IN_INBOX']);
    expect(refused.status).toBe('SIGNATURE_REJECTED');
    expect(refused.refusal.code).toBe('EDS_INVALID_SIGNATURE');
    expect(refused.refusal.message).toMatch(/digital signature could not be confirmed/);
    expect(refused.history.at(-1).stepId).toBe('T1.a4');
  });

  it('keeps one S3 version of a result however often its message is delivered', async () => {
    const { iin, client: citizen } = await newCitizen(ctx.platform);
    const { requestId } = await submitArchiveRequest(citizen, iin);
    await waitStatus(citizen, `/v1/requests/${requestId}`, ['IN_INBOX']);
    const { client: clerk } = await newStaff(ctx.platform);
    await clerk.call('POST', `/v1/agency/requests/${requestId}/take`);
    await clerk.call('POST', `/v1/agency/requests/${requestId}/decision`, approveBody);
    await waitStatus(citizen, `/v1/requests/${requestId}`, ['COMPLETED']);
    // Redeliver the result-issue message by hand: nothing may change.
    await ctx.platform.runtime.invoke('result-issue', { Records: [{ messageId: 'm1', receiptHandle: 'r', body: JSON.stringify({ requestId, event: 'staff.decided', sentAt: new Date().toISOString() }), attributes: { ApproximateReceiveCount: '2' }, messageAttributes: {}, md5OfBody: '', eventSource: 'aws:sqs', eventSourceARN: 'arn:aws:sqs:us-east-1:000000000000:x', awsRegion: 'us-east-1' }] });
    const s3 = new S3Client({ endpoint: ctx.platform.endpoint, region: 'us-east-1', forcePathStyle: true });
    const v = await s3.send(new ListObjectVersionsCommand({ Bucket: ctx.platform.env.RESULTS_BUCKET!, Prefix: `results/${requestId}/` }));
    expect(v.Versions?.filter((x) => x.Key!.endsWith('.pdf'))).toHaveLength(1);
    expect(v.Versions?.filter((x) => x.Key!.endsWith('.pdf.p7s'))).toHaveLength(1);
  });
  it('tells the applicant of every status change in the cabinet, in the request’s language, and no one else', async () => {
    const { iin, client: citizen } = await newCitizen(ctx.platform, 'en');
    const { requestId } = await submitArchiveRequest(citizen, iin, { language: 'en' });
    await waitStatus(citizen, `/v1/requests/${requestId}`, ['IN_INBOX']);
    const { client: clerk } = await newStaff(ctx.platform);
    await clerk.call('POST', `/v1/agency/requests/${requestId}/take`);
    await clerk.call('POST', `/v1/agency/requests/${requestId}/decision`, approveBody);
    const done = await waitStatus(citizen, `/v1/requests/${requestId}`, ['COMPLETED']);

    const list = await citizen.call('GET', '/v1/notifications?limit=50');
    expect(list.status).toBe(200);
    const mine = list.body.items.filter((n: { requestId: string }) => n.requestId === requestId);
    expect(mine.map((n: { status: string }) => n.status)).toEqual(['COMPLETED', 'RESULT_ROUTED', 'RESULT_ISSUED', 'DECIDED', 'IN_PROGRESS', 'IN_INBOX', 'REGISTERED', 'SIGNATURE_VERIFIED', 'SUBMITTED']);
    expect(mine[0]).toMatchObject({ read: false, title: `Request ${done.registrationNumber}: completed: the result is in your personal cabinet` });
    expect(mine[0].body).toBe(`Your request ${done.registrationNumber} for ${done.serviceName} is now completed: the result is in your personal cabinet.`);
    expect(list.body.unread).toBe(9);
    // Paged newest first.
    const page1 = await citizen.call('GET', '/v1/notifications?limit=4');
    const page2 = await citizen.call('GET', `/v1/notifications?limit=50&cursor=${page1.body.cursor}`);
    expect([...page1.body.items, ...page2.body.items].map((n: { notificationId: string }) => n.notificationId)).toEqual(list.body.items.map((n: { notificationId: string }) => n.notificationId));

    // Another citizen neither sees nor marks them.
    const { client: other } = await newCitizen(ctx.platform);
    const theirs = await other.call('GET', '/v1/notifications');
    expect(theirs.body).toEqual({ items: [], unread: 0 });
    const id = mine[0].notificationId;
    const foreign = await other.call('POST', `/v1/notifications/${id}/read`);
    expect(foreign.status).toBe(404);
    expect(foreign.body.error.code).toBe('NOTIFICATION_NOT_FOUND');
    expect((await other.call('GET', `/v1/notifications?cursor=${page1.body.cursor}`)).status).toBe(400); // A's cursor is not B's partition

    const read = await citizen.call('POST', `/v1/notifications/${id}/read`);
    expect(read.status).toBe(200);
    expect(read.body).toMatchObject({ notificationId: id, read: true });
    const after = await citizen.call('GET', '/v1/notifications?limit=50');
    expect(after.body.unread).toBe(8);
    expect(after.body.items.find((n: { notificationId: string }) => n.notificationId === id).read).toBe(true);
  });

  it('e-mails every status change to the address in the form, in the request’s language, once each, to the local outbox', async () => {
    const { iin, client: citizen } = await newCitizen(ctx.platform, 'kk');
    const email = `citizen.${randomUUID().slice(0, 8)}@example.kz`;
    const { requestId } = await submitArchiveRequest(citizen, iin, { language: 'kk', form: { ...archiveForm, email } });
    await waitStatus(citizen, `/v1/requests/${requestId}`, ['IN_INBOX']);
    const { client: clerk } = await newStaff(ctx.platform);
    await clerk.call('POST', `/v1/agency/requests/${requestId}/take`);
    await clerk.call('POST', `/v1/agency/requests/${requestId}/decision`, approveBody);
    const done = await waitStatus(citizen, `/v1/requests/${requestId}`, ['COMPLETED']);
    const notifications = (await citizen.call('GET', '/v1/notifications?limit=50')).body.items.filter((n: { requestId: string }) => n.requestId === requestId);

    const dir = ctx.platform.env.MAIL_OUTBOX_DIR!;
    const mails = await waitFor(async () => {
      const all = await Promise.all((await readdir(dir)).map(async (f) => ({ f, text: await readFile(join(dir, f), 'utf8') })));
      const ours = all.filter((m) => m.text.includes(`To: ${email}`));
      return ours.length >= notifications.length ? ours : undefined;
    }, 20_000, 200);
    // One message per notification, named by it: a redelivered transition rewrites the same file.
    expect(mails.map((m) => m.f).sort()).toEqual(notifications.map((n: { notificationId: string }) => `${n.notificationId}.eml`).sort());
    const decode = (text: string) => {
      const [head, body] = text.split('\r\n\r\n');
      const subject = /^Subject: =\?UTF-8\?B\?(.+)\?=$/m.exec(head!)![1]!;
      return { head: head!, subject: Buffer.from(subject, 'base64').toString('utf8'), body: Buffer.from(body!.replace(/\s+/g, ''), 'base64').toString('utf8') };
    };
    const completed = notifications.find((n: { status: string }) => n.status === 'COMPLETED');
    const last = decode(mails.find((m) => m.f === `${completed.notificationId}.eml`)!.text);
    expect(last.head).toContain('Content-Language: kk');
    expect(last.head).toContain('From: e-Qyzmet <noreply@e-qyzmet.local>');
    expect(last.subject).toBe(completed.title);
    expect(last.body).toBe(completed.body);
    expect(last.body).toContain(done.registrationNumber);
    // No e-mail for a request without an address.
    const { iin: iin2, client: c2 } = await newCitizen(ctx.platform, 'ru');
    const { requestId: quiet } = await submitArchiveRequest(c2, iin2);
    await waitStatus(c2, `/v1/requests/${quiet}`, ['IN_INBOX']);
    const quietIds = (await c2.call('GET', '/v1/notifications?limit=50')).body.items.map((n: { notificationId: string }) => `${n.notificationId}.eml`);
    const files = await readdir(dir);
    expect(quietIds.length).toBeGreaterThan(0);
    expect(quietIds.filter((f: string) => files.includes(f))).toEqual([]);
  });
});

