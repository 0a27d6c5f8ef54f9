/** policylint's version: the build defines POLICYLINT_VERSION from package.json; from source (tests) it is 0.0.0-dev. */
declare const POLICYLINT_VERSION: string;

export const VERSION = typeof POLICYLINT_VERSION === 'string' ? POLICYLINT_VERSION : '0.0.0-dev';
