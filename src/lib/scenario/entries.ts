import { catalog } from '../catalog';
import type { ApiOffering, GpuSpec, ModelSpec, Precision } from '../catalog/types';

/**
 * A throughput the user measured: one replica of `gpusPerReplica` GPUs serving `modelId` at
 * `precision`, with requests of `inputTokens` in and `outputTokens` out, generating
 * `outputTokensPerSecond` in total. It calibrates the engine for that model, GPU and precision
 * before any catalog benchmark does. Numbers are decimal strings.
 */
export interface OwnBenchmark {
	id: string;
	modelId: string;
	gpuId: string;
	gpusPerReplica: string;
	precision: Precision;
	inputTokens: string;
	outputTokens: string;
	outputTokensPerSecond: string;
	source: string;
	asOf: string;
	note?: string;
}

/** The user's own catalog entries, stored in the scenario and travelling with it. */
export interface CustomEntries {
	models: ModelSpec[];
	gpus: GpuSpec[];
	offerings: ApiOffering[];
	benchmarks: OwnBenchmark[];
}

export const emptyCustom = (): CustomEntries => ({
	models: [],
	gpus: [],
	offerings: [],
	benchmarks: []
});

/**
 * The catalog as one scenario sees it: the bundled entries plus the user's own, which are marked
 * as such wherever they appear. Ids are unique across both (validation refuses a clash).
 */
export interface ScenarioCatalog {
	models: ModelSpec[];
	gpus: GpuSpec[];
	offerings: ApiOffering[];
	findModel(id: string): ModelSpec | undefined;
	findGpu(id: string): GpuSpec | undefined;
	findOffering(id: string): ApiOffering | undefined;
	/** True for an entry the user added (not from the bundled catalog). */
	isOwn(kind: 'models' | 'gpus' | 'offerings', id: string): boolean;
}

export function scenarioCatalog(custom: CustomEntries | undefined): ScenarioCatalog {
	const own = custom ?? emptyCustom();
	const models = [...catalog.models, ...own.models];
	const gpus = [...catalog.gpus, ...own.gpus];
	const offerings = [...catalog.offerings, ...own.offerings];
	const ownIds = {
		models: new Set(own.models.map((m) => m.id)),
		gpus: new Set(own.gpus.map((g) => g.id)),
		offerings: new Set(own.offerings.map((o) => o.id))
	};
	return {
		models,
		gpus,
		offerings,
		findModel: (id) => models.find((m) => m.id === id),
		findGpu: (id) => gpus.find((g) => g.id === id),
		findOffering: (id) => offerings.find((o) => o.id === id),
		isOwn: (kind, id) => ownIds[kind].has(id)
	};
}
