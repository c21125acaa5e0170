/// <reference lib="webworker" />
import { answerRequest, type MonteCarloMessage } from './monte-carlo-protocol';

export type { MonteCarloMessage, MonteCarloRequest } from './monte-carlo-protocol';

// Runs off the main thread, so the page stays responsive; cancel by terminating the worker.
// Here `self` is the worker's global scope: postMessage(message) with no target origin.
self.onmessage = (e: MessageEvent<unknown>) =>
	answerRequest(e.data, (m: MonteCarloMessage) => self.postMessage(m));
