/// <reference types="vite/client" />
declare module '*.vue' {
  import type { DefineComponent } from 'vue'
  const component: DefineComponent<object, object, unknown>
  export default component
}
declare module 'virtual:shell-headings' {
  import type { ShellHeadings } from './src/boot/shell'
  const headings: ShellHeadings
  export default headings
}
