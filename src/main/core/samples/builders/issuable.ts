/**
 * What issues and merge requests share in their hook data (`Gitlab::HookData::IssuableBuilder`): the last edit
 * and time tracking, both empty in a sample (nobody edited it or logged time).
 */
export function issuableTrackingAttrs() {
  return {
    last_edited_at: null,
    last_edited_by_id: null,
    time_estimate: 0,
    total_time_spent: 0,
    time_change: 0,
    human_time_estimate: null,
    human_total_time_spent: null,
    human_time_change: null,
  };
}
