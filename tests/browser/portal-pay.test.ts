/**
 * The portal files for a legal entity and pays, in a real browser against the local platform:
 * seed 003's communications licence (legal entities only, a fee before signing) filed by a
 * representative who chooses the organisation by its BIN (ГБД ЮЛ), pays through the simulated
 * payment gateway and signs with a browser key whose certificate carries the IIN and the BIN; a
 * refusal refunds the fee and the cabinet shows both; a payment that fails or was already used is
 * said so in the request's language; and the RF spectrum permit's fee after approval, paid from
 * the cabinet, releases the permit. axe on every screen.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { messages } from '../../shared/domain/messages.js';
import { parseCertificate } from '../../shared/pki/x509.js';
import { samplePdf, signRequestWith, waitFor, type ApiClient } from '../../scripts/lib/client.js';
import { DEMO_PASSWORD, registerOrganisation } from '../../scripts/local/seed.js';
import { useWebPlatform } from '../support/browser.js';
import { waitStatus } from '../support/journey.js';
import { newCitizen, newStaff } from '../support/platform.js';
import { freshBin } from '../support/services.js';

const web = useWebPlatform('portal-pay');
const COMMITTEE = 'mtc-communications-committee';
/** 39 320 as each language writes it (a no-break or narrow no-break space groups the thousands). */
const amount = /39\s320/;

async function screen(page: Page, name: string) {
  await web.shot(page, `portal-pay-${name}`);
  expect(await web.axe(page), `axe on ${name}`).toEqual([]);
}

async function signIn(page: Page, iin: string, next: string) {
  await page.goto(`${web.baseUrl}/login?next=${encodeURIComponent(next)}`);
  await page.getByTestId('login-iin').fill(iin);
  await page.getByTestId('login-password').fill(DEMO_PASSWORD);
  await page.getByTestId('login-submit').click();
}

/** Chooses the organisation by its BIN, as ГБД ЮЛ names it to its representative. */
async function chooseOrganisation(page: Page, bin: string, name: string) {
  await page.getByTestId('org-bin').fill(bin);
  await page.getByTestId('org-find').click();
  await expect.poll(() => page.getByTestId('org-chosen').textContent()).toContain(name);
}

/** The browser's key for the organisation (IndexedDB): its certificate's subject and whether the private key can be read out. */
async function orgKeyOf(page: Page, iin: string, bin: string) {
  const rec = await page.evaluate(
    async ([i, b]) => {
      const db = await new Promise<IDBDatabase>((ok, ko) => {
        const r = indexedDB.open('eqyzmet-eds');
        r.onsuccess = () => ok(r.result);
        r.onerror = () => ko(r.error);
      });
      const k = await new Promise<{ keys: CryptoKeyPair; certificate: { der: Uint8Array } }>((ok, ko) => {
        const r = db.transaction('org-keys').objectStore('org-keys').get([i!, b!]);
        r.onsuccess = () => ok(r.result);
        r.onerror = () => ko(r.error);
      });
      return { extractable: k.keys.privateKey.extractable, der: Array.from(k.certificate.der) };
    },
    [iin, bin],
  );
  return { extractable: rec.extractable, subject: parseCertificate(Uint8Array.from(rec.der)).subject };
}

async function signAndSettle(page: Page) {
  await page.getByTestId('sign-submit').click();
  const outcome = page.getByTestId('signature-outcome');
  await expect.poll(() => outcome.getAttribute('data-status'), { timeout: 30_000 }).toMatch(/^(SIGNATURE_VERIFIED|REGISTERED|IN_INBOX)$/);
  return (await page.getByTestId('request-id').textContent())!;
}

describe('portal: legal entities and fees', () => {
  it('files the licence for an organisation (BIN certificate, fee paid before signing); the refusal refunds the fee and the cabinet shows both', async () => {
    const { iin, client: citizen } = await newCitizen(web.ctx.platform, 'ru');
    const bin = freshBin();
    const name = 'ТОО «Байланыс-Портал»';
    await registerOrganisation(bin, name, [iin]);
    let othersBin = freshBin();
    while (othersBin === bin) othersBin = freshBin();
    await registerOrganisation(othersBin, 'ТОО «Чужое»', []);
    const page = await web.newPage({ lang: 'ru' });
    await signIn(page, iin, '/services/communications-licence');

    // The service page states the fee and when it is paid.
    await expect.poll(() => page.getByTestId('service-fee').textContent()).toMatch(amount);
    expect(await page.getByTestId('service-fee').textContent()).toContain('до подписания заявки; при отказе оплата возвращается');
    expect(await page.getByTestId('service-applicants').textContent()).toBe('юридические лица (через представителя, с сертификатом ИИН и БИН)');
    await screen(page, 'licence-service');
    await page.getByTestId('apply').click();

    // The form asks for the organisation and the fee before anything else.
    await page.getByTestId('applicant-choice').waitFor();
    expect(await page.getByTestId('applicant-self').count()).toBe(0); // legal entities only
    expect(await page.getByTestId('fee-before-signing').textContent()).toMatch(amount);
    expect(await page.getByTestId('field-paymentId').count()).toBe(0); // filled by paying, never typed
    await page.getByTestId('form-continue').click();
    await page.getByTestId('form-errors').waitFor();
    expect(await page.locator('#field-applicantBin-error').textContent()).toBe(messages.FIELD_REQUIRED.ru);
    expect(await page.getByTestId('fee-required').textContent()).toBe('Сначала оплатите услугу: номер платежа будет добавлен в заявку автоматически.');

    // A mistyped BIN is caught by its check digit; an organisation the citizen does not represent is refused by ГБД ЮЛ.
    await page.getByTestId('org-bin').fill(`${bin.slice(0, 11)}${(Number(bin[11]) + 1) % 10}`);
    await page.getByTestId('org-find').click();
    await expect.poll(() => page.locator('#field-applicantBin-error').textContent()).toBe(messages.INVALID_BIN.ru);
    await page.getByTestId('org-bin').fill(othersBin);
    await page.getByTestId('org-find').click();
    await expect.poll(() => page.getByTestId('org-error').textContent()).toContain(messages.NOT_A_REPRESENTATIVE.ru);
    expect(await page.getByTestId('org-error').textContent()).not.toContain('Чужое');
    await chooseOrganisation(page, bin, name);
    expect(await page.getByTestId('org-chosen').textContent()).toContain(`БИН ${bin}`);

    await page.getByTestId('field-action').selectOption('issue');
    await page.getByTestId('field-services').fill('Местная телефонная связь; передача данных');
    await page.getByTestId('file-qualification-documents').setInputFiles({ name: 'qualification.pdf', mimeType: 'application/pdf', buffer: Buffer.from(samplePdf(`qualification ${bin}`)) });
    await expect.poll(() => page.getByTestId('upload-status').textContent()).toBe('✓ «qualification.pdf» загружен');
    await screen(page, 'licence-form');

    // Pay: the invoice, the simulated bank, the gateway's confirmation; the payment's id goes into the form.
    await page.getByTestId('pay').click();
    const paid = page.getByTestId('fee-paid');
    await expect.poll(() => paid.textContent(), { timeout: 30_000 }).toMatch(/Оплачено 39\s320 ₸ .*номер платёжного шлюза EGPG-PAY-\d{8}-\d{6}/);
    const paymentId = /Номер платежа: ([0-9a-f-]{36})/.exec((await paid.textContent())!)![1]!;
    expect((await citizen.call('GET', `/v1/payments/${paymentId}`)).body).toMatchObject({ status: 'PAID', serviceId: 'communications-licence', amount: 39_320 });
    await screen(page, 'licence-paid');
    await page.getByTestId('form-continue').click();

    // The summary: the organisation and the fee, and the key that will carry the BIN.
    await page.getByTestId('summary').waitFor();
    expect(await page.getByTestId('summary-organisation').textContent()).toBe(`${name}, БИН ${bin}`);
    expect(await page.getByTestId('summary-fee').textContent()).toMatch(/EGPG-PAY-/);
    await expect.poll(() => page.getByTestId('key-status').textContent()).toContain(`ещё нет ключа для «${name}»`);
    await screen(page, 'licence-summary');

    // Signed with a new browser key whose certificate carries the IIN and the BIN: condition 2 accepts it.
    const requestId = await signAndSettle(page);
    expect(await page.getByTestId('signature-outcome').textContent()).toContain('Ваша электронная цифровая подпись проверена и действительна');
    const key = await orgKeyOf(page, iin, bin);
    expect(key).toMatchObject({ extractable: false, subject: { iin, bin, organisation: name } });
    expect(await page.getByTestId('key-created').textContent()).toContain(`создан новый ключ подписи для «${name}»; удостоверяющий центр выдал для него сертификат с вашим ИИН и БИН организации`);
    await screen(page, 'licence-signed');
    const inbox = await waitStatus(citizen, `/v1/requests/${requestId}`, ['IN_INBOX']);
    expect(inbox).toMatchObject({ applicantBin: bin, form: { paymentId, action: 'issue' }, payment: { paymentId, amount: 39_320 } });
    expect(inbox.history.map((h: { event: string }) => h.event)).toContain('signature.verified');
    expect(inbox.registrationNumber).toMatch(/^MTC-KSI-/);

    // The Committee refuses: the fee is refunded, and the cabinet shows the payment and its refund.
    const { client: clerk } = await newStaff(web.ctx.platform, { agencyId: COMMITTEE });
    expect((await clerk.call('POST', `/v1/agency/requests/${requestId}/take`)).status).toBe(200);
    expect((await clerk.call('POST', `/v1/agency/requests/${requestId}/decision`, { decision: 'refuse', groundId: 'qualification-requirements', reason: 'Квалификационные требования не подтверждены документами.' })).status).toBe(202);
    const refunded = await waitFor(async () => {
      const v = (await citizen.call('GET', `/v1/requests/${requestId}`)).body;
      return v.status === 'REFUSED' && v.payment?.refund ? v : undefined;
    }, 30_000, 300);
    await page.goto(`${web.baseUrl}/cabinet/${requestId}`);
    await expect.poll(() => page.getByTestId('status').textContent()).toBe('Отказано');
    expect(await page.getByTestId('applicant-bin').textContent()).toBe(bin);
    expect(await page.getByTestId('payment').textContent()).toMatch(new RegExp(`Оплачено 39\\s320 ₸ \\(.+\\), номер платёжного шлюза ${refunded.payment.reference}`));
    expect(await page.getByTestId('refund').textContent()).toMatch(new RegExp(`^Заявка отклонена, оплата возвращена: ${refunded.payment.refund.reference} \\(`));
    expect(refunded.payment.refund.reference).toMatch(/^EGPG-RFD-/);
    expect(await page.getByTestId('refusal').textContent()).toContain('Квалификационные требования не подтверждены');
    await screen(page, 'licence-refunded');
    expect(web.pageErrors).toEqual([]);
  }, 180_000);

  it('says so, in the request’s language, when paying fails and when the payment was already used, and recovers from both', async () => {
    const { iin, client } = await newCitizen(web.ctx.platform, 'en');
    const bin = freshBin();
    const name = 'ТОО «Екінші Байланыс»';
    await registerOrganisation(bin, name, [iin]);
    const page = await web.newPage({ lang: 'en' });
    await signIn(page, iin, '/services/communications-licence/apply');
    await chooseOrganisation(page, bin, name);
    await page.getByTestId('field-action').selectOption('duplicate');
    await page.getByTestId('field-licenceNumber').fill('ДС-0001234');
    await page.getByTestId('field-licenceIssuedOn').fill('2011-03-15');
    await page.getByTestId('field-duplicateReason').selectOption('lost');

    // The bank cannot be reached: said so; the invoice is kept, so paying again pays that one, not a second.
    const payCalls: string[] = [];
    page.on('request', (r) => {
      const m = /\/v1\/payments\/([0-9a-f-]{36})\/pay$/.exec(r.url());
      if (m) payCalls.push(m[1]!);
    });
    await page.route('**/v1/payments/*/pay', (route) => route.abort('internetdisconnected'));
    await page.getByTestId('pay').click();
    await expect.poll(() => page.getByTestId('pay-error').textContent()).toContain('Could not reach the server. Check your connection and try again.');
    await screen(page, 'pay-failed');
    await page.unroute('**/v1/payments/*/pay');
    await page.getByTestId('pay').click();
    await expect.poll(() => page.getByTestId('fee-paid').textContent(), { timeout: 30_000 }).toMatch(/^39,320 ₸ paid/);
    const first = /Payment id: ([0-9a-f-]{36})/.exec((await page.getByTestId('fee-paid').textContent())!)![1]!;
    expect(payCalls).toEqual([first, first]);
    await page.getByTestId('form-continue').click();
    await page.getByTestId('summary').waitFor();

    // Meanwhile the same payment is used for another request (another tab, through the API with a BIN certificate).
    const rep = await client.enroll(iin, 'Director', 'signing', undefined, { bin, organisation: name });
    const other = await client.submit(await signRequestWith(rep, { applicantIin: iin, applicantBin: bin, serviceId: 'communications-licence', form: { paymentId: first, action: 'duplicate', licenceNumber: 'ДС-0009999', licenceIssuedOn: '2012-01-10', duplicateReason: 'damaged' }, attachments: [], language: 'en' }));
    expect(other.status).toBe(202);

    // Signing now is refused: the message in English, and a way on.
    await page.getByTestId('sign-submit').click();
    await expect.poll(() => page.getByTestId('error').textContent()).toContain(messages.PAYMENT_ALREADY_USED.en);
    expect(await page.getByTestId('payment-used-hint').textContent()).toBe('Go back with “Change” and pay the fee again.');
    // Nothing to sign without a payment; the key made on the way is the one the next attempt uses.
    expect(await page.getByTestId('sign-submit').isDisabled()).toBe(true);
    await expect.poll(() => page.getByTestId('key-status').textContent()).toContain(`This browser’s key for “${name}”`);
    await screen(page, 'payment-used');
    await page.getByTestId('edit').click();
    expect(await page.getByTestId('payment-used').textContent()).toBe('The earlier payment has already been used for another request: pay the fee again.');
    expect(await page.getByTestId('fee-paid').count()).toBe(0);
    await page.getByTestId('pay').click();
    await expect.poll(() => page.getByTestId('fee-paid').textContent(), { timeout: 30_000 }).toMatch(/^39,320 ₸ paid/);
    const second = /Payment id: ([0-9a-f-]{36})/.exec((await page.getByTestId('fee-paid').textContent())!)![1]!;
    expect(second).not.toBe(first);
    await page.getByTestId('form-continue').click();
    // The key made for the organisation on the refused attempt is used again.
    await expect.poll(() => page.getByTestId('key-status').textContent()).toMatch(new RegExp(`This browser’s key for “${name}”, certificate No\\. [0-9a-f]+ \\(IIN and BIN\\)`));
    const requestId = await signAndSettle(page);
    expect((await waitStatus(client, `/v1/requests/${requestId}`, ['IN_INBOX'])).payment.paymentId).toBe(second);

    // The next request for this organisation chooses it from those this browser holds a key for.
    await page.goto(`${web.baseUrl}/services/communications-licence/apply`);
    await page.getByTestId(`org-known-${bin}`).click();
    await expect.poll(() => page.getByTestId('org-chosen').textContent()).toContain(name);
    await screen(page, 'known-organisation');
  }, 180_000);

  it('files a service open to both for an organisation, and corrects it when returned, signed again with the organisation’s key', async () => {
    const { iin, client } = await newCitizen(web.ctx.platform, 'ru');
    const bin = freshBin();
    const name = 'ТОО «Архив-Клиент»';
    await registerOrganisation(bin, name, [iin]);
    const page = await web.newPage({ lang: 'ru' });
    await signIn(page, iin, '/services/archive-certificate/apply');

    // Individuals and legal entities: the citizen chooses to apply for the organisation; the archive has no fee.
    await page.getByTestId('applicant-choice').waitFor();
    expect(await page.getByTestId('applicant-self').isChecked()).toBe(true);
    expect(await page.getByTestId('fee-before-signing').count()).toBe(0);
    await page.getByTestId('applicant-org').check();
    await chooseOrganisation(page, bin, name);
    await page.getByTestId('field-archive').selectOption('department');
    await page.getByTestId('field-certificateType').selectOption('other');
    await page.getByTestId('field-periodFrom').fill('2001');
    await page.getByTestId('field-periodTo').fill('2002');
    await page.getByTestId('field-purpose').fill('Для суда');
    await page.getByTestId('file-supporting-document').setInputFiles({ name: 'order.pdf', mimeType: 'application/pdf', buffer: Buffer.from(samplePdf(`order ${bin}`)) });
    await expect.poll(() => page.getByTestId('upload-status').textContent()).toBe('✓ «order.pdf» загружен');
    await screen(page, 'archive-for-organisation');
    await page.getByTestId('form-continue').click();
    expect(await page.getByTestId('summary-organisation').textContent()).toBe(`${name}, БИН ${bin}`);
    const requestId = await signAndSettle(page);
    expect((await waitStatus(client, `/v1/requests/${requestId}`, ['IN_INBOX'])).applicantBin).toBe(bin);

    // Returned by the archive; the correction keeps the organisation and is signed with its key (condition 2 checks the BIN again).
    const { client: clerk } = await newStaff(web.ctx.platform);
    expect((await clerk.call('POST', `/v1/agency/requests/${requestId}/take`)).status).toBe(200);
    expect((await clerk.call('POST', `/v1/agency/requests/${requestId}/return`, { reason: 'Укажите номер дела.', fields: ['purpose'] })).status).toBe(200);
    await page.goto(`${web.baseUrl}/cabinet/${requestId}`);
    await page.getByTestId('correct').click();
    await expect.poll(() => page.getByTestId('org-chosen').textContent()).toContain(`${name}, БИН ${bin}`);
    expect(await page.getByTestId('org-change').count()).toBe(0);
    await page.getByTestId('field-purpose').fill('Для суда, дело № 2-345/2026');
    await page.getByTestId('form-continue').click();
    await expect.poll(() => page.getByTestId('key-status').textContent()).toContain(`Ключ этого браузера для «${name}»`);
    await page.getByTestId('sign-submit').click();
    await expect.poll(() => page.getByTestId('correction-outcome').textContent()).toContain('подпись под исправленной заявкой проверена и действительна');
    expect((await client.call('GET', `/v1/requests/${requestId}`)).body).toMatchObject({ status: 'IN_PROGRESS', applicantBin: bin, form: { purpose: 'Для суда, дело № 2-345/2026' } });
  }, 120_000);

  it('shows the RF permit’s fee due after approval in the cabinet; paying it releases the permit', async () => {
    const { iin, client } = await newCitizen(web.ctx.platform, 'kk');
    const page = await web.newPage({ lang: 'kk' });
    await signIn(page, iin, '/services/rf-spectrum-permit/apply');

    // Individuals and legal entities: the citizen applies for themself; no fee before signing.
    await page.getByTestId('applicant-choice').waitFor();
    expect(await page.getByTestId('applicant-self').isChecked()).toBe(true);
    expect(await page.getByTestId('fee-before-signing').count()).toBe(0);
    const fill: Record<string, string> = { technology: 'DMR', frequencies: '453,100; 463,100', bandwidth: '12,5', equipmentModel: 'Hytera HR1065', stationCount: '12', power: '25', areaOfUse: 'Маңғыстау обл., Ақтау қ.' };
    await page.getByTestId('field-radioService').selectOption('mobile');
    await page.getByTestId('field-region').selectOption('mangystau');
    for (const [id, v] of Object.entries(fill)) await page.getByTestId(`field-${id}`).fill(v);
    await page.getByTestId('file-technical-data').setInputFiles({ name: 'network.pdf', mimeType: 'application/pdf', buffer: Buffer.from(samplePdf(`network ${iin}`)) });
    await expect.poll(() => page.getByTestId('upload-status').textContent()).toBe('✓ «network.pdf» жүктелді');
    await page.getByTestId('form-continue').click();
    await page.getByTestId('summary').waitFor();
    expect(await page.getByTestId('summary-organisation').count()).toBe(0);
    const requestId = await signAndSettle(page);
    await waitStatus(client, `/v1/requests/${requestId}`, ['IN_INBOX']);

    // The Committee approves: the permit waits for the fee.
    const { client: clerk } = await newStaff(web.ctx.platform, { agencyId: COMMITTEE });
    expect((await clerk.call('POST', `/v1/agency/requests/${requestId}/take`)).status).toBe(200);
    const resultFields = { permitNumber: 'РЧС-2026-000321', holder: 'Test Citizen', radioService: 'Подвижная радиосвязь, DMR', frequencies: '453,100; 463,100', characteristics: 'Ширина полосы 12,5 кГц, мощность 25 Вт, 12 станций', areaOfUse: 'Маңғыстау обл., Ақтау қ.', validUntil: '2031-12-31', conditions: 'Использование без помех.' };
    expect((await clerk.call('POST', `/v1/agency/requests/${requestId}/decision`, { decision: 'approve', resultFields })).status).toBe(202);
    await waitFor(async () => ((await client.call('GET', `/v1/requests/${requestId}`)).body.feeDue ? true : undefined), 30_000, 300);

    // The cabinet: "fee due", in Kazakh, with the amount and the pay action.
    await page.goto(`${web.baseUrl}/cabinet/${requestId}`);
    const due = page.getByTestId('fee-due');
    await due.waitFor();
    expect(await due.textContent()).toMatch(/Төлем қажет.*Шешім оң\. Нәтиже төлем шлюзі арқылы 39\s320 ₸ төленгеннен кейін беріледі\./);
    // Version 2 says until when: unpaid after 30 days, the platform refuses (App.3 a10).
    expect(await page.getByTestId('fee-due-until').textContent()).toMatch(/^Төлеу мерзімі: .+ дейін\. Осы мерзімде төленбесе, қызмет көрсетуден бас тартылады/);
    expect(await page.getByTestId('download-result').count()).toBe(0);
    await screen(page, 'fee-due');
    await page.getByTestId('pay-fee-due').click();

    // Paid: the platform issues the permit; the page shows the payment and the result.
    await expect.poll(() => page.getByTestId('status').textContent(), { timeout: 40_000 }).toBe('Аяқталды');
    await page.getByTestId('download-result').waitFor();
    expect(await page.getByTestId('fee-due').count()).toBe(0);
    expect(await page.getByTestId('payment').textContent()).toMatch(/39\s320 ₸ төленді .*EGPG-PAY-\d{8}-\d{6}/);
    expect(await page.getByTestId('refund').count()).toBe(0);
    await screen(page, 'fee-paid-result');
    const done = (await client.call('GET', `/v1/requests/${requestId}`)).body;
    expect(done).toMatchObject({ status: 'COMPLETED', payment: { amount: 39_320 } });
    expect(done.feeDue).toBeUndefined();
    expect(web.pageErrors).toEqual([]);
  }, 180_000);
});
