import {
	BarController,
	BarElement,
	CategoryScale,
	Chart,
	Filler,
	Legend,
	LinearScale,
	LineController,
	LineElement,
	LogarithmicScale,
	PointElement,
	ScatterController,
	Title,
	Tooltip
} from 'chart.js';
import annotationPlugin from 'chartjs-plugin-annotation';
import { minorLogGrid } from './minor-grid';

// Only the parts the charts use, so the first load stays small.
Chart.register(
	BarController,
	BarElement,
	CategoryScale,
	Filler,
	Legend,
	LinearScale,
	LineController,
	LineElement,
	LogarithmicScale,
	PointElement,
	ScatterController,
	Title,
	Tooltip,
	annotationPlugin,
	minorLogGrid
);

export { Chart };
