/** The framework every site adapter is built on. */
export { resolve, resolveFirst, present, matchesSpec, closestSpec, anyOf, inDocumentOrder, type Resolved } from './resolve';
export { elementText, elementsText, codeText, codeLanguage, headerLabel, normalizeWhitespace, DEFAULT_EXCLUDE, type TextOptions } from './text';
export { SlicedRead } from './sliced-read';
export { fingerprint } from './fingerprint';
export { extractPage, missingSelectors, readTurns, turnId } from './extract-page';
export { idFromPath, hostIs } from './url';
export { collectTurns, type RoleSpec } from './turns';
export { partsOf, findAfter, boundary, attributeWithin, type Boundary } from './scope';
