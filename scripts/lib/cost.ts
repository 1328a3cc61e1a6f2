/**
 * Cost of service requests on AWS, from the calls the benchmark counted and AWS's list prices.
 *
 * PRICES: us-east-1 list prices (on-demand, no free tier, no volume discounts) as published on the
 * AWS pricing pages for each service, as known to us in 2025 (DynamoDB on-demand after its
 * November 2024 reduction). Written down on 2026-12-02 without network access to re-read them:
 * check the pages before budgeting. Kazakhstan has no AWS region, and its personal-data law
 * requires storage in the country, so these figures are a cost model, not a quote.
 */
export const PRICES_USD = {
  asOf: '2025 list prices (written 2026-12-02), us-east-1',
  lambdaPerMillionRequests: 0.2,
  lambdaPerGbSecond: 0.0000166667, // x86
  httpApiPerMillionRequests: 1.0,
  sqsPerMillionRequests: 0.4, // standard queue, per 64 KB chunk
  dynamoPerMillionWriteUnits: 0.625, // on-demand
  dynamoPerMillionReadUnits: 0.125,
  s3PerThousandPut: 0.005, // PUT, COPY, POST, LIST
  s3PerThousandGet: 0.0004, // GET, HEAD and others
  s3PerGbMonth: 0.023,
  kmsPerTenThousandAsymmetric: 0.15, // Sign with ECC keys
  kmsPerTenThousandSymmetric: 0.03,
  logsPerGbIngested: 0.5,
} as const;

export interface RequestFootprint {
  /** Lambda invocations per request (HTTP routes + queue consumers). */
  invocations: number;
  /** Billed Lambda GB-seconds per request. */
  gbSeconds: number;
  /** HTTP API requests per request. */
  apiRequests: number;
  /** SQS API requests per request (send + receive + delete per message). */
  sqsRequests: number;
  dynamoWriteUnits: number;
  dynamoReadUnits: number;
  s3Puts: number;
  s3Gets: number;
  kmsAsymmetric: number;
  kmsSymmetric: number;
  logBytes: number;
  /** Bytes stored per request (scans, result, signature). */
  storedBytes: number;
}

export interface CostLine {
  item: string;
  per1000: number;
}

/** USD per 1,000 requests, by item; storage as USD per month for the 1,000 requests' files. */
export function costPer1000(f: RequestFootprint, p = PRICES_USD): { lines: CostLine[]; total: number; storagePerMonth: number } {
  const k = 1000;
  const lines: CostLine[] = [
    { item: 'Lambda requests', per1000: (f.invocations * k * p.lambdaPerMillionRequests) / 1e6 },
    { item: 'Lambda compute', per1000: f.gbSeconds * k * p.lambdaPerGbSecond },
    { item: 'API Gateway (HTTP API)', per1000: (f.apiRequests * k * p.httpApiPerMillionRequests) / 1e6 },
    { item: 'SQS', per1000: (f.sqsRequests * k * p.sqsPerMillionRequests) / 1e6 },
    { item: 'DynamoDB writes', per1000: (f.dynamoWriteUnits * k * p.dynamoPerMillionWriteUnits) / 1e6 },
    { item: 'DynamoDB reads', per1000: (f.dynamoReadUnits * k * p.dynamoPerMillionReadUnits) / 1e6 },
    { item: 'S3 requests', per1000: (f.s3Puts * k * p.s3PerThousandPut) / 1000 + (f.s3Gets * k * p.s3PerThousandGet) / 1000 },
    { item: 'KMS', per1000: (f.kmsAsymmetric * k * p.kmsPerTenThousandAsymmetric) / 1e4 + (f.kmsSymmetric * k * p.kmsPerTenThousandSymmetric) / 1e4 },
    { item: 'CloudWatch Logs', per1000: (f.logBytes * k * p.logsPerGbIngested) / 1024 ** 3 },
  ];
  return { lines, total: lines.reduce((s, l) => s + l.per1000, 0), storagePerMonth: (f.storedBytes * k * p.s3PerGbMonth) / 1024 ** 3 };
}
