/** Process 3 (attaching scans): a presigned PUT for one PDF/JPEG/PNG of at most 10 MB. */
import { clock, newId, requestRepository } from '../../shared/adapters/wiring/core.js';
import { uploadsStore } from '../../shared/adapters/wiring/files.js';
import { parseBody } from '../../shared/domain/api-schemas.js';
import { createUpload } from '../../shared/domain/use-cases/portal.js';
import { citizenIin, staffIdentity } from '../../shared/http/auth.js';
import { ForbiddenError } from '../../shared/domain/errors.js';
import { httpHandler, json } from '../../shared/http/http-handler.js';

export const handler = httpHandler({
  'POST /v1/uploads': async (ctx) => {
    const ownerIin = citizenIin(ctx.event);
    const input = parseBody('CreateUpload', ctx.body());
    return json(201, await createUpload({ requests: requestRepository(), uploads: uploadsStore(), clock, newId }, { ownerIin, ...input }));
  },
  // An operator or a clerk scans the citizen's documents; the slot is theirs.
  'POST /v1/staff/uploads': async (ctx) => {
    const staff = staffIdentity(ctx.event);
    if (!staff.roles.some((r) => r === 'operator' || r === 'clerk' || r === 'head')) throw new ForbiddenError();
    const input = parseBody('CreateUpload', ctx.body());
    return json(201, await createUpload({ requests: requestRepository(), uploads: uploadsStore(), clock, newId }, { ownerIin: `staff:${staff.username}`, ...input }));
  },
});
