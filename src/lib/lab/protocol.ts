/**
 * The messages between the lab page and its training worker. Plain data only (typed arrays
 * are transferred, not copied), so the worker holds the engine and the page only draws.
 */
import type { Params } from '$lib/engine/config';
import type { FastDivergenceSubject, KernelKind } from '$lib/engine/fast';
import type { TrainingSetup, TrainingRecord } from '$lib/engine/files/params-file';
import type { CurvePoint } from '$lib/engine/training/curve-point';

/**
 * The page's first message: where the data, the kernel and the shard workers' script are
 * (absolute URLs: the page's bundle names them, so the offline cache holds them), and which
 * kernel to use.
 */
export interface InitRequest {
	readonly type: 'init';
	readonly baseUrl: string;
	readonly kernelUrl: string;
	/** The same kernel with fused multiply-adds, for engines with relaxed SIMD (fused.ts). */
	readonly kernelFusedUrl: string;
	readonly shardUrl: string;
	/** 'js' forces the JavaScript kernel, to compare speeds. */
	readonly kernel: 'auto' | 'js';
}

/** The page asks. */
export type LabRequest =
	/** Fetch the 70,000 images unless they are here. */
	| { type: 'load' }
	| { type: 'cancel-load' }
	/**
	 * A fresh run `id` of `setup` on `workers` shard workers (loading the data first if needed);
	 * `play` starts it.
	 */
	| { type: 'start'; id: number; setup: TrainingSetup; workers: number; play: boolean }
	| { type: 'pause' }
	| { type: 'resume' }
	/** One iteration, then pause. */
	| { type: 'step' }
	/** How many iterations the current run lasts. */
	| { type: 'limit'; iterations: number }
	/** Forget the run (the data stay). */
	| { type: 'reset' }
	/** Continue from saved parameters, paused. */
	| {
			type: 'restore';
			id: number;
			setup: TrainingSetup;
			workers: number;
			trained: TrainingRecord;
			params: Params;
	  };

export type RunStatus = 'running' | 'paused' | 'done' | 'diverged';

/** What a run tells, wrapped with its id (see LabEvent 'run'). */
export type RunEvent =
	| {
			type: 'iterations';
			/** On each iteration's batch, before its update. */
			points: CurvePoint[];
			/** On the test images, after the update of `iteration`. */
			tests: CurvePoint[];
			perSecond: number;
			msPerIteration: number;
	  }
	| { type: 'weights'; iteration: number; params: Params }
	/** How many workers share the run's training images (fewer than asked when m is tiny). */
	| { type: 'workers'; workers: number }
	| { type: 'status'; status: RunStatus; iteration: number; limit: number }
	| {
			/** Now and then while running, and at every stop: each test image's prediction and probabilities. */
			type: 'evaluation';
			iteration: number;
			predictions: Uint8Array;
			/** 10,000 × 10, image by image. */
			probabilities: Float32Array;
			accuracy: number;
			/** Accuracy on the run's training images after the last update, measured at a stop. */
			trainAccuracy?: number;
	  }
	| {
			type: 'diverged';
			iteration: number;
			subject: FastDivergenceSubject;
			value: number;
			message: string;
	  };

/** The worker tells. */
export type LabEvent =
	| { type: 'kernel'; kind: KernelKind; note?: string }
	| { type: 'progress'; loaded: number; total: number }
	| {
			type: 'loaded';
			seconds: number;
			trainCount: number;
			/** The 10,000 test images and labels, for the gallery and the digit picker. */
			testImages: Uint8Array;
			testLabels: Uint8Array;
	  }
	| { type: 'load-failed'; message: string }
	| { type: 'load-cancelled' }
	/** An event of run `id`; the page ignores those of a run it has replaced. */
	| { type: 'run'; id: number; event: RunEvent }
	| { type: 'failed'; message: string };
