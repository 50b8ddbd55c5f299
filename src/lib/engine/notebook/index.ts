/**
 * The notebook: a learner's numpy lines, parsed by Lezer's Python grammar and evaluated by
 * walking the syntax tree with the engine's shape-checked operations (no eval), then judged
 * against the engine's own iteration. DOM-free, like the rest of the engine; the page loads it
 * only when a cell comes near the screen.
 */
export {
	CELL_NAMES,
	cellChapter,
	cellStep,
	cellTask,
	isCellName,
	isUpdate,
	notesLine,
	type CellName
} from './cells';
export { compareWith, MATCH_TOLERANCE, type Comparison } from './compare';
export { evaluate, type Evaluation } from './evaluate';
export type { Scope } from './names';
export { tuple, type NdArray } from './ndarray';
export { NotebookError, PYTHON_ERROR, type ErrorKind } from './notebook-error';
export {
	runNotebook,
	type CellOutcome,
	type InputNote,
	type NotebookRun,
	type Ran
} from './notebook';
export { referenceIteration, type Reference, type ReferenceInput } from './reference';
export type { KnownSlip } from './slips';
export { judge, type CellError, type Verdict, type VerdictKind } from './verdict';
