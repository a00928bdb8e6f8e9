export { exportHsds, hsdsExportTag, type HsdsExport } from './hsds';
