/**
 * The floor of the app's frame (bench/floor.ts): Vue, vue-router, Pinia and vue-i18n (runtime build, messages as
 * functions, as the app ships them) and a screen of 40 table rows with a translated cell each — no data, no
 * charts, no app code. The page's long tasks while it loads and mounts are what any screen of the app starts from.
 */
import { createApp, h } from 'vue'
import { createRouter, createWebHashHistory } from 'vue-router'
import { createPinia, defineStore } from 'pinia'
import { createI18n, useI18n } from 'vue-i18n'

const messages: Record<string, () => string> = {}
for (let i = 0; i < 400; i++) messages[`k${i}`] = () => `一般公共服务支出第${i}项`
const i18n = createI18n({ legacy: false, locale: 'zh', messages: { zh: messages } as never })
const useRows = defineStore('rows', () => ({
  rows: Array.from({ length: 40 }, (_, i) => ({ code: String(201 + i), name: `一般公共服务支出${i}`, value: i * 13.37 })),
}))
const Screen = {
  setup() {
    const { t } = useI18n()
    const store = useRows()
    return () => h('main', [h('h1', t('k1')), h('table', store.rows.map((r, i) => h('tr', [h('td', r.code), h('td', r.name), h('td', t(`k${i}`)), h('td', r.value.toFixed(2))])))])
  },
}
// evaluating the libraries is one task; starting the app and mounting the screen each get their own, as a page
// split for the main thread would do
setTimeout(() => {
  const router = createRouter({ history: createWebHashHistory(), routes: [{ path: '/', component: Screen }] })
  const app = createApp({ render: () => h('div', [h('header', '决算看板'), h(Screen)]) })
  app.use(createPinia()).use(router).use(i18n)
  void router.isReady().then(() => setTimeout(() => {
    app.mount(document.body.appendChild(document.createElement('div')))
    Object.assign(window, { floorReady: true })
  }))
})
