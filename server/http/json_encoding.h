#pragma once

#include <google/protobuf/message.h>

#include <string>

namespace storepulse::http {

// Appends a message as proto3 JSON, written straight from the message by reflection: the same
// text as Protobuf's MessageToJsonString with always_print_primitive_fields (lowerCamelCase
// names, 64-bit integers and enums as strings, unset messages and unset optional fields left out,
// empty lists as []), in about the message's own size of memory instead of many times the
// output's. Protobuf's own types (Struct, Value, ...) at the top are written by its printer;
// inside the project's messages they and map fields are refused (the messages have none).
void append_json(const google::protobuf::Message& message, std::string& out);

// Returns a finite number as Protobuf's JSON writes it: the shorter of 15 or 17 significant
// digits that reads back as the very same double.
std::string format_double(double value);

// Returns a message as proto3 JSON (see append_json).
std::string to_json(const google::protobuf::Message& message);

}  // namespace storepulse::http
