import { createApp } from 'vue'
import { createPinia } from 'pinia'
import { prefetchData } from './boot/prefetch'
import App from './App.vue'
import { router } from './router'
import './styles/base.css'

// the data the URL names starts downloading now, beside the screen's code (boot/prefetch.ts)
prefetchData(import.meta.env.BASE_URL, location.hash)

const app = createApp(App)
app.use(createPinia())
// the router starts loading the first screen's code here; the messages (vue-i18n and the Chinese catalogue, their
// own chunk) load beside it, so the entry script stays small and nothing waits longer than before
app.use(router)
const [{ i18n }, { followLocale }] = await Promise.all([import('./i18n'), import('./router/locale')])
app.use(i18n)
followLocale(i18n.global)
app.mount('#app')
