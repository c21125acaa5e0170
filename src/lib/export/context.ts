import { catalog } from '../catalog';
import type { Scenario } from '../scenario/document';
import { evaluateScenario } from '../scenario/resolve';
import type { ExportFormat, Exporter, ReportContext } from './types';

// The shared types live in types.ts, a leaf the writers import; the page and the CLI keep
// importing them from here.
export { exportFormats } from './types';
export type { ExportFile, ExportFormat, ExportOptions, Exporter, ReportContext } from './types';

export function reportContext(scenario: Scenario, generatedAt = new Date()): ReportContext {
	const { inputs, evaluation: ev } = evaluateScenario(scenario);
	return { scenario, inputs, ev, generatedAt, catalogAsOf: catalog.asOf };
}

/**
 * Load one format's module only when a user exports, so the first page load carries none of them.
 * The same modules run headless in `tco report`.
 */
export async function loadExporter(format: ExportFormat): Promise<Exporter> {
	switch (format) {
		case 'csv':
			return import('./csv');
		case 'xlsx':
			return import('./xlsx');
		case 'png':
			return import('./png');
		case 'pptx':
			return import('./pptx');
		case 'pdf':
			return import('./pdf');
	}
}
