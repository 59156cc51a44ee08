#include "server/admin/location_import.h"

#include "server/admin/csv_reader.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <set>

namespace storepulse::admin {
namespace {

constexpr std::array<const char*, 7> columns = {"code", "name", "region", "timezone", "headcount",
                                                "remediation_limit", "currency"};

std::string trim(std::string s) {
  auto not_space = [](unsigned char c) { return !std::isspace(c); };
  s.erase(s.begin(), std::find_if(s.begin(), s.end(), not_space));
  s.erase(std::find_if(s.rbegin(), s.rend(), not_space).base(), s.end());
  return s;
}

bool valid_timezone(const std::string& tz) {
  if (tz == "UTC") return true;
  auto slash = tz.find('/');
  if (slash == std::string::npos || slash == 0 || slash + 1 == tz.size()) return false;
  return std::all_of(tz.begin(), tz.end(), [](unsigned char c) { return std::isalnum(c) || c == '/' || c == '_' || c == '-' || c == '+'; });
}

}  // namespace

std::int64_t parse_amount_minor(const std::string& text) {
  if (text.empty() || text.size() > 15) return -1;
  auto dot = text.find('.');
  auto whole = text.substr(0, dot);
  auto fraction = dot == std::string::npos ? std::string() : text.substr(dot + 1);
  auto digits = [](const std::string& s) { return std::all_of(s.begin(), s.end(), [](unsigned char c) { return std::isdigit(c); }); };
  if (whole.empty() || !digits(whole) || !digits(fraction) || fraction.size() > 2) return -1;
  if (dot != std::string::npos && fraction.empty()) return -1;
  while (fraction.size() < 2) fraction.push_back('0');
  return std::stoll(whole) * 100 + std::stoll(fraction);
}

location_parse parse_locations(std::istream& in) {
  location_parse result;
  csv_reader reader(in);
  std::set<std::string> codes;
  try {
    auto header = reader.next();
    if (!header) {
      result.errors.push_back("line 1: the file is empty; expected a header row");
      return result;
    }
    std::vector<std::string> names;
    for (auto& h : *header) {
      auto name = trim(h);
      std::transform(name.begin(), name.end(), name.begin(), [](unsigned char c) { return std::tolower(c); });
      names.push_back(name);
    }
    if (!names.empty() && names[0].starts_with("\xEF\xBB\xBF")) names[0].erase(0, 3);  // a UTF-8 byte-order mark
    if (names != std::vector<std::string>(columns.begin(), columns.end())) {
      result.errors.push_back("line 1: header must be exactly code,name,region,timezone,headcount,remediation_limit,currency");
      return result;
    }
    while (auto record = reader.next()) {
      auto line = "line " + std::to_string(reader.line()) + ": ";
      if (record->size() == 1 && trim((*record)[0]).empty()) continue;  // blank line
      if (record->size() != columns.size()) {
        result.errors.push_back(line + "expected 7 fields, got " + std::to_string(record->size()));
        continue;
      }
      location_row row;
      auto& f = *record;
      for (auto& field : f) field = trim(field);
      row.code = f[0];
      row.name = f[1];
      row.region = f[2];
      row.timezone = f[3];
      row.currency = f[6];
      std::vector<std::string> problems;
      if (row.code.empty() || row.code.size() > 32) problems.push_back("code must be 1-32 characters");
      else if (!codes.insert(row.code).second) problems.push_back("code '" + row.code + "' appears twice");
      if (row.name.empty() || row.name.size() > 200) problems.push_back("name must be 1-200 characters");
      if (row.region.empty() || row.region.size() > 100) problems.push_back("region must be 1-100 characters");
      if (!valid_timezone(row.timezone)) problems.push_back("timezone must look like Europe/Paris, got '" + row.timezone + "'");
      auto& hc = f[4];
      if (hc.empty() || hc.size() > 7 || !std::all_of(hc.begin(), hc.end(), [](unsigned char c) { return std::isdigit(c); }))
        problems.push_back("headcount must be a whole number >= 0, got '" + hc + "'");
      else
        row.headcount = std::stoll(hc);
      row.remediation_limit_minor = parse_amount_minor(f[5]);
      if (row.remediation_limit_minor < 0) problems.push_back("remediation_limit must be an amount like 50 or 50.00, got '" + f[5] + "'");
      if (row.currency.size() != 3 || !std::all_of(row.currency.begin(), row.currency.end(), [](unsigned char c) { return std::isupper(c); }))
        problems.push_back("currency must be a 3-letter ISO code such as EUR, got '" + row.currency + "'");
      for (auto& p : problems) result.errors.push_back(line + p);
      if (problems.empty()) result.rows.push_back(std::move(row));
    }
  } catch (const std::runtime_error& e) {
    result.errors.push_back("line " + std::to_string(reader.line()) + ": " + e.what());
  }
  return result;
}

void bump_config_version(storage::database& db) {
  db.exec(
      "INSERT INTO settings(key, value) VALUES ('config_version', '1')"
      " ON CONFLICT(key) DO UPDATE SET value = CAST(value AS INTEGER) + 1");
}

void store_locations(storage::database& db, const std::vector<location_row>& rows) {
  storage::transaction tx(db);
  auto upsert = db.prepare(
      "INSERT INTO locations(code, name, region, timezone, headcount, remediation_limit_minor, currency)"
      " VALUES (?,?,?,?,?,?,?) ON CONFLICT(code) DO UPDATE SET name = excluded.name, region = excluded.region,"
      " timezone = excluded.timezone, headcount = excluded.headcount,"
      " remediation_limit_minor = excluded.remediation_limit_minor, currency = excluded.currency, active = 1");
  for (const auto& r : rows) {
    upsert.bind(1, r.code).bind(2, r.name).bind(3, r.region).bind(4, r.timezone).bind(5, r.headcount);
    upsert.bind(6, r.remediation_limit_minor).bind(7, r.currency).run();
  }
  bump_config_version(db);
  tx.commit();
}

}  // namespace storepulse::admin
