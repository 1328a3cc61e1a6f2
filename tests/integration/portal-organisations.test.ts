/**
 * The portal's check of the organisation a representative files for (ГБД ЮЛ through the gateway):
 * the signed-in citizen learns the name of an organisation only if the registry lists them among
 * its representatives; every lookup is audited without the IIN or BIN in the clear.
 */
import { describe, expect, it } from 'vitest';
import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import { ApiClient } from '../../scripts/lib/client.js';
import { registerOrganisation } from '../../scripts/local/seed.js';
import { ddbClient } from '../../shared/adapters/clients.js';
import { messages } from '../../shared/domain/messages.js';
import { newCitizen, usePlatform } from '../support/platform.js';
import { freshBin } from '../support/services.js';

const ctx = usePlatform('portal-organisations');

describe('what the portal needs to file for a legal entity and pay', () => {
  it('describes who may apply and the fee (amount, before signing or after approval) in the service detail', async () => {
    const anon = new ApiClient(ctx.api);
    const licence = (await anon.call('GET', '/v1/services/communications-licence')).body;
    expect(licence.applicants).toEqual(['legal-entity']);
    expect(licence.payment).toEqual({ amount: 39_320, currency: 'KZT', position: 'beforeSigning', channels: ['portal'], formField: 'paymentId', refundOnRefusal: true });
    const rf = (await anon.call('GET', '/v1/services/rf-spectrum-permit')).body;
    expect(rf.applicants).toEqual(['individual', 'legal-entity']);
    expect(rf.payment).toEqual({ amount: 39_320, currency: 'KZT', position: 'beforeIssue', channels: ['portal'], refundOnRefusal: false });
    const archive = (await anon.call('GET', '/v1/services/archive-certificate')).body;
    expect(archive.payment).toBeUndefined();
    expect((await anon.call('GET', '/v1/services')).body.items.find((s: { id: string }) => s.id === 'numbering-resource').applicants).toEqual(['legal-entity']);
  });

  it('GET /v1/registry/organisations/{bin} names the organisation to its representative, and refuses others in their language', async () => {
    const rep = await newCitizen(ctx.platform, 'ru');
    const other = await newCitizen(ctx.platform, 'kk');
    const bin = freshBin();
    await registerOrganisation(bin, 'ТОО «Тексеру»', [rep.iin]);

    const own = await rep.client.call('GET', `/v1/registry/organisations/${bin}`);
    expect(own.status).toBe(200);
    expect(own.body).toEqual({ bin, name: 'ТОО «Тексеру»' });

    const notMine = await other.client.call('GET', `/v1/registry/organisations/${bin}`);
    expect(notMine.status).toBe(422);
    expect(notMine.body.error).toMatchObject({ code: 'NOT_A_REPRESENTATIVE', message: messages.NOT_A_REPRESENTATIVE.kk });
    expect(JSON.stringify(notMine.body)).not.toContain('Тексеру');

    let unknown = freshBin();
    while (unknown === bin) unknown = freshBin();
    const none = await rep.client.call('GET', `/v1/registry/organisations/${unknown}`);
    // An unknown BIN answers as someone else's: a citizen does not learn which BINs exist.
    expect(none.status).toBe(422);
    expect(none.body.error).toMatchObject({ code: 'NOT_A_REPRESENTATIVE', message: messages.NOT_A_REPRESENTATIVE.ru, fields: [{ field: 'applicantIin', code: 'NOT_A_REPRESENTATIVE' }] });

    const bad = await rep.client.call('GET', `/v1/registry/organisations/${bin.slice(0, 11)}${(Number(bin[11]) + 1) % 10}`);
    expect(bad.status).toBe(400);
    expect(bad.body.error).toMatchObject({ code: 'INVALID_BIN', message: messages.INVALID_BIN.ru });

    // The gateway's audit has the portal's lookups, the query only as a hash.
    const scanned = await ddbClient().send(new ScanCommand({ TableName: ctx.platform.env.AUDIT_TABLE!, FilterExpression: '#who = :w', ExpressionAttributeNames: { '#who': 'who' }, ExpressionAttributeValues: { ':w': 'portal:applicant' } }));
    const whats = (scanned.Items ?? []).map((a) => a.what).sort();
    expect(whats).toEqual(['gateway→ГБД ЮЛ:organisation.lookup:found', 'gateway→ГБД ЮЛ:organisation.lookup:no-data', 'gateway→ГБД ЮЛ:organisation.lookup:not-a-representative']);
    expect(JSON.stringify(scanned.Items)).not.toContain(bin);
    expect(JSON.stringify(scanned.Items)).not.toContain(rep.iin);
  });
});
