#pragma once

#include "storepulse/v1/maturity.pb.h"

#include <string_view>

// The CX maturity questionnaire (schema/maturity_assessment.textproto).
namespace storepulse::maturity {

// Stages run from 1 (Ignore) to 6 (Embed).
inline constexpr int stage_count = 6;
// Each competency has this many items at least and at most.
inline constexpr int min_items_per_competency = 3;
inline constexpr int max_items_per_competency = 5;

// Returns the questionnaire built into the program, parsed once; throws std::runtime_error when
// it is malformed (see parse_questionnaire).
const v1::MaturityQuestionnaire& questionnaire();

// Returns the questionnaire parsed from Protobuf text format; throws std::runtime_error naming
// the line when it does not parse, or naming the item when a key is empty or repeated, a
// competency is unknown or has fewer than 3 or more than 5 items, or an item lacks a language's
// text or its six non-empty options; also when a stage or competency lacks a label.
v1::MaturityQuestionnaire parse_questionnaire(std::string_view text);

// Returns the item with the key, or nullptr.
const v1::MaturityItem* find_item(const v1::MaturityQuestionnaire& questionnaire, std::string_view key);

}  // namespace storepulse::maturity
