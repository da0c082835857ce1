import { runSubgraph } from '@sp0t1fy/platform';
import { service } from './service.js';

await runSubgraph(service);
