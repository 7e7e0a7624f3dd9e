/** table-outdated: a report for 2021 or later uses the 2019 trial table layout. */
import { FORMAT_FIRST_YEAR } from '../schema/format';
import { defineRule, lineRange } from './support';
import { tableName } from '../i18n';

export default defineRule({
  code: 'table-outdated',
  name: { zh: '旧版表格', en: 'outdated table' },
  defaultSeverity: 'warning',
  description: { zh: '2021年度及以后的报告使用了2019年试行格式的表格', en: 'A report for 2021 or later uses the 2019 trial table layout' },
  messages: {
    outdated: {
      zh: '{table}使用了2019年试行格式（如“{marker}”），{firstYear}年度起应使用国办公开办函〔2021〕30号规定的格式',
      en: '{table} uses the 2019 trial layout (e.g. “{marker}”); reports for {firstYear} and later use the format of 国办公开办函〔2021〕30号',
    },
  },
  data: { table: 'string', markers: 'string[]' },
  check(ctx) {
    const year = ctx.model.year?.value;
    // The trial layout was right for 2019 and 2020; an unknown year is judged by today's format.
    if (year !== undefined && year < FORMAT_FIRST_YEAR) return;
    for (const { table } of ctx.model.parts) {
      if (!table) continue;
      const marker = table.outdatedMarkers[0];
      if (!marker) continue;
      ctx.report({
        range: lineRange(ctx.model, table.startLine),
        messageId: 'outdated',
        args: { table: tableName(table.id), marker: marker.text, firstYear: FORMAT_FIRST_YEAR },
        data: { table: table.id, markers: table.outdatedMarkers.map((m) => m.text) },
      });
    }
  },
});
