/**
 * E-mail in the local cloud and tests: one RFC 5322 message (.eml, UTF-8 body) per e-mail in a
 * folder. The file name is the message's stable id, so a message sent again replaces itself.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { MailMessage, Mailer } from '../ports/index.js';

/** RFC 2047 encoded-word for a header with non-ASCII text. */
function encodeHeader(v: string): string {
  return /^[\x20-\x7e]*$/.test(v) ? v : `=?UTF-8?B?${Buffer.from(v, 'utf8').toString('base64')}?=`;
}

export function toEml(m: MailMessage, from: string, date: Date): string {
  const body = Buffer.from(m.text, 'utf8').toString('base64').replace(/.{76}/g, '$&\r\n');
  return [
    `From: ${from}`,
    `To: ${m.to}`,
    `Subject: ${encodeHeader(m.subject)}`,
    `Date: ${date.toUTCString().replace('GMT', '+0000')}`,
    `Message-ID: <${m.id}@e-qyzmet.local>`,
    `Content-Language: ${m.language}`,
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset=UTF-8',
    'Content-Transfer-Encoding: base64',
    '',
    body,
    '',
  ].join('\r\n');
}

export class OutboxMailer implements Mailer {
  constructor(
    private readonly dir: string,
    private readonly from: string,
    private readonly clock: { now(): Date } = { now: () => new Date() },
  ) {}

  async send(m: MailMessage): Promise<void> {
    await mkdir(this.dir, { recursive: true });
    await writeFile(join(this.dir, `${m.id}.eml`), toEml(m, this.from, this.clock.now()), 'utf8');
  }
}
