/** Principal and loan count summed over a group of registrations. */
export interface Totals {
  readonly principalCents: number;
  readonly loans: number;
}
