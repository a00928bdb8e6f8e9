/**
 * 資源開拓: the report on unmet needs for coordinators and the admin, and its CSV. A view of the
 * report service's verb, its query validated with the API's own schema.
 */
import type { Hono } from 'hono';
import type { AppEnv } from '../context';
import { csvDownloadHeaders } from '../lib/csv-download';
import { UnmetNeedsQuery } from '../routes/reports/unmet-needs.schemas';
import { unmetNeedsCsv, unmetNeedsFilename, unmetNeedsReport } from '../services/reports';
import { parseWith } from './forms';
import { UnmetNeedsPage } from './pages/unmet-needs/unmet-needs';
import { signedIn, validMessages, type C } from './signed-in';

function thresholdAsked(c: C): { threshold?: string } {
  const threshold = c.req.query('threshold');
  return threshold ? { threshold } : {};
}

export function registerUnmetNeedsPages(app: Hono<AppEnv>): void {
  app.get(
    '/unmet-needs',
    signedIn(async (c, { ctx, viewer }) => {
      const asked = thresholdAsked(c);
      try {
        const report = await unmetNeedsReport(ctx, parseWith(UnmetNeedsQuery, asked));
        return c.html(<UnmetNeedsPage viewer={viewer} threshold={String(report.threshold)} report={report} errors={{}} />);
      } catch (error) {
        const errors = validMessages(error);
        return c.html(<UnmetNeedsPage viewer={viewer} threshold={asked.threshold ?? ''} report={null} errors={errors} />, 400);
      }
    }),
  );

  app.get(
    '/unmet-needs.csv',
    signedIn(async (c, { ctx }) => {
      const report = await unmetNeedsReport(ctx, parseWith(UnmetNeedsQuery, thresholdAsked(c)));
      return c.body(unmetNeedsCsv(report), 200, csvDownloadHeaders(unmetNeedsFilename(report)));
    }),
  );
}
