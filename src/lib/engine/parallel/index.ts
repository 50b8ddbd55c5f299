/**
 * Data-parallel training over workers: a coordinator (parallel-trainer.ts) and the shard
 * workers it talks to (shard.ts), over any message port — a Web Worker in the browser, a Node
 * worker thread on the command line.
 */
export {
	createParallelTrainer,
	ParallelTrainer,
	type ParallelTrainerOptions
} from './parallel-trainer';
export { Shard, type Reply } from './shard';
export type { ShardMemory, ShardPort, ShardReply, ShardRequest } from './messages';
export { clampWorkers, defaultWorkers, MAX_WORKERS, shardRanges } from './ranges';
