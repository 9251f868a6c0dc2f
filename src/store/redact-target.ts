/**
 * @module store/redact-target
 * Store targets as they may be shown: a PostgreSQL URL loses its password, so summaries, logs and
 * error messages never print a credential.
 */

/**
 * @example redactTarget('postgres://app:secret@db:5432/news') // 'postgres://app:***@db:5432/news'
 */
export function redactTarget(target: string): string {
  if (!/^postgres(?:ql)?:\/\//i.test(target)) return target;
  try {
    const parsed = new URL(target);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return 'postgres://(unparsable URL)';
  }
}
