#pragma once

#include "server/storage/database.h"

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace storepulse::ingest {

// What an answer to one question may be.
struct question_rule {
  std::int64_t id = 0;
  int type = 0;  // storepulse.v1.QuestionType
  int max_value = 0;
  int band_count = 0;
};

// Hashes keys of any string type alike, so that lookups by string_view allocate nothing.
struct string_hash {
  using is_transparent = void;
  std::size_t operator()(std::string_view key) const { return std::hash<std::string_view>{}(key); }
};

// The question bank and its languages as validation needs them, reloaded when the configuration
// version changes.
class question_catalog {
 public:
  // Reloads from the database if its configuration version differs from the loaded one.
  void refresh(storage::database& db);
  // Returns the rule for a question key, or nullptr for an unknown question.
  const question_rule* find(std::string_view key) const;
  // Returns true when language is one of the configuration's languages.
  bool has_language(std::string_view language) const;
  // Returns the loaded configuration version.
  std::int64_t version() const { return version_; }

 private:
  std::unordered_map<std::string, question_rule, string_hash, std::equal_to<>> by_key_;
  std::vector<std::string> languages_;  // a handful
  std::int64_t version_ = -1;
};

// Returns the inclusive value range [first, second] a rule allows.
std::pair<int, int> value_range(const question_rule& rule);

// Returns the configuration version recorded in settings (0 when none).
std::int64_t config_version(storage::database& db);

}  // namespace storepulse::ingest
