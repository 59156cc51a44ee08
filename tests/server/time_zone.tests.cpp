#include "calendar/calendar.h"
#include "calendar/time_zone.h"

#include <catch2/catch.hpp>

#include <cstdlib>
#include <ctime>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

using namespace storepulse::calendar;

namespace {

// Every zone of the system's tz database that a store could name (zone1970.tab).
std::vector<std::string> all_zones() {
  std::vector<std::string> zones;
  std::ifstream tab("/usr/share/zoneinfo/zone1970.tab");
  std::string line;
  while (std::getline(tab, line)) {
    if (line.empty() || line[0] == '#') continue;
    std::istringstream fields(line);
    std::string codes, coordinates, zone;
    fields >> codes >> coordinates >> zone;
    if (!zone.empty()) zones.push_back(zone);
  }
  return zones;
}

// The C library's offset of a zone at an instant: an independent reading of the same files.
long libc_offset(const std::string& zone, std::int64_t utc) {
  setenv("TZ", zone.c_str(), 1);
  tzset();
  std::time_t t = static_cast<std::time_t>(utc);
  std::tm local{};
  localtime_r(&t, &local);
  return local.tm_gmtoff;
}

}  // namespace

TEST_CASE("Offsets agree with the C library for every zone from 1975 to 2070, past the file's last transition",
          "[server][calendar]") {
  auto zones = all_zones();
  REQUIRE(zones.size() > 200);
  const char* saved = std::getenv("TZ");
  std::string restore = saved ? saved : "";
  int mismatches = 0;
  for (const auto& name : zones) {
    auto zone = time_zone::find(name);
    REQUIRE(zone);
    // Every 5 days and 7 hours, so that instants fall at every time of day and near transitions.
    for (std::int64_t t = 157766400; t < 3155760000; t += 5 * 86400 + 7 * 3600) {
      auto expected = libc_offset(name, t);
      if (zone->offset_at(t) != expected && ++mismatches <= 10)
        FAIL_CHECK(name << " at " << t << ": " << zone->offset_at(t) << " against " << expected);
    }
  }
  if (saved) setenv("TZ", restore.c_str(), 1); else unsetenv("TZ");
  tzset();
  CHECK(mismatches == 0);
}

TEST_CASE("A week closes when it has ended in the store's zone, plus the grace period", "[server][calendar]") {
  auto paris = time_zone::find("Europe/Paris");
  auto new_york = time_zone::find("America/New_York");
  REQUIRE(paris);
  REQUIRE(new_york);
  // Week 2026-W48 ends at midnight on Monday 30 November, local time.
  const std::int64_t monday_utc = static_cast<std::int64_t>(*parse_date("2026-11-30")) * 86400;
  CHECK(last_closed_week(paris.get(), monday_utc - 3600 - 1, 0) == 202647);  // 23:59:59 on Sunday in Paris
  CHECK(last_closed_week(paris.get(), monday_utc - 3600, 0) == 202648);      // midnight in Paris
  CHECK(last_closed_week(new_york.get(), monday_utc, 0) == 202647);          // 19:00 on Sunday in New York
  CHECK(last_closed_week(new_york.get(), monday_utc + 5 * 3600, 0) == 202648);
  CHECK(last_closed_week(paris.get(), monday_utc - 3600 + 48 * 3600 - 1, 48 * 3600) == 202647);
  CHECK(last_closed_week(paris.get(), monday_utc - 3600 + 48 * 3600, 48 * 3600) == 202648);
  // An unknown zone waits for the last place on earth to end the week (UTC-12).
  CHECK(time_zone::find("Nowhere/Atlantis") == nullptr);
  CHECK(time_zone::find("../../etc/passwd") == nullptr);
  CHECK(last_closed_week(nullptr, monday_utc + 12 * 3600 - 1, 0) == 202647);
  CHECK(last_closed_week(nullptr, monday_utc + 12 * 3600, 0) == 202648);
}

TEST_CASE("Files that are not TZif are refused", "[server][calendar]") {
  CHECK(time_zone::parse("") == nullptr);
  CHECK(time_zone::parse("TZif") == nullptr);
  CHECK(time_zone::parse(std::string(200, 'x')) == nullptr);
  std::ifstream file("/usr/share/zoneinfo/Europe/Paris", std::ios::binary);
  std::string bytes((std::istreambuf_iterator<char>(file)), std::istreambuf_iterator<char>());
  REQUIRE(time_zone::parse(bytes));
  for (std::size_t cut : {std::size_t{44}, bytes.size() / 3, bytes.size() / 2}) CHECK(time_zone::parse(bytes.substr(0, cut)) == nullptr);
}
