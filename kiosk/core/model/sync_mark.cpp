#include "kiosk/core/model/sync_mark.h"

#include "kiosk/core/model/text_catalog.h"
#include "kiosk/core/sync/public_key_pin.h"
#include "kiosk/core/sync/server_address.h"

#include <ctime>
#include <filesystem>

namespace storepulse::kiosk {

namespace {

constexpr const char* separator = "  \u00b7  ";

struct local_hour {
  std::string day;   // YYYY-MM-DD
  std::string hour;  // HH
};

// Returns the day and hour of a time in the kiosk's time zone; its minutes are dropped here.
local_hour hour_of(std::int64_t unix_seconds) {
  const auto t = static_cast<std::time_t>(unix_seconds);
  std::tm local{};
  localtime_r(&t, &local);
  char day[16], hour[8];
  return {std::string(day, std::strftime(day, sizeof day, "%Y-%m-%d", &local)),
          std::string(hour, std::strftime(hour, sizeof hour, "%H", &local))};
}

// Returns "Offline since 14:00", with the date when the hour is not today's; the hour only.
std::string offline_since(std::int64_t since_unix, std::string_view language, std::int64_t now_unix) {
  const local_hour since = hour_of(since_unix);
  if (since.day == hour_of(now_unix).day) {
    return format_text(text_id::operator_offline_since, language, {{"hour", since.hour}});
  }
  return format_text(text_id::operator_offline_since_day, language, {{"date", since.day}, {"hour", since.hour}});
}

}  // namespace

sync_mark make_sync_mark(const sync_status& status, const device_settings& settings) {
  sync_mark m;
  m.online = status.online;
  m.enrolled = !settings.device_token.empty();
  m.needs_enrollment = status.needs_enrollment;
  m.protocol_mismatch = status.protocol_mismatch;
  m.tls_refused = status.tls_refused;
  m.queue_error = status.queue_error;
  m.queued = status.queued;
  m.held = status.held;
  m.refused = status.refused;
  m.last_sync_unix = status.last_sync_unix;
  m.offline_since_unix = status.offline_since_unix;
  m.message = status.message;
  m.server_address = settings.server;
  const auto address = server_address::parse(settings.server);
  m.plain_http = address && !address->tls;
  if (const auto pin = public_key_pin::parse(settings.server_key_pin)) m.pin_short = pin->short_form();
  m.ca_file = std::filesystem::path(settings.ca_file).filename().string();
  return m;
}

connection_state connection_of(const sync_mark& mark) {
  if (!mark.enrolled) return connection_state::not_enrolled;
  if (mark.needs_enrollment) return connection_state::revoked;
  return mark.online ? connection_state::online : connection_state::offline;
}

std::string sync_mark_label(const sync_mark& mark, std::string_view language) {
  text_id state = text_id::sync_offline;
  switch (connection_of(mark)) {
    case connection_state::online: state = text_id::sync_online; break;
    case connection_state::offline: break;
    case connection_state::revoked: state = text_id::sync_needs_enrollment; break;
    case connection_state::not_enrolled: state = text_id::operator_not_enrolled; break;
  }
  std::string label(ui_text(state, language));
  if (mark.queued > 0) {
    label += separator + format_text(text_id::answers_waiting, language, {{"n", std::to_string(mark.queued)}});
  }
  return label;
}

std::string operator_status_line(const sync_mark& mark, std::string_view language, std::int64_t now_unix) {
  const std::string enrolled(ui_text(text_id::operator_enrolled, language));
  switch (connection_of(mark)) {
    case connection_state::not_enrolled: return std::string(ui_text(text_id::operator_not_enrolled, language));
    case connection_state::revoked: return std::string(ui_text(text_id::operator_revoked, language));
    case connection_state::online: return enrolled + separator + std::string(ui_text(text_id::sync_online, language));
    case connection_state::offline: break;
  }
  if (!mark.offline_since_unix) return enrolled + separator + std::string(ui_text(text_id::sync_offline, language));
  return enrolled + separator + offline_since(*mark.offline_since_unix, language, now_unix);
}

}  // namespace storepulse::kiosk
