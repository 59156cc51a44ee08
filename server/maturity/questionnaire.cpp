#include "server/maturity/questionnaire.h"

#include "server/app/text_format.h"
#include "storepulse/schema/maturity_assessment.h"

#include <map>
#include <set>
#include <stdexcept>
#include <string>

namespace storepulse::maturity {
namespace {

[[noreturn]] void refuse(const std::string& why) { throw std::runtime_error("maturity assessment: " + why); }

template <typename Labels>
void check_labels(const v1::MaturityQuestionnaire& q, const Labels& labels, const std::string& what) {
  for (const auto& language : q.languages()) {
    bool found = false;
    for (const auto& label : labels) found = found || (label.language() == language && !label.text().empty());
    if (!found) refuse(what + " has no label in " + language);
  }
}

void check_item(const v1::MaturityQuestionnaire& q, const v1::MaturityItem& item) {
  for (const auto& language : q.languages()) {
    const v1::MaturityItemText* text = nullptr;
    for (const auto& t : item.texts())
      if (t.language() == language) text = &t;
    if (!text || text->text().empty()) refuse("item " + item.key() + " has no text in " + language);
    if (text->options_size() != stage_count)
      refuse("item " + item.key() + " (" + language + ") has " + std::to_string(text->options_size()) +
             " options, not " + std::to_string(stage_count));
    for (const auto& option : text->options())
      if (option.empty()) refuse("item " + item.key() + " (" + language + ") has an empty option");
  }
}

}  // namespace

v1::MaturityQuestionnaire parse_questionnaire(std::string_view text) {
  v1::MaturityQuestionnaire q;
  app::parse_text_format(text, q, "maturity assessment");
  if (q.languages_size() == 0) refuse("no languages");
  for (int stage = 1; stage <= stage_count; ++stage) {
    const v1::MaturityStageLabels* found = nullptr;
    for (const auto& s : q.stages())
      if (s.stage() == stage) found = &s;
    if (!found) refuse("stage " + v1::MaturityStage_Name(stage) + " has no labels");
    check_labels(q, found->labels(), v1::MaturityStage_Name(stage));
  }
  std::map<int, int> per_competency;
  for (const auto& c : q.competencies()) {
    if (c.competency() == v1::MATURITY_COMPETENCY_UNSPECIFIED) refuse("a competency is unspecified");
    check_labels(q, c.labels(), v1::MaturityCompetency_Name(c.competency()));
    per_competency[c.competency()] = 0;
  }
  for (int c = v1::MaturityCompetency_MIN + 1; c <= v1::MaturityCompetency_MAX; ++c)
    if (!per_competency.count(c)) refuse(v1::MaturityCompetency_Name(c) + " has no labels");
  std::set<std::string> keys;
  for (const auto& item : q.items()) {
    if (item.key().empty()) refuse("an item has no key");
    if (!keys.insert(item.key()).second) refuse("item " + item.key() + " appears twice");
    auto count = per_competency.find(item.competency());
    if (count == per_competency.end()) refuse("item " + item.key() + " has a competency without labels");
    ++count->second;
    check_item(q, item);
  }
  for (const auto& [competency, count] : per_competency)
    if (count < min_items_per_competency || count > max_items_per_competency)
      refuse(v1::MaturityCompetency_Name(competency) + " has " + std::to_string(count) + " items, not 3 to 5");
  return q;
}

const v1::MaturityQuestionnaire& questionnaire() {
  static const v1::MaturityQuestionnaire parsed = parse_questionnaire(schema::embedded_maturity_assessment());
  return parsed;
}

const v1::MaturityItem* find_item(const v1::MaturityQuestionnaire& q, std::string_view key) {
  for (const auto& item : q.items())
    if (item.key() == key) return &item;
  return nullptr;
}

}  // namespace storepulse::maturity
