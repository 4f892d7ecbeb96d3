import pkg from '../../package.json';

/** The version from package.json, bundled in at build time. */
export const version: string = pkg.version;
