/** The SpecLens version written into exports and backups. */
import { version } from '../package.json';

export const SPECLENS_VERSION: string = version;
