#include "kiosk/core/model/sync_mark.h"
#include "kiosk/core/model/text_catalog.h"

#include <catch2/catch.hpp>

#include <ctime>
#include <regex>
#include <string>
#include <utility>

namespace {

namespace sk = storepulse::kiosk;
using sk::text_id;

sk::sync_mark enrolled_mark() {
  sk::sync_mark mark;
  mark.enrolled = true;
  mark.online = true;
  return mark;
}

// Returns the local date and hour of a time, as "YYYY-MM-DD" and "HH".
std::pair<std::string, std::string> local(std::int64_t unix_seconds) {
  const auto t = static_cast<std::time_t>(unix_seconds);
  std::tm tm{};
  localtime_r(&t, &tm);
  char day[16], hour[8];
  return {std::string(day, std::strftime(day, sizeof day, "%F", &tm)),
          std::string(hour, std::strftime(hour, sizeof hour, "%H", &tm))};
}

}  // namespace

TEST_CASE("A kiosk whose token the server refuses shows that it needs enrollment, never that it is online",
          "[kiosk][model][status]") {
  auto mark = enrolled_mark();
  mark.needs_enrollment = true;  // the server answered 401: it is there, but not for this kiosk
  mark.queued = 2;
  CHECK(sk::connection_of(mark) == sk::connection_state::revoked);
  for (const auto& language : sk::catalog_languages()) {
    INFO(language);
    const std::string label = sk::sync_mark_label(mark, language);
    const std::string line = sk::operator_status_line(mark, language, 0);
    CHECK(label.rfind(std::string(sk::ui_text(text_id::sync_needs_enrollment, language)), 0) == 0);
    CHECK(label.find(std::string(sk::ui_text(text_id::sync_online, language))) == std::string::npos);
    CHECK(line == sk::ui_text(text_id::operator_revoked, language));
    CHECK(line.find(std::string(sk::ui_text(text_id::sync_online, language))) == std::string::npos);
  }
  CHECK(sk::sync_mark_label(mark, "en") == "Needs enrollment  \u00b7  2 waiting to send");
  CHECK(sk::operator_status_line(mark, "en", 0) == "Revoked: needs enrollment");
}

TEST_CASE("The mark and the operator's status line follow the connection", "[kiosk][model][status]") {
  auto mark = enrolled_mark();
  CHECK(sk::connection_of(mark) == sk::connection_state::online);
  CHECK(sk::sync_mark_label(mark, "en") == "Online");
  CHECK(sk::operator_status_line(mark, "en", 0) == "Enrolled  \u00b7  Online");

  mark.online = false;
  CHECK(sk::connection_of(mark) == sk::connection_state::offline);
  CHECK(sk::sync_mark_label(mark, "fr") == "Hors ligne");
  // Offline before any call failed (a new server address): no hour to tell.
  CHECK(sk::operator_status_line(mark, "en", 0) == "Enrolled  \u00b7  Offline");

  sk::sync_mark fresh;
  fresh.needs_enrollment = true;
  CHECK(sk::connection_of(fresh) == sk::connection_state::not_enrolled);
  CHECK(sk::sync_mark_label(fresh, "es") == "Sin dar de alta");
  CHECK(sk::operator_status_line(fresh, "en", 0) == "Not enrolled");
}

TEST_CASE("The operator's status line says since which hour the kiosk is offline, never the minute",
          "[kiosk][model][status]") {
  const auto now = static_cast<std::int64_t>(std::time(nullptr));
  auto mark = enrolled_mark();
  mark.online = false;
  // Even given a time with minutes, only its hour is shown.
  mark.offline_since_unix = now - 60;
  const std::string hour = local(now - 60).second;
  const bool same_day = local(now - 60).first == local(now).first;
  if (same_day) {
    CHECK(sk::operator_status_line(mark, "en", now) == "Enrolled  \u00b7  Offline since " + hour + ":00");
    CHECK(sk::operator_status_line(mark, "es", now) == "Dado de alta  \u00b7  Sin conexi\u00f3n desde las " + hour + ":00");
    CHECK(sk::operator_status_line(mark, "fr", now) == "Inscrite  \u00b7  Hors ligne depuis " + hour + "\u00a0h");
  }
  SECTION("an earlier day shows its date") {
    mark.offline_since_unix = now - 3 * 86400;
    const std::string day = local(now - 3 * 86400).first;
    const std::string earlier_hour = local(now - 3 * 86400).second;
    CHECK(sk::operator_status_line(mark, "en", now) == "Enrolled  \u00b7  Offline since " + day + ", " + earlier_hour + ":00");
    CHECK(sk::operator_status_line(mark, "fr", now) ==
          "Inscrite  \u00b7  Hors ligne depuis le " + day + " \u00e0 " + earlier_hour + "\u00a0h");
  }
  // No minute other than :00 anywhere, in any language.
  for (const auto& language : sk::catalog_languages()) {
    const std::string line = sk::operator_status_line(mark, language, now);
    INFO(line);
    CHECK_FALSE(std::regex_search(line, std::regex(":(0[1-9]|[1-5][0-9])")));
  }
}

TEST_CASE("The mark carries when the kiosk went offline from the worker's status", "[kiosk][model][status]") {
  sk::sync_status status;
  status.online = false;
  status.offline_since_unix = 7 * 3600;
  status.needs_enrollment = false;
  sk::device_settings settings;
  settings.device_token = "token";
  settings.server = "https://kiosks.example.com:8443";
  const auto mark = sk::make_sync_mark(status, settings);
  CHECK(mark.enrolled);
  CHECK_FALSE(mark.online);
  CHECK(mark.offline_since_unix == 7 * 3600);
  CHECK(mark.server_address == "https://kiosks.example.com:8443");
  CHECK_FALSE(mark.plain_http);
}
