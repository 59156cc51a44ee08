#include "tests/reports/published_figures.h"

#include "server/reports/report_period.h"

#include <sstream>
#include <stdexcept>

namespace storepulse::reports::testing {
namespace {

std::vector<std::uint32_t> histogram_of(const v1::QuestionStats& q) { return {q.histogram().begin(), q.histogram().end()}; }

// Splits one CSV line; fields may be quoted with doubled quotes inside.
std::vector<std::string> csv_fields(const std::string& line) {
  std::vector<std::string> fields(1);
  bool quoted = false;
  for (std::size_t i = 0; i < line.size(); ++i) {
    char c = line[i];
    if (quoted) {
      if (c == '"' && i + 1 < line.size() && line[i + 1] == '"') {
        fields.back().push_back('"');
        ++i;
      } else if (c == '"') {
        quoted = false;
      } else {
        fields.back().push_back(c);
      }
    } else if (c == '"') {
      quoted = true;
    } else if (c == ',') {
      fields.emplace_back();
    } else {
      fields.back().push_back(c);
    }
  }
  return fields;
}

}  // namespace

int dense_week(const std::string& text) {
  auto week = parse_week_text(text);
  if (!week) throw std::runtime_error("not a week: " + text);
  return *week;
}

void published_figures::record(const figure_key& key, int time, const std::string& caller, std::int64_t n,
                               std::vector<std::uint32_t> histogram) {
  auto& seen = figures_[key];
  for (const auto& s : seen)
    if (s.time == time && s.caller == caller && s.n == n && s.histogram == histogram) return;
  seen.push_back({time, caller, n, std::move(histogram)});
}

std::int64_t published_figures::at(const figure_key& key, int time, const std::string& caller) const {
  auto it = figures_.find(key);
  if (it == figures_.end()) return -1;
  for (const auto& s : it->second)
    if (s.time == time && s.caller == caller) return s.n;
  return -1;
}

void published_figures::add(int time, const std::string& caller, const v1::OverviewReport& report) {
  const int first = dense_week(report.period().first_week()), last = dense_week(report.period().last_week());
  auto summary = [&](const std::string& scope, const v1::ScopeSummary& s) {
    if (s.participation().status() == v1::CELL_STATUS_PUBLISHED && s.participation().has_sessions())
      record({scope, "sessions", first, last}, time, caller, s.participation().sessions());
    for (const auto& q : s.questions())
      if (q.status() == v1::CELL_STATUS_PUBLISHED) record({scope, "q:" + q.key(), first, last}, time, caller, q.n(), histogram_of(q));
    const auto& r = s.empowerment().remediation();
    if (r.status() == v1::CELL_STATUS_PUBLISHED && r.has_events())
      record({scope, "remediation", first, last}, time, caller, r.events());
  };
  if (report.has_organisation()) summary("org", report.organisation());
  for (const auto& region : report.regions()) summary("region:" + region.name(), region);
  for (const auto& store : report.stores()) {
    const auto& p = store.participation();
    if (p.status() == v1::CELL_STATUS_PUBLISHED && p.has_sessions())
      record({"store:" + store.code(), "sessions", first, last}, time, caller, p.sessions());
  }
}

void published_figures::add(int time, const std::string& caller, const v1::LocationReport& report) {
  const std::string scope = "store:" + report.location().code();
  const int first = dense_week(report.period().first_week()), last = dense_week(report.period().last_week());
  if (report.participation().status() == v1::CELL_STATUS_PUBLISHED && report.participation().has_sessions())
    record({scope, "sessions", first, last}, time, caller, report.participation().sessions());
  for (const auto& q : report.questions())
    if (q.status() == v1::CELL_STATUS_PUBLISHED) record({scope, "q:" + q.key(), first, last}, time, caller, q.n(), histogram_of(q));
  const auto& r = report.empowerment().remediation();
  if (r.status() == v1::CELL_STATUS_PUBLISHED && r.has_events()) record({scope, "remediation", first, last}, time, caller, r.events());
  for (const auto& point : report.history()) {
    const int pf = dense_week(point.period().first_week()), pl = dense_week(point.period().last_week());
    if (point.participation().status() == v1::CELL_STATUS_PUBLISHED && point.participation().has_sessions())
      record({scope, "sessions", pf, pl}, time, caller, point.participation().sessions());
    if (point.remediation().status() == v1::CELL_STATUS_PUBLISHED && point.remediation().has_events())
      record({scope, "remediation", pf, pl}, time, caller, point.remediation().events());
  }
}

void published_figures::add(int time, const std::string& caller, const v1::AlertsReport& report) {
  const int first = dense_week(report.period().first_week()), last = dense_week(report.period().last_week());
  for (const auto& alert : report.alerts())
    if (alert.kind() == v1::ALERT_KIND_QUARANTINED && alert.has_value())
      record({"store:" + alert.location_code(), "quarantined", first, last}, time, caller,
             static_cast<std::int64_t>(alert.value()));
}

void published_figures::add_csv(int time, const std::string& caller, const std::string& csv) {
  std::istringstream lines(csv);
  std::string line;
  std::getline(lines, line);
  const auto header = csv_fields(line);
  auto column = [&](const char* name) {
    for (std::size_t i = 0; i < header.size(); ++i)
      if (header[i] == name) return i;
    throw std::runtime_error(std::string("the CSV has no column ") + name);
  };
  const auto kind = column("scope_kind"), scope = column("scope"), code = column("location_code"),
             first = column("first_week"), last = column("last_week"), metric = column("metric"),
             key = column("question_key"), status = column("status"), n = column("n"), value = column("value");
  while (std::getline(lines, line)) {
    auto f = csv_fields(line);
    if (f.size() != header.size()) throw std::runtime_error("a CSV row has the wrong number of fields: " + line);
    if (f[status] != "published") continue;
    std::string who = f[kind] == "location" ? "store:" + f[code] : f[kind] == "region" ? "region:" + f[scope] : "org";
    figure_key base{who, "", dense_week(f[first]), dense_week(f[last])};
    if (f[metric] == "question_mean" && !f[n].empty()) {
      base.series = "q:" + f[key];
      record(base, time, caller, std::stoll(f[n]));
    } else if (f[metric] == "sessions" && !f[value].empty()) {
      base.series = "sessions";
      record(base, time, caller, std::stoll(f[value]));
    }
  }
}

}  // namespace storepulse::reports::testing
