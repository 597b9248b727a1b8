export { gemini } from './extract';
