/**
 * Notification e-mail, chosen by configuration: a folder of .eml files when MAIL_OUTBOX_DIR is set
 * (the local cloud), SES v2 from MAIL_FROM in AWS (the CDK stack sets it when the deployment
 * names a verified sender, context `mailFrom`), and none otherwise: the cabinet's notifications
 * are written either way.
 */
import { SESv2Client } from '@aws-sdk/client-sesv2';
import { config } from '../../config.js';
import type { Mailer } from '../../ports/index.js';
import { OutboxMailer } from '../outbox-mailer.js';
import { SesMailer } from '../ses-mailer.js';

let made = false;
let instance: Mailer | undefined;

export function mailer(): Mailer | undefined {
  if (!made) {
    made = true;
    const from = process.env.MAIL_FROM;
    const outbox = process.env.MAIL_OUTBOX_DIR;
    if (outbox) instance = new OutboxMailer(outbox, from ?? 'e-Qyzmet <noreply@e-qyzmet.local>');
    else if (from) instance = new SesMailer(new SESv2Client({ region: config.region() }), from);
  }
  return instance;
}

