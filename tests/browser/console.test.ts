/**
 * The staff console in a browser: a clerk works the agency inbox (filters, the request's page with
 * the attachment previewed, take, return for correction, refuse on a ground, approve with the
 * result's fields — the requests reach their results); an operator files for a consenting citizen;
 * the head reassigns a request from its page, sees the agency's deadlines and the quality
 * dashboard with the clerk's decisions counted; a wrong password is refused in the chosen
 * language. axe finds nothing serious on any screen.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { ApiClient, samplePdf } from '../../scripts/lib/client.js';
import { useWebPlatform } from '../support/browser.js';
import { newCitizen, newStaff } from '../support/platform.js';
import { submitArchiveRequest, waitStatus } from '../support/journey.js';

const web = useWebPlatform('console');

async function signIn(page: Page, username: string, password = 'Demo-Passw0rd') {
  await page.goto(`${web.baseUrl}/console/`);
  await page.getByTestId('login-username').fill(username);
  await page.getByTestId('login-password').fill(password);
  await page.getByTestId('login-submit').click();
}

async function noAxeViolations(page: Page) {
  await settled(page);
  expect(await web.axe(page)).toEqual([]);
}

/** Script errors the console's pages threw or logged. */
function appErrors() {
  return web.pageErrors;
}

/** Waits until no finite CSS transition or animation runs (a dialog fading in is not yet its final colours; spinners loop). */
async function settled(page: Page) {
  await expect.poll(() => page.evaluate(() => document.getAnimations().filter((a) => a.playState === 'running' && a.effect?.getTiming().iterations !== Infinity).length)).toBe(0);
}

function row(page: Pick<Page, 'getByTestId'>, requestId: string) {
  return page.getByTestId(`row-${requestId}`);
}

describe('staff console', () => {
  it('refuses a wrong password with the server’s message in the chosen language', async () => {
    const page = await web.newPage({ lang: 'en' });
    await signIn(page, 'clerk.archives', 'wrong-password-1');
    const expected = (await new ApiClient(web.baseUrl, 'en').call('POST', '/v1/staff/auth/login', { username: 'clerk.archives', password: 'wrong-password-1' })).body.error.message;
    await expect.poll(() => page.getByTestId('error').textContent()).toContain(expected);
    await noAxeViolations(page);
    await web.shot(page, 'console-login-error');
    await page.getByTestId('language').selectOption('kk');
    await page.getByTestId('login-submit').click();
    const kk = (await new ApiClient(web.baseUrl, 'kk').call('POST', '/v1/staff/auth/login', { username: 'clerk.archives', password: 'wrong-password-1' })).body.error.message;
    expect(kk).not.toBe(expected);
    await expect.poll(() => page.getByTestId('error').textContent()).toContain(kk);
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Қызметкердің кіруі');
  });

  it('lets a clerk find requests in the inbox, preview the scan, take them, return one for correction, refuse one and approve another', async () => {
    const { iin, client: citizen } = await newCitizen(web.ctx.platform, 'ru');
    const a = await submitArchiveRequest(citizen, iin);
    const b = await submitArchiveRequest(citizen, iin);
    const c = await submitArchiveRequest(citizen, iin);
    for (const x of [a, b, c]) await waitStatus(citizen, `/v1/requests/${x.requestId}`, ['IN_INBOX']);
    const clerk = await newStaff(web.ctx.platform, { role: 'clerk' });

    const page = await web.newPage({ lang: 'ru' });
    await signIn(page, clerk.username);
    await expect.poll(() => new URL(page.url()).pathname).toBe('/console/inbox');
    await row(page, a.requestId).waitFor();
    await row(page, b.requestId).waitFor();
    expect(await row(page, a.requestId).textContent()).toContain('Выдача архивных справок');
    // Lists show the IIN masked.
    expect(await page.getByTestId('requests-table').textContent()).not.toContain(iin);
    await noAxeViolations(page);
    await web.shot(page, 'console-inbox');

    // Filters: a status with none of these requests hides them; the right status and service show them.
    await page.getByTestId('filter-status').selectOption('COMPLETED');
    await expect.poll(() => row(page, a.requestId).count()).toBe(0);
    expect(await page.getByTestId('empty').or(page.getByTestId('requests-table')).count()).toBeGreaterThan(0);
    // Two quick changes: both stay in the address (each built from the latest parameters).
    await page.getByTestId('filter-status').selectOption('IN_INBOX');
    await page.getByTestId('filter-service').selectOption('archive-certificate');
    await expect.poll(() => new URL(page.url()).search).toContain('status=IN_INBOX');
    expect(new URL(page.url()).searchParams.get('service')).toBe('archive-certificate');
    await row(page, a.requestId).waitFor();
    // The filters live in the address: a reload keeps them.
    await page.reload();
    await expect.poll(() => page.getByTestId('filter-status').inputValue()).toBe('IN_INBOX');
    expect(await page.getByTestId('filter-service').inputValue()).toBe('archive-certificate');
    await row(page, a.requestId).waitFor();

    // The request's page: form data, the scan previewed in the page, history.
    await row(page, a.requestId).getByTestId('open-request').click();
    await page.getByTestId('form-data').waitFor();
    expect(await page.getByTestId('form-data').textContent()).toContain('ТОО «Маңғыстаумұнайгаз»');
    expect(await page.getByTestId('applicant-iin').textContent()).toBe(iin);
    const frame = page.getByTestId('preview-frame');
    await frame.waitFor();
    const src = await frame.getAttribute('src');
    const scan = new Uint8Array(await (await fetch(src!)).arrayBuffer());
    expect(new TextDecoder().decode(scan.slice(0, 5))).toBe('%PDF-');
    expect(await page.getByTestId('history').locator('tbody tr').count()).toBeGreaterThanOrEqual(4);
    await noAxeViolations(page);
    await web.shot(page, 'console-request-preview');

    // Take it, then refuse on a ground of the regulation with a reason.
    await page.getByTestId('take').click();
    await page.getByTestId('tab-refuse').waitFor();
    expect(await page.getByTestId('status').first().textContent()).toBe('В работе');
    await page.getByTestId('tab-refuse').click();
    await page.getByTestId('refuse').click(); // nothing chosen: the form says what is missing
    await expect.poll(() => page.getByTestId('refuse-form').textContent()).toContain('Обязательное поле');
    await page.getByTestId('ground').selectOption('records-not-found');
    await page.getByTestId('reason').fill('Фонд 12 за 1998–2004 гг. на хранение не поступал.');
    await noAxeViolations(page);
    await web.shot(page, 'console-decision-refuse');
    await page.getByTestId('refuse').click();
    expect(await page.getByTestId('confirm-text').textContent()).toContain('подписано вашим ключом');
    await noAxeViolations(page);
    await web.shot(page, 'console-decision-confirm');
    await page.getByTestId('confirm-sign').click();
    await expect.poll(() => page.getByTestId('notice').textContent()).toBe('Решение принято и подписано вашим ключом.');
    expect(await page.getByTestId('decision').textContent()).toContain('В архиве нет документов за запрашиваемый период');
    const refused = await waitStatus(citizen, `/v1/requests/${a.requestId}`, ['REFUSED', 'COMPLETED']);
    expect(refused.status).toBe('REFUSED');
    expect(refused.decision.ground.id).toBe('records-not-found');

    // The third: take it and return it for correction, naming a field; the clock stops.
    await page.goto(`${web.baseUrl}/console/requests/${c.requestId}`);
    await page.getByTestId('take').click();
    await page.getByTestId('tab-return').click();
    await page.getByTestId('return').click(); // no reason: the form says what is missing
    await expect.poll(() => page.getByTestId('return-form').textContent()).toContain('Обязательное поле');
    await page.getByTestId('return-form').getByRole('checkbox', { name: 'Начало периода (год)' }).check();
    await page.getByTestId('return-reason').fill('Укажите год начала работы по трудовой книжке.');
    await noAxeViolations(page);
    await web.shot(page, 'console-return');
    await page.getByTestId('return').click();
    await expect.poll(() => page.getByTestId('status').first().textContent()).toBe('Возвращено на доработку');
    expect(await page.getByTestId('returned').textContent()).toContain('Укажите год начала работы');
    expect(await page.getByTestId('returned').textContent()).toContain('Начало периода (год)');
    expect(await page.getByTestId('returned').textContent()).toMatch(/приостановлен с .*; осталось \d+ (сут\.|ч)/);
    const returned = await waitStatus(citizen, `/v1/requests/${c.requestId}`, ['RETURNED']);
    expect(returned.returned).toMatchObject({ reason: 'Укажите год начала работы по трудовой книжке.', fields: [{ id: 'periodFrom' }] });
    await noAxeViolations(page);
    await web.shot(page, 'console-returned');

    // The other: take it and approve with the result's fields.
    await page.goto(`${web.baseUrl}/console/requests/${b.requestId}`);
    await page.getByTestId('take').click();
    await page.getByTestId('approve-form').waitFor();
    await page.getByTestId('result-findings').fill('Стаж с 1998 по 2004 год подтверждён приказами.');
    await page.getByTestId('result-fundReference').fill('Ф. 12, оп. 3, д. 45, л. 7–9');
    await noAxeViolations(page);
    await web.shot(page, 'console-decision-approve');
    await page.getByTestId('approve').click();
    await page.getByTestId('confirm-sign').click();
    await expect.poll(() => page.getByTestId('notice').textContent()).toBe('Решение принято и подписано вашим ключом.');
    expect(await page.getByTestId('decision').textContent()).toContain('Одобрено');
    const approved = await waitStatus(citizen, `/v1/requests/${b.requestId}`, ['REFUSED', 'COMPLETED']);
    expect(approved.status).toBe('COMPLETED');
    expect(appErrors()).toEqual([]);
  });

  it('lets an operator file for a consenting citizen; the request reaches the agency inbox', async () => {
    const { iin, client: citizen } = await newCitizen(web.ctx.platform, 'kk');
    const op = await newStaff(web.ctx.platform, { role: 'operator', agencyId: '' });
    const page = await web.newPage({ lang: 'kk' });
    await signIn(page, op.username);
    await expect.poll(() => new URL(page.url()).pathname).toBe('/console/filing');
    await page.getByTestId('iin').fill('123456789012');
    await page.getByTestId('lookup').click();
    await expect.poll(() => page.locator('main').textContent()).toContain('ЖСН дұрыс емес');
    await page.getByTestId('iin').fill(iin);
    await page.getByTestId('lookup').click();
    await page.getByTestId('person').waitFor();
    await page.getByTestId('service').selectOption('archive-certificate');
    await page.getByTestId('form-archive').selectOption('state-archive');
    await page.getByTestId('form-certificateType').selectOption('work-record');
    await page.getByTestId('form-organization').fill('ТОО «Маңғыстаумұнайгаз»');
    await page.getByTestId('form-periodFrom').fill('1998');
    await page.getByTestId('form-periodTo').fill('2004');
    await page.getByTestId('form-purpose').fill('Зейнетақы тағайындау үшін');
    await page.getByTestId('file-work-record-book').setInputFiles({ name: 'work-book.pdf', mimeType: 'application/pdf', buffer: Buffer.from(samplePdf('operator scan')) });
    await page.getByTestId('uploaded').waitFor();
    // Without the citizen's consent nothing is filed.
    await page.getByTestId('file-submit').click();
    await expect.poll(() => page.getByTestId('filing-form').textContent()).toContain('келісімінсіз');
    await noAxeViolations(page);
    await web.shot(page, 'console-operator-filing');
    await page.getByTestId('consent').check();
    await page.getByTestId('file-submit').click();
    await page.getByTestId('filed').waitFor();
    const requestId = /[0-9a-f-]{36}/.exec((await page.getByTestId('filed').textContent())!)![0];
    const view = await waitStatus(citizen, `/v1/requests/${requestId}`, ['IN_INBOX', 'SIGNATURE_REJECTED']);
    expect(view).toMatchObject({ status: 'IN_INBOX', channel: 'service-centre' });
    const clerk = await newStaff(web.ctx.platform, { role: 'clerk' });
    const inbox = await clerk.client.call('GET', '/v1/agency/requests?status=IN_INBOX&limit=100');
    expect(inbox.body.items.map((i: { requestId: string }) => i.requestId)).toContain(requestId);
    expect(appErrors()).toEqual([]);
  });

  it('lets the head reassign a request from its page, and shows the agency’s deadlines and the quality dashboard', async () => {
    const { iin, client: citizen } = await newCitizen(web.ctx.platform, 'en');
    const d = await submitArchiveRequest(citizen, iin);
    await waitStatus(citizen, `/v1/requests/${d.requestId}`, ['IN_INBOX']);
    const head = await newStaff(web.ctx.platform, { role: 'head' });
    const clerk = await newStaff(web.ctx.platform, { role: 'clerk' });
    const page = await web.newPage({ lang: 'en' });
    await signIn(page, head.username);
    await expect.poll(() => new URL(page.url()).pathname).toBe('/console/inbox');

    // The request's page: the head hands it to a clerk of the agency; the clerk then sees it as theirs.
    await page.goto(`${web.baseUrl}/console/requests/${d.requestId}`);
    await page.getByTestId('reassign').waitFor();
    await expect.poll(async () => (await page.getByTestId('assignee-select').locator('option').allTextContents()).some((o) => o.includes(clerk.username))).toBe(true);
    await page.getByTestId('assignee-select').selectOption(clerk.username);
    await page.getByTestId('assign').click();
    await expect.poll(() => page.getByTestId('notice').textContent()).toContain(clerk.username);
    await expect.poll(() => page.getByTestId('not-yours').textContent()).toContain(clerk.username);
    await noAxeViolations(page);
    await web.shot(page, 'console-head-reassign');
    const assigned = await clerk.client.call('GET', `/v1/agency/requests/${d.requestId}`);
    expect(assigned.body.assignee).toBe(clerk.username);
    const mine = await clerk.client.call('GET', '/v1/agency/requests?assignee=me&limit=100');
    expect(mine.body.items.map((i: { requestId: string }) => i.requestId)).toContain(d.requestId);
    expect((await clerk.client.call('POST', `/v1/agency/requests/${d.requestId}/take`)).status).toBe(200);

    // The head's view: what is overdue, due soon and in progress; the head takes the clerk's request over.
    await page.getByRole('link', { name: 'Head’s view' }).click();
    await page.getByTestId('section-overdue').waitFor();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Deadlines across the agency');
    const inProgress = page.getByTestId('section-progress');
    await row(inProgress, d.requestId).waitFor();
    await expect.poll(() => page.locator('main .mantine-Loader-root').count()).toBe(0);
    expect(await row(inProgress, d.requestId).textContent()).toContain(clerk.username);
    await noAxeViolations(page);
    await web.shot(page, 'console-head-view');
    await row(inProgress, d.requestId).getByTestId('assignee-select').selectOption(head.username);
    await row(inProgress, d.requestId).getByTestId('assign').click();
    await expect.poll(() => page.getByTestId('notice').textContent()).toContain(head.username);
    await expect.poll(async () => (await clerk.client.call('GET', `/v1/agency/requests/${d.requestId}`)).body.assignee).toBe(head.username);
    await expect.poll(() => row(inProgress, d.requestId).textContent()).toContain(`${head.username} (`);
    await page.getByRole('link', { name: 'Quality dashboard' }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Quality of service');
    // The decisions of the clerk's test above are counted: two finished archive requests, one refused.
    await expect
      .poll(async () => {
        await page.getByRole('button', { name: 'Show' }).click();
        return Number((await page.getByTestId('metrics-archive-certificate').getByTestId('kpi-finished').textContent({ timeout: 2000 }).catch(() => '0')) ?? 0);
      }, { timeout: 30_000 })
      .toBeGreaterThanOrEqual(2);
    const figures = page.getByTestId('metrics-archive-certificate');
    expect(Number(await figures.getByTestId('kpi-refused').textContent())).toBeGreaterThanOrEqual(1);
    expect(Number(await figures.getByTestId('kpi-approved').textContent())).toBeGreaterThanOrEqual(1);
    // The refusal is counted under its ground, by the ground's label.
    expect(await figures.getByTestId('refusals-table').textContent()).toContain('The archive holds no records for the requested period');
    await noAxeViolations(page);
    await web.shot(page, 'console-dashboard');
    expect(appErrors()).toEqual([]);
  });

  it('places children in the preschool queue from the approval form, refers the first from the queue, and the parent sees the position move', async () => {
    const child = { childName: 'Серікова Айым Бекқызы', childBirthDate: '2023-04-12', childAddress: 'Өскемен қ., Абай даңғылы 10, 5' };
    const parents = [];
    for (let i = 0; i < 2; i++) {
      const { iin, client } = await newCitizen(web.ctx.platform, 'kk');
      const up = await client.upload('birth.pdf', 'application/pdf', samplePdf(`birth ${i} ${Math.random()}`));
      const body = await client.signRequest({ applicantIin: iin, serviceId: 'preschool-queue', form: child, attachments: [{ uploadId: up.uploadId, kind: 'birth-certificate', sha256: up.sha256 }], language: 'kk' });
      const r = await client.submit(body);
      await waitStatus(client, `/v1/requests/${r.body.requestId}`, ['IN_INBOX']);
      parents.push({ iin, client, requestId: r.body.requestId as string });
    }
    const clerk = await newStaff(web.ctx.platform, { agencyId: 'oskemen-education' });
    const page = await web.newPage({ lang: 'kk' });
    await signIn(page, clerk.username);
    await expect.poll(() => new URL(page.url()).pathname).toBe('/console/inbox');
    for (const [i, x] of parents.entries()) {
      await page.goto(`${web.baseUrl}/console/requests/${x.requestId}`);
      await page.getByTestId('take').click();
      await page.getByTestId('approve-form').waitFor();
      // The journal number and date are the platform's: not in the form.
      expect(await page.getByTestId('result-queueNumber').count()).toBe(0);
      expect(await page.getByTestId('result-queuedOn').count()).toBe(0);
      await page.getByTestId('result-outcome').selectOption('queued');
      if (i === 0) {
        await noAxeViolations(page);
        await web.shot(page, 'console-queue-approve');
      }
      await page.getByTestId('approve').click();
      await page.getByTestId('confirm-sign').click();
      await expect.poll(() => page.getByTestId('notice').textContent()).toContain('қол қойылды');
      await page.reload();
      await expect.poll(async () => (await page.getByTestId('queue').count()) > 0 ? page.getByTestId('queue').textContent() : '').toContain(`Кезектегі орны${i + 1}`);
    }
    // A place is found for the first child: the referral takes them out of the queue.
    await page.goto(`${web.baseUrl}/console/requests/${parents[0]!.requestId}`);
    await page.getByTestId('queue-refer').waitFor();
    await page.getByTestId('queue-refer').click(); // nothing typed: the server's message in Kazakh
    await expect.poll(() => page.getByTestId('queue-referral-form').textContent()).toMatch(/таңба|қысқа|міндетті/i);
    await page.locator('#queue-organisation').fill('№ 12 бөбекжай, Өскемен қ., Ушанов к. 5');
    await noAxeViolations(page);
    await web.shot(page, 'console-queue-referral');
    await page.getByTestId('queue-refer').click();
    await expect.poll(() => page.getByTestId('notice').textContent()).toBe('Жолдама берілді: кезектегілер бір орынға жылжыды.');
    await expect.poll(() => page.getByTestId('queue').textContent()).toContain('№ 12 бөбекжай');
    expect(await page.getByTestId('queue-refer').count()).toBe(0);

    // The second parent's cabinet: first in line now.
    const second = parents[1]!;
    const cabinet = await web.newPage({ lang: 'kk' });
    await cabinet.goto(`${web.baseUrl}/login?next=/cabinet/${second.requestId}`);
    await cabinet.getByTestId('login-iin').fill(second.iin);
    await cabinet.getByTestId('login-password').fill('Demo-Passw0rd');
    await cabinet.getByTestId('login-submit').click();
    await cabinet.getByTestId('queue-position').waitFor();
    expect(await cabinet.getByTestId('queue-position').textContent()).toBe('1');
    expect(await cabinet.getByTestId('queue').textContent()).toContain('Мектепке дейінгі ұйымдарға кезек');
    await noAxeViolations(cabinet);
    await web.shot(cabinet, 'portal-queue-position');
    expect(appErrors()).toEqual([]);
  }, 120_000);

  it('runs the internal chain of seed 002 from the console: the head’s and department head’s resolutions, the specialist’s draft, the head’s signature; each role sees its own task', async () => {
    const { iin, client: citizen } = await newCitizen(web.ctx.platform, 'ru');
    const up = await citizen.upload('contract.pdf', 'application/pdf', samplePdf(`periodical ${Math.random()}`));
    const form = { distributorName: 'ТОО «Алтай-Пресс»', publicationTitle: 'Altai Review', countryOfOrigin: 'Российская Федерация', distributionLanguage: 'русский', periodicity: 'monthly', thematicFocus: 'Туризм.', distributionTerritory: 'г. Усть-Каменогорск', expectedCopies: '300', resultForm: 'electronic' };
    const r = await citizen.submit(await citizen.signRequest({ applicantIin: iin, serviceId: 'foreign-periodicals-accounting', form, attachments: [{ uploadId: up.uploadId, kind: 'supporting-document', sha256: up.sha256 }] }));
    const requestId = r.body.requestId as string;
    await waitStatus(citizen, `/v1/requests/${requestId}`, ['IN_INBOX']);
    const agencyId = 'vko-internal-policy';
    const [clerk, head, deptHead, specialist] = await Promise.all([
      newStaff(web.ctx.platform, { agencyId }),
      newStaff(web.ctx.platform, { agencyId, role: 'head' }),
      newStaff(web.ctx.platform, { agencyId, role: 'department-head' }),
      newStaff(web.ctx.platform, { agencyId, role: 'specialist' }),
    ]);
    expect((await clerk.client.call('POST', `/v1/agency/requests/${requestId}/take`)).body.status).toBe('AT_HEAD');

    // a8: the head's resolution, from the request's page.
    const page = await web.newPage({ lang: 'ru' });
    await signIn(page, head.username);
    await expect.poll(() => new URL(page.url()).pathname).not.toBe('/console/');
    await page.goto(`${web.baseUrl}/console/requests/${requestId}`);
    await page.getByTestId('resolution').waitFor();
    expect(await page.getByTestId('status').first().textContent()).toBe('На резолюции у руководителя');
    await expect.poll(() => page.getByTestId('resolution-select').locator('option').allTextContents()).toEqual(['Выберите сотрудника', deptHead.username]);
    await page.getByTestId('resolution-select').selectOption(deptHead.username);
    await noAxeViolations(page);
    await web.shot(page, 'console-head-resolution');
    await page.getByTestId('resolve').click();
    await expect.poll(() => page.getByTestId('notice').textContent()).toContain(deptHead.username);
    await page.getByTestId('awaiting-resolution').waitFor();

    // a9: the department head finds it in their inbox and passes it to a specialist.
    const dept = await web.newPage({ lang: 'ru' });
    await signIn(dept, deptHead.username);
    await expect.poll(() => new URL(dept.url()).pathname).toBe('/console/inbox');
    await dept.locator(`a[href$="/requests/${requestId}"]`).first().click();
    await dept.getByTestId('resolution').waitFor();
    await expect.poll(() => dept.getByTestId('resolution-select').locator('option').allTextContents()).toEqual(['Выберите сотрудника', specialist.username]);
    await dept.getByTestId('resolution-select').selectOption(specialist.username);
    await dept.getByTestId('resolve').click();
    await expect.poll(() => dept.getByTestId('notice').textContent()).toContain(specialist.username);

    // a10: the specialist drafts it (through the API here; the decision form is tested above), then sees it waiting for the head.
    const resultFields = { recordNumber: 'ВКО-ВП-7', recordedOn: '2026-11-30', certificateText: 'Издание поставлено на учёт.' };
    expect((await specialist.client.call('POST', `/v1/agency/requests/${requestId}/decision`, { decision: 'approve', resultFields })).status).toBe(202);
    const drafter = await web.newPage({ lang: 'ru' });
    await signIn(drafter, specialist.username);
    await expect.poll(() => new URL(drafter.url()).pathname).toBe('/console/inbox');
    await drafter.goto(`${web.baseUrl}/console/requests/${requestId}`);
    await drafter.getByTestId('awaiting-head').waitFor();
    expect(await drafter.getByTestId('sign-draft').count()).toBe(0);

    // a11: the head signs.
    await page.goto(`${web.baseUrl}/console/requests/${requestId}`);
    await page.getByTestId('sign-draft').waitFor();
    expect(await page.getByTestId('status').first().textContent()).toBe('На подписи у руководителя');
    await expect.poll(() => page.getByTestId('history').textContent()).toContain('Резолюция руководителя отдела: передано специалисту');
    await noAxeViolations(page);
    await web.shot(page, 'console-sign-draft');
    await page.getByTestId('sign-draft').click();
    await expect.poll(() => page.getByTestId('notice').textContent()).toBe('Решение подписано: результат формируется.');
    const done = await waitStatus(citizen, `/v1/requests/${requestId}`, ['COMPLETED']);
    expect(done.history.find((h: { event: string }) => h.event === 'head.signed').actor.id).toBe(head.username);
    expect(appErrors()).toEqual([]);
  }, 120_000);
});

