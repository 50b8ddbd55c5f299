/**
 * One shard worker of a lab run: holds its share of the training images in its own
 * WebAssembly kernel and answers the training worker's requests (the engine's Shard). Started
 * by training.worker.ts, one per worker the run uses.
 */
import { Shard, type ShardRequest } from '$lib/engine/parallel';

const scope = self;
const shard = new Shard((reply, transfer = []) => scope.postMessage(reply, { transfer }));
// One request at a time, in order: the coordinator never sends a second before the reply.
let queue = Promise.resolve();
scope.onmessage = (event: MessageEvent<ShardRequest>) => {
	const request = event.data;
	queue = queue.then(() => shard.handle(request));
};
