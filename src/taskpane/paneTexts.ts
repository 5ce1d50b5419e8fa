/**
 * Every text of the task pane, in Dutch (the analysts' language, the default) and English, under the
 * same keys. Placeholders `{name}` are filled by `formatPaneText`. Messages about the input itself
 * (parser issues) come from the domain's message catalogue, not from here.
 */
import { Language } from "../domain/errors/messageCatalogue";

const NL = {
  documentTitle: "Win-winlening: registraties",
  pageTitle: "Registraties importeren",
  intro:
    "Hiermee importeer je een registratietabel van win-winleningen in de tabel Registraties. Daarna worden de samenvattingen op het blad Samenvatting vernieuwd.",
  languageLabel: "Taal",
  sourceHeading: "1. Gegevens kiezen",
  fileLabel: "Bestand kiezen",
  fileNone: "Geen bestand gekozen",
  fileHint: "CSV, TSV of TXT (in UTF-8), of PDF. Je kunt een bestand ook naar dit venster slepen.",
  pasteLabel: "Tekst plakken",
  pasteHint: "Bijvoorbeeld de tabel uit een persbericht, of rijen gekopieerd uit Excel.",
  otherSourcesLabel: "Andere bronnen",
  selectionButton: "Huidige selectie",
  sampleButton: "Voorbeeld (persbericht mei 2021)",
  previewHeading: "2. Nazicht",
  previewEmpty: "Nog geen gegevens gekozen.",
  previewReading: "Gegevens worden gelezen…",
  previewSource: "Bron: {source}",
  sourcePasted: "Geplakte tekst",
  sourceSelection: "Huidige selectie",
  sourceSample: "Voorbeeld (persbericht mei 2021)",
  statMonths: "Maanden",
  statRows: "Rijen",
  statLoans: "Leningen",
  statPrincipal: "Hoofdsom",
  firstRowsCaption: "Eerste {shown} van {total} rijen",
  columnMonth: "Maand",
  columnTerm: "Looptijd (jaar)",
  columnPrincipal: "Hoofdsom",
  columnLoans: "Leningen",
  columnProvince: "Provincie",
  issuesHeading: "Meldingen",
  issuesNone: "Geen meldingen: alle rijen zijn in orde.",
  errorCountOne: "1 fout",
  errorCountOther: "{count} fouten",
  warningCountOne: "1 waarschuwing",
  warningCountOther: "{count} waarschuwingen",
  severityError: "Fout",
  severityWarning: "Waarschuwing",
  issuesBlocking: "Verbeter eerst de fouten in de invoer: zolang er fouten zijn, wordt er niets geïmporteerd.",
  issuesTruncated: "En nog {count} meldingen, niet getoond.",
  importHeading: "3. Importeren",
  importHint: "Rijen van dezelfde maanden in de tabel Registraties worden vervangen; andere maanden blijven staan.",
  importButtonNone: "Importeren",
  importButtonOne: "1 rij importeren",
  importButtonOther: "{count} rijen importeren",
  progressLabel: "Schrijven naar de werkmap",
  progressRows: "{done} van {total} rijen in de tabel geschreven",
  resultRowsWrittenOne: "1 rij geschreven in de tabel Registraties.",
  resultRowsWrittenOther: "{count} rijen geschreven in de tabel Registraties.",
  resultMonths: "Maanden in deze import: {months}.",
  resultReplacedOne: "1 bestaande rij van die maanden vervangen.",
  resultReplacedOther: "{count} bestaande rijen van die maanden vervangen.",
  resultKeptOne: "1 rij van andere maanden behouden.",
  resultKeptOther: "{count} rijen van andere maanden behouden.",
  summariesCreated: "Samenvattingen aangemaakt op het blad Samenvatting.",
  summariesRefreshed: "Samenvattingen vernieuwd.",
  summariesUnsupported:
    "Geen samenvattingen gemaakt: deze versie van Excel laat invoegtoepassingen geen draaitabellen maken. Dat kan vanaf Excel 2019, in Excel voor Microsoft 365 en in Excel voor het web.",
  summariesFailed:
    "De tabel is bijgewerkt, maar Excel kon de samenvattingen niet vernieuwen. Kies Samenvattingen vernieuwen om het opnieuw te proberen.",
  resultNotLogged: "De import kon niet in het blad Importlog worden genoteerd.",
  summariesHint: "De draaitabellen op het blad Samenvatting volgen de tabel Registraties niet vanzelf.",
  refreshButton: "Samenvattingen vernieuwen",
  refreshing: "Samenvattingen worden vernieuwd…",
  failureWriteRestored:
    "Het schrijven naar de werkmap is mislukt. De tabel Registraties staat terug zoals ze was: er is niets veranderd. Probeer het opnieuw.",
  failureWriteNotRestored:
    "Het schrijven naar de werkmap is mislukt en de tabel Registraties kon niet volledig hersteld worden. Kijk de tabel na voor je verder werkt.",
  failureRowsLeftOne:
    "1 rij van deze import staat nog in de tabel: een collega heeft ze intussen gewijzigd of verplaatst.",
  failureRowsLeftOther:
    "{count} rijen van deze import staan nog in de tabel: een collega heeft ze intussen gewijzigd of verplaatst.",
  failureRowsMovedOne:
    "1 vervangen rij staat terug in de tabel, maar misschien niet op haar oude plaats: een collega heeft de tabel intussen gesorteerd of herschikt.",
  failureRowsMovedOther:
    "{count} vervangen rijen staan terug in de tabel, maar misschien niet op hun oude plaats: een collega heeft de tabel intussen gesorteerd of herschikt.",
  failureSheetNameTaken:
    "Er is al een blad Registraties met andere gegevens. Geef dat blad een andere naam of maak het leeg, en importeer dan opnieuw.",
  failureTableLayoutChanged:
    "De kolommen van de tabel Registraties zijn gewijzigd. Zet de oorspronkelijke kolomnamen terug (Maand, Looptijd (jaar), Hoofdsom (EUR), …) en importeer opnieuw.",
  failureNoRegistrationTable: "Er is nog geen tabel Registraties om samen te vatten. Importeer eerst gegevens.",
  failureRecordsInvalid: "Niets geschreven: de gegevens bevatten rijen die niet in de tabel passen.",
  failureTableChangedMeanwhile:
    "Een collega heeft de tabel intussen gewijzigd. Lees de tabel opnieuw en probeer het nog eens.",
  rereadTableButton: "Opnieuw lezen",
  failureImportCancelled: "Import geannuleerd. De tabel Registraties staat terug zoals ze was.",
  failureExcelLimits: "Niets geschreven: Excel kan deze gegevens niet bevatten.",
  failureFileType:
    "{name} is geen CSV-, TSV-, TXT- of PDF-bestand. Een Excel-bestand open je in Excel; selecteer daar de tabel en kies Huidige selectie.",
  failureFileUnreadable: "Het bestand {name} kon niet gelezen worden.",
  failureNoOffice:
    "Deze pagina werkt alleen in Excel. Je kunt hier gegevens nakijken; importeren kan pas als je het deelvenster in Excel opent.",
  failurePdfPassword:
    "{name} is met een wachtwoord beveiligd. Open het in een pdf-lezer, bewaar het zonder wachtwoord en kies het opnieuw. Er is niets geschreven.",
  failurePdfUnreadable: "{name} is geen leesbaar pdf-bestand: het is beschadigd of onvolledig. Er is niets geschreven.",
  failurePdfNoText:
    "Geen tekst in deze pdf ({name}): het is waarschijnlijk een scan. Vraag de tabel als CSV-bestand of als pdf met tekst. Er is niets geschreven.",
  dropHint: "Bestand hier neerzetten",
  readingFile: "{done} van {total} MB gelezen",
  readingPdf: "Pagina {done} van {total} gelezen",
  readingParse: "Rijen lezen en controleren…",
  cancelButton: "Annuleren",
  cancelledReading: "Lezen geannuleerd. Er is niets veranderd.",
  cancelledImport: "Importeren geannuleerd. De tabel Registraties staat terug zoals ze was.",
  failureUnexpected: "Er ging iets mis in Excel. Probeer het opnieuw.",
  failureUnexpectedWithCode: "Er ging iets mis in Excel (foutcode {code}). Probeer het opnieuw.",
} as const;

export type PaneTextKey = keyof typeof NL;

const EN: Record<PaneTextKey, string> = {
  documentTitle: "Win-win loan: registrations",
  pageTitle: "Import registrations",
  intro:
    "Import a win-win loan registration table into the table Registraties. The summaries on the sheet Samenvatting are refreshed afterwards.",
  languageLabel: "Language",
  sourceHeading: "1. Choose the data",
  fileLabel: "Choose a file",
  fileNone: "No file chosen",
  fileHint: "CSV, TSV or TXT (in UTF-8), or PDF. You can also drag a file onto this pane.",
  pasteLabel: "Paste text",
  pasteHint: "For example the table from a press release, or rows copied from Excel.",
  otherSourcesLabel: "Other sources",
  selectionButton: "Current selection",
  sampleButton: "Sample (press release May 2021)",
  previewHeading: "2. Review",
  previewEmpty: "No data chosen yet.",
  previewReading: "Reading the data…",
  previewSource: "Source: {source}",
  sourcePasted: "Pasted text",
  sourceSelection: "Current selection",
  sourceSample: "Sample (press release May 2021)",
  statMonths: "Months",
  statRows: "Rows",
  statLoans: "Loans",
  statPrincipal: "Principal",
  firstRowsCaption: "First {shown} of {total} rows",
  columnMonth: "Month",
  columnTerm: "Term (years)",
  columnPrincipal: "Principal",
  columnLoans: "Loans",
  columnProvince: "Province",
  issuesHeading: "Issues",
  issuesNone: "No issues: every row is fine.",
  errorCountOne: "1 error",
  errorCountOther: "{count} errors",
  warningCountOne: "1 warning",
  warningCountOther: "{count} warnings",
  severityError: "Error",
  severityWarning: "Warning",
  issuesBlocking: "Fix the errors in the input first: nothing is imported while there are errors.",
  issuesTruncated: "And {count} more issues, not shown.",
  importHeading: "3. Import",
  importHint: "Rows of the same months in the table Registraties are replaced; other months stay.",
  importButtonNone: "Import",
  importButtonOne: "Import 1 row",
  importButtonOther: "Import {count} rows",
  progressLabel: "Writing to the workbook",
  progressRows: "{done} of {total} table rows written",
  resultRowsWrittenOne: "1 row written to the table Registraties.",
  resultRowsWrittenOther: "{count} rows written to the table Registraties.",
  resultMonths: "Months in this import: {months}.",
  resultReplacedOne: "1 existing row of those months replaced.",
  resultReplacedOther: "{count} existing rows of those months replaced.",
  resultKeptOne: "1 row of other months kept.",
  resultKeptOther: "{count} rows of other months kept.",
  summariesCreated: "Summaries created on the sheet Samenvatting.",
  summariesRefreshed: "Summaries refreshed.",
  summariesUnsupported:
    "No summaries made: this version of Excel does not let add-ins make PivotTables. Excel 2019 and later, Excel for Microsoft 365 and Excel for the web do.",
  summariesFailed:
    "The table was updated, but Excel could not refresh the summaries. Choose Refresh summaries to try again.",
  resultNotLogged: "The import could not be noted on the sheet Importlog.",
  summariesHint: "The PivotTables on the sheet Samenvatting do not follow the table Registraties by themselves.",
  refreshButton: "Refresh summaries",
  refreshing: "Refreshing the summaries…",
  failureWriteRestored:
    "Writing to the workbook failed. The table Registraties is back as it was: nothing has changed. Please try again.",
  failureWriteNotRestored:
    "Writing to the workbook failed and the table Registraties could not be fully restored. Check the table before you go on.",
  failureRowsLeftOne: "1 row of this import is still in the table: a colleague changed or moved it meanwhile.",
  failureRowsLeftOther:
    "{count} rows of this import are still in the table: a colleague changed or moved them meanwhile.",
  failureRowsMovedOne:
    "1 replaced row is back in the table, but perhaps not in its old place: a colleague sorted or rearranged the table meanwhile.",
  failureRowsMovedOther:
    "{count} replaced rows are back in the table, but perhaps not in their old place: a colleague sorted or rearranged the table meanwhile.",
  failureSheetNameTaken:
    "There already is a sheet Registraties with other data. Rename that sheet or clear it, then import again.",
  failureTableLayoutChanged:
    "The columns of the table Registraties were changed. Put back the original column names (Maand, Looptijd (jaar), Hoofdsom (EUR), …) and import again.",
  failureNoRegistrationTable: "There is no table Registraties to summarise yet. Import data first.",
  failureRecordsInvalid: "Nothing written: the data holds rows that do not fit the table.",
  failureTableChangedMeanwhile: "A colleague changed the table meanwhile. Read the table again and try once more.",
  rereadTableButton: "Read again",
  failureImportCancelled: "Import cancelled. The table Registraties is back as it was.",
  failureExcelLimits: "Nothing written: Excel cannot hold this data.",
  failureFileType:
    "{name} is not a CSV, TSV, TXT or PDF file. Open an Excel file in Excel, select the table there and choose Current selection.",
  failureFileUnreadable: "The file {name} could not be read.",
  failureNoOffice:
    "This page only works inside Excel. You can review data here; importing needs the pane opened in Excel.",
  failurePdfPassword:
    "{name} is protected by a password. Open it in a PDF reader, save it without the password and choose it again. Nothing was written.",
  failurePdfUnreadable: "{name} is not a readable PDF file: it is damaged or incomplete. Nothing was written.",
  failurePdfNoText:
    "No text in this PDF ({name}): it is probably a scan. Ask for the table as a CSV file or as a PDF with text. Nothing was written.",
  dropHint: "Drop the file here",
  readingFile: "{done} of {total} MB read",
  readingPdf: "Page {done} of {total} read",
  readingParse: "Reading and checking the rows…",
  cancelButton: "Cancel",
  cancelledReading: "Reading cancelled. Nothing has changed.",
  cancelledImport: "Import cancelled. The table Registraties is back as it was.",
  failureUnexpected: "Something went wrong in Excel. Please try again.",
  failureUnexpectedWithCode: "Something went wrong in Excel (error code {code}). Please try again.",
};

export const PANE_TEXTS: Readonly<Record<Language, Readonly<Record<PaneTextKey, string>>>> = { nl: NL, en: EN };

export type PaneTextParams = Readonly<Record<string, string | number>>;

export function formatPaneText(key: PaneTextKey, language: Language, params: PaneTextParams = {}): string {
  return PANE_TEXTS[language][key].replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}
