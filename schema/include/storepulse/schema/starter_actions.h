#pragma once

#include <string_view>

namespace storepulse::schema {

// Returns schema/starter_actions.textproto as built into the program (Protobuf text format of
// storepulse.v1.StarterActionLibrary).
std::string_view embedded_starter_actions();

}  // namespace storepulse::schema
