#pragma once

#include "storepulse/v1/plans.pb.h"

#include <string>
#include <string_view>
#include <vector>

namespace storepulse::plans {

// Returns the starter action library built into the program (schema/starter_actions.textproto),
// parsed once; throws std::runtime_error when the text does not parse.
const v1::StarterActionLibrary& starter_library();

// Returns the library parsed from Protobuf text format; throws std::runtime_error naming the
// line when it does not parse, or when an action lacks a language of the library or has a staff
// text over 140 characters.
v1::StarterActionLibrary parse_starter_library(std::string_view text);

// Returns the starter actions for a target in a language (the library's first language for
// texts missing in it).
std::vector<v1::StarterAction> starters_for(const v1::StarterActionLibrary& library, const v1::PlanTarget& target,
                                            const std::string& language);

}  // namespace storepulse::plans
