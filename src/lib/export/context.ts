import { catalog } from '../catalog';
import type { ChartId } from '../charts/registry';
import type { Evaluation } from '../domain/evaluate';
import type { EngineInputs } from '../domain/inputs';
import type { MonteCarloResult } from '../domain/monte-carlo';
import type { Scenario } from '../scenario/document';
import { evaluateScenario } from '../scenario/resolve';

/** Everything an export needs: the scenario, the engine's inputs and results, and when it was made. */
export interface ReportContext {
	scenario: Scenario;
	inputs: EngineInputs;
	ev: Evaluation;
	generatedAt: Date;
	catalogAsOf: string;
	/** The page's Monte Carlo result for this very scenario, when it has one: reported as is. */
	monteCarlo?: MonteCarloResult;
}

export function reportContext(scenario: Scenario, generatedAt = new Date()): ReportContext {
	const { inputs, evaluation: ev } = evaluateScenario(scenario);
	return { scenario, inputs, ev, generatedAt, catalogAsOf: catalog.asOf };
}

export const exportFormats = ['png', 'csv', 'xlsx', 'pptx', 'pdf'] as const;
export type ExportFormat = (typeof exportFormats)[number];

export interface ExportOptions {
	/** PNG: which chart, at what scale, on what background. */
	chart?: ChartId;
	scale?: 1 | 2 | 3;
	background?: 'white' | 'transparent';
}

export interface ExportFile {
	bytes: Uint8Array;
	mime: string;
	extension: string;
	/** What the file could not show as asked (characters the PDF cannot print), for the user. */
	warnings?: string[];
}

/** One module a format, each exporting `render`. */
export interface Exporter {
	render(ctx: ReportContext, opts?: ExportOptions): Promise<ExportFile>;
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
