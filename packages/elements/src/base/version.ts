/**
 * This copy's version of @apiary/elements. The build (scripts/stamp-version.mjs) writes the one in
 * package.json into dist; the sources keep this placeholder.
 */
export const version: string = '0.0.0-source';
