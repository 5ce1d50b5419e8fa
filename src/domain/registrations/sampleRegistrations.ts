import { parseRegistrations } from "./import/parseRegistrations";
import { RegistrationRecord } from "./registrationRecord";

/**
 * The registration table of the press release of the Flemish government of June 2021 (win-win
 * loans registered January–May 2021, per month and term), with its subtotals and grand total.
 * The task pane offers it as the sample dataset. Only the table's figures are copied, laid out as
 * the PDF's text gives them (blank lines dropped).
 */
export const SAMPLE_REGISTRATION_TEXT = ` Registratiedatum Lening periode Hoofdsom Aantal leningen
2021 januari 5 2.874.015,15 € 448
    6 345.000,00 € 14
    7 265.000,00 € 7
    8 2.398.821,00 € 76
    9 70.000,00 € 2
    10 3.643.420,00 € 97
  Totaal januari   9.596.256,15 € 644
  februari 5 4.914.035,00 € 220
    6 222.650,00 € 14
    7 1.051.500,00 € 34
    8 2.405.186,00 € 113
    10 5.618.790,00 € 175
  Totaal februari    14.212.161,00 € 556
  maart 5 5.926.190,00 € 466
    6 310.000,00 € 12
    7 1.048.500,00 € 33
    8 2.980.000,00 € 178
    9 15.000,00 € 1
    10 7.686.500,00 € 313
  Totaal maart   17.966.190,00 € 1003
  april 5 4.027.360,00 € 404
    6 154.020,48 € 7
    7 623.000,00 € 27
    8 2.074.050,00 € 109
    9 125.000,00 € 2
    10 4.648.600,00 € 146
  Totaal april   11.652.030,48 € 695
  mei 5 4.297.253,40 € 275
    6 313.551,20 € 9
    7 239.500,00 € 8
    8 1.898.000,00 € 108
    10 3.505.000,00 € 95
  Totaal mei   10.253.304,60 € 495
2021 Total     63.679.942,23 € 3393
`;

/**
 * The sample table as records, read by the import's own text reader; its tests check the result
 * against the press release's stated figures (28 rows, 3,393 loans, 63,679,942.23 euro).
 */
export const SAMPLE_REGISTRATIONS: readonly RegistrationRecord[] = parseRegistrations(SAMPLE_REGISTRATION_TEXT).records;
