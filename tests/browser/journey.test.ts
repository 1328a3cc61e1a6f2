/**
 * The whole journey through both web apps, as people do it, with no API call standing in for a
 * person: a citizen registers in the portal, files the archive-certificate request with a scan and
 * signs it in the browser; a clerk signs in to the console, finds it in the inbox, takes it and
 * approves it (signed with the clerk's key); the citizen sees it completed, downloads the result
 * PDF, and opens the verification link the document carries (the QR code encodes that same link)
 * in another browser, which says the document is genuine. The refusal path through the console
 * and the operator's filing on a citizen's behalf are in console.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { Page } from 'playwright-core';
import { samplePdf } from '../../scripts/lib/client.js';
import { registerPerson } from '../../scripts/local/seed.js';
import { useWebPlatform } from '../support/browser.js';
import { freshIin, newStaff } from '../support/platform.js';

const web = useWebPlatform('journey');
const PASSWORD = 'Journey-Passw0rd';

async function pdfText(pdf: Uint8Array): Promise<string> {
  const doc = await getDocument({ data: Uint8Array.from(pdf), verbosity: 0 }).promise;
  let text = '';
  for (let i = 1; i <= doc.numPages; i++) {
    const page = await doc.getPage(i);
    text += (await page.getTextContent()).items.map((it) => ('str' in it ? it.str : '')).join('');
  }
  return text;
}

async function screen(page: Page, name: string) {
  await web.shot(page, `journey-${name}`);
  expect(await web.axe(page), `axe on ${name}`).toEqual([]);
}

/**
 * How long the local cloud may take to move a request between stages. Generous: in a full run this
 * file can share the machine's two cores with the soak (its own moto_server at full load), and the
 * in-process pipeline then slows many times over. A wait, not a speed target (npm run bench has those).
 */
const LOCAL_CLOUD_WAIT_MS = 120_000;
/**
 * How long one reloaded page may take to show its list. At the end of a full run the shared
 * moto_server holds every file's tables and answers slowly: with 3 s per reload the row never
 * showed however long the poll went on, since each reload started the wait again.
 */
const PAGE_WAIT_MS = 15_000;

describe('a request through both web apps', () => {
  it('goes from a citizen’s registration to a result verified from its own link, with a clerk deciding in the console', async () => {
    const base = web.baseUrl;
    const iin = freshIin();
    await registerPerson(iin, 'Гүлнар Ержанқызы Сейітова');

    // The citizen: registers, signs in, files and signs in the browser (Kazakh).
    const citizen = await web.newPage({ lang: 'kk' });
    await citizen.goto(`${base}/register`);
    await citizen.getByTestId('reg-iin').fill(iin);
    await citizen.getByTestId('reg-password').fill(PASSWORD);
    await citizen.getByTestId('reg-repeat').fill(PASSWORD);
    await citizen.getByTestId('reg-submit').click();
    await citizen.getByTestId('registered').waitFor();
    await citizen.goto(`${base}/login?next=/services/archive-certificate/apply`);
    await citizen.getByTestId('login-iin').fill(iin);
    await citizen.getByTestId('login-password').fill(PASSWORD);
    await citizen.getByTestId('login-submit').click();
    await citizen.getByTestId('field-archive').selectOption('state-archive');
    await citizen.getByTestId('field-certificateType').selectOption('work-record');
    await citizen.getByTestId('field-organization').fill('ТОО «Маңғыстаумұнайгаз»');
    await citizen.getByTestId('field-periodFrom').fill('1998');
    await citizen.getByTestId('field-periodTo').fill('2004');
    await citizen.getByTestId('field-purpose').fill('Зейнетақы тағайындау үшін');
    await citizen.getByTestId('file-work-record-book').setInputFiles({ name: 'enbek-kitapshasy.pdf', mimeType: 'application/pdf', buffer: Buffer.from(samplePdf('journey scan')) });
    await expect.poll(() => citizen.getByTestId('upload-status').textContent(), { timeout: 20_000 }).toMatch(/^✓/);
    await citizen.getByTestId('form-continue').click();
    await citizen.getByTestId('summary').waitFor();
    await screen(citizen, 'summary-kk');
    await citizen.getByTestId('sign-submit').click();
    const outcome = citizen.getByTestId('signature-outcome');
    await expect.poll(() => outcome.getAttribute('data-status'), { timeout: 30_000 }).toMatch(/^(SIGNATURE_VERIFIED|REGISTERED|IN_INBOX)$/);
    const requestId = (await citizen.getByTestId('request-id').textContent())!.trim();
    await screen(citizen, 'signed-kk');

    // The clerk: signs in to the console, finds the request in the inbox, takes it and approves it (Russian).
    const clerkAccount = await newStaff(web.ctx.platform, { role: 'clerk' });
    const clerk = await web.newPage({ lang: 'ru' });
    await clerk.goto(`${base}/console/`);
    await clerk.getByTestId('login-username').fill(clerkAccount.username);
    await clerk.getByTestId('login-password').fill('Demo-Passw0rd');
    await clerk.getByTestId('login-submit').click();
    // The request reaches the agency's inbox through the gateway: reload until it is listed.
    await expect
      .poll(
        async () => {
          await clerk.reload();
          return clerk.getByTestId(`row-${requestId}`).waitFor({ timeout: PAGE_WAIT_MS }).then(() => 1, () => 0);
        },
        { timeout: LOCAL_CLOUD_WAIT_MS, interval: 500 },
      )
      .toBe(1);
    await clerk.getByTestId(`row-${requestId}`).getByTestId('open-request').click();
    await clerk.getByTestId('form-data').waitFor();
    expect(await clerk.getByTestId('form-data').textContent()).toContain('Зейнетақы тағайындау үшін');
    await clerk.getByTestId('take').click();
    await clerk.getByTestId('approve-form').waitFor();
    await clerk.getByTestId('result-findings').fill('Стаж с 1998 по 2004 год подтверждён приказами.');
    await clerk.getByTestId('result-fundReference').fill('Ф. 12, оп. 3, д. 45, л. 7–9');
    await clerk.getByTestId('approve').click();
    await clerk.getByTestId('confirm-sign').click();
    await expect.poll(() => clerk.getByTestId('notice').textContent()).toContain('подписано вашим ключом');
    await screen(clerk, 'clerk-decided');

    // The citizen: the request completes; the result is downloaded from the request's page.
    await citizen.goto(`${base}/cabinet/${requestId}`);
    await expect
      .poll(
        async () => {
          await citizen.reload();
          return citizen.getByTestId('download-result').waitFor({ timeout: PAGE_WAIT_MS }).then(() => 1, () => 0);
        },
        { timeout: LOCAL_CLOUD_WAIT_MS, interval: 500 },
      )
      .toBe(1);
    await screen(citizen, 'result-kk');
    // Dates in Kazakh as Kazakhstan writes them, whatever date data the browser carries.
    expect(await citizen.locator('main').textContent()).toMatch(/\d{1,2} (қаңтар|ақпан|наурыз|сәуір|мамыр|маусым|шілде|тамыз|қыркүйек|қазан|қараша|желтоқсан) \d{4} ж\., \d{2}:\d{2}/);
    const href = (await citizen.getByTestId('download-result').getAttribute('href'))!;
    const pdf = new Uint8Array(await (await fetch(href)).arrayBuffer());
    expect(new TextDecoder().decode(pdf.slice(0, 5))).toBe('%PDF-');

    // The link printed beside the QR code (the code encodes the same string) opens the public
    // verification page, in another browser with no sign-in.
    const text = await pdfText(pdf);
    const link = new RegExp(`${base.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}/verify/[0-9a-f]{32}`).exec(text.replace(/\s+/g, ''))?.[0];
    expect(link, 'verification link in the result document').toBeTruthy();
    const stranger = await web.newPage({ lang: 'en' });
    await stranger.goto(link!);
    const verdict = stranger.getByTestId('verdict');
    await verdict.waitFor();
    expect(await verdict.getAttribute('data-authentic')).toBe('true');
    await screen(stranger, 'verified-en');
    expect(web.pageErrors).toEqual([]);
  }, 300_000);
});
