import { join, resolve } from 'node:path';
import { ESLint } from 'eslint';

export const ROOT = resolve(__dirname, '../..');

/** What the project's own lint config says about `code` as if it were at `filePath`, for one rule. */
export async function lintMessages(ruleId: string, filePath: string, code: string): Promise<string[]> {
  const eslint = new ESLint({ cwd: ROOT });
  const [result] = await eslint.lintText(code, { filePath: join(ROOT, filePath) });
  return result.messages.filter((message) => message.ruleId === ruleId).map((message) => message.message);
}
