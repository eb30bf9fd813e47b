import { shellQuote } from '@shared/shell-quote';
import type { SecretMask } from '../secrets/secret-masking';
import type { PreparedTrigger } from './prepared-trigger';

const COOKIE_JAR = 'jenkins-cookies.txt';
const CRUMB_XPATH = 'concat(//crumbRequestField,%22:%22,//crumb)';

/** curl reads a --form value starting with @ or < as a file, and `;` as field options: such values go literally. */
function formFlag(value: string): string {
  return /^[@<]|;/.test(value) ? '--form-string' : '--form';
}

/** Each option with its value, one per line of the command. */
function curlOptions(prepared: PreparedTrigger, mask: SecretMask, verifyTls: boolean): string[] {
  const args = [`--request ${prepared.method}`];
  if (!verifyTls) args.push('--insecure');
  if (prepared.crumbFrom) args.push(`--cookie ${COOKIE_JAR}`, '--header "$CRUMB"');
  for (const [name, value] of prepared.headers) {
    const lower = name.toLowerCase();
    // -u makes the Authorization header, and --form its own multipart Content-Type with its own boundary.
    if (lower === 'authorization' && prepared.basicAuth) continue;
    if (lower === 'content-type' && prepared.curlBody && 'form' in prepared.curlBody) continue;
    args.push(`--header ${shellQuote(mask(`${name}: ${value}`))}`);
  }
  if (prepared.basicAuth) args.push(`--user ${shellQuote(mask(`${prepared.basicAuth.user}:${prepared.basicAuth.password}`))}`);
  if (prepared.curlBody && 'form' in prepared.curlBody) {
    for (const [name, value] of prepared.curlBody.form) args.push(`${formFlag(value)} ${shellQuote(mask(`${name}=${value}`))}`);
  } else if (prepared.curlBody) {
    args.push(`--data-raw ${shellQuote(mask(prepared.curlBody.data))}`);
  }
  return args;
}

/**
 * A curl command making the same request, to paste in a terminal or a `.gitlab-ci.yml`. An anonymous
 * Jenkins POST first fetches its CSRF crumb into $CRUMB, keeping the session cookie in a jar.
 */
export function curlCommand(prepared: PreparedTrigger, mask: SecretMask, verifyTls: boolean): string {
  const lines: string[] = [];
  if (prepared.crumbFrom) {
    const issuer = `${prepared.crumbFrom.replace(/\/+$/, '')}/crumbIssuer/api/xml?xpath=${CRUMB_XPATH}`;
    lines.push(`CRUMB=$(curl --silent --fail${verifyTls ? '' : ' --insecure'} --cookie-jar ${COOKIE_JAR} ${shellQuote(issuer)})`);
  }
  const parts = ['curl', ...curlOptions(prepared, mask, verifyTls), shellQuote(mask(prepared.url))];
  lines.push(parts.join(' \\\n  '));
  return lines.join('\n');
}
