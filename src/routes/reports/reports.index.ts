import { csvDownloadHeaders } from '../../lib/csv-download';
import { createRouter } from '../../lib/openapi';
import { reportSummary, summaryCsv, summaryFilename, unmetNeedsCsv, unmetNeedsFilename, unmetNeedsReport } from '../../services/reports';
import { summaryRoute } from './reports.routes';
import { unmetNeedsRoute } from './unmet-needs.routes';

export const reportsRouter = createRouter()
  .openapi(summaryRoute, async (c) => {
    const { format, ...period } = c.req.valid('query');
    const summary = await reportSummary(c.get('ctx'), period);
    if (format === 'json') return c.json(summary, 200);
    return c.text(summaryCsv(summary), 200, csvDownloadHeaders(summaryFilename(summary)));
  })
  .openapi(unmetNeedsRoute, async (c) => {
    const { format, threshold } = c.req.valid('query');
    const report = await unmetNeedsReport(c.get('ctx'), { threshold });
    if (format === 'json') return c.json(report, 200);
    return c.text(unmetNeedsCsv(report), 200, csvDownloadHeaders(unmetNeedsFilename(report)));
  });
