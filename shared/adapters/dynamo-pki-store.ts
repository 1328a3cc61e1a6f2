/**
 * The certification centre's registry in DynamoDB (table Pki):
 *   CA / ROOT, CA / ISSUING        the CA certificates
 *   CERT#<serial> / META           an issued certificate and its status
 *   REVOKED / <serial>             one item per revocation (the CRL is one Query)
 *   SEQ / CRL                      the CRL number
 *   STAFF#<username> / KEY         a staff member's KMS signing key and certificate
 *   DOC#<documentId> / META, DOCSHA#<sha256> / META   result documents for public verification
 */
import { GetCommand, PutCommand, QueryCommand, TransactWriteCommand, UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { CertificateRecord, PkiStore } from '../ports/index.js';

const b64 = (u: Uint8Array) => Buffer.from(u).toString('base64');
const unb64 = (s: string) => new Uint8Array(Buffer.from(s, 'base64'));

export class DynamoPkiStore implements PkiStore {
  private ca?: { root: Uint8Array; issuing: Uint8Array };
  constructor(
    private readonly ddb: DynamoDBDocumentClient,
    private readonly table: string,
  ) {}

  private async item(pk: string, sk: string) {
    return (await this.ddb.send(new GetCommand({ TableName: this.table, Key: { pk, sk }, ConsistentRead: true }))).Item;
  }

  async getCa() {
    if (this.ca) return this.ca;
    const [root, issuing] = await Promise.all([this.item('CA', 'ROOT'), this.item('CA', 'ISSUING')]);
    if (!root || !issuing) return undefined;
    // CA certificates never change once stored: cache them for the process.
    this.ca = { root: unb64(String(root.der)), issuing: unb64(String(issuing.der)) };
    return this.ca;
  }

  async putCaIfAbsent(ca: { root: Uint8Array; issuing: Uint8Array }) {
    try {
      await this.ddb.send(
        new TransactWriteCommand({
          TransactItems: [
            { Put: { TableName: this.table, Item: { pk: 'CA', sk: 'ROOT', der: b64(ca.root) }, ConditionExpression: 'attribute_not_exists(pk)' } },
            { Put: { TableName: this.table, Item: { pk: 'CA', sk: 'ISSUING', der: b64(ca.issuing) }, ConditionExpression: 'attribute_not_exists(pk)' } },
          ],
        }),
      );
    } catch (e) {
      if ((e as { name?: string }).name !== 'TransactionCanceledException') throw e;
    }
    const stored = await this.getCa();
    if (!stored) throw new Error('CA certificates missing after bootstrap');
    return stored;
  }

  async putCertificate(c: CertificateRecord) {
    await this.ddb.send(new PutCommand({ TableName: this.table, Item: { pk: `CERT#${c.serialNumber}`, sk: 'META', ...c }, ConditionExpression: 'attribute_not_exists(pk)' }));
  }

  async getCertificate(serialNumber: string) {
    const i = await this.item(`CERT#${serialNumber}`, 'META');
    if (!i) return undefined;
    const { pk: _p, sk: _s, ...rest } = i;
    return rest as CertificateRecord;
  }

  async revoke(serialNumber: string, at: Date) {
    try {
      await this.ddb.send(
        new TransactWriteCommand({
          TransactItems: [
            {
              Update: {
                TableName: this.table,
                Key: { pk: `CERT#${serialNumber}`, sk: 'META' },
                UpdateExpression: 'SET #s = :r, revokedAt = :at',
                ConditionExpression: '#s = :g',
                ExpressionAttributeNames: { '#s': 'status' },
                ExpressionAttributeValues: { ':r': 'revoked', ':g': 'good', ':at': at.toISOString() },
              },
            },
            { Put: { TableName: this.table, Item: { pk: 'REVOKED', sk: serialNumber, revokedAt: at.toISOString() } } },
          ],
        }),
      );
      return true;
    } catch (e) {
      if ((e as { name?: string }).name === 'TransactionCanceledException') return false;
      throw e;
    }
  }

  async listRevoked() {
    const out: { serialNumber: string; revokedAt: string }[] = [];
    let start: Record<string, unknown> | undefined;
    do {
      const r = await this.ddb.send(new QueryCommand({ TableName: this.table, KeyConditionExpression: 'pk = :p', ExpressionAttributeValues: { ':p': 'REVOKED' }, ExclusiveStartKey: start }));
      for (const i of r.Items ?? []) out.push({ serialNumber: String(i.sk), revokedAt: String(i.revokedAt) });
      start = r.LastEvaluatedKey;
    } while (start);
    return out;
  }

  async nextCrlNumber() {
    const r = await this.ddb.send(
      new UpdateCommand({ TableName: this.table, Key: { pk: 'SEQ', sk: 'CRL' }, UpdateExpression: 'ADD #v :one', ExpressionAttributeNames: { '#v': 'value' }, ExpressionAttributeValues: { ':one': 1 }, ReturnValues: 'UPDATED_NEW' }),
    );
    return Number(r.Attributes?.value);
  }

  async getStaffKey(username: string) {
    const i = await this.item(`STAFF#${username}`, 'KEY');
    return i ? { keyId: String(i.keyId), certSerial: String(i.certSerial), certDer: String(i.certDer) } : undefined;
  }

  async putStaffKey(username: string, v: { keyId: string; certSerial: string; certDer: string }) {
    await this.ddb.send(new PutCommand({ TableName: this.table, Item: { pk: `STAFF#${username}`, sk: 'KEY', ...v } }));
  }

  async putDocument(d: { documentId: string; requestId: string; sha256: string }) {
    await this.ddb.send(
      new TransactWriteCommand({
        TransactItems: [
          { Put: { TableName: this.table, Item: { pk: `DOC#${d.documentId}`, sk: 'META', ...d } } },
          { Put: { TableName: this.table, Item: { pk: `DOCSHA#${d.sha256}`, sk: 'META', ...d } } },
        ],
      }),
    );
  }

  async getDocument(documentId: string) {
    const i = await this.item(`DOC#${documentId}`, 'META');
    return i ? { documentId: String(i.documentId), requestId: String(i.requestId), sha256: String(i.sha256) } : undefined;
  }

  async findDocumentBySha256(sha256: string) {
    const i = await this.item(`DOCSHA#${sha256}`, 'META');
    return i ? { documentId: String(i.documentId), requestId: String(i.requestId), sha256: String(i.sha256) } : undefined;
  }
}
