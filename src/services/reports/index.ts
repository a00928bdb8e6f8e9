export { reportSummary, type ReportSummary, type RetentionFigure } from './reports';
export { summaryCsv, summaryFilename } from './csv';
export { unmetNeedsReport, type UnmetNeedsReport } from './unmet-needs';
export { profileCells, unmetNeedsCsv, unmetNeedsFilename } from './unmet-needs-csv';
