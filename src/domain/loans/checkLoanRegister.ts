import { Language } from "../errors/messageCatalogue";
import { findMaximumAmountEuro, LoanParty } from "../rules/maximumAmount";
import { describeLoanFindings } from "./describeLoanFinding";
import { findBalanceOnDay, ScheduledLoan, scheduleLoan } from "./loanBalances";
import { findLoanFindings, LoanFinding } from "./loanFindings";
import { describeRegisterRowError, RegisterEntry, RegisterLoan } from "./readLoanRegister";
import { nameArgument } from "./registerResult";

/**
 * One text per row of a loan register: "" for an empty row, the row's own error for a bad one, else
 * "OK" or everything the deed breaks: CHECK_LOAN's rules, then the cumulative maxima. On its
 * conclusion date, what the same lender's other deeds concluded on or before that date commit (the
 * whole amount of one not yet started, else its balance; same-day deeds in row order) plus this
 * amount must stay within the per-lender maximum of that date; likewise per borrower.
 * A cumulative finding is only given when other loans count, as the deed's own amount is already
 * checked against the per-lender maximum.
 */
export function checkLoanRegister(entries: readonly RegisterEntry[], language: Language): string[] {
  const loans = entries.flatMap((entry) => (entry.kind === "loan" ? [entry.loan] : []));
  const othersCents = sumOtherBalances(loans);
  let next = 0; // the index in `loans` of the next loan entry
  return entries.map((entry) => {
    if (entry.kind === "empty") return "";
    if (entry.kind === "invalid") return describeRegisterRowError(entry.row, entry.error, language);
    const index = next++;
    const { loan } = entry;
    const findings = findLoanFindings(loan);
    if (!findings.ok) {
      return describeRegisterRowError(loan.row, nameArgument(findings.error, loan.columnNames ?? {}), language);
    }
    const cumulative = [
      findTotalAboveMaximum(loan, "lender", othersCents.lender[index]),
      findTotalAboveMaximum(loan, "borrower", othersCents.borrower[index]),
    ].filter((finding): finding is LoanFinding => finding !== undefined);
    return describeLoanFindings([...findings.value, ...cumulative], language);
  });
}

interface OtherBalances {
  readonly lender: Float64Array;
  readonly borrower: Float64Array;
}

/**
 * For each loan, the summed commitments on its conclusion date of the same lender's (and borrower's)
 * other loans concluded before that date, or that day on an earlier row. Each schedule is built once and dropped after use;
 * the work beyond that grows with the square of a lender's or borrower's number of loans, a handful.
 * A loan without a schedule (a term SCHEDULE refuses) counts with its whole amount from its start.
 */
function sumOtherBalances(loans: readonly RegisterLoan[]): OtherBalances {
  const lenderGroups = groupIndices(loans, (loan) => loan.lenderKey);
  const borrowerGroups = groupIndices(loans, (loan) => loan.borrowerKey);
  const sums: OtherBalances = { lender: new Float64Array(loans.length), borrower: new Float64Array(loans.length) };
  loans.forEach((loan, j) => {
    const lenderGroup = lenderGroups.get(loan.lenderKey) ?? [];
    const borrowerGroup = borrowerGroups.get(loan.borrowerKey) ?? [];
    if (lenderGroup.length === 1 && borrowerGroup.length === 1) return;
    const scheduled = scheduleLoan(loan);
    addBalancesTo(sums.lender, lenderGroup, j, scheduled, loans);
    addBalancesTo(sums.borrower, borrowerGroup, j, scheduled, loans);
  });
  return sums;
}

/** Adds loan j's balance on each group member's conclusion date to that member's sum. */
function addBalancesTo(
  sums: Float64Array,
  group: readonly number[],
  j: number,
  scheduled: ScheduledLoan,
  loans: readonly RegisterLoan[],
): void {
  const concludedSerial = loans[j].conclusionSerial;
  for (const i of group) {
    const daySerial = loans[i].conclusionSerial;
    // Deeds signed the same day count in row order: only the one that takes the total over is flagged.
    const earlier = concludedSerial < daySerial || (concludedSerial === daySerial && j < i);
    if (earlier) sums[i] += findCommittedOnDay(scheduled, daySerial);
  }
}

/**
 * What a signed deed commits on `day`: its whole amount until it starts (the limits speak of the
 * loans concluded, whether or not the money has moved), then its balance. The tax credit's
 * balance of 0 before the start date is not for the limits.
 */
function findCommittedOnDay(scheduled: ScheduledLoan, day: number): number {
  return day < scheduled.startSerial ? scheduled.amountCents : findBalanceOnDay(scheduled, day);
}

function groupIndices<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, number[]> {
  const groups = new Map<string, number[]>();
  items.forEach((item, index) => {
    const group = groups.get(keyOf(item));
    if (group === undefined) groups.set(keyOf(item), [index]);
    else group.push(index);
  });
  return groups;
}

function findTotalAboveMaximum(loan: RegisterLoan, party: LoanParty, othersCents: number): LoanFinding | undefined {
  if (othersCents <= 0) return undefined;
  const maximumEuro = findMaximumAmountEuro(loan.conclusionSerial, party);
  const totalCents = othersCents + loan.amountCents;
  if (!maximumEuro.ok || totalCents <= maximumEuro.value * 100) return undefined;
  return {
    kind: party === "lender" ? "lender_total_above_maximum" : "borrower_total_above_maximum",
    party: party === "lender" ? loan.lender : loan.borrower,
    totalCents,
    maximumCents: maximumEuro.value * 100,
    conclusionSerial: loan.conclusionSerial,
  };
}
