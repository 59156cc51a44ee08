#include "server/plans/plan_csv.h"

#include "server/plans/plan_validation.h"

#include <cstdio>

namespace storepulse::plans {
namespace {

constexpr std::string_view header =
    "id,scope,location_code,location_name,region,title,addresses,owner,start_on,due_on,status,ended_on,overdue,"
    "shared,notes,outcome_status,outcome_unit,before_weeks,before,after_weeks,after,change,p_value,significant\n";

std::string field(std::string_view text) {
  bool quote = text.find_first_of(",\"\n\r") != std::string_view::npos;
  // A leading =, +, - or @ would run as a formula in a spreadsheet.
  bool formula = !text.empty() && (text[0] == '=' || text[0] == '+' || text[0] == '-' || text[0] == '@');
  std::string out;
  if (quote || formula) out.push_back('"');
  if (formula) out.push_back('\'');
  for (char c : text) {
    if (c == '"') out.push_back('"');
    out.push_back(c);
  }
  if (quote || formula) out.push_back('"');
  return out;
}

std::string num(double value) {
  char text[32];
  std::snprintf(text, sizeof text, "%.6g", value);
  return text;
}

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
    out += std::to_string(p.id()) + "," + scope_name(p.scope()) + "," + field(p.location_code()) + "," +
           field(p.location_name()) + "," + field(p.region()) + "," + field(p.title()) + "," +
           field(p.target().label()) + "," + field(p.owner()) + "," + p.start_on() + "," + p.due_on() + "," +
           status_text(p.status()) + "," + p.ended_on() + "," + (p.overdue() ? "yes" : "no") + "," +
           (p.shared() ? "yes" : "no") + "," + std::to_string(p.note_count()) + "," + outcome_status(p) + ",";
    const auto& o = p.outcome();
    const bool shown = p.has_outcome() && o.status() == v1::CELL_STATUS_PUBLISHED;
    if (p.has_outcome()) {
      out += o.unit() + "," + o.before().first_week() + " to " + o.before().last_week() + ",";
      out += (shown ? num(o.before().estimate().value()) : "") + ",";
      out += o.after().first_week() + " to " + o.after().last_week() + ",";
      out += (shown ? num(o.after().estimate().value()) : "") + ",";
      out += (shown ? num(o.change().change()) + "," + num(o.change().p_value()) + "," +
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
