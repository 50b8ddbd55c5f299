// How much of the machine's CPU time its host took away (steal time, Linux's /proc/stat), so
// that a benchmark on a shared virtual machine can say when its figures were measured on
// cores that were not all its own. On one 2-vCPU machine the same two-worker iteration took
// 15 ms with 0.2% stolen and 22 ms with 13%. It is not all of a neighbour's effect: shared
// caches and clock speed show in no counter (the same machine took 16 ms at 0.5%). Undefined
// where there is no /proc/stat.
import { readFileSync } from 'node:fs';

/** @typedef {{ total: number, steal: number }} CpuTicks */

/**
 * The machine's CPU ticks so far, all of them and those stolen, or undefined off Linux.
 * @returns {CpuTicks | undefined}
 */
export function cpuTicks() {
	let text;
	try {
		text = readFileSync('/proc/stat', 'utf8');
	} catch {
		return undefined;
	}
	// "cpu  user nice system idle iowait irq softirq steal guest guest_nice"
	const fields = /^cpu\s+(.*)$/m.exec(text)?.[1].trim().split(/\s+/).map(Number);
	if (!fields || fields.length < 8 || fields.some((n) => !Number.isFinite(n))) return undefined;
	// guest and guest_nice are already counted in user and nice.
	const total = fields.slice(0, 8).reduce((a, b) => a + b, 0);
	return { total, steal: fields[7] };
}

/**
 * The share of CPU time stolen between two readings, as a percentage ("0.3%"), or undefined.
 * @param {CpuTicks | undefined} from
 * @param {CpuTicks | undefined} to
 * @returns {string | undefined}
 */
export function stolenBetween(from, to) {
	if (!from || !to || to.total <= from.total) return undefined;
	return `${((100 * (to.steal - from.steal)) / (to.total - from.total)).toFixed(1)}%`;
}
