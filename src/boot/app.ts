/**
 * The app itself, loaded by main.ts once the boot shell has painted: Vue, Pinia, the router, then the messages.
 */
import { createApp } from 'vue'
import { createPinia } from 'pinia'
import App from '../App.vue'
import { router } from '../router'

const app = createApp(App)
app.use(createPinia())
// the router starts loading the first screen's code here; the messages (vue-i18n and the Chinese catalogue, their
// own chunk) load beside it, so nothing waits longer than before
app.use(router)
const [{ i18n }, { followLocale }] = await Promise.all([import('../i18n'), import('../router/locale')])
app.use(i18n)
followLocale(i18n.global)
app.mount('#app')
