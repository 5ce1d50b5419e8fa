/** What a test can tell the Office double before the page loads, and what it reads back. */
export interface OfficeDoubleConfig {
  /** `Office.context.displayLanguage`; nl-BE when not given. */
  readonly displayLanguage?: string;
  /** The highest ExcelApi requirement set the "Excel" supports; 1.12 when not given. */
  readonly excelApi?: string;
  /** The values of the selected range, for "Huidige selectie". */
  readonly selection?: readonly (readonly (string | number | boolean)[])[];
  /** 0-based sheet row where the selection starts. */
  readonly selectionRowIndex?: number;
  /** The host Office.onReady reports: "Excel" when not given, null as in a browser outside Office. */
  readonly host?: string | null;
  /** 1-based number of the Excel request that fails, as a dropped connection would. */
  readonly failAtRequest?: number;
  /** A colleague types `value` into a cell of the table Registraties just before the request numbered `request`. */
  readonly colleagueEdit?: {
    readonly request: number;
    readonly row: number;
    readonly column: number;
    readonly value: number;
  };
}

/** A row a colleague adds to Registraties: its cells by column name (`Maand` as a date serial). */
export type ColleagueRow = Readonly<Record<string, string | number>>;

export interface TableSnapshot {
  readonly name: string;
  readonly sheet: string;
  readonly header: string[];
  /** Values as Excel shows them (the calculated column evaluated). */
  readonly values: (string | number | boolean)[][];
  /** The formula behind each cell, or null for a constant. */
  readonly formulas: (string | null)[][];
}

export interface WorkbookSnapshot {
  readonly sheets: { readonly name: string; readonly charts: string[] }[];
  readonly tables: TableSnapshot[];
  readonly pivots: { readonly name: string; readonly sheet: string; readonly refreshCount: number }[];
  readonly requestCount: number;
}
