export { chatgpt } from './extract';
