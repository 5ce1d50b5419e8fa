import { toDaySerial } from "../../dates/daySerial";
import { toMonthKey } from "../../dates/monthKey";
import { DateOrder } from "../../dates/parseDateText";
import { TimeCellReader } from "./timeCellReader";

/** The month and day serial a cell is read as, or what else it is read as. */
function readDay(reader: TimeCellReader, cell: unknown): [number, number] | string {
  const time = reader.read(cell);
  return time.kind === "day" ? [time.month, time.daySerial] : time.kind;
}

describe("TimeCellReader", () => {
  it.each<[string, DateOrder, unknown, number, number, number]>([
    ["a slashed date, day first", "dayFirst", "15/03/2021", 2021, 3, 15],
    ["a slashed date, month first", "monthFirst", "03/15/2021", 2021, 3, 15],
    ["a date with a one-digit day", "dayFirst", "5/03/2021", 2021, 3, 5],
    ["a dashed date", "dayFirst", "15-03-2021", 2021, 3, 15],
    ["an ISO date", "dayFirst", "2021-03-15", 2021, 3, 15],
  ])("reads %s, the second time from its cache as the first", (_case, order, cell, year, month, day) => {
    const reader = new TimeCellReader();
    reader.useDateOrder(order);
    const expected = [toMonthKey(year, month), toDaySerial(year, month, day)];
    expect(readDay(reader, cell)).toEqual(expected);
    expect(readDay(reader, cell)).toEqual(expected);
  });

  it("reads a slashed date again when the order changes", () => {
    const reader = new TimeCellReader();
    reader.useDateOrder("dayFirst");
    expect(reader.read("01/02/2021")).toMatchObject({ month: toMonthKey(2021, 2) });
    reader.useDateOrder("monthFirst");
    expect(reader.read("01/02/2021")).toMatchObject({ month: toMonthKey(2021, 1) });
  });

  it.each(["31/02/2021", "15/13/2021", "1a/03/2021", "15/03/2O21"])("refuses %j, also when read twice", (cell) => {
    const reader = new TimeCellReader();
    reader.useDateOrder("dayFirst");
    const first = reader.read(cell);
    expect(first.kind).not.toBe("day");
    expect(reader.read(cell)).toEqual(first);
  });
});
