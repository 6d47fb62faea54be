/** The package version, kept equal to package.json by a test (test/server/version.test.js). */
export const VERSION = '0.1.0';
