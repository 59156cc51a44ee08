#include "server/maturity/overdue_alerts.h"

#include "server/maturity/round_store.h"

namespace storepulse::maturity {

std::vector<v1::Alert> overdue_round_alerts(storage::database& db, const auth::principal& who, int today,
                                            const std::string& region) {
  std::vector<v1::Alert> out;
  if (!who.may_see_scores()) return out;
  const bool hr = who.user_role == auth::role::hr_admin;
  for (const auto& due : round_dues(db, who, today)) {
    if (!due.overdue()) continue;
    // A manager's own scope is a store of theirs: a region or the organisation is wider.
    if (!hr && (due.scope() != v1::SCOPE_KIND_LOCATION || !who.may_see_location(due.location_id()))) continue;
    if (!region.empty() && (due.scope() == v1::SCOPE_KIND_ORGANISATION || due.region() != region)) continue;
    v1::Alert alert;
    alert.set_kind(v1::ALERT_KIND_MATURITY_OVERDUE);
    alert.set_scope(due.scope());
    alert.set_location_id(due.location_id());
    alert.set_location_name(due.scope() == v1::SCOPE_KIND_ORGANISATION ? "The organisation"
                            : due.scope() == v1::SCOPE_KIND_REGION    ? "Region " + due.region()
                                                                      : due.location_name());
    alert.set_region(due.region());
    alert.set_since(due.due_on());
    alert.set_message("CX maturity self-assessment overdue since " + due.due_on() + " (last round closed " +
                      due.last_closed_on() + ").");
    out.push_back(std::move(alert));
  }
  return out;
}

}  // namespace storepulse::maturity
