import { MAX_IMPORT_BYTES } from '../../config';
import { z } from '../../lib/openapi';
import { HostInput } from '../hosts/hosts.schemas';
import { OpportunityInput } from '../opportunities/opportunities.schemas';

/** The API's own request schemas: an imported row passes exactly the checks a request would (the API's and the console's import alike). */
export const CATALOG_SCHEMAS = { host: HostInput, opportunity: OpportunityInput };

export const ImportQuery = z.object({
  dryRun: z
    .enum(['true', 'false'])
    .default('false')
    .transform((value) => value === 'true')
    .openapi({ description: 'true: 何も書き込まず、取り込んだ場合の結果だけを返します（確認用）' }),
});

const Counts = z.object({ created: z.number().int(), updated: z.number().int(), unchanged: z.number().int() });

export const ImportOutcome = z
  .object({
    dryRun: z.boolean(),
    rows: z.number().int().openapi({ description: '見出しを除いたデータの行数' }),
    hosts: Counts.openapi({ description: '受け入れ先（何行に出てきても1件と数えます）' }),
    opportunities: Counts.openapi({ description: '受け入れメニュー' }),
    items: z
      .array(
        z.object({
          line: z.number().int(),
          action: z.enum(['created', 'updated', 'unchanged']),
          title: z.string().openapi({ description: '受け入れメニューの名前（取り込んだ後の）' }),
          id: z.string().nullable().openapi({ description: '受け入れメニューの id（dryRun で新しく登録するものは null）' }),
        }),
      )
      .openapi({ description: '行ごとの結果（確認画面の表に使えます）' }),
  })
  .openapi('CatalogImportOutcome');

export const CsvText = z.string().max(MAX_IMPORT_BYTES).openapi({ description: 'BOM つき UTF-8、CRLF。1行目が日本語の見出し' });
