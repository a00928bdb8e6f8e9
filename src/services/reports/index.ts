export { reportSummary, type ReportSummary } from './reports';
export { summaryCsv, summaryFilename } from './csv';
