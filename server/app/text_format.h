#pragma once

#include <google/protobuf/message.h>

#include <string_view>

namespace storepulse::app {

// Parses Protobuf text format into message (cleared first); throws std::runtime_error
// "<what>: line L column C: <why>" naming the first error when the text does not parse.
void parse_text_format(std::string_view text, google::protobuf::Message& message, std::string_view what);

}  // namespace storepulse::app
