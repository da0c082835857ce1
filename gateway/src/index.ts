export { type ConfiguredSubgraph, type GatewayConfig, loadGatewayConfig } from './config.js';
export { type GatewayOptions, type RunningGateway, startGateway } from './gateway.js';
export { type ProductOptions, type RunningProduct, startProduct } from './host.js';
