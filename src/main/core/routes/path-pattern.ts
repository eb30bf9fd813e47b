/**
 * A route's path: a prefix (`/hooks` matches `/hooks` and `/hooks/push`, not `/hooksx`) or a glob where `*`
 * stands for one segment's text and `**` for any number of segments. The part of the request path after the
 * pattern's fixed beginning is the suffix a forward appends to its target.
 */

export interface PathMatch {
  /** What follows the pattern's fixed beginning, e.g. `/a/b` for `/gitlab/**` and `/gitlab/a/b`. */
  suffix: string;
}

export type PathMatcher = (path: string) => PathMatch | null;

const escapeRegExp = (text: string) => text.replace(/[.+?^${}()|[\]\\]/g, '\\$&');

/** The pattern's beginning up to its first wildcard, without a trailing slash: what a forward maps away. */
function fixedPart(pattern: string): string {
  const wildcard = pattern.indexOf('*');
  const fixed = wildcard === -1 ? pattern : pattern.slice(0, pattern.lastIndexOf('/', wildcard) + 1);
  return fixed.replace(/\/+$/, '');
}

function globRegExp(pattern: string): RegExp {
  let source = '';
  for (let i = 0; i < pattern.length; i++) {
    if (pattern.startsWith('/**', i)) {
      source += '(?:/.*)?';
      i += 2;
    } else if (pattern.startsWith('**', i)) {
      source += '.*';
      i += 1;
    } else if (pattern[i] === '*') {
      source += '[^/]*';
    } else {
      source += escapeRegExp(pattern[i]);
    }
  }
  return new RegExp(`^${source}$`);
}

export function pathMatcher(pattern: string): PathMatcher {
  const fixed = fixedPart(pattern);
  if (!pattern.includes('*')) {
    return (path) => {
      const within = path === fixed || path === pattern || (path.startsWith(fixed) && path[fixed.length] === '/');
      return within ? { suffix: path.slice(fixed.length) } : null;
    };
  }
  const glob = globRegExp(pattern);
  return (path) => (glob.test(path) ? { suffix: path.slice(fixed.length) } : null);
}
