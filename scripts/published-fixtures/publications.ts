/**
 * How each fixture report is published: its Word file's look and its site's page. Shared by
 * make.ts and pictured-tables.ts (whose page differs from make.ts's only in its tables).
 */
import type { Table2Drawing } from './grid';
import type { SiteStyle } from './web-page';
import type { WordStyle } from './word';

export interface Publication {
  table2Drawing: Table2Drawing;
  word: Omit<WordStyle, 'table2Drawing'>;
  site: Omit<SiteStyle, 'table2Drawing' | 'charset'>;
}

/** How each agency lays out its Word file and publishes its page (all names and numbers invented). */
export const PUBLICATIONS: Readonly<Record<string, Publication>> = {
  'street-office-2024': {
    table2Drawing: 'merged',
    word: { pageNumber: ['-', '-'], repeatTable3Header: false },
    site: {
      siteName: '示范区人民政府',
      sponsor: '示范区人民政府办公室',
      siteCode: '0000000001',
      icp: '示ICP备00000001号',
      nav: ['首页', '走进示范', '政务公开', '政务服务', '互动交流'],
      crumbs: ['政务公开', '政府信息公开年报', '街道年报'],
      publishedAt: '2025-01-20 09:30',
      source: '示范街道办事处',
      layout: 'divs',
      contentRepeatsTitle: true,
    },
  },
  'agriculture-bureau-2024': {
    table2Drawing: 'blank-cells',
    word: { pageNumber: ['- ', ' -'], repeatTable3Header: false },
    site: {
      siteName: '示范县人民政府',
      sponsor: '示范县人民政府办公室',
      siteCode: '0000000002',
      icp: '示ICP备00000002号-1',
      nav: ['首页', '政府信息公开', '政务服务', '政民互动', '走进示范'],
      crumbs: ['政府信息公开', '部门年报', '县农业农村局'],
      publishedAt: '2025-01-16 15:02',
      source: '县农业农村局',
      layout: 'divs',
      contentRepeatsTitle: false,
    },
  },
  'natural-resources-bureau-2024': {
    table2Drawing: 'merged',
    word: { pageNumber: ['— ', ' —'], repeatTable3Header: true },
    site: {
      siteName: '示范县人民政府门户网站',
      sponsor: '示范县人民政府办公室',
      siteCode: '0000000002',
      icp: '示ICP备00000002号-1',
      nav: ['网站首页', '政务公开', '公开年报', '办事服务', '领导信箱'],
      crumbs: ['政务公开', '政府信息公开年报', '2024年度'],
      publishedAt: '2025-01-24',
      source: '县自然资源局',
      layout: 'tables',
      contentRepeatsTitle: true,
    },
  },
};
