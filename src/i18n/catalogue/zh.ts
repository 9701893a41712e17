/**
 * The Chinese templates of every sentence the app writes about the data (src/i18n/text.ts): findings, import
 * problems, figure labels. Loaded everywhere (the CLI and the Chinese UI); English in en.ts, loaded on first use.
 */
import common from './common.zh'
import findings from './findings.zh'
import problems from './problems.zh'

const zh = { ...common, ...findings, ...problems }
export default zh
