import { capabilityClassOf } from '../catalog/capability';
import type { CapabilityClass } from '../catalog/types';
import { dec, type Decimal } from '../domain/decimal';
import type { Evaluation, HybridSummary, PairResult } from '../domain/evaluate';
import type { EngineInputs } from '../domain/inputs';
import type { MonteCarloResult } from '../domain/monte-carlo';
import { timeline } from '../domain/timeline';
import { analysedPair } from '../scenario/analysis';
import type { Scenario } from '../scenario/document';
import { scenarioCatalog } from '../scenario/entries';
import { timelineSettings } from '../scenario/resolve';
import { modeLabel } from '../export/modes';
import { none, share, text, usd, volume, type Cell, type ReportTable } from './model';

/**
 * The answer first: the decision in one paragraph of rounded figures (3 significant figures),
 * then the options table with exact figures. The page's summary and every report open with it.
 */

/** 3 significant figures with a suffix: 3,909,679,915 → "3.91B"; 2,000,000,000 → "2.00B". */
export function sig3(d: Decimal): string {
	// Round first, then choose the suffix: 999,600 is "1.00M", not "1000k".
	const abs = d.abs().toSignificantDigits(3);
	const sign = d.isNeg() && !abs.isZero() ? '−' : '';
	for (const [limit, suffix] of [
		['1e12', 'T'],
		['1e9', 'B'],
		['1e6', 'M'],
		['1e3', 'k']
	] as const) {
		if (abs.gte(limit)) {
			const r = abs.div(limit);
			const digits = r.truncated().toFixed().length;
			return `${sign}${r.toFixed(Math.max(0, 3 - digits))}${suffix}`;
		}
	}
	return `${sign}${abs.toFixed()}`;
}

/** Money in prose: "$4.41k", "$0.0750", "−$240k". */
export function usd3(d: Decimal): string {
	const s = sig3(d);
	return s.startsWith('−') ? `−$${s.slice(1)}` : `$${s}`;
}

const CLASS_NAMES: Record<CapabilityClass, string> = {
	frontier: 'frontier',
	large: 'large',
	small: 'small'
};

export interface Option {
	id: string;
	name: string;
	kind: 'self-hosted' | 'API';
	capabilityClass?: CapabilityClass;
	monthly: Decimal;
	perMTok?: Decimal;
	/** Against the chosen API (self-hosted options only). */
	pair?: Extract<PairResult, { ok: true }>;
	/** Self-hosted options: "self-hosted", "hybrid", "fleet of N" or "self-hosted, autoscaled". */
	kindLabel?: string;
	/** Self-hosted options: the share of the planned tokens served in-house. */
	inHouseShare?: Decimal;
	/** Self-hosted options with an overflow API: what it charges at plan. */
	overflowCost?: Decimal;
	/** A hybrid: its optimum next to the pure options. */
	hybrid?: HybridSummary;
	/** Self-hosted options: part of the planned tokens goes unserved (a fleet with no overflow API). */
	leavesUnserved?: boolean;
}

export interface Answer {
	/** The decision in one paragraph, figures to 3 significant figures. */
	paragraph: string;
	/** The chosen API (the analysed pair's) and the analysed candidate. */
	baseline?: Option;
	candidate?: Option;
	/** The cheapest option at plan in the chosen API's class, when it has one. */
	cheapestInClass?: Option;
	/** Every option with figures, cheapest first. */
	options: Option[];
}

/** Every option at plan, cheapest first, each with its class and (self-hosted) its pair with the chosen API. */
export function options(scenario: Scenario, ev: Evaluation, baselineId?: string): Option[] {
	const cat = scenarioCatalog(scenario.custom);
	const out: Option[] = [];
	for (const c of ev.candidates) {
		if (!c.ok) continue;
		const model = cat.findModel(c.modelId);
		const p = baselineId === undefined ? undefined : ev.pairs.get(c.id, baselineId);
		const sp = c.atPlan.split;
		const V = ev.volume.value;
		const overflows = c.curve.kind === 'hybrid' || (c.curve.kind === 'fleet' && !!c.curve.overflow);
		out.push({
			id: c.id,
			name: c.label,
			kind: 'self-hosted',
			capabilityClass: model ? capabilityClassOf(model) : undefined,
			monthly: c.atPlan.total.value,
			perMTok: c.atPlan.perMTok?.value,
			pair: p?.ok ? p : undefined,
			kindLabel:
				c.curve.kind === 'follow'
					? 'self-hosted'
					: c.curve.kind === 'autoscaled'
						? 'self-hosted, autoscaled'
						: modeLabel(c),
			inHouseShare: V.gt(0) ? sp.served.div(V) : undefined,
			overflowCost: overflows ? sp.overflowCost : undefined,
			hybrid: c.hybrid,
			leavesUnserved: sp.unserved.gt(0)
		});
	}
	for (const b of ev.baselines) {
		if (!b.ok) continue;
		const o = cat.findOffering(b.id);
		out.push({
			id: b.id,
			name: b.name,
			kind: 'API',
			capabilityClass: o ? capabilityClassOf(o) : undefined,
			monthly: b.atPlan.value,
			perMTok: b.perMTok.value
		});
	}
	// Options that serve the whole plan first, by cost; a fleet that leaves tokens unserved after them.
	return out.sort(
		(a, b) =>
			Number(a.leavesUnserved ?? false) - Number(b.leavesUnserved ?? false) ||
			a.monthly.cmp(b.monthly)
	);
}

/** The month (from 1) at which volume growing by g a month first reaches `target`; undefined if never. */
export function monthReaching(now: Decimal, target: Decimal, g: Decimal): number | undefined {
	if (now.gte(target)) return 0;
	if (g.lte(0) || now.lte(0)) return undefined;
	const m = Math.ceil(Math.log(target.div(now).toNumber()) / Math.log(1 + g.toNumber()));
	return Number.isFinite(m) ? m : undefined;
}

/**
 * The decision in words, rounded, for the analysed pair:
 * "At 10.9B tokens/month (200k requests/day), keep GPT-4o mini ($1.88k/month). Self-hosting …
 * pays off above …, about 3.1× today's volume; …"
 * @example answer(defaultScenario(), inputs, ev).paragraph starts with "At 10.9B tokens/month"
 */
export function answer(
	scenario: Scenario,
	inputs: EngineInputs,
	ev: Evaluation,
	mc?: MonteCarloResult,
	/** The NPV sentence needs the pair's timeline: the reports say it, the page leaves it to its panel. */
	withNpv = true
): Answer {
	const pair = analysedPair(ev, scenario.analysis);
	const all = options(scenario, ev, pair?.baselineId);
	const V = ev.volume.value;
	const lead = `At ${sig3(V)} tokens/month (${sig3(ev.requestsPerDay)} requests/day)`;
	if (!pair) {
		const best = all[0];
		return {
			paragraph: best
				? `${lead}, the cheapest option with figures is ${best.name} (${usd3(best.monthly)}/month). Add a self-hosted candidate and an API to compare them.`
				: `${lead}, no option has figures yet: add a self-hosted candidate and an API.`,
			options: all
		};
	}
	const baseline = all.find((o) => o.kind === 'API' && o.id === pair.baselineId)!;
	const candidate = all.find((o) => o.kind === 'self-hosted' && o.id === pair.candidateId)!;
	const p = candidate.pair;
	const cand = ev.candidates.find((c) => c.id === candidate.id);
	// "Llama 3.3 70B Instruct on 4 bought NVIDIA H100 SXM 80GB (FP8)": the deployment in words.
	const overflowName = inputs.candidates.find((x) => x.id === candidate.id)?.overflow?.name;
	// A hybrid whose best split today is all API has no GPUs to count: "on rented H100 … (hybrid;
	// at today's volume all of it goes to GPT-4o mini)", never "on 0 rented".
	const gpus = cand?.ok && cand.atPlan.gpus > 0 ? `${cand.atPlan.gpus} ` : '';
	const allApi = cand?.ok && cand.hybrid && cand.atPlan.gpus === 0;
	const deployment = cand?.ok
		? `${cand.modelName} on ${gpus}${cand.acquisition === 'buy' ? 'bought' : 'rented'} ${cand.gpuName} (${cand.precision.toUpperCase()})` +
			(cand.hybrid
				? allApi
					? ` with ${cand.hybrid.overflowName} for the rest (hybrid; at today's volume all of it goes to ${cand.hybrid.overflowName})`
					: ` with ${cand.hybrid.overflowName} for the rest (hybrid)`
				: cand.curve.kind === 'fleet' && overflowName
					? ` (a fixed fleet) with ${overflowName} for what it cannot serve`
					: '')
		: candidate.name;
	const sentences: string[] = [];
	if (p && p.savingAtPlan.gt(0)) {
		sentences.push(
			`${lead}, self-hosting ${deployment} (${usd3(candidate.monthly)}/month) costs less than ${baseline.name} (${usd3(baseline.monthly)}/month): it saves ${usd3(p.savingAtPlan)}/month.`
		);
		if (p.sustained.kind === 'volume')
			sentences.push(
				`It stays cheaper above ${sig3(p.sustained.volume)} tokens/month, ${ratio(p.sustained.volume, V)} today's volume.`
			);
	} else {
		sentences.push(`${lead}, keep ${baseline.name} (${usd3(baseline.monthly)}/month).`);
		if (!p) sentences.push(`Self-hosting ${candidate.name} has no break-even against it.`);
		else if (p.sustained.kind === 'never')
			sentences.push(
				`Self-hosting ${deployment} (${usd3(candidate.monthly)}/month) does not pay off at any volume against it.`
			);
		else {
			const be = p.sustained.volume;
			const g = dec(scenario.workload.monthlyGrowth);
			const m = monthReaching(V, be, g);
			const growth = g.gt(0)
				? m !== undefined
					? `; at ${pct3(g)} monthly growth that is month ${m}`
					: ''
				: '; with no volume growth entered, today’s volume does not get there';
			sentences.push(
				`Self-hosting ${deployment} (${usd3(candidate.monthly)}/month today) pays off above ${sig3(be)} tokens/month, ${ratio(be, V)} today's volume${growth}.`
			);
		}
	}
	// The cheapest option that serves every planned token: a fleet that drops some is not comparable.
	const cheapest = all.find((o) => !o.leavesUnserved);
	if (cheapest?.hybrid) sentences.push(hybridSentence(cheapest, cheapest.hybrid, ev));
	const settings = timelineSettings(scenario);
	try {
		const tl = withNpv ? timeline(inputs, candidate.id, baseline.id, settings) : undefined;
		if (tl?.ok)
			sentences.push(
				tl.npv.saving.gte(0)
					? `Over ${settings.horizonMonths} months, self-hosting saves ${usd3(tl.npv.saving)} in net present value.`
					: `Over ${settings.horizonMonths} months, self-hosting would cost ${usd3(tl.npv.saving.abs())} more in net present value.`
			);
	} catch {
		// No timeline for this pair: the paragraph says the rest.
	}
	if (mc)
		sentences.push(
			`P(self-hosting wins at the planned volume) = ${Math.round(mc.probabilitySelfHostWins * 100)}% over ${mc.samples.toLocaleString('en-US')} Monte Carlo samples.`
		);
	const cls = baseline.capabilityClass;
	const inClass = cls ? all.filter((o) => o.capabilityClass === cls && !o.leavesUnserved) : [];
	const cheapestInClass = inClass[0];
	if (cls && cheapestInClass)
		sentences.push(
			cheapestInClass.id === baseline.id && cheapestInClass.kind === 'API'
				? `${baseline.name} is the cheapest option in its class (${CLASS_NAMES[cls]} models); options of other classes are in the table.`
				: `The cheapest option in ${baseline.name}'s class (${CLASS_NAMES[cls]} models) is ${cheapestInClass.name} at ${usd3(cheapestInClass.monthly)}/month; options of other classes are in the table.`
		);
	return {
		paragraph: sentences.join(' '),
		baseline,
		candidate,
		cheapestInClass,
		options: all
	};
}

/**
 * The cheapest option is a hybrid: how it splits the traffic and what it saves against its two
 * pure options.
 */
function hybridSentence(o: Option, h: HybridSummary, ev: Evaluation): string {
	const c = ev.candidates.find((x) => x.id === o.id);
	const gpus = c?.ok ? c.sizing.gpusPerReplica * h.optimumReplicas : 0;
	const what = c?.ok
		? `${h.optimumReplicas} replica${h.optimumReplicas === 1 ? '' : 's'} of ${c.modelName} (${gpus} ${c.acquisition === 'buy' ? 'bought' : 'rented'} ${c.gpuName}) for the base load`
		: `${h.optimumReplicas} replicas for the base load`;
	const share = `${h.inHouseShare.mul(100).toSignificantDigits(3).toString()}%`;
	if (h.optimumReplicas === 0)
		return `The cheapest option is the hybrid ${o.name}, at its optimum of 0 replicas: everything on ${h.overflowName} (${usd3(o.monthly)}/month).`;
	return `The cheapest option is the hybrid ${o.name}: ${what} and ${h.overflowName} for the peaks and the rest (${share} of tokens in-house), ${usd3(o.monthly)}/month, ${usd3(h.savingVsApi)}/month less than all on ${h.overflowName} and ${usd3(h.savingVsSelfHosted)}/month less than all self-hosted.`;
}

/** "about 2.0×" or "0.5×": a volume against today's. */
function ratio(target: Decimal, now: Decimal): string {
	if (now.isZero()) return 'above';
	const r = target.div(now);
	return `about ${r.toSignificantDigits(2).toString()}×`;
}

const pct3 = (g: Decimal) => `${g.mul(100).toSignificantDigits(3).toString()}%`;

/**
 * The options table: every option with its class, monthly cost at plan, cost per 1M tokens, first
 * and sustained break-even against the chosen API, and NPV over the horizon. Exact figures.
 */
export function optionsTable(scenario: Scenario, inputs: EngineInputs, a: Answer): ReportTable {
	const settings = timelineSettings(scenario);
	const beCell = (o: Option, which: 'first' | 'sustained'): Cell => {
		if (o.kind === 'API') return none(o.id === a.baseline?.id ? 'chosen API' : '—');
		if (!o.pair) return none('—');
		const be = o.pair[which];
		return be.kind === 'never' ? none('never') : volume(be.volume);
	};
	const npvCell = (o: Option): Cell => {
		const b = a.baseline?.id;
		const c = o.kind === 'self-hosted' ? o.id : a.candidate?.id;
		const api = o.kind === 'API' ? o.id : b;
		if (!c || !api) return none('—');
		try {
			const tl = timeline(inputs, c, api, settings);
			if (!tl.ok) return none('—');
			return usd(o.kind === 'API' ? tl.npv.api : tl.npv.selfHost);
		} catch {
			return none('—');
		}
	};
	return {
		title: 'Options at the planned volume',
		columns: [
			{ label: 'Option' },
			{ label: 'Kind' },
			{ label: 'Class' },
			{ label: 'Monthly cost at plan', unit: 'USD', numeric: true },
			{ label: 'Per 1M tokens', unit: 'USD', numeric: true },
			{ label: 'In-house share', numeric: true },
			{ label: 'Overflow API cost', unit: 'USD/month', numeric: true },
			{ label: 'First break-even', unit: 'tokens/month', numeric: true },
			{ label: 'Sustained break-even', unit: 'tokens/month', numeric: true },
			{ label: `NPV of cost, ${settings.horizonMonths} months`, unit: 'USD', numeric: true }
		],
		rows: a.options.map((o) => [
			text(o.name),
			text(o.kindLabel ?? o.kind),
			text(o.capabilityClass ?? 'unclassed'),
			usd(o.monthly, 'month'),
			o.perMTok ? usd(o.perMTok, '1M tokens') : none('—'),
			o.inHouseShare ? share(o.inHouseShare) : none('—'),
			o.overflowCost ? usd(o.overflowCost, 'month') : none('—'),
			beCell(o, 'first'),
			beCell(o, 'sustained'),
			npvCell(o)
		]),
		caption: `Cheapest first. A hybrid serves its optimum number of replicas in-house and sends the rest, peaks first, to its overflow API; a fleet is a fixed number of replicas. Break-evens against ${a.baseline?.name ?? 'the chosen API'}, the API of the analysed pair. NPV: the cost over the ${settings.horizonMonths}-month horizon at the scenario's growth, price change and discount rate (self-hosted options in cash).`
	};
}
