import { KeyedTotals } from "./keyedTotals";
import { TermTotals } from "./termTotals";

describe("KeyedTotals", () => {
  it("sums principal and loans per key", () => {
    const totals = new KeyedTotals<string>();
    totals.add("Antwerpen", 100, 1);
    totals.add("Limburg", 50, 2);
    totals.add("Antwerpen", 25, 3);
    expect(totals.totalsOf("Antwerpen")).toEqual({ principalCents: 125, loans: 4 });
    expect(totals.totalsOf("Gent")).toEqual({ principalCents: 0, loans: 0 });
    expect(totals.sum()).toEqual({ principalCents: 175, loans: 6 });
    expect(totals.sum((key) => key !== "Limburg")).toEqual({ principalCents: 125, loans: 4 });
    expect(totals.sortedKeys((a, b) => b.localeCompare(a))).toEqual(["Limburg", "Antwerpen"]);
  });

  it("hands out copies, so a caller cannot change the sums", () => {
    const totals = new KeyedTotals<number>();
    totals.add(5, 100, 1);
    const copy = totals.totalsOf(5) as { principalCents: number };
    copy.principalCents = 0;
    expect(totals.totalsOf(5).principalCents).toBe(100);
  });
});

describe("TermTotals", () => {
  it("summarises per ascending term with rounded averages and a total", () => {
    const totals = new TermTotals();
    totals.add(10, 100, 3);
    totals.add(5, 200, 2);
    totals.add(10, 1, 0);
    expect(totals.summarise()).toEqual({
      rows: [
        { termYears: 5, principalCents: 200, loans: 2, averageCents: 100 },
        { termYears: 10, principalCents: 101, loans: 3, averageCents: 34 },
      ],
      total: { principalCents: 301, loans: 5, averageCents: 60 },
    });
  });
});
