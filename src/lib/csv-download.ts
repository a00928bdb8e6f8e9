/** Headers that make a browser save a CSV body as a file under `filename` (ASCII), as Excel opens it. */
export function csvDownloadHeaders(filename: string): Record<string, string> {
  return { 'content-type': 'text/csv; charset=utf-8', 'content-disposition': `attachment; filename="${filename}"` };
}
