/**
 * The engine's lesson path: exact float64 arithmetic for a 784 → hidden → 10 network, one
 * named step at a time. Pure TypeScript that runs unchanged in Node, a Web Worker and a page.
 */
export * from './matrix';
export * from './config';
export { Rng, seedState, type RngState } from './rng';
export * from './ops';
export {
	activate,
	activatePrime,
	ACTIVATION_NAMES,
	identity,
	identityPrime,
	leakyRelu,
	leakyReluPrime,
	relu,
	reluPrime,
	type ActivationChoice
} from './activation';
export { softmax } from './softmax';
export { accuracy, crossEntropy, LOG_FLOOR, oneHot, predictions } from './loss';
export { initParams } from './init';
export { checkParams, parameterCount, paramShapes } from './params';
export {
	judgeAnswer,
	judgeGuess,
	parseGuess,
	VERDICT_LIMITS,
	type AnswerResult,
	type GuessResult,
	type Verdict
} from './hand/guess';
export { Batches, checkLabels, type Batch } from './batches';
export {
	isSymbolName,
	spoken,
	sym,
	SYMBOL_NAMES,
	SYMBOL_TEX,
	type MatrixName,
	type SymbolName
} from './symbols';
export {
	lessonSteps,
	need,
	STEP_IDS,
	stepIndex,
	type Step,
	type StepContext,
	type StepId,
	type StepResult,
	type Values
} from './steps';
export * from './optim';
export {
	checkStep,
	firstNonFinite,
	type Divergence,
	type DivergenceCause
} from './training/divergence';
export { BoundedHistory } from './steps/history';
export {
	advance,
	beginIteration,
	currentParams,
	type IterationSetup,
	type IterationState,
	type IterationStatus
} from './steps/iteration';
export { Stepper, type StepperListener, type StepperOptions } from './steps/stepper';
export {
	buildTrace,
	fromTraceMatrix,
	toTraceMatrix,
	TRACE_FORMAT,
	TRACE_STEPS,
	TRACE_VERSION,
	type Trace,
	type TraceConfig,
	type TraceInput,
	type TraceMatrix,
	type TraceStepName
} from './files/trace';
export { parseTrace, TraceError } from './files/trace-parse';
export {
	evaluate,
	forward,
	pixelsToColumn,
	predict,
	type ForwardNetwork,
	type ForwardPass,
	type Prediction
} from './forward';
export {
	dotProduct,
	hadamardTerms,
	rowSumTerms,
	type DotProduct,
	type DotTerm,
	type HiddenError,
	type RowSum
} from './explain/explain';
export { expTerms, softmaxNaive, softmaxVector, type ExpTerms } from './explain/softmax-vector';
export {
	hiddenErrorWithoutSlope,
	initRandnMinusHalf,
	scalarDb,
	TRAINING_VARIANTS,
	variantSteps,
	type TrainingVariant
} from './what-if/errata';
export { gradients, gradientsOf, type Gradients } from './gradients';
export {
	alphaSweep,
	lossAfterStep,
	stepWithAlpha,
	type StepOutcome,
	type SweepPoint
} from './what-if/what-if';
export { CurveRunner, type CurvePoint, type CurveSetup } from './training/curve-runner';
export { runCurve, trainCurve, type CurveOptions, type CurveResult } from './training/curve';
export {
	trainVariant,
	variantRunner,
	type VariantPoint,
	type VariantRun
} from './what-if/train-variant';
export { columnSumTerms, type ColumnSum } from './explain/column-sum';
export { compareSoftmax, EXP_OVERFLOW, type SoftmaxComparison } from './what-if/softmax-compare';
export { gradientEntry, type GradientEntry, type GradientTerm } from './explain/gradient-entry';
export { hiddenErrorParts, type HiddenErrorParts } from './explain/hidden-error';
export { stepSizes, type ParamStep } from './what-if/step-size';
export { logGrid, oneTwoFive } from './what-if/log-grid';
export { hiddenActivity, type HiddenActivity } from './results/hidden-activity';
export { mostCommonLabel, type LabelShare } from './results/label-share';
export { lossFloor, type LossFloor } from './results/loss-floor';
export { sumColumns } from './explain/column-sum';
export { NumpyRandom, type NumpyRandomState } from './mt19937';
export { confusionMatrix, imagesWhere, type Confusion } from './results/confusion';
export {
	centreOfMass,
	DIGIT_BOX,
	FIELD_CENTRE,
	inkBounds,
	inkFromRgba,
	preprocessDrawing
} from './data/preprocess';
export {
	paramsFileJson,
	ParamsFileError,
	parseParamsFile,
	PARAMS_FORMAT,
	PARAMS_VERSION,
	type ParamsFile,
	type TrainingRecord,
	type TrainingSetup
} from './files/params-file';
export {
	compareWithReference,
	isReferenceSetup,
	NUMPY_REFERENCE,
	type ReferenceComparison
} from './results/numpy-reference';
export { Throughput } from './training/throughput';
export {
	crossEntropySlope,
	outputErrorChain,
	softmaxJacobian,
	type OutputErrorChain
} from './explain/softmax-jacobian';
export { chainPath, type ChainPath, type PathPick } from './explain/chain-path';
export { nudge, NUDGE_AGREES, NUDGE_NOISE, type NudgeCheck, type NudgePick } from './explain/nudge';
export { collapse, COLLAPSE_TOLERANCE, type Collapse } from './what-if/collapse';
export { pixelScale, type PixelScale, type PixelScaleSide } from './what-if/pixel-scale';
export { curveTrend, TURN_UP, type CurveTrend } from './training/curve-trend';
// MNIST loading and the fast training path have their own barrels.
export * from './data';
export * from './fast';
