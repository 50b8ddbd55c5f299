/**
 * One iteration's state read by name: where it stands (iteration, step, status), what it has
 * measured (loss, accuracy, a divergence) and the value of any symbol computed so far. The
 * Stepper moves the state; this only reads whatever `state` is now.
 */
import type { Matrix, Shape } from '../matrix';
import type { Divergence } from '../training/divergence';
import type { MatrixName } from '../symbols';
import type { IterationState } from './iteration';
import type { Step } from './step';

export abstract class IterationView {
	/** The iteration's steps, in order. */
	abstract readonly steps: readonly Step[];
	/** The whole current state; immutable, so it may be kept and compared. */
	abstract get state(): IterationState;

	get iteration(): number {
		return this.state.iteration;
	}
	/** How many of the iteration's steps have been computed. */
	get stepIndex(): number {
		return this.state.stepIndex;
	}
	get status(): IterationState['status'] {
		return this.state.status;
	}
	get loss(): number | undefined {
		return this.state.loss;
	}
	get accuracy(): number | undefined {
		return this.state.accuracy;
	}
	get divergence(): Divergence | undefined {
		return this.state.divergence;
	}
	/** The step computed last, if any in this iteration. */
	get lastStep(): Step | undefined {
		return this.steps[this.state.stepIndex - 1];
	}
	/** The step `next()` computes (the first of the next iteration once this one is done). */
	get nextStep(): Step {
		return this.steps[this.state.stepIndex % this.steps.length];
	}
	/** Whether another step can be computed: not once the run has diverged. */
	get canAdvance(): boolean {
		return this.state.status !== 'diverged';
	}

	/** The current value of a symbol; undefined until its step has run in this iteration. */
	value(name: MatrixName): Matrix | undefined {
		return this.state.values[name];
	}
	shape(name: MatrixName): Shape | undefined {
		return this.state.values[name]?.shape;
	}
}
