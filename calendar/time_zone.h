#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace storepulse::calendar {

// One IANA time zone read from the system's compiled tz database (TZif files under
// /usr/share/zoneinfo): its transitions, then the POSIX rule in the file's footer for times past
// the last one.
class time_zone {
 public:
  // Returns the zone of that name, or nullptr when it is unknown or its file is unreadable.
  // Zones are read once and kept. Thread-safe.
  static std::shared_ptr<const time_zone> find(std::string_view name);
  // Returns a zone from the bytes of a TZif file, or nullptr when they are not one.
  static std::shared_ptr<const time_zone> parse(std::string_view bytes);

  // Returns the offset from UTC, in seconds, at a UTC instant.
  std::int32_t offset_at(std::int64_t utc) const;
  // Returns the local date (days since 1970-01-01) at a UTC instant.
  int local_day(std::int64_t utc) const;

 private:
  struct rule_date {
    int month = 0, week = 0, weekday = 0;  // POSIX Mm.w.d
    std::int32_t time = 7200;              // seconds after local midnight
  };
  struct posix_rule {
    std::int32_t standard = 0, daylight = 0;  // offsets east of UTC
    bool has_daylight = false;
    rule_date start, end;
  };
  std::int32_t rule_offset(std::int64_t utc) const;
  static std::optional<posix_rule> parse_rule(std::string_view text);

  std::vector<std::int64_t> transitions_;
  std::vector<std::int32_t> offset_after_;  // offset from each transition on
  std::int32_t initial_offset_ = 0;
  std::optional<posix_rule> rule_;
};

// Returns the last ISO week (YYYYWW) that has ended in the zone at least grace_seconds before
// now. An unknown zone is taken as the last to end any week (UTC-12), so that a week is never
// published before it is over wherever the store is.
int last_closed_week(const time_zone* zone, std::int64_t now_utc, std::int64_t grace_seconds);

}  // namespace storepulse::calendar
