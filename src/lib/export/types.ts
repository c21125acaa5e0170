import type { ChartId } from '../charts/registry';
import type { Evaluation } from '../domain/evaluate';
import type { EngineInputs } from '../domain/inputs';
import type { MonteCarloResult } from '../domain/monte-carlo';
import type { Scenario } from '../scenario/document';

/**
 * What every export format shares: its input, its options and its output. A leaf of the export
 * folder: the writers import it, and context.ts (which loads the writers) re-exports it, so no
 * writer imports the module that imports it.
 */

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
