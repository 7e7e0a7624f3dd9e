/**
 * How real reports say what the prose rules look for, beside the schema's keywords
 * (schema/format.ts): gathered from published reports, so that a statement written in other
 * words is not reported as missing.
 */
import type { TopicDef } from '../schema/format';

/** Part 六's fee statement, however it is worded: 未发生收费情况, 未收取任何费用, 不收取费用, 收费金额为0 … */
export const FEE_STATEMENT =
  /信息处理费|处理费|收费通知|(?:未|没有|无|不|零|免)(?:发生|产生|收取|收|存在)?(?:任何)?(?:收费|费用)|收取(?:任何)?费用|收费(?:情况|金额|事项)|免费/;

/** Part 五: words that name problems (beside PROBLEM_KEYWORDS). */
export const MORE_PROBLEM_WORDS = ['欠缺', '有待', '不够', '不高', '不强', '不全', '不到位', '滞后', '单一', '不规范', '不及时', '较少', '较弱', '偏少', '瑕疵'] as const;

/** Part 五: words that name improvements (beside IMPROVEMENT_KEYWORDS). */
export const MORE_IMPROVEMENT_WORDS = ['下一步', '优化', '健全', '规范', '提高', '加大', '深化', '拓展', '丰富', '落实', '做好', '着力', '注重', '加快'] as const;

/** Part 一's five topics: other words real reports use for each (by TopicDef.key). */
export const MORE_TOPIC_WORDS: Record<TopicDef['key'], readonly string[]> = {
  proactive: ['公开信息', '发布信息', '公开政府信息', '主动发布'],
  onRequest: ['公开申请', '申请公开', '申请件'],
  management: ['信息发布审核', '保密审查', '发布审核', '三审', '文件清理', '规范性文件清理', '动态调整', '公开目录'],
  platform: ['政务新媒体', '公众号', '公开专栏', '公开栏', '网站建设', '网站改版', '网站运维', '网站维护'],
  supervision: ['培训', '责任追究', '问责', '社会评议', '评议', '督查', '检查'],
};

/**
 * What a template or a draft leaves where text belongs: XX / ×× (not inside a Latin word or a
 * web address), 某某, 待填写, 待补充, 此处填写, 请填写, 请输入, and empty 【】.
 */
export const PLACEHOLDER = /(?<![A-Za-z0-9])[XＸ×]{2,}(?![A-Za-z0-9])|某某|待填写|待补充|此处填写|请填写|请输入|【[\s\u3000]*】/g;

/** A line that is one bracketed hint of a template: （请填写本项的实际情况）, 【此处填写…】. */
export const PLACEHOLDER_LINE = /^[（(【[〔][^）)】\]〕]*(?:请填写|此处填写|待填写|待补充|请输入)[^）)】\]〕]*[）)】\]〕]$/;

/**
 * Where information is published (narrative-sum): a 其中 list by channel counts one item once per
 * channel it went out on (网站1744条、微博393条、微信公众号1200条 of 2139 items), so its parts
 * may rightly add up to more than the total.
 */
export const CHANNEL = /网站|门户|网页|微博|微信|公众号|视频号|客户端|APP|App|app|抖音|快手|头条|新媒体|小程序|公开栏|公告栏|宣传栏|政务公开专区|报纸|报刊|电视|广播|公报/;
