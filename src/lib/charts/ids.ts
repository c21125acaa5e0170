/**
 * The charts of a scenario by id, with what a page shows of each before its builder has loaded:
 * the ids in page order, and each chart's heading and height. The builders are in registry.ts,
 * which takes these from here; this file imports nothing, so a page can lay out its chart cards
 * without loading any chart code.
 */

/** The chart ids, in the order the page shows them. */
export const chartIds = ['cost-curve', 'break-even', 'breakdown'] as const;
export type ChartId = (typeof chartIds)[number];

/** A chart's card on the page. */
export interface ChartCard {
	/** The card's heading on the page and the chart's name in the export menu. */
	title: string;
	/** Height of the chart on the page, in CSS pixels. */
	height: number;
}

export const chartCards: Record<ChartId, ChartCard> = {
	'cost-curve': { title: 'Monthly cost against monthly volume', height: 420 },
	'break-even': { title: 'Break-even volume per candidate', height: 360 },
	breakdown: { title: 'Monthly cost at the planned volume', height: 360 }
};

/** The chart the reports lead with (the PDF's and the deck's answer); the others go to the appendix. */
export const LEAD_CHART: ChartId = 'cost-curve';

/** A chart id read from outside (a link, a command-line flag), or undefined when there is none such. */
export function chartIdOf(text: string): ChartId | undefined {
	return chartIds.find((id) => id === text);
}
