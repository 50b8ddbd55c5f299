// A Node worker thread for one shard of data-parallel training. Worker threads do not inherit
// the TypeScript loader the scripts run under (tsx), so this plain module registers it for
// its own thread and then loads the TypeScript that does the work (shard-serve.ts).
import { register } from 'tsx/esm/api';

register();
// tsx finds shard-serve.ts for the .js name, as TypeScript's own resolution does.
await import('./shard-serve.js');
