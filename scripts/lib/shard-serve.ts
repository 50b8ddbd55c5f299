/**
 * What a Node worker thread does (started by shard-thread.js): runs one shard of data-parallel training (the engine's Shard): the
 * coordinator's requests come through parentPort, replies go back the same way. Its JavaScript
 * heap is measured with v8's own statistics, so the benchmark can print each worker's peak.
 */
import { getHeapStatistics } from 'node:v8';
import { parentPort } from 'node:worker_threads';
import { Shard, type ShardRequest } from '../../src/lib/engine/parallel';

const port = parentPort;
if (!port)
	throw new Error('shard-serve.ts runs in a worker thread (node-shards.ts), not on its own');
const shard = new Shard(
	(reply, transfer = []) => port.postMessage(reply, transfer),
	() => getHeapStatistics().used_heap_size
);
// One request at a time, in order: the coordinator never sends a second before the reply.
let queue = Promise.resolve();
port.on('message', (request: ShardRequest) => {
	queue = queue.then(() => shard.handle(request));
});
