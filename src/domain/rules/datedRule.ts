import { DaySerial, serialOfIsoLiteral } from "../dates/daySerial";

/**
 * One row of a dated legal rule: the value applies to loans concluded from `from` (inclusive)
 * until `until` (exclusive; null = still in force). Every row names its source.
 */
export interface RuleWindow<T> {
  readonly from: string;
  readonly until: string | null;
  readonly value: T;
  readonly source: string;
  readonly confidence: "certain" | "probable";
}

export interface DatedRule<T> {
  readonly name: string;
  readonly windows: readonly RuleWindow<T>[];
  /** The window in force on that day, or undefined before the first window. */
  windowOn(serial: DaySerial): RuleWindow<T> | undefined;
}

export function createDatedRule<T>(name: string, windows: readonly RuleWindow<T>[]): DatedRule<T> {
  const fromSerials = windows.map((w) => serialOfIsoLiteral(w.from));
  const untilSerials = windows.map((w) => (w.until === null ? Infinity : serialOfIsoLiteral(w.until)));
  return {
    name,
    windows,
    windowOn(serial: DaySerial): RuleWindow<T> | undefined {
      // Newest first: most questions are about recent loans, and tables hold at most a handful of rows.
      for (let i = windows.length - 1; i >= 0; i--) {
        if (serial >= fromSerials[i] && serial < untilSerials[i]) return windows[i];
      }
      return undefined;
    },
  };
}
