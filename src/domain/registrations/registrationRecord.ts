/** One row of registration figures: a month, a term, and how many loans for how much principal. */
export interface RegistrationRecord {
  readonly year: number;
  readonly month: number; // 1-12
  readonly termYears: number;
  readonly principalCents: number; // integer
  readonly loans: number;
  readonly province?: string;
  /** Where the row stood in its input (1-based line or row number), so every figure can be traced back. */
  readonly line: number;
}
