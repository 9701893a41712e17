/// <reference lib="webworker" />
/**
 * Module worker for browser imports of the nine disclosure tables: parsing leaves the main thread.
 * In: TablesRequest (bytes transferred). Out: progress after each file, then the ImportResult (tables-protocol.ts,
 * tables-handler.ts).
 * Bulk files go through bulk.worker.ts, which returns typed columns. Started by import-client.ts.
 */
import type { TablesRequest } from './tables-protocol'
import { handleTablesRequest } from './tables-handler'

const scope = self as unknown as DedicatedWorkerGlobalScope

scope.onmessage = (e: MessageEvent<TablesRequest>) => handleTablesRequest(e.data, (message) => scope.postMessage(message))
