#pragma once

#include "server/storage/database.h"
#include "storepulse/v1/plans.pb.h"

#include <optional>
#include <string>

namespace storepulse::plans {

// A target as stored: target_kind ("dimension", "question", "empowerment") and target_key (the
// Dimension or EmpowermentFigure enum name, or the question key).
struct stored_target {
  std::string kind;
  std::string key;
};

// Returns the stored form of a target, or nullopt when its kind is unspecified.
std::optional<stored_target> to_stored(const v1::PlanTarget& target);
// Returns the target of a stored form (unknown names give an unspecified kind).
v1::PlanTarget from_stored(const stored_target& stored);

// Returns a key that is equal for two targets addressing the same figure, e.g. "dimension:DIMENSION_VALUES".
std::string target_id(const v1::PlanTarget& target);

// Returns the people's name of a dimension ("Empowerment") or of an empowerment figure.
std::string dimension_label(v1::Dimension dimension);
std::string figure_label(v1::EmpowermentFigure figure);

// Returns the target with its label set; question labels are the question's default-language text.
v1::PlanTarget labelled(storage::database& db, v1::PlanTarget target);

// Returns the dimension a target belongs to: its own, its question's, or empowerment for the
// empowerment figures; unspecified when a question is unknown.
v1::Dimension target_dimension(storage::database& db, const v1::PlanTarget& target);

// Returns the key of the question behind an empowerment figure (question_keys.h).
std::string figure_question_key(v1::EmpowermentFigure figure);

}  // namespace storepulse::plans
