/// <reference lib="webworker" />
/**
 * Module worker for 数据核对 of the dataset in view: the rules run off the main thread, so opening a screen never
 * waits on them (tens to hundreds of milliseconds on a slow phone). In: AuditRequest. Out: AuditAnswer
 * (audit-client.ts). The same `runAudit` as `npm run audit`.
 */
import { handleAuditRequest, type AuditRequest } from './audit-protocol'

const scope = self as unknown as DedicatedWorkerGlobalScope

scope.onmessage = (e: MessageEvent<AuditRequest>) => scope.postMessage(handleAuditRequest(e.data))
