/**
 * The staff console in a browser: a clerk works the agency inbox (filters, the request's page with
 * the attachment previewed, take, refuse on a ground, approve with the result's fields — the
 * requests reach their results); an operator files for a consenting citizen; the head sees the
 * agency's deadlines and the quality dashboard; a wrong password is refused in the chosen
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
  expect(await web.axe(page)).toEqual([]);
}

/** Script errors of the console's pages; the harness's language init script also runs in the PDF viewer's frame, which has no localStorage. */
function appErrors() {
  return web.pageErrors.filter((e) => !/reading 'setItem'/.test(e));
}

function row(page: Page, requestId: string) {
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

  it('lets a clerk find requests in the inbox, preview the scan, take them, refuse one and approve another', async () => {
    const { iin, client: citizen } = await newCitizen(web.ctx.platform, 'ru');
    const a = await submitArchiveRequest(citizen, iin);
    const b = await submitArchiveRequest(citizen, iin);
    await waitStatus(citizen, `/v1/requests/${a.requestId}`, ['IN_INBOX']);
    await waitStatus(citizen, `/v1/requests/${b.requestId}`, ['IN_INBOX']);
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
    await page.getByTestId('filter-status').selectOption('IN_INBOX');
    await page.getByTestId('filter-service').selectOption('archive-certificate');
    await row(page, a.requestId).waitFor();
    expect(new URL(page.url()).searchParams.get('service')).toBe('archive-certificate');

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
    await page.getByTestId('confirm-sign').click();
    await page.getByTestId('notice').waitFor();
    expect(await page.getByTestId('notice').textContent()).toBe('Решение принято и подписано вашим ключом.');
    const refused = await waitStatus(citizen, `/v1/requests/${a.requestId}`, ['REFUSED', 'COMPLETED']);
    expect(refused.status).toBe('REFUSED');
    expect(refused.decision.ground.id).toBe('records-not-found');

    // The other: take it and approve with the result's fields.
    await page.goto(`${web.baseUrl}/console/requests/${b.requestId}`);
    await page.getByTestId('take').click();
    await page.getByTestId('approve-form').waitFor();
    await page.getByTestId('result-findings').fill('Стаж с 1998 по 2004 год подтверждён приказами.');
    await page.getByTestId('result-fundReference').fill('Ф. 12, оп. 3, д. 45, л. 7–9');
    await web.shot(page, 'console-decision-approve');
    await page.getByTestId('approve').click();
    await page.getByTestId('confirm-sign').click();
    await page.getByTestId('notice').waitFor();
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

  it('shows the head the agency’s deadlines and the quality dashboard', async () => {
    const head = await newStaff(web.ctx.platform, { role: 'head' });
    const page = await web.newPage({ lang: 'en' });
    await signIn(page, head.username);
    await page.getByRole('link', { name: 'Head’s view' }).click();
    await page.getByTestId('section-overdue').waitFor();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Deadlines across the agency');
    await expect.poll(() => page.locator('main').textContent()).not.toContain('Loading');
    await noAxeViolations(page);
    await web.shot(page, 'console-head-view');
    await page.getByRole('link', { name: 'Quality dashboard' }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Quality of service');
    // The decisions of the clerk's test above are counted: two finished archive requests, one refused.
    await expect
      .poll(async () => {
        await page.getByRole('button', { name: 'Show' }).click();
        return Number((await page.getByTestId('metrics-archive-certificate').getByTestId('kpi-finished').textContent({ timeout: 2000 }).catch(() => '0')) ?? 0);
      }, { timeout: 30_000 })
      .toBeGreaterThanOrEqual(2);
    expect(Number(await page.getByTestId('metrics-archive-certificate').getByTestId('kpi-refused').textContent())).toBeGreaterThanOrEqual(1);
    await noAxeViolations(page);
    await web.shot(page, 'console-dashboard');
  });
});
