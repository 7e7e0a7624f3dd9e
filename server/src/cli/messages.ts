/**
 * Everything the CLI itself says (the rules' messages come from the service).
 * Chinese by default; English with --lang en.
 */
import type { Lang, Severity } from '../service';
import type { UsageErrorKey } from './args';

export function help(lang: Lang, version: string): string {
  if (lang === 'en') {
    return `nianbao ${version} — checks 政府信息公开工作年度报告 drafts (format 国办公开办函〔2021〕30号)

Usage:
  nianbao check [options] PATHS...   check files, folders (recursive) and globs
  nianbao convert [--canonical] FILE print the text check reads from a draft (its lines are
                                   the lines of check's findings); --canonical: as the
                                   canonical Markdown report
  nianbao summary [--format markdown|csv] PATHS...
                                   one table of the headline figures, errors and warnings of many reports

Files: .md .markdown .txt .docx .html .htm .pdf (a PDF with text, not a scan)

Options of check:
  --format text|json|sarif|junit   output format (default text)
  --fix                            write the safe fixes into .md/.txt files, then report what is left
  --config FILE                    use this .nianbaorc.json (default: the nearest one above each file)
  --lang zh|en                     language of messages (default zh)
  --quiet, -q                      report errors only
  --deadline auto|department|government
                                   publication deadline: 31 January (department) or 31 March (government)
  --jobs N                         files checked in parallel (default: number of CPU cores)
  --no-color                       no colours (also when NO_COLOR is set or output is not a terminal)
  --help, -h  --version, -v

Text output lists each finding as file:line:column severity code message,
with line and column counted from 1 (JSON and SARIF follow their own conventions).
For Word files, web pages and PDFs the place is said in words a reader finds in the
original (page, part, table, row, column), with the line and column of the text
that nianbao convert prints after the message.
When last year's report of the same agency is among the files, each report is also
checked against it (carried-over requests, documents in force).

Exit status: 0 no errors, 1 errors found, 2 the command could not run.
`;
  }
  return `nianbao ${version} —— 政府信息公开工作年度报告检查工具（格式依据国办公开办函〔2021〕30号）

用法：
  nianbao check [选项] 路径...     检查文件、文件夹（含子文件夹）或通配符匹配的文件
  nianbao convert [--canonical] 文件
                                   输出 check 所检查的文本（行号与 check 报告的行号一致）；
                                   加 --canonical 则输出标准格式的 Markdown 报告
  nianbao summary [--format markdown|csv] 路径...
                                   将多份报告的主要数字、错误数和警告数汇总成一张表

支持的文件：.md .markdown .txt .docx .html .htm .pdf（带文字的 PDF，不支持扫描件）

check 的选项：
  --format text|json|sarif|junit   输出格式（默认 text）
  --fix                            将可自动修复的问题直接写入 .md/.txt 文件，再报告其余问题
  --config 文件                    使用指定的 .nianbaorc.json（默认使用各文件所在目录向上最近的一个）
  --lang zh|en                     提示语言（默认中文 zh）
  --quiet, -q                      只报告错误
  --deadline auto|department|government
                                   公开时限：部门 1月31日前（department），县级以上人民政府 3月31日前（government），auto 按标题判断
  --jobs N                         并行检查的文件数（默认等于 CPU 核数）
  --no-color                       不使用颜色（设置 NO_COLOR 或输出不是终端时也不使用）
  --help, -h  --version, -v

文本输出每条问题的格式为：文件:行:列 级别 规则代码 说明，行号、列号均从 1 起算
（JSON 与 SARIF 按各自的约定）。Word 文档、网页和 PDF 的问题用原文中能找到的位置说明
（第几页、哪一部分、哪张表的哪一行哪一列），说明之后注明 nianbao convert 输出文本中的行号、列号。
同时检查的文件中有同一机关上一年度的报告时，还会与之核对“上年结转”和“现行有效件数”。

退出码：0 没有错误；1 发现错误；2 命令无法执行（参数有误、文件无法读取等）。
`;
}

export function usageError(lang: Lang, key: UsageErrorKey, value: string): string {
  const zh: Record<UsageErrorKey, string> = {
    unknownCommand: `未知的命令：${value}（可用命令：check、convert、summary）`,
    unknownOption: `未知的选项：${value}`,
    missingValue: `选项 ${value} 需要一个值`,
    badValue: `选项的值无效：${value}`,
    noPaths: '请指定要检查的文件或文件夹，例如：nianbao check 报告.md',
    convertOneFile: `convert 需要且只需要一个文件（收到 ${value} 个）`,
    optionNotForConvert: `convert 不支持选项 ${value}`,
  };
  const en: Record<UsageErrorKey, string> = {
    unknownCommand: `unknown command: ${value} (commands: check, convert, summary)`,
    unknownOption: `unknown option: ${value}`,
    missingValue: `option ${value} needs a value`,
    badValue: `invalid option value: ${value}`,
    noPaths: 'name the files or folders to check, e.g. nianbao check report.md',
    convertOneFile: `convert takes exactly one file (got ${value})`,
    optionNotForConvert: `convert does not take ${value}`,
  };
  return (lang === 'en' ? en : zh)[key] + (lang === 'en' ? '\nSee nianbao --help.' : '\n运行 nianbao --help 查看用法。');
}

/** Why a file was not checked; `reason` is the machine-readable field of the JSON entry. */
export type FileProblem =
  | 'not-found'
  | 'unreadable'
  | 'empty'
  | 'binary'
  | 'invalid-docx'
  | 'pdf-scanned'
  | 'pdf-encrypted'
  | 'invalid-pdf'
  | 'pdf-too-large'
  | 'too-large'
  | 'convert-failed'
  | 'internal-error'
  | 'not-report'
  | 'unsupported';

export function fileProblem(lang: Lang, problem: FileProblem, detail = ''): string {
  const zh: Record<FileProblem, string> = {
    'not-found': '文件或文件夹不存在',
    unreadable: `文件无法读取${detail ? `（${detail}）` : ''}`,
    empty: '文件是空的，未检查',
    binary: '不是文本文件（含有二进制内容或无法识别的编码），未检查',
    'invalid-docx': '无法作为 Word（.docx）文档打开，未检查',
    'pdf-scanned': '这个 PDF 是扫描件或图片，里面没有可读取的文字，未检查；请提供带文字的 PDF（可以选中、复制其中文字的那种），或者报告的 Word 文件',
    'pdf-encrypted': '这个 PDF 设置了打开密码（已加密），无法读取，未检查；请提供未加密的 PDF 或者报告的 Word 文件',
    'invalid-pdf': '这个 PDF 文件已损坏或不完整，无法打开，未检查；请重新下载或重新导出 PDF',
    'pdf-too-large': '这个 PDF 太大，不像一份年度报告（超过 200 页或 50 MB，或 20 秒内未能读完），未检查',
    'too-large': '文件过大或内容过多，不像一份年度报告（超过 50 MB，或者 Word 文档、网页展开后的内容远超一份报告），未检查',
    'convert-failed': `这个 Word 文档或网页转换为文字时出错，未检查（请反馈此问题）${detail ? `：${detail}` : ''}`,
    'internal-error': `检查这个文件时程序出错，未检查（请反馈此问题，其他文件不受影响）${detail ? `：${detail}` : ''}`,
    'not-report': `看起来不是政府信息公开工作年度报告，未检查${detail ? `：${detail}` : ''}`,
    unsupported: '不支持的文件类型（支持 .md .txt .docx .html .htm .pdf）',
  };
  const en: Record<FileProblem, string> = {
    'not-found': 'no such file or folder',
    unreadable: `cannot read the file${detail ? ` (${detail})` : ''}`,
    empty: 'the file is empty; not checked',
    binary: 'not a text file (binary content or unknown encoding); not checked',
    'invalid-docx': 'cannot be opened as a Word (.docx) document; not checked',
    'pdf-scanned': 'this PDF is a scan or a picture with no text in it; not checked. Supply a PDF with text (text you can select and copy) or the Word file of the report',
    'pdf-encrypted': 'this PDF is protected by a password (encrypted) and cannot be read; not checked. Supply an unprotected PDF or the Word file of the report',
    'invalid-pdf': 'this PDF is damaged or incomplete and cannot be opened; not checked. Download or export it again',
    'pdf-too-large': 'this PDF is too large to be an annual report (more than 200 pages or 50 MB, or not read within 20 seconds); not checked',
    'too-large': 'the file is too large or holds too much to be an annual report (over 50 MB, or a Word file or web page that expands to far more than a report); not checked',
    'convert-failed': `converting this Word file or web page to text failed; not checked (please report it)${detail ? `: ${detail}` : ''}`,
    'internal-error': `checking this file failed inside nianbao; not checked (please report it; the other files are not affected)${detail ? `: ${detail}` : ''}`,
    'not-report': `does not look like an annual information-disclosure report; not checked${detail ? `: ${detail}` : ''}`,
    unsupported: 'unsupported file type (supported: .md .txt .docx .html .htm .pdf)',
  };
  return (lang === 'en' ? en : zh)[problem];
}

export function noMatch(lang: Lang, pattern: string): string {
  return lang === 'en' ? `no file matches ${pattern}` : `没有与 ${pattern} 匹配的文件`;
}

export function severityWord(lang: Lang, severity: Severity): string {
  if (lang === 'en') return severity;
  return { error: '错误', warning: '警告', information: '信息', hint: '提示' }[severity];
}

export interface Totals {
  files: number;
  checked: number;
  skipped: number;
  failed: number;
  errors: number;
  warnings: number;
  others: number;
  fixed: number;
}

export function summaryLine(lang: Lang, t: Totals): string {
  if (lang === 'en') {
    const parts = [`${t.errors} error${t.errors === 1 ? '' : 's'}`, `${t.warnings} warning${t.warnings === 1 ? '' : 's'}`];
    if (t.others) parts.push(`${t.others} note${t.others === 1 ? '' : 's'}`);
    let line = `${t.files} file${t.files === 1 ? '' : 's'}: ${parts.join(', ')}`;
    if (t.skipped + t.failed) line += ` (${t.skipped + t.failed} not checked)`;
    if (t.fixed) line += `; ${t.fixed} fix${t.fixed === 1 ? '' : 'es'} applied`;
    return line + '.';
  }
  const parts = [`${t.errors} 个错误`, `${t.warnings} 个警告`];
  if (t.others) parts.push(`${t.others} 条提示`);
  let line = `共 ${t.files} 个文件：${parts.join('，')}`;
  if (t.skipped + t.failed) line += `（${t.skipped + t.failed} 个文件未检查）`;
  if (t.fixed) line += `；已自动修复 ${t.fixed} 处`;
  return line + '。';
}

export function cleanLine(lang: Lang): string {
  return lang === 'en' ? 'no problems found' : '未发现问题';
}

export function byRuleHeading(lang: Lang): string {
  return lang === 'en' ? 'By rule:' : '按规则统计：';
}

export function fixedNote(lang: Lang, n: number): string {
  return lang === 'en' ? `${n} fix${n === 1 ? '' : 'es'} written` : `已写入 ${n} 处修复`;
}

export function configError(lang: Lang, file: string, detail: string): string {
  return lang === 'en' ? `configuration ${file} is invalid: ${detail}` : `配置文件 ${file} 有误：${detail}`;
}

export function progressLabel(lang: Lang): string {
  return lang === 'en' ? 'checking' : '检查中';
}

export function convertNotReport(lang: Lang, file: string, detail: string): string {
  return lang === 'en'
    ? `${file} does not look like an annual report; nothing to convert${detail ? `: ${detail}` : ''}`
    : `${file} 看起来不是政府信息公开工作年度报告，无法转换${detail ? `：${detail}` : ''}`;
}

export function internalError(lang: Lang, file: string, detail: string): string {
  return lang === 'en'
    ? `internal error in a rule on ${file} (please report it; the other rules ran): ${detail}`
    : `检查 ${file} 时某条规则出错（请反馈此问题，其他规则的结果不受影响）：${detail}`;
}

/** A report whose part titles stand inside long lines: read as a report it would give only false alarms. */
export function flattenedReport(lang: Lang, detail: string): string {
  return lang === 'en'
    ? `looks like an annual report, but its structure cannot be read, so it cannot be checked against the format: ${detail} Put each part title and each table row on a line of its own and check again.`
    : `看起来是政府信息公开工作年度报告，但读不出它的结构，无法按年度报告格式检查：${detail}请将各部分标题和表格的每一行分别换行后再检查。`;
}

/** After a converted file's finding: where it is in the text `nianbao convert` prints. */
export function convertedPosition(lang: Lang, line: number, column: number): string {
  return lang === 'en' ? ` (converted text ${line}:${column})` : `（转换后文本第 ${line} 行第 ${column} 列）`;
}
