/** The shapes of the training lab's state, shared by its class and its components. */
import type { FastDivergenceSubject } from '$lib/engine/fast';
import type { RunStatus } from './protocol';

/** 'idle': nothing loaded or run; 'ready': the data are here, no run yet. */
export type LabPhase = 'idle' | 'loading' | RunStatus | 'ready';

export interface LabEvaluation {
	readonly iteration: number;
	readonly predictions: Uint8Array;
	readonly probabilities: Float32Array;
	readonly accuracy: number;
	/** Measured when the run stops; absent in what arrives while it runs. */
	readonly trainAccuracy?: number;
}

export interface LabDivergence {
	readonly iteration: number;
	readonly subject: FastDivergenceSubject;
	readonly message: string;
}

export interface GalleryFilter {
	readonly label?: number;
	readonly predicted?: number;
	readonly mistakesOnly: boolean;
}

export interface Probe {
	/** 784 bytes, 0–255, row by row. */
	readonly pixels: Uint8Array;
	/** Where it came from: 'drawing', or the test image's index. */
	readonly source: 'drawing' | number;
}

/** What the lab tells about loading a parameters file. */
export interface FileMessage {
	readonly ok: boolean;
	readonly text: string;
}
