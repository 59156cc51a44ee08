#include "server/reports/store_alerts.h"

#include "server/reports/indicators.h"

#include <cstdio>
#include <string>

namespace storepulse::reports {
namespace {

const char* dimension_label(v1::Dimension d) {
  switch (d) {
    case v1::DIMENSION_VALUES: return "values";
    case v1::DIMENSION_EMPOWERMENT: return "empowerment";
    case v1::DIMENSION_RECOGNITION: return "recognition";
    case v1::DIMENSION_LEADERSHIP: return "leadership";
    case v1::DIMENSION_COLLABORATION: return "collaboration";
    default: return "other";
  }
}

std::string percent(double share) {
  char text[16];
  std::snprintf(text, sizeof text, "%.0f%%", share * 100);
  return text;
}

std::string number(double value) {
  char text[32];
  std::snprintf(text, sizeof text, "%.1f", value);
  return text;
}

v1::Alert& new_alert(std::vector<v1::Alert>& alerts, v1::AlertKind kind, const location_row& location) {
  auto& alert = alerts.emplace_back();
  alert.set_kind(kind);
  alert.set_location_id(location.id);
  alert.set_location_code(location.code);
  alert.set_location_name(location.name);
  alert.set_region(location.region);
  return alert;
}

std::string drop_message(const std::string& what, const v1::PeriodInfo& period, double before, double now) {
  return what + " dropped from " + number(before) + " (" + period.previous_label() + ") to " + number(now) + " (" +
         period.label() + ")";
}

}  // namespace

bool is_core_dimension(v1::Dimension d) {
  return d == v1::DIMENSION_VALUES || d == v1::DIMENSION_EMPOWERMENT || d == v1::DIMENSION_RECOGNITION;
}

std::vector<v1::Alert> store_alerts(const location_row& location, const v1::PeriodInfo& period, const v1::Estimate& chi,
                                    const v1::Trend& chi_trend,
                                    const google::protobuf::RepeatedPtrField<v1::DimensionScore>& dimensions,
                                    const v1::Participation& participation, const store_aggregate& agg) {
  std::vector<v1::Alert> alerts;
  if (chi_trend.status() == v1::CELL_STATUS_PUBLISHED && chi_trend.direction() == v1::TREND_DIRECTION_DOWN) {
    auto& a = new_alert(alerts, v1::ALERT_KIND_SIGNIFICANT_DROP, location);
    a.set_value(chi.value());
    a.set_previous(chi_trend.previous());
    a.set_p_value(chi_trend.p_value());
    a.set_message(drop_message("Culture Health Index", period, chi_trend.previous(), chi.value()));
  }
  for (const auto& d : dimensions) {
    if (!is_core_dimension(d.dimension()) || d.score().status() != v1::CELL_STATUS_PUBLISHED) continue;
    if (d.trend().status() == v1::CELL_STATUS_PUBLISHED && d.trend().direction() == v1::TREND_DIRECTION_DOWN) {
      auto& a = new_alert(alerts, v1::ALERT_KIND_SIGNIFICANT_DROP, location);
      a.set_dimension(d.dimension());
      a.set_value(d.score().value());
      a.set_previous(d.trend().previous());
      a.set_p_value(d.trend().p_value());
      a.set_message(drop_message(std::string("Score for ") + dimension_label(d.dimension()), period,
                                 d.trend().previous(), d.score().value()));
    }
    if (d.polarised()) {
      auto& a = new_alert(alerts, v1::ALERT_KIND_POLARISED, location);
      a.set_dimension(d.dimension());
      a.set_value(d.polarisation());
      a.set_message(std::string("Answers on ") + dimension_label(d.dimension()) +
                    " are split: many agree and many disagree. Worth a team discussion.");
    }
  }
  if (participation.status() == v1::CELL_STATUS_PUBLISHED && participation.low() && participation.has_rate()) {
    auto& a = new_alert(alerts, v1::ALERT_KIND_LOW_PARTICIPATION, location);
    a.set_value(participation.rate());
    a.set_message("Participation is " + percent(participation.rate()) + " of staff per week over " +
                  std::to_string(participation.weeks()) + (participation.weeks() == 1 ? " week" : " weeks") +
                  ", below " + percent(low_participation_rate));
  }
  if (participation.above_headcount()) {
    auto& a = new_alert(alerts, v1::ALERT_KIND_ABOVE_HEADCOUNT, location);
    a.set_value(participation.rate());
    a.set_message("More sessions than staff (" + percent(participation.rate()) + "): check the headcount");
  }
  if (agg.raw_quarantined > 0) {
    auto& a = new_alert(alerts, v1::ALERT_KIND_QUARANTINED, location);
    // The count is shown only when it is itself a published group.
    if (agg.quarantined == agg.raw_quarantined) {
      a.set_value(static_cast<double>(agg.quarantined));
      a.set_message(std::to_string(agg.quarantined) + " submissions quarantined by the daily cap");
    } else {
      a.set_message("Some submissions were quarantined by the daily cap");
    }
  }
  return alerts;
}

}  // namespace storepulse::reports
