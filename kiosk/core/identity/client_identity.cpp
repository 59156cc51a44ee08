#include "kiosk/core/identity/client_identity.h"

#include "calendar/calendar.h"
#include "calendar/clock.h"
#include "calendar/time_zone.h"

#include <sodium.h>

#include <ctime>
#include <stdexcept>

namespace storepulse::kiosk {

namespace {

void ensure_sodium() {
  // sodium_init is thread-safe and idempotent; a negative answer means no usable entropy.
  if (sodium_init() < 0) {
    throw std::runtime_error("libsodium could not be initialised");
  }
}

}  // namespace

std::string new_client_id() {
  ensure_sodium();
  std::string id(16, '\0');
  randombytes_buf(id.data(), id.size());
  return id;
}

std::string local_date_today(std::string_view store_timezone) { return local_date_days_ago(0, store_timezone); }

std::string local_date_days_ago(int days, std::string_view store_timezone) {
  const auto now = calendar::now_unix();
  if (auto zone = store_timezone.empty() ? nullptr : calendar::time_zone::find(store_timezone))
    return calendar::format_date(zone->local_day(now) - days);
  // The device's own zone, through the C library; days are counted on the calendar, so a
  // daylight-saving change never skips or repeats a date.
  std::time_t when = static_cast<std::time_t>(now);
  std::tm local{};
  localtime_r(&when, &local);
  return calendar::format_date(calendar::day_of(local.tm_year + 1900, static_cast<unsigned>(local.tm_mon + 1),
                                                static_cast<unsigned>(local.tm_mday)) - days);
}

std::string to_hex(std::string_view bytes) {
  static constexpr char digits[] = "0123456789abcdef";
  std::string hex;
  hex.reserve(bytes.size() * 2);
  for (unsigned char byte : bytes) {
    hex.push_back(digits[byte >> 4]);
    hex.push_back(digits[byte & 0x0f]);
  }
  return hex;
}

}  // namespace storepulse::kiosk
