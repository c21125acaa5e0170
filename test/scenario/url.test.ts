import { describe, expect, it } from 'vitest';
import { defaultScenario } from '../../src/lib/scenario/document';
import { scenarioFromHash, scenarioToHash } from '../../src/lib/scenario/url';

describe('scenario links', () => {
	it('round-trips a scenario exactly, names with any characters included', () => {
		const s = defaultScenario();
		s.name = 'Q3 plan <script>alert(1)</script> — 70B, “fp8” 🚀';
		s.workload.requestsPerDay = '123456.789';
		const back = scenarioFromHash(scenarioToHash(s));
		expect(back).toEqual({ ok: true, scenario: s });
	});

	it('a hash with no scenario is not an error', () => {
		expect(scenarioFromHash('')).toBeUndefined();
		expect(scenarioFromHash('#top')).toBeUndefined();
	});

	it('refuses a damaged or invalid link with a reason', () => {
		const damaged = scenarioFromHash('#s=%%%');
		expect(damaged?.ok).toBe(false);
		const invalid = scenarioFromHash(
			'#s=' + btoa(JSON.stringify({ version: 1, workload: { batchShare: '2' } }))
		);
		expect(invalid).toMatchObject({ ok: false });
		if (invalid && !invalid.ok)
			expect(invalid.errors[0]).toMatch(/workload\.batchShare: 2 is outside/);
		const garbage = scenarioFromHash('#s=' + 'A'.repeat(800_000));
		expect(garbage).toEqual({
			ok: false,
			issues: [{ path: ['link'], message: 'the scenario in this link is too large' }],
			errors: ['link: the scenario in this link is too large']
		});
	});
});
