/**
 * @module core/test-support/required-services
 * Tests that need PostgreSQL or Chromium skip, with the reason, on a machine that cannot start them.
 * CI must not pass by skipping them: `.ci/run` sets NEWSTRACE_REQUIRE_SERVICES=1, and then the same
 * reason fails the test file instead.
 */

export const REQUIRE_SERVICES = 'NEWSTRACE_REQUIRE_SERVICES';

/** `reason` to skip with, or, where services are required, a thrown error carrying it. */
export function skipReason(reason: string): string {
  if (process.env[REQUIRE_SERVICES] === '1') throw new Error(`${reason} (${REQUIRE_SERVICES}=1 requires it: failing instead of skipping)`);
  return reason;
}
