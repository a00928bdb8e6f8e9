export { reportSummary, type ReportSummary, type RetentionFigure } from './reports';
export { summaryCsv, summaryFilename } from './csv';
