#pragma once

#include <string_view>

namespace storepulse::schema {

// Returns schema/maturity_assessment.textproto as built into the program (Protobuf text format
// of storepulse.v1.MaturityQuestionnaire).
std::string_view embedded_maturity_assessment();

}  // namespace storepulse::schema
