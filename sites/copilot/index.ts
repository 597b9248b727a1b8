export { copilot } from './extract';
