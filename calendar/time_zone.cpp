#include "calendar/time_zone.h"

#include "calendar/calendar.h"

#include <algorithm>
#include <cctype>
#include <fstream>
#include <map>
#include <mutex>
#include <sstream>

namespace storepulse::calendar {
namespace {

constexpr std::int64_t day_seconds = 86400;

std::uint32_t be32(std::string_view b, std::size_t at) {
  return static_cast<std::uint32_t>(static_cast<unsigned char>(b[at])) << 24 |
         static_cast<std::uint32_t>(static_cast<unsigned char>(b[at + 1])) << 16 |
         static_cast<std::uint32_t>(static_cast<unsigned char>(b[at + 2])) << 8 |
         static_cast<std::uint32_t>(static_cast<unsigned char>(b[at + 3]));
}

std::int64_t be64(std::string_view b, std::size_t at) {
  return static_cast<std::int64_t>(static_cast<std::uint64_t>(be32(b, at)) << 32 | be32(b, at + 4));
}

std::int64_t floor_div(std::int64_t a, std::int64_t b) { return a >= 0 ? a / b : -((-a + b - 1) / b); }

// A TZif header's counts, in file order.
struct counts {
  std::uint32_t isut, isstd, leap, time, type, chars;
  std::size_t block(int time_size) const {
    return std::size_t{time} * static_cast<std::size_t>(time_size) + time + type * 6u + chars +
           leap * static_cast<std::size_t>(time_size + 4) + isstd + isut;
  }
};

std::optional<counts> read_counts(std::string_view b, std::size_t at) {
  if (b.size() < at + 44 || b.substr(at, 4) != "TZif") return std::nullopt;
  return counts{be32(b, at + 20), be32(b, at + 24), be32(b, at + 28), be32(b, at + 32), be32(b, at + 36),
                be32(b, at + 40)};
}

// Reads a POSIX zone name: letters, or anything between < and >.
bool skip_name(std::string_view& s) {
  std::size_t n = 0;
  if (!s.empty() && s[0] == '<') {
    n = s.find('>');
    if (n == std::string_view::npos) return false;
    ++n;
  } else {
    while (n < s.size() && std::isalpha(static_cast<unsigned char>(s[n]))) ++n;
    if (n < 3) return false;
  }
  s.remove_prefix(n);
  return true;
}

// Reads [+-]hh[:mm[:ss]] as seconds.
std::optional<std::int32_t> read_hms(std::string_view& s) {
  int sign = 1;
  if (!s.empty() && (s[0] == '+' || s[0] == '-')) {
    sign = s[0] == '-' ? -1 : 1;
    s.remove_prefix(1);
  }
  std::int32_t total = 0;
  for (int part = 0; part < 3; ++part) {
    if (part > 0) {
      if (s.empty() || s[0] != ':') break;
      s.remove_prefix(1);
    }
    std::size_t n = 0;
    std::int32_t value = 0;
    while (n < s.size() && n < 3 && std::isdigit(static_cast<unsigned char>(s[n]))) value = value * 10 + (s[n++] - '0');
    if (n == 0) return std::nullopt;
    s.remove_prefix(n);
    total += value * (part == 0 ? 3600 : part == 1 ? 60 : 1);
  }
  return sign * total;
}

std::optional<int> read_int(std::string_view& s) {
  std::size_t n = 0;
  int value = 0;
  while (n < s.size() && std::isdigit(static_cast<unsigned char>(s[n]))) value = value * 10 + (s[n++] - '0');
  if (n == 0) return std::nullopt;
  s.remove_prefix(n);
  return value;
}

}  // namespace

std::optional<time_zone::posix_rule> time_zone::parse_rule(std::string_view s) {
  posix_rule rule;
  if (!skip_name(s)) return std::nullopt;
  auto standard = read_hms(s);
  if (!standard) return std::nullopt;
  rule.standard = -*standard;  // POSIX counts west of UTC as positive
  if (s.empty()) return rule;
  if (!skip_name(s)) return std::nullopt;
  rule.daylight = rule.standard + 3600;
  if (!s.empty() && s[0] != ',') {
    auto daylight = read_hms(s);
    if (!daylight) return std::nullopt;
    rule.daylight = -*daylight;
  }
  auto read_date = [&s](rule_date& date) {
    if (s.size() < 2 || s[0] != ',' || s[1] != 'M') return false;  // Jn and n forms are not used by tzdata
    s.remove_prefix(2);
    auto m = read_int(s);
    if (!m || s.empty() || s[0] != '.') return false;
    s.remove_prefix(1);
    auto w = read_int(s);
    if (!w || s.empty() || s[0] != '.') return false;
    s.remove_prefix(1);
    auto d = read_int(s);
    if (!d || *m < 1 || *m > 12 || *w < 1 || *w > 5 || *d > 6) return false;
    date = {*m, *w, *d, 7200};
    if (!s.empty() && s[0] == '/') {
      s.remove_prefix(1);
      auto time = read_hms(s);
      if (!time) return false;
      date.time = *time;
    }
    return true;
  };
  if (!read_date(rule.start) || !read_date(rule.end)) return std::nullopt;
  rule.has_daylight = true;
  return rule;
}

std::shared_ptr<const time_zone> time_zone::parse(std::string_view b) {
  auto first = read_counts(b, 0);
  if (!first) return nullptr;
  std::size_t at = 44;
  int time_size = 4;
  counts c = *first;
  if (b[4] >= '2') {
    auto second = read_counts(b, at + first->block(4));
    if (!second) return nullptr;
    at += first->block(4) + 44;
    time_size = 8;
    c = *second;
  }
  if (c.type == 0 || b.size() < at + c.block(time_size)) return nullptr;
  auto zone = std::make_shared<time_zone>();
  const std::size_t indexes = at + std::size_t{c.time} * static_cast<std::size_t>(time_size);
  const std::size_t types = indexes + c.time;
  auto offset_of_type = [&](std::size_t type) { return static_cast<std::int32_t>(be32(b, types + type * 6)); };
  for (std::uint32_t i = 0; i < c.time; ++i) {
    std::size_t type = static_cast<unsigned char>(b[indexes + i]);
    if (type >= c.type) return nullptr;
    zone->transitions_.push_back(time_size == 8 ? be64(b, at + i * 8u) : static_cast<std::int32_t>(be32(b, at + i * 4u)));
    zone->offset_after_.push_back(offset_of_type(type));
  }
  zone->initial_offset_ = offset_of_type(0);
  if (time_size == 8) {
    auto footer = b.substr(at + c.block(8));
    if (footer.size() > 2 && footer[0] == '\n') {
      auto end = footer.find('\n', 1);
      if (end != std::string_view::npos) zone->rule_ = parse_rule(footer.substr(1, end - 1));
    }
  }
  return zone;
}

std::shared_ptr<const time_zone> time_zone::find(std::string_view name) {
  static std::mutex mutex;
  static std::map<std::string, std::shared_ptr<const time_zone>, std::less<>> zones;
  std::lock_guard lock(mutex);
  if (auto it = zones.find(name); it != zones.end()) return it->second;
  std::shared_ptr<const time_zone> zone;
  // Names are paths below the database; none may climb out of it.
  bool plain = !name.empty() && name.size() < 64 && name.find("..") == std::string_view::npos && name[0] != '/';
  if (plain) {
    std::ifstream file("/usr/share/zoneinfo/" + std::string(name), std::ios::binary);
    std::ostringstream bytes;
    bytes << file.rdbuf();
    if (file) zone = parse(bytes.str());
  }
  zones.emplace(std::string(name), zone);
  return zone;
}

std::int32_t time_zone::rule_offset(std::int64_t utc) const {
  const auto& r = *rule_;
  if (!r.has_daylight) return r.standard;
  int year = year_of(static_cast<int>(floor_div(utc, day_seconds)));
  auto instant = [year](const rule_date& date, std::int32_t offset) {
    int first = day_of(year, static_cast<unsigned>(date.month), 1);
    int length = day_of(year, static_cast<unsigned>(date.month) + 1, 1) - first;
    int weekday = static_cast<int>(((first + 4) % 7 + 7) % 7);  // 1970-01-01 was a Thursday
    int day = (date.weekday - weekday + 7) % 7 + (date.week - 1) * 7;
    while (day >= length) day -= 7;
    return static_cast<std::int64_t>(first + day) * day_seconds + date.time - offset;
  };
  auto start = instant(r.start, r.standard), end = instant(r.end, r.daylight);
  bool daylight = start < end ? utc >= start && utc < end : !(utc >= end && utc < start);
  return daylight ? r.daylight : r.standard;
}

std::int32_t time_zone::offset_at(std::int64_t utc) const {
  if (transitions_.empty() || utc < transitions_.front()) return transitions_.empty() && rule_ ? rule_offset(utc) : initial_offset_;
  if (utc >= transitions_.back() && rule_) return rule_offset(utc);
  auto after = std::upper_bound(transitions_.begin(), transitions_.end(), utc);
  return offset_after_[static_cast<std::size_t>(after - transitions_.begin() - 1)];
}

int time_zone::local_day(std::int64_t utc) const {
  return static_cast<int>(floor_div(utc + offset_at(utc), day_seconds));
}

int last_closed_week(const time_zone* zone, std::int64_t now_utc, std::int64_t grace_seconds) {
  std::int64_t t = now_utc - grace_seconds;
  int today = zone ? zone->local_day(t) : static_cast<int>(floor_div(t - 12 * 3600, day_seconds));
  // The week of the local date at t is still running; the one before it has ended.
  return iso_week(today - 7);
}

}  // namespace storepulse::calendar
