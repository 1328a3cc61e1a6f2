import { describe, expect, it } from 'vitest';
import { costPer1000, PRICES_USD } from '../../scripts/lib/cost.js';

const zero = { invocations: 0, gbSeconds: 0, apiRequests: 0, sqsRequests: 0, dynamoWriteUnits: 0, dynamoReadUnits: 0, s3Puts: 0, s3Gets: 0, kmsAsymmetric: 0, kmsSymmetric: 0, logBytes: 0, storedBytes: 0 };

describe('cost per 1,000 requests', () => {
  it('prices each item from its own unit and adds them up', () => {
    const one = (k: keyof typeof zero, v: number) => costPer1000({ ...zero, [k]: v }).total;
    expect(one('invocations', 1000)).toBeCloseTo(1000 * 1000 * PRICES_USD.lambdaPerMillionRequests / 1e6, 10); // 1M invocations = $0.20
    expect(one('kmsAsymmetric', 1)).toBeCloseTo(0.015, 10); // 1,000 Sign calls at $0.15 per 10,000
    expect(one('s3Puts', 1)).toBeCloseTo(0.005, 10);
    expect(one('dynamoWriteUnits', 1000)).toBeCloseTo(0.625, 10); // 1M write units
    expect(one('logBytes', 1024 ** 3 / 1000)).toBeCloseTo(0.5, 10); // 1 GB of logs
    const all = costPer1000({ ...zero, invocations: 10, kmsAsymmetric: 1, s3Puts: 3 });
    expect(all.total).toBeCloseTo(all.lines.reduce((s, l) => s + l.per1000, 0), 12);
    expect(costPer1000({ ...zero, storedBytes: 1024 ** 3 / 1000 }).storagePerMonth).toBeCloseTo(PRICES_USD.s3PerGbMonth, 10);
  });
});
