/**
 * The user pools' password policy, declared once: the CDK stack and the local cloud configure
 * Cognito with it, and citizen sign-up checks a new password against it before creating the
 * account (so a weak password never leaves a half-created user behind).
 */
export interface PasswordPolicy {
  minLength: number;
  requireLowercase: boolean;
  requireUppercase: boolean;
  requireDigits: boolean;
  requireSymbols: boolean;
}

export const passwordPolicy: PasswordPolicy = { minLength: 8, requireLowercase: true, requireUppercase: true, requireDigits: true, requireSymbols: true };

/** The characters Cognito counts as symbols (its password policy documentation). */
const SYMBOLS = new Set([...'^$*.[]{}()?-"!@#%&/\\,><\':;|_~`+=']);

/** What the password lacks, by rule name; empty when it passes. Cognito counts Latin letters only. */
export function passwordProblems(password: string, policy: PasswordPolicy = passwordPolicy): string[] {
  const chars = [...password];
  const problems: string[] = [];
  if (chars.length < policy.minLength) problems.push('minLength');
  if (policy.requireLowercase && !/[a-z]/.test(password)) problems.push('lowercase');
  if (policy.requireUppercase && !/[A-Z]/.test(password)) problems.push('uppercase');
  if (policy.requireDigits && !/[0-9]/.test(password)) problems.push('digit');
  if (policy.requireSymbols && !chars.some((c) => SYMBOLS.has(c))) problems.push('symbol');
  // Cognito refuses leading or trailing spaces.
  if (password !== password.trim()) problems.push('surroundingSpace');
  return problems;
}
