/**
 * The Chinese templates of every sentence the app writes about the data (src/i18n/text.ts): findings, import
 * problems, figure labels. Loaded everywhere (the CLI and the Chinese UI); English in en.ts, loaded on first use.
 */
import common from './common.zh.ts'
import findings from './findings.zh.ts'
import problems from './problems.zh.ts'

const zh = { ...common, ...findings, ...problems }
export default zh
