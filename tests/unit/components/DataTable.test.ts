// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { i18n } from '@/i18n'
import DataTable from '@/components/DataTable.vue'
import type { TableSpec } from '@/model/tableSpec'

const EVIL = '<img src=x onerror=alert(1)>'
const spec: TableSpec = {
  columns: [
    { key: 'code', label: '代码', kind: 'text' },
    { key: 'name', label: '名称', kind: 'text' },
    { key: 'amount', label: '金额', kind: 'amount' },
    { key: 'stated', label: '报告', kind: 'statedPercent' },
  ],
  rows: [
    { code: '201', name: EVIL, amount: 1311.99, stated: 88.06, drill: '201' },
    { code: '208', name: '社会保障和就业支出', amount: null, stated: 5.3, drill: '' },
  ],
}

function mountTable() {
  const pinia = createPinia()
  setActivePinia(pinia)
  return mount(DataTable, { props: { spec, caption: '测试', drillKey: 'drill' }, global: { plugins: [pinia, i18n] } })
}

describe('DataTable', () => {
  it('renders names from data as text, never as markup', () => {
    const w = mountTable()
    expect(w.find('img').exists()).toBe(false)
    expect(w.text()).toContain(EVIL)
  })
  it('formats amounts in 万元 and blanks as —; stated percentages as printed', () => {
    const cells = mountTable().findAll('tbody tr')[1]!.findAll('td').map((c) => c.text())
    expect(cells).toEqual(['208', '社会保障和就业支出', '—', '5.3%'])
    expect(mountTable().find('tbody tr td.amount').text()).toBe('1,311.99')
  })
  it('rows with children are buttons that emit activate (keyboard: Enter on a button clicks it)', async () => {
    const w = mountTable()
    const buttons = w.findAll('button[data-drill]')
    expect(buttons).toHaveLength(1)
    await buttons[0]!.trigger('click')
    expect(w.emitted('activate')).toEqual([['201']])
  })
})
