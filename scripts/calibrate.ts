/**
 * Roofline calibration: estimate every catalog benchmark that states its input and output lengths
 * with benchmarks switched off, at the benchmark's own conditions (its GPU count per replica, no
 * per-user speed target, offline maximum throughput), and compare. `npx tsx scripts/calibrate.ts`
 * prints each point's ratio for the efficiency factors given (default: the scenario defaults) and,
 * with --search, the factors that minimise the worst ratio.
 */
import { calibrationPoints } from '../src/lib/scenario/calibration';
import { dec } from '../src/lib/domain/decimal';

const args = process.argv.slice(2);
if (args.includes('--search')) {
	let best = { worst: Infinity, m: '', c: '' };
	for (let m = 30; m <= 100; m += 1) {
		for (let c = 20; c <= 100; c += 1) {
			const pts = calibrationPoints(dec(m).div(100), dec(c).div(100));
			const worst = Math.max(...pts.map((p) => Math.abs(p.ratio - 1)));
			if (worst < best.worst) best = { worst, m: (m / 100).toString(), c: (c / 100).toString() };
		}
	}
	console.log(
		`best: η_mem ${best.m}, η_compute ${best.c}, worst |ratio − 1| ${best.worst.toFixed(3)}`
	);
} else {
	const [m, c] = args.length === 2 ? args : [undefined, undefined];
	for (const p of calibrationPoints(m ? dec(m) : undefined, c ? dec(c) : undefined)) {
		console.log(
			`${p.ratio.toFixed(3)}  est ${p.estimated.toFixed(0).padStart(6)}  measured ${p.measured.toFixed(0).padStart(6)}  ${p.id}`
		);
	}
}
