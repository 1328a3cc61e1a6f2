/** The simulated state database of individuals (ГБД ФЛ): PERSON#<iin> / GBDFL. */
import { GetCommand, PutCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { PersonRecord, PersonRegistry } from '../ports/index.js';

export class DynamoPersonRegistry implements PersonRegistry {
  constructor(
    private readonly ddb: DynamoDBDocumentClient,
    private readonly table: string,
  ) {}

  async findPerson(iin: string): Promise<PersonRecord | undefined> {
    const r = await this.ddb.send(new GetCommand({ TableName: this.table, Key: { pk: `PERSON#${iin}`, sk: 'GBDFL' } }));
    if (!r.Item) return undefined;
    const { pk: _pk, sk: _sk, ...person } = r.Item;
    return person as PersonRecord;
  }

  async putPerson(p: PersonRecord): Promise<void> {
    await this.ddb.send(new PutCommand({ TableName: this.table, Item: { pk: `PERSON#${p.iin}`, sk: 'GBDFL', ...p } }));
  }
}
