/** Optimizers: the update math over typed arrays, and its immutable Matrix-level wrapper. */
export { gdStep, type FloatArray } from './gd';
export { adamConfig, adamStep, ADAM_DEFAULTS, type AdamHyper } from './adam';
export { BatchSchedule, batchesPerEpoch, epochOrder } from './minibatch';
export {
	batchSizeOf,
	checkOptimizer,
	cloneOptimizerState,
	EMPTY_OPTIMIZER_STATE,
	updateParam,
	type Moments,
	type OptimizerState
} from './optimizer';
