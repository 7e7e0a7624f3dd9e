/** The CLI's version and the address of the rule pages, read from package.json at build time. */
import { repository, version } from '../../../package.json';

export const VERSION: string = version;

/** https://host/owner/nianbao/blob/main/docs/rules/ — SARIF's helpUri must be an absolute URI. */
export const DOCS_BASE_URL: string = `${repository.url.replace(/\.git$/, '')}/blob/main/docs/rules/`;
