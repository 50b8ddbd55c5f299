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
} from './guess';
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
export { checkStep, firstNonFinite, type Divergence, type DivergenceCause } from './divergence';
export { BoundedHistory } from './history';
export {
	advance,
	beginIteration,
	currentParams,
	type IterationSetup,
	type IterationState,
	type IterationStatus
} from './iteration';
export { Stepper, type StepperListener, type StepperOptions } from './stepper';
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
} from './trace';
export { parseTrace, TraceError } from './trace-parse';
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
} from './explain';
export { expTerms, softmaxNaive, softmaxVector, type ExpTerms } from './softmax-vector';
export {
	hiddenErrorWithoutSlope,
	initRandnMinusHalf,
	scalarDb,
	TRAINING_VARIANTS,
	variantSteps,
	type TrainingVariant
} from './errata';
export { gradients, gradientsOf, type Gradients } from './gradients';
export {
	alphaSweep,
	lossAfterStep,
	stepWithAlpha,
	type StepOutcome,
	type SweepPoint
} from './what-if';
export { CurveRunner, type CurvePoint, type CurveSetup } from './curve-runner';
export { runCurve, trainCurve, type CurveOptions, type CurveResult } from './curve';
export { trainVariant, variantRunner, type VariantPoint, type VariantRun } from './train-variant';
export { columnSumTerms, type ColumnSum } from './column-sum';
export { compareSoftmax, EXP_OVERFLOW, type SoftmaxComparison } from './softmax-compare';
export { gradientEntry, type GradientEntry, type GradientTerm } from './gradient-entry';
export { hiddenErrorParts, type HiddenErrorParts } from './hidden-error';
export { stepSizes, type ParamStep } from './step-size';
export { logGrid, oneTwoFive } from './log-grid';
export { hiddenActivity, type HiddenActivity } from './hidden-activity';
export { mostCommonLabel, type LabelShare } from './label-share';
export { lossFloor, type LossFloor } from './loss-floor';
export { sumColumns } from './column-sum';
export { NumpyRandom, type NumpyRandomState } from './mt19937';
export { confusionMatrix, imagesWhere, type Confusion } from './confusion';
export {
	centreOfMass,
	DIGIT_BOX,
	FIELD_CENTRE,
	inkBounds,
	inkFromRgba,
	preprocessDrawing
} from './preprocess';
export {
	paramsFileJson,
	ParamsFileError,
	parseParamsFile,
	PARAMS_FORMAT,
	PARAMS_VERSION,
	type ParamsFile,
	type TrainingRecord,
	type TrainingSetup
} from './params-file';
export {
	compareWithReference,
	isReferenceSetup,
	NUMPY_REFERENCE,
	type ReferenceComparison
} from './numpy-reference';
export { Throughput } from './throughput';
export {
	crossEntropySlope,
	outputErrorChain,
	softmaxJacobian,
	type OutputErrorChain
} from './softmax-jacobian';
export { chainPath, type ChainPath, type PathPick } from './chain-path';
export { nudge, NUDGE_AGREES, NUDGE_NOISE, type NudgeCheck, type NudgePick } from './nudge';
export { collapse, COLLAPSE_TOLERANCE, type Collapse } from './collapse';
export { pixelScale, type PixelScale, type PixelScaleSide } from './pixel-scale';
export { curveTrend, TURN_UP, type CurveTrend } from './curve-trend';
// MNIST loading and the fast training path have their own barrels.
export * from './data';
export * from './fast';
