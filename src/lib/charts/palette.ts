import type { Evaluation } from '../domain/evaluate';
import type { CostCategory } from '../domain/self-host-cost';

/**
 * Okabe–Ito: eight colours that stay distinct under the common colour-vision deficiencies
 * (Okabe & Ito, "Color Universal Design", 2008). Colour is never the only cue: API lines are
 * dashed, self-hosted lines solid, and break-even markers differ in shape.
 */
export const OKABE_ITO = {
	black: '#000000',
	orange: '#E69F00',
	skyBlue: '#56B4E9',
	bluishGreen: '#009E73',
	yellow: '#F0E442',
	blue: '#0072B2',
	vermillion: '#D55E00',
	reddishPurple: '#CC79A7'
} as const;

export const themes = ['light', 'dark'] as const;
export type Theme = (typeof themes)[number];

/** Options every chart builder takes. */
export interface ChartOpts {
	theme: Theme;
}

export interface ThemeColors {
	/** Titles, tick labels, legend text, markers. */
	text: string;
	grid: string;
	/** The canvas fill for exports (the page itself stays transparent). */
	background: string;
	/** The planned-volume line. */
	plan: string;
}

const THEME_COLORS: Record<Theme, ThemeColors> = {
	light: { text: '#1f2328', grid: 'rgba(0, 0, 0, 0.12)', background: '#ffffff', plan: '#000000' },
	dark: {
		text: '#e6edf3',
		grid: 'rgba(255, 255, 255, 0.16)',
		background: '#0d1117',
		plan: '#ffffff'
	}
};

export function themeColors(theme: Theme): ThemeColors {
	return THEME_COLORS[theme];
}

// Most distinct first; yellow is last because it is faint on white, black because it vanishes on
// a dark background (where it is replaced by a light grey).
const SERIES = [
	OKABE_ITO.blue,
	OKABE_ITO.vermillion,
	OKABE_ITO.bluishGreen,
	OKABE_ITO.reddishPurple,
	OKABE_ITO.orange,
	OKABE_ITO.skyBlue,
	OKABE_ITO.black,
	OKABE_ITO.yellow
] as const;

/** The colour of the i-th series; the palette repeats after eight (line dash still tells APIs apart). */
export function seriesColor(i: number, theme: Theme): string {
	const c = SERIES[((i % SERIES.length) + SERIES.length) % SERIES.length];
	return c === OKABE_ITO.black && theme === 'dark' ? '#bbbbbb' : c;
}

/** Dash pattern of API cost lines; self-hosted lines are solid. */
export const API_DASH: number[] = [6, 4];
export const SELF_HOST_DASH: number[] = [];
export const PLAN_DASH: number[] = [2, 3];

/**
 * One colour per API baseline and self-hosted candidate, by position in the scenario (baselines
 * first), so a series keeps its colour in every chart and when another one fails to evaluate.
 */
export function entityColors(ev: Evaluation, theme: Theme): Map<string, string> {
	const m = new Map<string, string>();
	ev.baselines.forEach((b, i) => m.set(`api:${b.id}`, seriesColor(i, theme)));
	ev.candidates.forEach((c, i) =>
		m.set(`self:${c.id}`, seriesColor(ev.baselines.length + i, theme))
	);
	return m;
}

/** Segment colours of the cost breakdown: one per self-hosting category, one for API usage. */
// Every Okabe–Ito colour but black reads on both backgrounds, so these do not change with the theme.
export const CATEGORY_COLORS: Record<CostCategory | 'api', string> = {
	hardware: OKABE_ITO.blue,
	power: OKABE_ITO.orange,
	hosting: OKABE_ITO.bluishGreen,
	staff: OKABE_ITO.reddishPurple,
	other: OKABE_ITO.skyBlue,
	api: OKABE_ITO.vermillion
};
