/**
 * ИИН / БИН (ЖСН / БСН): 12 digits, the last a check digit. Algorithm of the national
 * identification number rules: weights 1..11, sum mod 11; a result of 10 is recomputed with
 * weights 3..11,1,2; a second 10 means the number is invalid.
 */
const W1 = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11];
const W2 = [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2];

export function checkDigit(first11: string): number | null {
  const d = [...first11].map(Number);
  const sum = (w: number[]) => d.reduce((acc, x, i) => acc + x * (w[i] ?? 0), 0) % 11;
  let c = sum(W1);
  if (c === 10) c = sum(W2);
  return c === 10 ? null : c;
}

export function isValidIin(value: unknown): value is string {
  if (typeof value !== 'string' || !/^\d{12}$/.test(value)) return false;
  const c = checkDigit(value.slice(0, 11));
  return c !== null && c === Number(value[11]);
}

/** Builds a valid IIN from 11 leading digits (for seeding synthetic people), or null if none exists. */
export function completeIin(first11: string): string | null {
  const c = checkDigit(first11);
  return c === null ? null : first11 + String(c);
}

/** For display and logs of staff tools only: 90**********23 → 90********23. Never log even this. */
export function maskIin(iin: string): string {
  return iin.length === 12 ? `${iin.slice(0, 2)}********${iin.slice(10)}` : '************';
}
