/** Process 7: the result (certificate or motivated refusal) is produced, signed with the clerk's own key, and stored. */
import { clock, messageBus, requestRepository } from '../../shared/adapters/wiring/core.js';
import { resultsStore } from '../../shared/adapters/wiring/files.js';
import { pkiStore, staffDocumentSigner } from '../../shared/adapters/wiring/pki.js';
import { resultRenderer } from '../../shared/adapters/wiring/renderer.js';
import { issueResult } from '../../shared/domain/use-cases/agency.js';
import { sqsHandler } from '../../shared/http/sqs-handler.js';
import { mailer } from '../../shared/adapters/wiring/mail.js';

export const handler = sqsHandler('result-issue', (msg) =>
  issueResult(
    { requests: requestRepository(), results: resultsStore(), renderer: resultRenderer(), bus: messageBus(), clock, pki: pkiStore(), documentSigner: staffDocumentSigner(), mailer: mailer() },
    msg.requestId,
  ),
);
