/**
 * The training lab's last finished run in this visit, so a chapter can quote a figure the
 * site itself computed rather than one typed in. Module state: it lasts while the learner
 * moves between pages, and is gone after a reload.
 */
import type { LabSettings } from './settings';

export interface FinishedRun {
	readonly settings: LabSettings;
	readonly iterations: number;
	/** Fractions of the 10,000 test images, and of the run's training images, after the run. */
	readonly testAccuracy: number;
	readonly trainAccuracy: number;
}

let last = $state.raw<FinishedRun>();

export const lastLabRun = {
	/** The last run that reached its iteration limit, if any. */
	get run(): FinishedRun | undefined {
		return last;
	},
	record(run: FinishedRun): void {
		last = run;
	}
};
