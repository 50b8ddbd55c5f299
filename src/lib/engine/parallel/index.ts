/**
 * Data-parallel training over workers: a coordinator (parallel-trainer.ts, started by
 * start.ts) and the shard workers it talks to (shard.ts), over any message port — a Web
 * Worker in the browser, a Node worker thread on the command line.
 */
export { createParallelTrainer, type ParallelTrainerOptions } from './start';
export { ParallelTrainer } from './parallel-trainer';
export { Shard, type Reply } from './shard';
export type { ShardMemory, ShardPort, ShardReply, ShardRequest } from './messages';
export { clampWorkers, defaultWorkers, MAX_WORKERS, shardRanges } from './ranges';
