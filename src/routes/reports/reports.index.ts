import { csvDownloadHeaders } from '../../lib/csv-download';
import { createRouter } from '../../lib/openapi';
import { reportSummary, summaryCsv, summaryFilename } from '../../services/reports';
import { summaryRoute } from './reports.routes';

export const reportsRouter = createRouter()
  .openapi(summaryRoute, async (c) => {
    const { format, ...period } = c.req.valid('query');
    const summary = await reportSummary(c.get('ctx'), period);
    if (format === 'json') return c.json(summary, 200);
    return c.text(summaryCsv(summary), 200, csvDownloadHeaders(summaryFilename(summary)));
  });
