import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { memoryPipeline } from '../../scripts/lib/memory-pipeline.js';
import { archiveForm, samplePdf, signRequestWith, type CitizenSigner } from '../../scripts/lib/client.js';
import { submitRequest } from '../../shared/domain/use-cases/portal.js';
import { decide, takeRequest } from '../../shared/domain/use-cases/agency.js';
import { returnForCorrection } from '../../shared/domain/use-cases/correction.js';
import { listOwnNotifications, markOwnNotificationRead } from '../../shared/domain/use-cases/notifications.js';
import { decodeNotificationId } from '../../shared/domain/notifications.js';
import { findService } from '../../shared/domain/services/index.js';
import { completeIin } from '../../shared/domain/iin.js';
import type { Language } from '../../shared/domain/i18n.js';
import type { ResultRenderer } from '../../shared/ports/index.js';

const iin = completeIin('90010130012')!;
const otherIin = completeIin('91072530045')!;
const clerk = { username: 'clerk', agencyIds: ['mangystau-archives'], roles: ['clerk'] };
const fakeRenderer: ResultRenderer = { render: async ({ documentId }) => new TextEncoder().encode(`%PDF-1.4 ${documentId}`) };
type Pipeline = Awaited<ReturnType<typeof memoryPipeline>>;
const signers = new WeakMap<object, CitizenSigner>();

async function pipeline(): Promise<Pipeline> {
  // Each step a second later, so every status change has its own time.
  let t = Date.parse('2026-03-02T05:00:00Z');
  const p = await memoryPipeline({ renderer: fakeRenderer, clock: { now: () => new Date((t += 1000)) } });
  signers.set(p, await p.enrollCitizen(iin));
  await p.enrollStaff('clerk');
  return p;
}

async function submit(p: Pipeline, language: Language, form: Record<string, unknown> = archiveForm) {
  const bytes = samplePdf();
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const uploadId = crypto.randomUUID();
  await p.deps.requests.putUpload({ uploadId, ownerIin: iin, fileName: 'a.pdf', contentType: 'application/pdf', declaredSize: bytes.length, s3Key: `uploads/${uploadId}`, status: 'PENDING', createdAt: new Date().toISOString() });
  await p.deps.uploads.put(`uploads/${uploadId}`, bytes, 'application/pdf');
  const body = await signRequestWith(signers.get(p)!, { applicantIin: iin, serviceId: 'archive-certificate', form, attachments: [{ uploadId, kind: 'work-record-book', sha256 }] }, p.deps.clock.now());
  return submitRequest(p.deps, { applicantIin: iin, body: { ...body, channel: 'portal', language, attachments: body.attachments } as never });
}

describe('notifications of status changes', () => {
  it('gives the applicant one notification per status change, newest first, in the request’s language', async () => {
    const p = await pipeline();
    const { requestId } = await submit(p, 'en');
    await p.drain({ twice: true }); // every message delivered twice: still one notification each
    await takeRequest(p.deps, clerk, requestId);
    await decide(p.deps, clerk, requestId, { decision: 'approve', resultFields: { findings: 'ok', fundReference: 'Ф.1' } });
    await p.drain({ twice: true });
    const list = await listOwnNotifications(p.deps, iin, 100);
    expect(list.items.map((n) => n.status)).toEqual(['COMPLETED', 'RESULT_ROUTED', 'RESULT_ISSUED', 'DECIDED', 'IN_PROGRESS', 'IN_INBOX', 'REGISTERED', 'SIGNATURE_VERIFIED', 'SUBMITTED']);
    expect(list.unread).toBe(9);
    const record = (await p.deps.requests.get(requestId))!;
    expect(record.registrationNumber).toMatch(/^MNG-ARH-/);
    const service = findService('archive-certificate')!.names.en;
    expect(list.items[0]!.body).toBe(`Your request ${record.registrationNumber} for ${service} is now completed: the result is in your personal cabinet.`);
    expect(list.items[0]!.title).toBe(`Request ${record.registrationNumber}: completed: the result is in your personal cabinet`);
  });

  it('writes the refusal reason and the return reason in the request’s language', async () => {
    const p = await pipeline();
    const { requestId } = await submit(p, 'ru');
    await p.drain();
    await takeRequest(p.deps, clerk, requestId);
    await returnForCorrection(p.deps, clerk, requestId, { reason: 'Уточните период работы.', fields: ['periodFrom'] });
    const returned = (await listOwnNotifications(p.deps, iin, 1)).items[0]!;
    expect(returned.status).toBe('RETURNED');
    expect(returned.body).toMatch(/^Ваша заявка MNG-ARH-.+ на услугу «.+»: возвращена на доработку\. Причина: Уточните период работы\.$/);

    const p2 = await pipeline();
    const r2 = await submit(p2, 'kk');
    await p2.drain();
    await takeRequest(p2.deps, clerk, r2.requestId);
    await decide(p2.deps, clerk, r2.requestId, { decision: 'refuse', groundId: 'document-violations', reason: 'Құжаттар толық емес' });
    await p2.drain();
    const refused = (await listOwnNotifications(p2.deps, iin, 1)).items[0]!;
    expect(refused.status).toBe('REFUSED');
    expect(refused.body).toContain('бас тартылды');
    expect(refused.body).toContain('Себебі:');
    expect(refused.body).toContain('Құжаттар толық емес');
  });

  it('makes no second notification when a transition is redelivered', async () => {
    const p = await pipeline();
    const { requestId } = await submit(p, 'en');
    await p.drain();
    const before = (await listOwnNotifications(p.deps, iin, 100)).items;
    // A redelivered message: the engine sees the request already past it and writes nothing.
    const { registerInAgency } = await import('../../shared/domain/use-cases/agency.js');
    expect(await registerInAgency(p.deps, requestId)).toMatch(/duplicate|passed/);
    await p.drain({ twice: true });
    expect((await listOwnNotifications(p.deps, iin, 100)).items).toEqual(before);
    // And the store refuses a second copy of the same status change (the transaction's own condition).
    const [latest] = [...p.deps.requests.notifications.get(iin)!.values()].slice(-1);
    const record = (await p.deps.requests.get(requestId))!;
    expect(await p.deps.requests.transition(record, record.status, (await p.deps.requests.history(requestId)).at(-1)!, { notification: latest })).toBe('conflict');
  });

  it('lets only the owner read and mark them; another citizen gets 404 and an empty list', async () => {
    const p = await pipeline();
    await submit(p, 'en');
    await p.drain();
    const [first] = (await listOwnNotifications(p.deps, iin, 1)).items;
    expect(decodeNotificationId(first!.notificationId)).toMatch(/^N#/);
    await expect(markOwnNotificationRead(p.deps, otherIin, first!.notificationId)).rejects.toMatchObject({ code: 'NOTIFICATION_NOT_FOUND' });
    expect((await listOwnNotifications(p.deps, otherIin, 100)).items).toEqual([]);
    expect((await listOwnNotifications(p.deps, iin, 100)).items.find((n) => n.notificationId === first!.notificationId)!.read).toBe(false);
    const total = (await listOwnNotifications(p.deps, iin, 100)).unread;
    expect(await markOwnNotificationRead(p.deps, iin, first!.notificationId)).toMatchObject({ read: true });
    expect((await listOwnNotifications(p.deps, iin, 100)).unread).toBe(total - 1);
    await expect(markOwnNotificationRead(p.deps, iin, 'not-an-id')).rejects.toMatchObject({ code: 'NOTIFICATION_NOT_FOUND' });
  });

  it('pages newest first with a cursor', async () => {
    const p = await pipeline();
    await submit(p, 'en');
    await p.drain();
    const all = (await listOwnNotifications(p.deps, iin, 100)).items.map((n) => n.notificationId);
    const a = await listOwnNotifications(p.deps, iin, 2);
    const b = await listOwnNotifications(p.deps, iin, 100, a.cursor);
    expect([...a.items, ...b.items].map((n) => n.notificationId)).toEqual(all);
    expect(b.cursor).toBeUndefined();
  });
});

describe('notification e-mail', () => {
  it('writes one .eml per status change to the outbox, in the request’s language, however often messages are delivered', async () => {
    const { mkdtemp, readdir, readFile } = await import('node:fs/promises');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const { OutboxMailer } = await import('../../shared/adapters/outbox-mailer.js');
    const dir = await mkdtemp(join(tmpdir(), 'outbox-'));
    const sent: string[] = [];
    const outbox = new OutboxMailer(dir, 'noreply@e-qyzmet.local');
    let t = Date.parse('2026-03-02T05:00:00Z');
    const p = await memoryPipeline({ renderer: fakeRenderer, clock: { now: () => new Date((t += 1000)) }, mailer: { send: async (m) => (sent.push(m.id), outbox.send(m)) } });
    signers.set(p, await p.enrollCitizen(iin));
    await p.enrollStaff('clerk');
    const { requestId } = await submit(p, 'ru', { ...archiveForm, email: 'aigerim@example.kz' });
    await p.drain({ twice: true });
    await takeRequest(p.deps, clerk, requestId);
    await decide(p.deps, clerk, requestId, { decision: 'approve', resultFields: { findings: 'ok', fundReference: 'Ф.1' } });
    await p.drain({ twice: true });
    expect(sent).toHaveLength(9); // once each, though every message ran twice
    const files = await readdir(dir);
    expect(files).toHaveLength(9);
    const list = await listOwnNotifications(p.deps, iin, 1);
    const eml = await readFile(join(dir, `${list.items[0]!.notificationId}.eml`), 'utf8');
    expect(eml).toMatch(/^From: noreply@e-qyzmet\.local\r\nTo: aigerim@example\.kz\r\nSubject: =\?UTF-8\?B\?/);
    expect(eml).toContain('Content-Language: ru');
    const body = Buffer.from(eml.split('\r\n\r\n')[1]!.replace(/\r\n/g, ''), 'base64').toString('utf8');
    expect(body).toBe(list.items[0]!.body);
    expect(body).toMatch(/^Ваша заявка MNG-ARH-.+: исполнена: результат в личном кабинете\.$/);
  });

  it('sends nothing when the form has no e-mail address (the cabinet only)', async () => {
    const sent: string[] = [];
    let t = Date.parse('2026-03-02T05:00:00Z');
    const p = await memoryPipeline({ renderer: fakeRenderer, clock: { now: () => new Date((t += 1000)) }, mailer: { send: async (m) => void sent.push(m.id) } });
    signers.set(p, await p.enrollCitizen(iin));
    await submit(p, 'en');
    await p.drain();
    expect((await listOwnNotifications(p.deps, iin, 100)).items.length).toBeGreaterThan(3);
    expect(sent).toEqual([]);
  });

});
