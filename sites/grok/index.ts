export { grok } from './extract';
