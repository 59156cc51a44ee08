#include "server/ingest/question_catalog.h"

#include "storepulse/v1/kiosk.pb.h"

#include <algorithm>

namespace storepulse::ingest {

std::int64_t config_version(storage::database& db) {
  auto& stmt = db.cached("SELECT CAST(value AS INTEGER) FROM settings WHERE key = 'config_version'");
  std::int64_t version = stmt.step() ? stmt.column_int64(0) : 0;
  stmt.reset();
  return version;
}

void question_catalog::refresh(storage::database& db) {
  auto version = config_version(db);
  if (version == version_ && !by_key_.empty()) return;
  decltype(by_key_) loaded;
  auto stmt = db.prepare("SELECT id, key, type, max_value, limit_bands FROM questions");
  while (stmt.step()) {
    question_rule rule;
    rule.id = stmt.column_int64(0);
    rule.type = stmt.column_int(2);
    rule.max_value = stmt.column_int(3);
    auto bands = stmt.column_text(4);
    rule.band_count = bands.empty() ? 0 : static_cast<int>(std::count(bands.begin(), bands.end(), ',')) + 1;
    loaded.emplace(stmt.column_text(1), rule);
  }
  std::vector<std::string> languages;
  auto codes = db.prepare("SELECT code FROM languages");
  while (codes.step()) languages.push_back(codes.column_text(0));
  by_key_ = std::move(loaded);
  languages_ = std::move(languages);
  version_ = version;
}

const question_rule* question_catalog::find(std::string_view key) const {
  auto it = by_key_.find(key);
  return it == by_key_.end() ? nullptr : &it->second;
}

bool question_catalog::has_language(std::string_view language) const {
  return std::find(languages_.begin(), languages_.end(), language) != languages_.end();
}

std::pair<int, int> value_range(const question_rule& rule) {
  switch (rule.type) {
    case v1::QUESTION_TYPE_AGREE5: return {1, 5};
    case v1::QUESTION_TYPE_YES_NO: return {0, 1};
    case v1::QUESTION_TYPE_SCALE_0_10: return {0, 10};
    case v1::QUESTION_TYPE_SMALL_COUNT: return {0, std::clamp(rule.max_value, 0, 10)};
    case v1::QUESTION_TYPE_LIMIT_BAND: return {0, std::min(rule.band_count, 10)};  // band_count: "don't know"
    default: return {1, 0};  // an empty range: nothing is valid for an unknown type
  }
}

}  // namespace storepulse::ingest
