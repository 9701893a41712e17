import type zh from './zh'

type Shape<T> = { [K in keyof T]: T[K] extends string ? string : Shape<T[K]> }

const en: Shape<typeof zh> = {
  app: { title: 'Final Accounts Dashboard', subtitle: 'Departmental final accounts, analysed', skip: 'Skip to content', loading: 'Loading…', dataset: 'Dataset', language: '中文', languageLabel: 'Switch language', unit: 'Unit', menu: 'Sections', print: 'Print', findings: 'Findings', noData: 'This dataset has no data for this part.', loadError: 'Could not load data' },
  screens: { overview: 'Overview', drill: 'Spending structure', yoy: 'Year over year', reform: 'Reform transfers', budget: 'Budget vs actual', procurement: 'Procurement', threePublic: '"Three public" costs', performance: 'Performance', audit: 'Data check', import: 'Import' },
  panel: { chart: 'Chart', table: 'Table', csv: 'Download CSV', png: 'Download PNG', unit: 'Unit', source: 'Source', showTable: 'Show as table', showChart: 'Show as chart' },
  overview: { totalIncome: 'Total income', totalExpenditure: 'Total expenditure', change: 'Change vs last year', basic: 'Basic expenditure', project: 'Project expenditure', incomeBySource: 'Income by source', byClass: 'Spending by function (class)', basicProject: 'Basic vs project', share: 'Share', statedShare: 'Share stated in report', amount: 'Amount', prior: 'Last year', derived: 'derived' },
  drill: { title: 'Functional classification', all: 'All', code: 'Code', name: 'Name', total: 'Total', basic: 'Basic', project: 'Project', share: 'Share of parent', hint: 'Click a block or a table row to go down; use the breadcrumb to go up.', level: { class: 'Class', section: 'Section', item: 'Item' }, summed: 'Summed from children (not printed in the export)', drillInto: 'Open {name}' },
  cols: { item: 'Item', amount: 'Amount', share: 'Share', statedShare: 'Stated', code: 'Code' },
  glossary: {
    财政拨款收入: 'Appropriations received from the finance bureau at the same level.',
    事业收入: 'Income of public institutions from their professional activities.',
    经营收入: 'Income from non-independent business activities outside the professional ones.',
    其他收入: 'Any income not listed above.',
    使用非财政拨款结余: 'Accumulated non-appropriation surplus used to cover this year’s gap.',
    年初结转和结余: 'Funds carried over from earlier years for their original purpose, or surplus of finished projects.',
    三公经费: 'Appropriation-funded travel abroad, official vehicles (purchase and running) and official receptions.',
    机关运行经费: 'Funds used by administrative units to buy goods and services to keep running.',
    基本支出: 'Staff and running costs that keep the body operating.',
    项目支出: 'Spending on specific tasks beyond basic operation.',
  },
}
export default en
