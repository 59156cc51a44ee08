#include "calendar/clock.h"

#include "calendar/calendar.h"

#include <charconv>
#include <chrono>
#include <cstdio>
#include <cstdlib>

namespace storepulse::calendar {
namespace {

std::optional<int> two_digits(std::string_view text, std::size_t at) {
  int value = 0;
  auto [end, ec] = std::from_chars(text.data() + at, text.data() + at + 2, value);
  if (ec != std::errc() || end != text.data() + at + 2) return std::nullopt;
  return value;
}

#ifdef STOREPULSE_TEST_CLOCK
std::optional<std::int64_t> test_now() {
  static const std::optional<std::int64_t> fixed = []() -> std::optional<std::int64_t> {
    const char* text = std::getenv("STOREPULSE_TEST_NOW");
    if (!text || !*text) return std::nullopt;
    auto parsed = parse_instant(text);
    if (!parsed) std::fprintf(stderr, "storepulse: STOREPULSE_TEST_NOW=%s is not a time; using the system clock\n", text);
    return parsed;
  }();
  return fixed;
}
#endif

}  // namespace

std::int64_t now_unix() {
#ifdef STOREPULSE_TEST_CLOCK
  if (auto fixed = test_now()) return *fixed;
#endif
  using namespace std::chrono;
  return duration_cast<seconds>(system_clock::now().time_since_epoch()).count();
}

std::optional<std::int64_t> parse_instant(std::string_view text) {
  if (text.size() >= 10 && text[4] == '-') {
    auto day = parse_date(text.substr(0, 10));
    if (!day) return std::nullopt;
    std::int64_t seconds = static_cast<std::int64_t>(*day) * 86400;
    if (text.size() == 10) return seconds;
    if (text.size() != 20 || text[10] != 'T' || text[13] != ':' || text[16] != ':' || text[19] != 'Z') return std::nullopt;
    auto h = two_digits(text, 11), m = two_digits(text, 14), s = two_digits(text, 17);
    if (!h || !m || !s || *h > 23 || *m > 59 || *s > 59) return std::nullopt;
    return seconds + *h * 3600 + *m * 60 + *s;
  }
  std::int64_t value = 0;
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (ec != std::errc() || end != text.data() + text.size() || text.empty()) return std::nullopt;
  return value;
}

}  // namespace storepulse::calendar
