/**
 * npm run demo — one archive-certificate request through the whole journey, printing each step
 * as it happens: stage, actor, elapsed time against the regulation's limit for that step.
 * Uses the platform started by `npm start`, or starts one for the run.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ApiClient, archiveForm, samplePdf, waitFor } from './lib/client.js';
import { demoCitizens, DEMO_PASSWORD } from './local/seed.js';
import { readState, startPlatform, type Platform } from './local/platform.js';

const stageOf: Record<string, string> = {
  applicant: 'portal (ПЭП)',
  portal: 'portal (ПЭП)',
  gateway: 'gateway (ШЭП)',
  'agency-system': 'agency (ИС МИО)',
  staff: 'agency (ИС МИО)',
  platform: 'platform',
};

function fmtLimit(l?: { amount: number; unit: string; from?: number }): string {
  if (!l) return '';
  if (l.unit === 'seconds') return l.from ? `${l.from}–${l.amount} s` : `${l.amount} s`;
  return `${l.amount} ${l.unit === 'workingDays' ? 'working days' : l.unit}`;
}

function fmtElapsed(ms: number): string {
  return ms < 1000 ? `${ms} ms` : `${(ms / 1000).toFixed(2)} s`;
}

async function main() {
  let own: Platform | undefined;
  const state = await readState();
  let apiUrl = state?.apiUrl;
  if (!apiUrl) {
    console.log('No running platform found (npm start); starting one for this demo…');
    // The handlers' INFO lines would bury the steps this demo prints; warnings and errors still show.
    process.env.POWERTOOLS_LOG_LEVEL ??= 'WARN';
    own = await startPlatform({ scheduleSeconds: false });
    apiUrl = own.runtime.apiUrl;
  }
  const t0 = Date.now();
  const lang = (process.env.DEMO_LANG ?? 'ru') as 'kk' | 'ru' | 'en';
  const citizen = new ApiClient(apiUrl, lang);
  const person = demoCitizens[0]!;
  const seen = new Set<string>();
  const printNew = (history: any[]) => {
    for (const h of history) {
      const key = `${h.at}|${h.event}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const elapsed = Date.parse(h.at) - Date.parse(h.stepStartedAt);
      console.log(
        `  ${h.stepId.padEnd(6)} ${stageOf[h.actor.kind]?.padEnd(16) ?? ''} ${(h.actor.id ?? h.actor.name ?? '').padEnd(26).slice(0, 26)} ${h.event.padEnd(19)} ${fmtElapsed(elapsed).padStart(9)} / limit ${fmtLimit(h.limit).padEnd(16)} ${h.onTime ? 'on time' : 'LATE'}${h.note ? `  — ${h.note}` : ''}`,
      );
    }
  };
  try {
    console.log(`\n1. Citizen ${person.iin.slice(0, 2)}********${person.iin.slice(10)} signs in (process 1, condition 1)`);
    const login = await citizen.loginCitizen(person.iin, DEMO_PASSWORD);
    if (login.status !== 200) throw new Error(`login failed: ${JSON.stringify(login.body)}`);
    const cert = await citizen.enroll(person.iin, person.name);
    console.log(`   A P-256 key is generated on the citizen’s side; the certification centre issues signing certificate ${cert.serialNumber.slice(0, 12)}… for IIN ${person.iin.slice(0, 2)}********${person.iin.slice(10)}`);

    const svc = await citizen.call('GET', '/v1/services/archive-certificate');
    console.log(`2. Service: ${svc.body.names[lang]} — ${svc.body.provider.names[lang]}; term ${fmtLimit(svc.body.term)}`);

    const scan = samplePdf('work-record book, pages 1-4');
    const up = await citizen.upload('трудовая-книжка.pdf', 'application/pdf', scan);
    console.log(`3. Scan uploaded to S3 (presigned PUT → ${up.putStatus}), sha256 ${up.sha256.slice(0, 16)}…`);

    const body = await citizen.signRequest({ applicantIin: person.iin, serviceId: 'archive-certificate', form: archiveForm, attachments: [{ uploadId: up.uploadId, kind: 'work-record-book', sha256: up.sha256 }], language: lang });
    const sub = await citizen.submit(body);
    if (sub.status !== 202) throw new Error(`submit refused: ${JSON.stringify(sub.body)}`);
    const id = sub.body.requestId;
    console.log(`4. Signed (CMS, detached, over the canonical request) and submitted → 202, request ${id}\n\n  step   stage            actor                      event               elapsed   / limit`);

    const inInbox = await waitFor(async () => {
      const r = await citizen.call('GET', `/v1/requests/${id}`);
      printNew(r.body.history);
      return ['IN_INBOX', 'SIGNATURE_REJECTED'].includes(r.body.status) ? r.body : undefined;
    }, 60_000, 150);
    if (inInbox.status !== 'IN_INBOX') throw new Error(`request ended as ${inInbox.status}`);

    const clerk = new ApiClient(apiUrl, lang);
    await clerk.loginStaff('clerk.archives', DEMO_PASSWORD);
    const inbox = await clerk.call('GET', '/v1/agency/requests?status=IN_INBOX');
    console.log(`\n5. Clerk clerk.archives signs in; inbox holds ${inbox.body.items.length} request(s); takes ${inInbox.registrationNumber}, approves it`);
    const take = await clerk.call('POST', `/v1/agency/requests/${id}/take`);
    if (take.status !== 200) throw new Error(`take failed: ${JSON.stringify(take.body)}`);
    const dec = await clerk.call('POST', `/v1/agency/requests/${id}/decision`, {
      decision: 'approve',
      resultFields: { findings: 'Ф. 12, оп. 3: приказы о приёме (1998) и увольнении (2004). Стаж подтверждён.', fundReference: 'Ф. 12, оп. 3, д. 45, л. 7–9' },
    });
    if (dec.status !== 202) throw new Error(`decision failed: ${JSON.stringify(dec.body)}`);

    const done = await waitFor(async () => {
      const r = await citizen.call('GET', `/v1/requests/${id}`);
      printNew(r.body.history);
      return ['COMPLETED', 'REFUSED'].includes(r.body.status) ? r.body : undefined;
    }, 60_000, 150);

    const res = await citizen.call('GET', `/v1/requests/${id}/result`);
    const pdf = new Uint8Array(await (await fetch(res.body.url)).arrayBuffer());
    const dir = join(process.cwd(), '.local', 'results');
    mkdirSync(dir, { recursive: true });
    const file = join(dir, `${done.registrationNumber}.pdf`);
    writeFileSync(file, pdf);
    console.log(`\n6. ${done.status}: registration number ${done.registrationNumber}, due ${done.dueAt ?? '—'}`);
    console.log(`   Result document: ${res.body.url.split('?')[0]}`);
    const check = await new ApiClient(apiUrl, lang).call('GET', `/v1/verify/${res.body.documentId}`);
    console.log(`   Public verification (QR link /v1/verify/${res.body.documentId}): authentic=${check.body.authentic}, signed by ${check.body.signer?.name} at ${check.body.signedAt}, certificate valid now=${check.body.certificate?.validNow}`);
    console.log(`   (presigned for ${res.body.expiresInSeconds} s; sha256 ${res.body.sha256.slice(0, 16)}…; saved to ${file})`);
    console.log(`   Whole journey: ${((Date.now() - t0) / 1000).toFixed(1)} s\n`);
  } finally {
    await own?.stop();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
