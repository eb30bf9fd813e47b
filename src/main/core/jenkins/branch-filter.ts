/**
 * The plugin's branch filter (`BranchFilterType`): all branches, names (comma-separated, Ant patterns via
 * Spring's AntPathMatcher) to include and exclude, or a regex the whole target branch must match.
 */
export type BranchFilter =
  | { type: 'all' }
  | { type: 'names'; include: string; exclude: string }
  | { type: 'regex'; pattern: string };

/** AntPathMatcher on `/`-separated names: `*` and `?` stay within a segment, `**` spans segments. */
export function antPatternMatches(pattern: string, name: string): boolean {
  let source = '';
  for (let i = 0; i < pattern.length; i++) {
    const char = pattern[i];
    if (char === '*' && pattern[i + 1] === '*') {
      const slashAfter = pattern[i + 2] === '/';
      source += slashAfter ? '(?:.*/)?' : '.*';
      i += slashAfter ? 2 : 1;
    } else if (char === '*') source += '[^/]*';
    else if (char === '?') source += '[^/]';
    else source += char.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${source}$`).test(name);
}

const namesOf = (list: string) => list.split(',').map((name) => name.trim()).filter(Boolean);

/** Null when the branch passes; else why not, in words. `branch` is the ref with only `refs/heads/` stripped. */
export function branchFilterRefusal(filter: BranchFilter, branch: string): string | null {
  switch (filter.type) {
    case 'all':
      return null;
    case 'names': {
      const include = namesOf(filter.include);
      const exclude = namesOf(filter.exclude);
      if (include.length > 0 && !include.some((pattern) => antPatternMatches(pattern, branch))) {
        return `the branch filter \`${filter.include}\` does not match \`${branch}\``;
      }
      const excluded = exclude.find((pattern) => antPatternMatches(pattern, branch));
      return excluded ? `the branch filter excludes \`${branch}\` (\`${excluded}\`)` : null;
    }
    case 'regex':
      return new RegExp(`^(?:${filter.pattern})$`).test(branch) ? null : `the branch regex \`${filter.pattern}\` does not match \`${branch}\``;
  }
}
