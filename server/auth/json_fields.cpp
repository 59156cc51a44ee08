#include "server/auth/json_fields.h"

#include <google/protobuf/util/json_util.h>

namespace storepulse::auth::json {

std::optional<google::protobuf::Struct> parse_object(std::string_view body) {
  google::protobuf::Struct object;
  auto status = google::protobuf::util::JsonStringToMessage(std::string(body), &object);
  if (!status.ok()) return std::nullopt;
  return object;
}

std::optional<std::string> string_field(const google::protobuf::Struct& object, const std::string& name) {
  auto it = object.fields().find(name);
  if (it == object.fields().end() || !it->second.has_string_value()) return std::nullopt;
  return it->second.string_value();
}

std::optional<std::vector<std::string>> string_list_field(const google::protobuf::Struct& object,
                                                          const std::string& name) {
  auto it = object.fields().find(name);
  if (it == object.fields().end() || !it->second.has_list_value()) return std::nullopt;
  std::vector<std::string> values;
  for (const auto& value : it->second.list_value().values()) {
    if (!value.has_string_value()) return std::nullopt;
    values.push_back(value.string_value());
  }
  return values;
}

void set(google::protobuf::Struct& object, const std::string& name, std::string_view value) {
  (*object.mutable_fields())[name].set_string_value(std::string(value));
}

void set(google::protobuf::Struct& object, const std::string& name, const char* value) {
  set(object, name, std::string_view(value));
}

void set(google::protobuf::Struct& object, const std::string& name, std::int64_t value) {
  (*object.mutable_fields())[name].set_number_value(static_cast<double>(value));
}

void set(google::protobuf::Struct& object, const std::string& name, bool value) {
  (*object.mutable_fields())[name].set_bool_value(value);
}

void set_null(google::protobuf::Struct& object, const std::string& name) {
  (*object.mutable_fields())[name].set_null_value(google::protobuf::NULL_VALUE);
}

google::protobuf::ListValue& add_list(google::protobuf::Struct& object, const std::string& name) {
  return *(*object.mutable_fields())[name].mutable_list_value();
}

}  // namespace storepulse::auth::json
