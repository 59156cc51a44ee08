#include "server/plans/starter_library.h"

#include "server/app/text_format.h"
#include "server/plans/plan_target.h"
#include "server/plans/plan_validation.h"
#include "storepulse/schema/starter_actions.h"

#include <stdexcept>

namespace storepulse::plans {

v1::StarterActionLibrary parse_starter_library(std::string_view text) {
  v1::StarterActionLibrary library;
  app::parse_text_format(text, library, "starter actions");
  for (const auto& set : library.sets()) {
    for (const auto& action : set.actions()) {
      for (const auto& language : library.languages()) {
        bool found = false;
        for (const auto& t : action.texts()) found = found || t.language() == language;
        if (!found) throw std::runtime_error("starter action " + action.key() + " has no text in " + language);
      }
      for (const auto& t : action.texts()) {
        auto length = utf8_length(t.staff_text());
        if (!length || *length > max_staff_text_chars)
          throw std::runtime_error("starter action " + action.key() + " (" + t.language() +
                                   "): staff text over 140 characters");
      }
    }
  }
  return library;
}

const v1::StarterActionLibrary& starter_library() {
  static const v1::StarterActionLibrary library = parse_starter_library(schema::embedded_starter_actions());
  return library;
}

std::vector<v1::StarterAction> starters_for(const v1::StarterActionLibrary& library, const v1::PlanTarget& target,
                                            const std::string& language) {
  std::vector<v1::StarterAction> out;
  const auto id = target_id(target);
  for (const auto& set : library.sets()) {
    if (target_id(set.target()) != id) continue;
    for (const auto& action : set.actions()) {
      const v1::StarterActionText* chosen = nullptr;
      for (const auto& t : action.texts())
        if (t.language() == language) chosen = &t;
      if (!chosen && action.texts_size() > 0) chosen = &action.texts(0);
      if (!chosen) continue;
      v1::StarterAction starter;
      starter.set_key(action.key());
      starter.set_title(chosen->title());
      starter.set_description(chosen->description());
      starter.set_staff_text(chosen->staff_text());
      out.push_back(std::move(starter));
    }
  }
  return out;
}

}  // namespace storepulse::plans
