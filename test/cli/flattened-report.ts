/** Test fixture: a crawled web page as a crawler keeps it: the title, then the whole report on one line, then the footer. */
export const FLATTENED_REPORT = [
  '示范区2024年政府信息公开工作年度报告',
  '一、总体情况 全年主动公开信息186条。二、主动公开政府信息情况 规章 0 0 0 行政规范性文件 2 1 5 ' +
    '三、收到和处理政府信息公开申请情况 本年新收 9 件。四、政府信息公开行政复议、行政诉讼情况 行政复议 1 件。' +
    '五、存在的主要问题及改进情况 公开栏更新不够及时。六、其他需要报告的事项 未收取信息处理费。',
  '主办：示范区人民政府办公室',
  '',
].join('\n');
