#pragma once

#include "storepulse/v1/reports.pb.h"

#include <compare>
#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace storepulse::reports::testing {

// Which published count: a scope ("org", "region:NAME", "store:CODE"), a series ("sessions",
// "remediation", "quarantined", "q:KEY") and a window of weeks (dense indexes).
struct figure_key {
  std::string scope, series;
  int first = 0, last = 0;
  auto operator<=>(const figure_key&) const = default;
};

// One sighting of a published count, as an attacker who keeps every report would collect it.
struct sighting {
  int time = 0;  // the step of the timeline
  std::string caller;
  std::int64_t n = 0;
  std::vector<std::uint32_t> histogram;  // questions only
};

// Every published count seen in reports, by figure.
class published_figures {
 public:
  // Records the counts of an overview, a store page (with its history), alerts or a CSV export.
  void add(int time, const std::string& caller, const v1::OverviewReport& report);
  void add(int time, const std::string& caller, const v1::LocationReport& report);
  void add(int time, const std::string& caller, const v1::AlertsReport& report);
  void add_csv(int time, const std::string& caller, const std::string& csv);

  const std::map<figure_key, std::vector<sighting>>& all() const { return figures_; }
  // Returns the count of a figure seen by a caller at a time, or -1 when it was not published.
  std::int64_t at(const figure_key& key, int time, const std::string& caller) const;

 private:
  void record(const figure_key& key, int time, const std::string& caller, std::int64_t n,
              std::vector<std::uint32_t> histogram = {});

  std::map<figure_key, std::vector<sighting>> figures_;
};

// Returns the dense week index of "YYYY-Www".
int dense_week(const std::string& text);

}  // namespace storepulse::reports::testing
