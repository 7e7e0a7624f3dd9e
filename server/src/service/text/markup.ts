/**
 * Markdown and HTML a published report does not print. Used only with String.prototype.replace,
 * which resets a global pattern's lastIndex: sharing them keeps no state between callers.
 */

/** A Markdown heading's marks at a line's start, with the white space around them. */
export const HEADING_MARK = /^\s*#{1,6}\s+/;

/** HTML comments (<!-- nianbao-disable … -->, notes to oneself). */
export const HTML_COMMENT = /<!--.*?-->/g;
