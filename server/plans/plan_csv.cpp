#include "server/plans/plan_csv.h"

#include "server/plans/plan_validation.h"
#include "server/reports/csv_format.h"

namespace storepulse::plans {
namespace {

using reports::csv_field;
using reports::csv_number;

constexpr std::string_view header =
    "id,scope,location_code,location_name,region,title,addresses,owner,start_on,due_on,status,ended_on,overdue,"
    "shared,notes,outcome_status,outcome_unit,before_weeks,before,after_weeks,after,change,p_value,significant\n";

const char* scope_name(v1::ScopeKind scope) {
  return scope == v1::SCOPE_KIND_REGION ? "region" : scope == v1::SCOPE_KIND_ORGANISATION ? "organisation" : "store";
}

const char* outcome_status(const v1::ActionPlan& plan) {
  if (!plan.has_outcome()) return "";
  switch (plan.outcome().status()) {
    case v1::CELL_STATUS_PUBLISHED: return "published";
    case v1::CELL_STATUS_SUPPRESSED: return "held_back";
    default: return "not_available";
  }
}

}  // namespace

std::string plans_csv(const std::vector<v1::ActionPlan>& plans) {
  std::string out(header);
  for (const auto& p : plans) {
    out += std::to_string(p.id()) + "," + scope_name(p.scope()) + "," + csv_field(p.location_code()) + "," +
           csv_field(p.location_name()) + "," + csv_field(p.region()) + "," + csv_field(p.title()) + "," +
           csv_field(p.target().label()) + "," + csv_field(p.owner()) + "," + p.start_on() + "," + p.due_on() + "," +
           status_text(p.status()) + "," + p.ended_on() + "," + (p.overdue() ? "yes" : "no") + "," +
           (p.shared() ? "yes" : "no") + "," + std::to_string(p.note_count()) + "," + outcome_status(p) + ",";
    const auto& o = p.outcome();
    const bool shown = p.has_outcome() && o.status() == v1::CELL_STATUS_PUBLISHED;
    if (p.has_outcome()) {
      out += o.unit() + "," + o.before().first_week() + " to " + o.before().last_week() + ",";
      out += (shown ? csv_number(o.before().estimate().value()) : "") + ",";
      out += o.after().first_week() + " to " + o.after().last_week() + ",";
      out += (shown ? csv_number(o.after().estimate().value()) : "") + ",";
      out += (shown ? csv_number(o.change().change()) + "," + csv_number(o.change().p_value()) + "," +
                          (o.change().direction() == v1::TREND_DIRECTION_NOT_SIGNIFICANT ? "no" : "yes")
                    : ",,");
    } else {
      out += ",,,,,,,";
    }
    out += "\n";
  }
  return out;
}

}  // namespace storepulse::plans
