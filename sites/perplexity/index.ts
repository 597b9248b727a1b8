export { perplexity } from './extract';
