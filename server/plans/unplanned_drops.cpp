#include "server/plans/unplanned_drops.h"

#include "server/plans/plan_target.h"

namespace storepulse::plans {

std::vector<v1::UnplannedDrop> unplanned_drops(storage::database& db, const v1::AlertsReport& alerts) {
  std::vector<v1::UnplannedDrop> out;
  auto open = db.prepare(
      "SELECT target_kind, target_key, scope FROM action_plans WHERE status IN ('planned', 'in_progress') AND "
      "(location_id = ?1 OR (scope = 'region' AND region = ?2) OR scope = 'organisation')");
  for (const auto& alert : alerts.alerts()) {
    if (alert.kind() != v1::ALERT_KIND_SIGNIFICANT_DROP) continue;
    bool covered = false;
    open.bind(1, alert.location_id()).bind(2, alert.region());
    while (open.step()) {
      if (alert.dimension() == v1::DIMENSION_UNSPECIFIED) {
        covered = covered || open.column_text(2) == "location";
        continue;
      }
      auto target = from_stored({open.column_text(0), open.column_text(1)});
      covered = covered || target_dimension(db, target) == alert.dimension();
    }
    open.reset();
    if (!covered) *out.emplace_back().mutable_alert() = alert;
  }
  return out;
}

}  // namespace storepulse::plans
