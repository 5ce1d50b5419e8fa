import { formatMonthName } from "../dates/monthNames";
import type { Language } from "./language";
import { formatDecimal, formatEuroCents } from "./localNumbers";

/**
 * Every message the add-in shows for bad input, in Dutch and English, keyed by a stable snake_case code.
 * Codes are part of the contract (tests, logs, the import's issue list); texts may be improved freely.
 * Placeholders `{name}` are filled from the error's params.
 */
export const MESSAGE_CATALOGUE = {
  argument_missing: {
    nl: "{argument} ontbreekt.",
    en: "{argument} is missing.",
  },
  argument_not_number: {
    nl: "{argument} moet een getal zijn, niet '{value}'.",
    en: "{argument} must be a number, not '{value}'.",
  },
  argument_not_date: {
    nl: "{argument} moet een datum zijn (datumwaarde, 2021-03-15 of 15/03/2021), niet '{value}'.",
    en: "{argument} must be a date (date value, 2021-03-15 or 15/03/2021), not '{value}'.",
  },
  argument_not_month: {
    nl: "{argument} moet een maand zijn (een datum in die maand of 2021-03), niet '{value}'.",
    en: "{argument} must be a month (a date in that month or 2021-03), not '{value}'.",
  },
  argument_negative: {
    nl: "{argument} mag niet negatief zijn ({value}).",
    en: "{argument} cannot be negative ({value}).",
  },
  date_before_scheme: {
    nl: "De win-winlening bestaat pas sinds 1 september 2006; {date} valt daarvoor.",
    en: "The win-win loan exists only since 1 September 2006; {date} is before that.",
  },
  no_registrations: {
    nl: "Geen registraties in {month}.",
    en: "No registrations in {month}.",
  },
  no_registrations_at_all: {
    nl: "Het bereik bevat geen registraties.",
    en: "The range holds no registrations.",
  },
  no_registrations_for_term: {
    nl: "Geen registraties in {month} met een looptijd van {term} jaar.",
    en: "No registrations in {month} with a term of {term} years.",
  },
  argument_not_positive: {
    nl: "{argument} moet groter zijn dan 0 ({value}).",
    en: "{argument} must be greater than 0 ({value}).",
  },
  term_years_invalid: {
    nl: "{argument} moet een geheel aantal jaren van 1 tot {maximum} zijn, niet {value}.",
    en: "{argument} must be a whole number of years from 1 to {maximum}, not {value}.",
  },
  rate_not_fraction: {
    nl: "{argument} {value} is geen rentevoet: typ {value} % of {fraction}, niet {value}.",
    en: "{argument} {value} is not a rate: type {value}% or {fraction}, not {value}.",
  },
  month_before_scheme: {
    nl: "De win-winlening bestaat pas sinds september 2006; {month} valt daarvoor.",
    en: "The win-win loan exists only since September 2006; {month} is before that.",
  },
  month_before_scheme_year_alone: {
    nl: "De win-winlening bestaat pas sinds september 2006; {month} valt daarvoor. Een jaartal alleen (2021) leest Excel als een datum in 1905: typ 2021-01 of DATUM(2021;1;1).",
    en: "The win-win loan exists only since September 2006; {month} is before that. Excel reads a year alone (2021) as a date in 1905: type 2021-01 or DATE(2021,1,1).",
  },
  month_before_scheme_month_alone: {
    nl: "De win-winlening bestaat pas sinds september 2006; {month} valt daarvoor. Een maandnummer alleen (3) leest Excel als een dag in januari 1900: typ 2021-03 of DATUM(2021;3;1).",
    en: "The win-win loan exists only since September 2006; {month} is before that. Excel reads a month number alone (3) as a day in January 1900: type 2021-03 or DATE(2021,3,1).",
  },
  month_after_scheme_range: {
    nl: "{month} valt na december 2100; controleer het jaartal.",
    en: "{month} is after December 2100; check the year.",
  },
  date_after_scheme_range: {
    nl: "{date} valt na 31 december 2100; controleer het jaartal.",
    en: "{date} is after 31 December 2100; check the year.",
  },
  amount_beyond_cents: {
    nl: "{argument} {value} is te groot om tot op de cent te rekenen.",
    en: "{argument} {value} is too large to compute to the cent.",
  },
  amount_not_whole_cents: {
    nl: "{argument} {value} is niet tot op de cent.",
    en: "{argument} {value} is not exact to the cent.",
  },
  term_not_whole_years: {
    nl: "{argument} {value} is geen geheel aantal jaren.",
    en: "{argument} {value} is not a whole number of years.",
  },
  legal_rate_unknown: {
    nl: "Voor {year} is geen wettelijke rentevoet bekend.",
    en: "No legal interest rate is known for {year}.",
  },
  party_unknown: {
    nl: "Onbekende partij '{value}': gebruik kredietgever (lender) of kredietnemer (borrower).",
    en: "Unknown party '{value}': use lender (kredietgever) or borrower (kredietnemer).",
  },
  payments_per_year_invalid: {
    nl: "{argument} moet 1, 2, 4 of 12 zijn, niet '{value}'.",
    en: "{argument} must be 1, 2, 4 or 12, not '{value}'.",
  },
  method_unknown: {
    nl: "Onbekende aflossingswijze '{value}': gebruik annuity (annuïteit), linear (lineair) of bullet (eindvervaldag).",
    en: "Unknown repayment method '{value}': use annuity, linear or bullet.",
  },
  check_amount_above_maximum: {
    nl: "Het bedrag van {amount} euro is hoger dan het maximum van {maximum} euro per kredietgever voor een lening van {date}",
    en: "The amount of {amount} euro is above the per-lender maximum of {maximum} euro for a loan of {date}",
  },
  check_term_not_allowed: {
    nl: "Een looptijd van {term} jaar is niet toegelaten voor een lening van {date} (toegelaten: {allowed} jaar, in hele jaren)",
    en: "A term of {term} years is not allowed for a loan of {date} (allowed: {allowed} whole years)",
  },
  check_rate_below_minimum: {
    nl: "De rentevoet van {rate} is lager dan het minimum van {minimum}, de helft van de wettelijke rentevoet van {year}",
    en: "The rate of {rate} is below the minimum of {minimum}, half the legal interest rate of {year}",
  },
  check_rate_above_maximum: {
    nl: "De rentevoet van {rate} is hoger dan het maximum van {maximum}, de wettelijke rentevoet van {year}",
    en: "The rate of {rate} is above the maximum of {maximum}, the legal interest rate of {year}",
  },
  // The registration import (src/domain/registrations): one code per check, `{line}` is the input line.
  import_no_table: {
    nl: "Geen registratietabel gevonden: geen kopregel en geen regel met looptijd, hoofdsom en aantal leningen.",
    en: "No registration table found: no header row and no line with term, principal and number of loans.",
  },
  import_no_rows: {
    nl: "De kopregel staat er, maar er staan geen rijen onder: er valt niets te importeren.",
    en: "The header row is there, but no rows follow it: there is nothing to import.",
  },
  import_figure_thousands_unsure: {
    nl: "Regel {line}: '{value}' is gelezen als {readEuro} euro, met een scheidingsteken voor duizendtallen; met een decimaalteken zou het geen bedrag tot op de cent zijn. De andere bedragen tonen niet welk decimaalteken het bestand gebruikt, of tonen beide: controleer het.",
    en: "Line {line}: '{value}' was read as {readEuro} euro, with a thousands separator; with a decimal separator it would be no amount to the cent. The other amounts do not show which decimal separator the file uses, or show both: check it.",
  },
  import_figure_ambiguous: {
    nl: "Regel {line}: '{value}' kan {readEuro} of {otherEuro} euro zijn; de andere bedragen tonen niet welk decimaalteken het bestand gebruikt, of tonen beide. Gelezen als {readEuro} euro: controleer het.",
    en: "Line {line}: '{value}' may be {readEuro} or {otherEuro} euro; the other amounts do not show which decimal separator the file uses, or show both. Read as {readEuro} euro: check it.",
  },
  import_month_far_ahead: {
    nl: "Regel {line}: deze maand staat zonder jaartal, meer dan een half jaar na de maand erboven; gelezen als {month}. Staat de tabel met de nieuwste maand eerst, typ dan het jaar.",
    en: "Line {line}: this month has no year and comes more than half a year after the month above it; read as {month}. If the table lists its newest month first, type the year.",
  },
  import_month_next_year: {
    nl: "Regel {line}: deze maand staat zonder jaartal onder een latere maand; gelezen als {month}. Typ het jaar als dat niet klopt.",
    en: "Line {line}: this month has no year and follows a later month; read as {month}. Type the year if that is wrong.",
  },
  import_header_missing: {
    nl: "Geen kopregel gevonden met een kolom voor datum of maand, looptijd en hoofdsom (de eerste rij heeft {columns} kolommen).",
    en: "No header row found with columns for date or month, term and principal (the first row has {columns} columns).",
  },
  import_column_missing: {
    nl: "Regel {line}: de kopregel heeft geen kolom '{column}'.",
    en: "Line {line}: the header row has no '{column}' column.",
  },
  import_principal_scaled: {
    nl: "Regel {line}: de kolom '{text}' telt de bedragen in duizenden of miljoenen euro. Zo'n afgerond bedrag is geen registratie tot op de cent: neem de bedragen in euro over (Hoofdsom, 2.874.015,15).",
    en: "Line {line}: the column '{text}' counts the amounts in thousands or millions of euro. Such a rounded amount is no registration to the cent: take the amounts in euro (Principal, 2,874,015.15).",
  },
  import_row_without_columns: {
    nl: "Regel {line}: geen kopregel erboven noemt de kolommen datum of maand, looptijd en hoofdsom, dus deze rij is niet gelezen.",
    en: "Line {line}: no header row above it names the columns date or month, term and principal, so this row was not read.",
  },
  import_header_order_open: {
    nl: "Regel {line}: '{text}' noemt twee kolommen in een andere volgorde dan de rijen eronder gelezen worden (looptijd, hoofdsom, aantal leningen), en de derde niet: waar elk getal staat, is niet te zeggen. Noem de drie kolommen Looptijd, Hoofdsom en Aantal leningen.",
    en: "Line {line}: '{text}' names two columns in another order than the rows below it are read in (term, principal, number of loans), and not the third: where each figure stands cannot be told. Name the three columns Term, Principal and Number of loans.",
  },
  import_header_unclear: {
    nl: "Regel {line}: '{text}' lijkt een kopregel, maar '{words}' is geen kolomnaam. Zonder kopregel worden de rijen eronder gelezen als looptijd, hoofdsom, aantal leningen, en deze regel noemt ze in een andere volgorde. Gebruik de kolomnamen Looptijd, Hoofdsom en Aantal leningen.",
    en: "Line {line}: '{text}' looks like a header row, but '{words}' is no column name. Without a header the rows below are read as term, principal, number of loans, and this line names them in another order. Use the column names Term, Principal and Number of loans.",
  },
  import_line_unreadable: {
    nl: "Regel {line}: '{text}' is geen tabelregel (verwacht: looptijd, hoofdsom en aantal leningen).",
    en: "Line {line}: '{text}' is not a table line (expected: term, principal and number of loans).",
  },
  import_row_extra_cells: {
    nl: "Regel {line}: de rij heeft {cells} cellen, de kopregel maar {columns} kolommen. Een scheidingsteken in een getal (2,874,015.15 in een bestand met komma's) deelt het in stukken: zet zo'n getal tussen aanhalingstekens of kies een ander scheidingsteken.",
    en: "Line {line}: the row has {cells} cells, but the header row only {columns} columns. A delimiter inside a number (2,874,015.15 in a comma-separated file) cuts it into pieces: quote such a number or use another delimiter.",
  },
  import_province_figure: {
    nl: "Regel {line}: de provincie '{text}' is een getal. Een scheidingsteken in een bedrag (12,500.00 in een bestand met komma's) deelt het in stukken, en het laatste stuk belandt dan in de kolom provincie: zet zo'n getal tussen aanhalingstekens of kies een ander scheidingsteken.",
    en: "Line {line}: the province '{text}' is a figure. A delimiter inside an amount (12,500.00 in a comma-separated file) cuts it into pieces, and the last piece lands in the province column: quote such a number or use another delimiter.",
  },
  import_quote_unclosed: {
    nl: "Regel {line}: een aanhalingsteken wordt niet gesloten, dus de rest van het bestand is als één cel gelezen.",
    en: "Line {line}: a quotation mark is never closed, so the rest of the file was read as one cell.",
  },
  import_quote_invalid: {
    nl: "Regel {line}: een aanhalingsteken staat midden in een cel, dus de cellen van deze rij (tot regel {lastLine}) zijn niet te lezen en de rij is niet ingelezen. Zet een cel met aanhalingstekens helemaal tussen aanhalingstekens en verdubbel die erin, of haal ze weg.",
    en: "Line {line}: a quotation mark stands inside a cell, so the cells of this row (up to line {lastLine}) cannot be read and the row was not imported. Put a cell with quotation marks wholly in quotes and double the ones inside, or remove them.",
  },
  import_row_outside_year: {
    nl: "Regel {line}: de rij staat buiten elk jaar; er is nog geen jaar genoemd.",
    en: "Line {line}: the row is outside any year; no year has been given yet.",
  },
  import_month_after_unknown_name: {
    nl: "Regel {line}: de maand van deze rij is niet zeker: '{value}' op regel {brokenLine} erboven is geen maandnaam. Herstel die regel.",
    en: "Line {line}: this row's month is uncertain: '{value}' on line {brokenLine} above is not a month name. Fix that line.",
  },
  import_month_after_unreadable_line: {
    nl: "Regel {line}: de maand van deze rij is niet zeker: regel {brokenLine} erboven noemt een maand, maar is geen leesbare tabelregel. Herstel die regel.",
    en: "Line {line}: this row's month is uncertain: line {brokenLine} above names a month but is not a readable table line. Fix that line.",
  },
  import_month_missing: {
    nl: "Regel {line}: de rij heeft geen maand of datum.",
    en: "Line {line}: the row has no month or date.",
  },
  import_month_name_unknown: {
    nl: "Regel {line}: '{value}' is geen maandnaam.",
    en: "Line {line}: '{value}' is not a month name.",
  },
  import_date_invalid: {
    nl: "Regel {line}: '{value}' is geen datum of maand.",
    en: "Line {line}: '{value}' is not a date or month.",
  },
  import_year_invalid: {
    nl: "Regel {line}: '{value}' in de kolom jaar is geen jaar van de regeling ({first}–{last}).",
    en: "Line {line}: '{value}' in the year column is not a year of the scheme ({first}–{last}).",
  },
  import_total_without_figures: {
    nl: "Regel {line}: de totaalregel '{text}' heeft geen hoofdsom en geen aantal leningen; er valt niets na te gaan.",
    en: "Line {line}: the total row '{text}' has no principal and no number of loans; there is nothing to check.",
  },
  import_date_before_scheme: {
    nl: "Regel {line}: {date} valt voor de start van de win-winlening op 1 september 2006.",
    en: "Line {line}: {date} is before the win-win loan started on 1 September 2006.",
  },
  import_cell_empty: {
    nl: "Regel {line}: {column} is leeg.",
    en: "Line {line}: {column} is empty.",
  },
  import_term_not_positive: {
    nl: "Regel {line}: de looptijd moet minstens 1 jaar zijn, niet {value}.",
    en: "Line {line}: the term must be at least 1 year, not {value}.",
  },
  import_term_not_whole_years: {
    nl: "Regel {line}: de looptijd '{value}' is geen geheel aantal jaren.",
    en: "Line {line}: the term '{value}' is not a whole number of years.",
  },
  import_term_not_allowed: {
    nl: "Regel {line}: een looptijd van {termYears} jaar is niet toegelaten voor leningen van {when} (toegelaten: {allowed} jaar).",
    en: "Line {line}: a term of {termYears} years is not allowed for loans of {when} (allowed: {allowed} years).",
  },
  import_principal_not_number: {
    nl: "Regel {line}: de hoofdsom '{value}' is geen bedrag.",
    en: "Line {line}: the principal '{value}' is not an amount.",
  },
  import_principal_not_positive: {
    nl: "Regel {line}: de hoofdsom moet groter dan nul zijn, niet {value}.",
    en: "Line {line}: the principal must be more than zero, not {value}.",
  },
  import_loans_not_whole: {
    nl: "Regel {line}: het aantal leningen '{value}' is geen geheel getal.",
    en: "Line {line}: the number of loans '{value}' is not a whole number.",
  },
  import_figure_is_amount: {
    nl: "Regel {line}: {column} '{value}' is een bedrag in euro; staan de cijfers van deze regel in een andere volgorde?",
    en: "Line {line}: {column} '{value}' is an amount in euro; are this line's figures in another order?",
  },
  import_loans_not_positive: {
    nl: "Regel {line}: het aantal leningen moet groter dan nul zijn, niet {value}.",
    en: "Line {line}: the number of loans must be more than zero, not {value}.",
  },
  import_principal_above_lender_maximum: {
    nl: "Regel {line}: de hoofdsom van {principalEuro} euro is hoger dan het maximum van {maximumEuro} euro per kredietgever voor leningen van {when}.",
    en: "Line {line}: the principal of {principalEuro} euro is above the maximum of {maximumEuro} euro per lender for loans of {when}.",
  },
  import_average_above_lender_maximum: {
    nl: "Regel {line}: gemiddeld {averageEuro} euro per lening is hoger dan het maximum van {maximumEuro} euro per kredietgever voor leningen van {when}, dus minstens één lening is te groot.",
    en: "Line {line}: an average of {averageEuro} euro per loan is above the maximum of {maximumEuro} euro per lender for loans of {when}, so at least one loan is too large.",
  },
  import_average_below_one_euro: {
    nl: "Regel {line}: {principalEuro} euro voor {loans} leningen is minder dan 1 euro per lening; staan de hoofdsom en het aantal leningen in de juiste kolommen?",
    en: "Line {line}: {principalEuro} euro for {loans} loans is less than 1 euro per loan; are the principal and the number of loans in the right columns?",
  },
  import_duplicate_month_term: {
    nl: "Regel {line}: {month} met een looptijd van {termYears} jaar staat ook al op regel {firstLine}; beide rijen worden meegeteld.",
    en: "Line {line}: {month} with a term of {termYears} years is also on line {firstLine}; both rows are counted.",
  },
  import_month_subtotal_mismatch: {
    nl: "Regel {line}: het subtotaal van {month} ({statedEuro} euro, {statedLoans} leningen) verschilt van de som van de rijen ({summedEuro} euro, {summedLoans} leningen).",
    en: "Line {line}: the subtotal of {month} ({statedEuro} euro, {statedLoans} loans) differs from the sum of its rows ({summedEuro} euro, {summedLoans} loans).",
  },
  import_grand_total_mismatch: {
    nl: "Regel {line}: het totaal ({statedEuro} euro, {statedLoans} leningen) verschilt van de som van de rijen ({summedEuro} euro, {summedLoans} leningen).",
    en: "Line {line}: the total ({statedEuro} euro, {statedLoans} loans) differs from the sum of the rows ({summedEuro} euro, {summedLoans} loans).",
  },
  // Excel's own limits, checked before an import writes its first row (src/excel/excelLimits.ts).
  excel_sheet_rows_exceeded: {
    nl: "Regel {line}: de tabel Registraties zou tot rij {sheetRow} van het blad lopen; Excel heeft er maar {maximumRows}.",
    en: "Line {line}: the table Registraties would run to sheet row {sheetRow}; Excel has only {maximumRows}.",
  },
  excel_text_too_long: {
    nl: "Regel {line}: {column} telt {length} tekens; een cel in Excel houdt er hoogstens {maximumLength}.",
    en: "Line {line}: {column} has {length} characters; an Excel cell holds at most {maximumLength}.",
  },
  excel_number_too_precise: {
    nl: "Regel {line}: {column} '{value}' heeft meer dan {maximumDigits} beduidende cijfers; Excel zou het afronden.",
    en: "Line {line}: {column} '{value}' has more than {maximumDigits} significant digits; Excel would round it.",
  },
  // Multi-year loan formulas: LENDER_YEARS, CHECK_REGISTER, LENDER_CREDITS, COST_PROJECTION.
  tax_year_invalid: {
    nl: "tax_year moet een jaar van 2006 tot {last} zijn (of een datum in dat jaar), niet {value}.",
    en: "tax_year must be a year from 2006 to {last} (or a date in that year), not {value}.",
  },
  amount_too_large: {
    nl: "{argument} {value} is te groot: een aflossingsplan gaat tot {maximum} euro.",
    en: "{argument} {value} is too large: a schedule goes up to {maximum} euro.",
  },
  register_row_problem: {
    nl: "Rij {row}: {problem}",
    en: "Row {row}: {problem}",
  },
  registration_line_problem: {
    nl: "Regel {row}: {problem}",
    en: "Line {row}: {problem}",
  },
  register_no_header: {
    nl: "De eerste rij van het bereik moet de kolommen benoemen: Kredietgever, Kredietnemer, Afsluitdatum, Bedrag, Looptijd, Rentevoet.",
    en: "The range's first row must name its columns: Lender, Borrower, Conclusion date, Amount, Term, Rate.",
  },
  register_column_missing: {
    nl: "De kopregel heeft geen kolom '{column}'.",
    en: "The header row has no '{column}' column.",
  },
  register_no_loans: {
    nl: "Onder de kopregel staan geen leningen.",
    en: "There are no loans below the header row.",
  },
  check_lender_total_above_maximum: {
    nl: "Met de andere leningen van kredietgever {party} komt het uitstaande bedrag op {date} op {total} euro, meer dan het maximum van {maximum} euro per kredietgever",
    en: "With lender {party}'s other loans the amount outstanding on {date} comes to {total} euro, above the per-lender maximum of {maximum} euro",
  },
  check_borrower_total_above_maximum: {
    nl: "Met de andere leningen aan kredietnemer {party} komt het uitstaande bedrag op {date} op {total} euro, meer dan het maximum van {maximum} euro per kredietnemer",
    en: "With borrower {party}'s other loans the amount outstanding on {date} comes to {total} euro, above the per-borrower maximum of {maximum} euro",
  },
  check_start_year_after_conclusion_year: {
    nl: "De lening start in {startYear}, een later kalenderjaar dan ze gesloten werd ({conclusionYear}): volgens PMV verliest ze dan het belastingkrediet van het eerste jaar",
    en: "The loan starts in {startYear}, a later calendar year than it was concluded ({conclusionYear}): PMV warns it then loses the first year's tax credit",
  },
  check_rate_bounds_unknown: {
    nl: "Voor {year} is nog geen wettelijke rentevoet bekend, dus de rentevoet is niet gecontroleerd",
    en: "No legal interest rate is known yet for {year}, so the rate is not checked",
  },
  check_start_before_conclusion: {
    nl: "De startdatum {start} valt voor de afsluitdatum {conclusion}",
    en: "The start date {start} is before the conclusion date {conclusion}",
  },
  // The registration import's bounds: figures no loan can have are errors, never records.
  import_principal_too_large: {
    nl: "Regel {line}: de hoofdsom '{value}' is groter dan {maximumEuro} euro; geen rij kan zoveel bevatten.",
    en: "Line {line}: the principal '{value}' is more than {maximumEuro} euro; no row can hold that much.",
  },
  import_principal_not_whole_cents: {
    nl: "Regel {line}: de hoofdsom '{value}' is niet tot op de cent.",
    en: "Line {line}: the principal '{value}' is not exact to the cent.",
  },
  import_loans_too_many: {
    nl: "Regel {line}: het aantal leningen '{value}' is groter dan {maximum}.",
    en: "Line {line}: the number of loans '{value}' is more than {maximum}.",
  },
  import_term_too_long: {
    nl: "Regel {line}: de looptijd '{value}' is langer dan {maximum} jaar.",
    en: "Line {line}: the term '{value}' is longer than {maximum} years.",
  },
  import_date_after_range: {
    nl: "Regel {line}: de datum of maand '{value}' valt na 31 december 2100.",
    en: "Line {line}: the date or month '{value}' is after 31 December 2100.",
  },
  import_date_in_future: {
    nl: "Regel {line}: {when} ligt na vandaag.",
    en: "Line {line}: {when} is after today.",
  },
  result_not_finite: {
    nl: "Het resultaat is geen eindig getal; controleer of de argumenten realistische bedragen en datums zijn.",
    en: "The result is not a finite number; check that the arguments are realistic amounts and dates.",
  },
  // WINWIN.KEY_FIGURES: its failures, and the labels of the rows it spills (in the user's language too).
  period_reversed: {
    nl: "to_month ({to}) valt vóór from_month ({from}).",
    en: "to_month ({to}) comes before from_month ({from}).",
  },
  no_registrations_in_period: {
    nl: "Geen leningen geregistreerd van {from} tot en met {to}.",
    en: "No loans registered from {from} to {to}.",
  },
  period_months_without_registrations: {
    nl: "Geen registraties in {months}; elke maand van {from} tot en met {to} moet registraties hebben.",
    en: "No registrations in {months}; every month from {from} to {to} must have registrations.",
  },
  key_figure_change_zero_base: {
    nl: "Een jaar eerder is dit cijfer 0, dus er is geen verandering als fractie.",
    en: "A year earlier this figure is 0, so there is no change as a fraction.",
  },
  key_figure_loans: {
    nl: "Aantal leningen",
    en: "Loans",
  },
  key_figure_principal: {
    nl: "Hoofdsom (euro)",
    en: "Principal (euro)",
  },
  key_figure_average: {
    nl: "Gemiddelde hoofdsom per lening (euro)",
    en: "Average principal per loan (euro)",
  },
  key_figure_share_5_years: {
    nl: "Aandeel leningen op 5 jaar",
    en: "Share of loans with a 5-year term",
  },
  key_figure_share_not_8_years: {
    nl: "Aandeel leningen met een andere looptijd dan 8 jaar",
    en: "Share of loans with a term other than 8 years",
  },
  key_figure_most_chosen_term: {
    nl: "Meest gekozen looptijd (jaar)",
    en: "Most chosen term (years)",
  },
} as const;

export type MessageCode = keyof typeof MESSAGE_CATALOGUE;
export type { Language };

/**
 * A value in a message. Amounts, days and months are kept as data, not as text, so each language
 * writes them its own way: 80.000 euro and 03/04/2021 and april 2021, or 80,000 euro and April 2021.
 */
export type MessageParam =
  | string
  | number
  | { readonly words: Readonly<Record<Language, string>> } // a column's name, as each language says it
  | { readonly euroCents: number }
  | { readonly date: string } // ISO 2021-04-03
  | { readonly month: string } // 2021-04
  | { readonly months: readonly string[] } // 2021-04, 2021-06: listed, the first few only
  | { readonly decimal: number } // 1,5 or 1.5
  | { readonly quote: string }; // a line of input as written
export type MessageParams = Readonly<Record<string, MessageParam>>;

export function formatMessage(code: MessageCode, params: MessageParams, language: Language): string {
  const template: string = MESSAGE_CATALOGUE[code][language];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? formatParam(params[name], language) : whole,
  );
}

function formatParam(value: MessageParam, language: Language): string {
  // A number as the language writes its decimals: `-10000,5` in Dutch, where `.` groups thousands.
  if (typeof value === "number") return formatDecimal(value, language);
  if (typeof value !== "object") return String(value);
  if ("words" in value) return value.words[language];
  if ("euroCents" in value) return formatEuroCents(value.euroCents, language);
  if ("decimal" in value) return formatDecimal(value.decimal, language);
  if ("date" in value) return value.date.split("-").reverse().join("/");
  if ("quote" in value) return quoteLine(value.quote);
  if ("months" in value) return listMonths(value.months, language);
  return formatMonth(value.month, language);
}

function formatMonth(isoMonth: string, language: Language): string {
  const [year, month] = isoMonth.split("-").map(Number);
  return `${formatMonthName(month, language)} ${year}`;
}

/**
 * Months as a sentence lists them: "mei 2021 en juni 2021". Past a few, the rest is "…": a message
 * naming 40 months is read by no one, and the first ones show where to look.
 */
function listMonths(isoMonths: readonly string[], language: Language): string {
  const names = isoMonths.slice(0, LISTED_MONTHS).map((month) => formatMonth(month, language));
  if (isoMonths.length > LISTED_MONTHS) return `${names.join(", ")}, …`;
  if (names.length < 2) return names.join("");
  return `${names.slice(0, -1).join(", ")} ${LIST_AND[language]} ${names[names.length - 1]}`;
}

const LISTED_MONTHS = 3;
const LIST_AND: Readonly<Record<Language, string>> = { nl: "en", en: "and" };

/**
 * A line of input as a message quotes it: its spaces (tabs, a PDF's odd spaces) made plain,
 * shortened past 60 characters. Written when the message is, never for every line read: a broken
 * paste has 100,000s of reported lines.
 */
function quoteLine(text: string): string {
  const plain = text
    .slice(0, 4 * QUOTED_CHARACTERS)
    .trim()
    .split(/\s+/)
    .join(" ");
  return plain.length > QUOTED_CHARACTERS ? `${plain.slice(0, QUOTED_CHARACTERS - 3)}...` : plain;
}

const QUOTED_CHARACTERS = 60;
