#include "kiosk/core/identity/client_identity.h"

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

std::string format_date(std::time_t when) {
  std::tm local{};
  localtime_r(&when, &local);
  char text[16];
  std::strftime(text, sizeof text, "%Y-%m-%d", &local);
  return text;
}

}  // namespace

std::string new_client_id() {
  ensure_sodium();
  std::string id(16, '\0');
  randombytes_buf(id.data(), id.size());
  return id;
}

std::string local_date_today() { return format_date(std::time(nullptr)); }

std::string local_date_days_ago(int days) {
  // Step through noon so that a daylight-saving change never skips or repeats a date.
  std::time_t now = std::time(nullptr);
  std::tm local{};
  localtime_r(&now, &local);
  local.tm_hour = 12;
  local.tm_min = 0;
  local.tm_sec = 0;
  local.tm_mday -= days;
  local.tm_isdst = -1;
  return format_date(std::mktime(&local));
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
