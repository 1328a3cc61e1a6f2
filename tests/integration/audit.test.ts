import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { describe, expect, it } from 'vitest';
import { ddbClient } from '../../shared/adapters/clients.js';
import { auditPlatform } from '../../scripts/audit-verify.js';
import { newCitizen, newStaff, usePlatform } from '../support/platform.js';
import { approveBody, submitArchiveRequest, waitStatus } from '../support/journey.js';

const ctx = usePlatform('audit');

describe('tamper-evident history on the local cloud', () => {
  it('seals the day, verifies every chain and seal, and names the entry someone altered', async () => {
    const { iin, client } = await newCitizen(ctx.platform);
    const { requestId } = await submitArchiveRequest(client, iin);
    await waitStatus(client, `/v1/requests/${requestId}`, ['IN_INBOX']);
    const clerk = await newStaff(ctx.platform);
    await clerk.client.call('POST', `/v1/agency/requests/${requestId}/take`);
    await clerk.client.call('POST', `/v1/agency/requests/${requestId}/decision`, approveBody);
    await waitStatus(client, `/v1/requests/${requestId}`, ['COMPLETED']);

    const day = new Date().toISOString().slice(0, 10);
    const sealed = (await ctx.platform.runtime.invoke('audit-seal', { detail: { day } })) as { count: number };
    expect(sealed.count).toBeGreaterThanOrEqual(1);

    const clean = await auditPlatform(ctx.platform, ctx.platform.env);
    expect(clean.problems).toEqual([]);
    expect(clean.seals).toBe(1);
    expect(clean.entries).toBeGreaterThanOrEqual(9);

    // Someone edits the registration entry's note in the table.
    const table = ctx.platform.env.REQUESTS_TABLE!;
    const items = (await ddbClient().send(new QueryCommand({ TableName: table, KeyConditionExpression: 'pk = :p AND begins_with(sk, :h)', ExpressionAttributeValues: { ':p': `REQ#${requestId}`, ':h': 'H#' } }))).Items!;
    const registered = items.find((i) => i.event === 'gateway.registered')!;
    await ddbClient().send(new UpdateCommand({ TableName: table, Key: { pk: registered.pk, sk: registered.sk }, UpdateExpression: 'SET note = :n', ExpressionAttributeValues: { ':n': 'MNG-ARH-1999-000001' } }));

    const tampered = await auditPlatform(ctx.platform, ctx.platform.env);
    expect(tampered.problems).toHaveLength(1);
    expect(tampered.problems[0]).toContain(requestId);
    expect(tampered.problems[0]).toContain('hash-mismatch');
    expect(tampered.problems[0]).toContain('gateway.registered');
  });
});
