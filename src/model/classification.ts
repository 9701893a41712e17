/**
 * 政府收支分类科目 — functional classification of expenditure (支出功能分类).
 * Codes: 类 3 digits, 款 5, 项 7. Names of 类 and of the common 款 are listed here so the drill-down
 * can name the upper levels when an export prints only 项 rows. Unknown names fall back to the code.
 */

export type Level = 'class' | 'section' | 'item' // 类 | 款 | 项

/** The expenditure classes (类). 2024 summary tables print 26 of them; 2025 ones 24; the dictionary holds all. */
export const CLASS_NAMES: Readonly<Record<string, string>> = {
  '201': '一般公共服务支出',
  '202': '外交支出',
  '203': '国防支出',
  '204': '公共安全支出',
  '205': '教育支出',
  '206': '科学技术支出',
  '207': '文化旅游体育与传媒支出',
  '208': '社会保障和就业支出',
  '209': '社会保险基金支出',
  '210': '卫生健康支出',
  '211': '节能环保支出',
  '212': '城乡社区支出',
  '213': '农林水支出',
  '214': '交通运输支出',
  '215': '资源勘探工业信息等支出',
  '216': '商业服务业等支出',
  '217': '金融支出',
  '219': '援助其他地区支出',
  '220': '自然资源海洋气象等支出',
  '221': '住房保障支出',
  '222': '粮油物资储备支出',
  '223': '国有资本经营预算支出',
  '224': '灾害防治及应急管理支出',
  '227': '预备费',
  '229': '其他支出',
  '230': '转移性支出',
  '231': '债务还本支出',
  '232': '债务付息支出',
  '233': '债务发行费用支出',
  '234': '抗疫特别国债安排的支出',
}

/** Common 款 names (not exhaustive: unknown 款 show their code). */
export const SECTION_NAMES: Readonly<Record<string, string>> = {
  '20101': '人大事务',
  '20102': '政协事务',
  '20103': '政府办公厅（室）及相关机构事务',
  '20104': '发展与改革事务',
  '20105': '统计信息事务',
  '20106': '财政事务',
  '20107': '税收事务',
  '20108': '审计事务',
  '20110': '人力资源事务',
  '20111': '纪检监察事务',
  '20113': '商贸事务',
  '20123': '民族事务',
  '20126': '档案事务',
  '20128': '民主党派及工商联事务',
  '20129': '群众团体事务',
  '20131': '党委办公厅（室）及相关机构事务',
  '20132': '组织事务',
  '20133': '宣传事务',
  '20134': '统战事务',
  '20136': '其他共产党事务支出',
  '20138': '市场监督管理事务',
  '20199': '其他一般公共服务支出',
  '20402': '公安',
  '20404': '检察',
  '20405': '法院',
  '20406': '司法',
  '20501': '教育管理事务',
  '20502': '普通教育',
  '20503': '职业教育',
  '20601': '科学技术管理事务',
  '20701': '文化和旅游',
  '20801': '人力资源和社会保障管理事务',
  '20802': '民政管理事务',
  '20805': '行政事业单位养老支出',
  '20807': '就业补助',
  '20808': '抚恤',
  '20810': '社会福利',
  '20899': '其他社会保障和就业支出',
  '21001': '卫生健康管理事务',
  '21002': '公立医院',
  '21004': '公共卫生',
  '21011': '行政事业单位医疗',
  '21099': '其他卫生健康支出',
  '21101': '环境保护管理事务',
  '21201': '城乡社区管理事务',
  '21203': '城乡社区公共设施',
  '21205': '城乡社区环境卫生',
  '21301': '农业农村',
  '21302': '林业和草原',
  '21303': '水利',
  '21401': '公路水路运输',
  '21501': '资源勘探开发',
  '21505': '工业和信息产业监管',
  '21602': '商业流通事务',
  '22001': '自然资源事务',
  '22101': '保障性安居工程支出',
  '22102': '住房改革支出',
  '22401': '应急管理事务',
  '22402': '消防救援事务',
  '22999': '其他支出',
}

export function levelOf(code: string): Level | null {
  if (/^\d{3}$/.test(code)) return 'class'
  if (/^\d{5}$/.test(code)) return 'section'
  if (/^\d{7}$/.test(code)) return 'item'
  return null
}

/** Drill path of a code, its 类, 款 and 项 as far as it goes: '2010201' → ['201', '20102', '2010201']. */
export const drillPath = (code: string): string[] => [3, 5, 7].filter((n) => n <= code.length).map((n) => code.slice(0, n))

/** Parent code: '2010201' → '20102' → '201' → null. */
export function parentCode(code: string): string | null {
  if (code.length === 7) return code.slice(0, 5)
  if (code.length === 5) return code.slice(0, 3)
  return null
}

/** Name for a code at any level; `printed` (the export's own name) wins when given. */
export function nameOf(code: string, printed?: string | null): string {
  if (printed && printed.trim()) return printed.trim()
  if (code.length === 3) return CLASS_NAMES[code] ?? code
  if (code.length === 5) return SECTION_NAMES[code] ?? code
  return code
}

/**
 * Class code from a printed class name in a summary table, e.g. "一、一般公共服务支出" or "一般公共服务（类）支出".
 * Leading Chinese ordinal and punctuation are stripped; 类/款/项 markers and full-width brackets ignored.
 */
export function classCodeFromName(printed: string): string | null {
  const key = normaliseName(printed.replace(/^\s*[一二三四五六七八九十百零〇]+\s*[、.．]\s*/, ''))
  for (const [code, name] of Object.entries(CLASS_NAMES)) {
    if (normaliseName(name) === key) return code
  }
  return null
}

function normaliseName(s: string): string {
  return s.replace(/[（(][类款项][）)]/g, '').replace(/[\s\u3000]/g, '')
}

/**
 * Normalise a printed code to digits: '2010201', '201 02 01', '201.02.01' → '2010201'.
 * Split 类/款/项 columns are joined by the importer before calling this. Returns null when not a code.
 */
export function normaliseCode(printed: string): string | null {
  const digits = printed.replace(/[\s\u3000.．-]/g, '')
  return /^\d{3}(\d{2}){0,2}$/.test(digits) ? digits : null
}
