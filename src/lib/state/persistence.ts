import {
	parseScenarioText,
	serializeScenario,
	type ParseResult,
	type Scenario
} from '../scenario/document';

/** The browser's copy of the scenario being edited, restored on reload. */
export const AUTOSAVE_KEY = 'llm-tco:autosave';

export function loadAutosave(storage: Storage): ParseResult | undefined {
	const text = storage.getItem(AUTOSAVE_KEY);
	return text === null ? undefined : parseScenarioText(text);
}

export function saveAutosave(storage: Storage, s: Scenario): void {
	try {
		storage.setItem(AUTOSAVE_KEY, serializeScenario(s));
	} catch {
		// Storage full or disabled: the link still holds the scenario.
	}
}
