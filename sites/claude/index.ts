export { claude } from './extract';
