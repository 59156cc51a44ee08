#pragma once

#include <google/protobuf/struct.pb.h>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

// Small JSON bodies of the auth and admin routes, as google.protobuf.Struct so that the same
// make_json helper and Protobuf's JSON mapping serve them.
namespace storepulse::auth::json {

// Returns the parsed JSON object, or nullopt when body is not one.
std::optional<google::protobuf::Struct> parse_object(std::string_view body);

// Returns the string field, or nullopt when missing or not a string.
std::optional<std::string> string_field(const google::protobuf::Struct& object, const std::string& name);

// Returns the list of strings field, or nullopt when missing or not a list of strings.
std::optional<std::vector<std::string>> string_list_field(const google::protobuf::Struct& object,
                                                          const std::string& name);

// Sets object[name].
void set(google::protobuf::Struct& object, const std::string& name, std::string_view value);
void set(google::protobuf::Struct& object, const std::string& name, const char* value);
void set(google::protobuf::Struct& object, const std::string& name, std::int64_t value);
void set(google::protobuf::Struct& object, const std::string& name, bool value);
void set_null(google::protobuf::Struct& object, const std::string& name);

// Returns object[name] as a new, empty list.
google::protobuf::ListValue& add_list(google::protobuf::Struct& object, const std::string& name);

}  // namespace storepulse::auth::json
