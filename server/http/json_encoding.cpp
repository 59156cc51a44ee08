#include "server/http/json_encoding.h"

#include <google/protobuf/descriptor.h>
#include <google/protobuf/util/json_util.h>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <stdexcept>
#include <vector>

namespace storepulse::http {
namespace {

using google::protobuf::FieldDescriptor;
using google::protobuf::Message;
using google::protobuf::Reflection;

void append_hex4(unsigned value, std::string& out) {
  static constexpr char digits[] = "0123456789abcdef";
  out += "\\u";
  for (int shift = 12; shift >= 0; shift -= 4) out.push_back(digits[(value >> shift) & 0xf]);
}

// A JSON string, escaped as Protobuf escapes it: quotes, backslashes and control characters,
// and '<', '>' and U+2028/U+2029 so that the text is safe inside HTML and JavaScript.
void append_string(std::string_view text, std::string& out) {
  out.push_back('"');
  for (std::size_t i = 0; i < text.size(); ++i) {
    auto c = static_cast<unsigned char>(text[i]);
    switch (c) {
      case '"': out += "\\\""; continue;
      case '\\': out += "\\\\"; continue;
      case '\b': out += "\\b"; continue;
      case '\f': out += "\\f"; continue;
      case '\n': out += "\\n"; continue;
      case '\r': out += "\\r"; continue;
      case '\t': out += "\\t"; continue;
      case '<':
      case '>': append_hex4(c, out); continue;
      default: break;
    }
    if (c < 0x20 || c == 0x7f) {
      append_hex4(c, out);
    } else if (c == 0xe2 && i + 2 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0x80 &&
               (static_cast<unsigned char>(text[i + 2]) == 0xa8 || static_cast<unsigned char>(text[i + 2]) == 0xa9)) {
      append_hex4(0x2000u + static_cast<unsigned char>(text[i + 2]) - 0x80u, out);
      i += 2;
    } else {
      out.push_back(static_cast<char>(c));
    }
  }
  out.push_back('"');
}

void append_base64(std::string_view bytes, std::string& out) {
  static constexpr char table[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  out.push_back('"');
  std::size_t i = 0;
  for (; i + 3 <= bytes.size(); i += 3) {
    unsigned v = (static_cast<unsigned char>(bytes[i]) << 16) | (static_cast<unsigned char>(bytes[i + 1]) << 8) |
                 static_cast<unsigned char>(bytes[i + 2]);
    for (int shift = 18; shift >= 0; shift -= 6) out.push_back(table[(v >> shift) & 63]);
  }
  if (i < bytes.size()) {
    unsigned v = static_cast<unsigned char>(bytes[i]) << 16;
    if (i + 1 < bytes.size()) v |= static_cast<unsigned char>(bytes[i + 1]) << 8;
    out.push_back(table[(v >> 18) & 63]);
    out.push_back(table[(v >> 12) & 63]);
    out.push_back(i + 1 < bytes.size() ? table[(v >> 6) & 63] : '=');
    out.push_back('=');
  }
  out.push_back('"');
}

std::string shortest_digits(double value, bool single) {
  char buffer[40];
  int short_digits = single ? 6 : 15, long_digits = single ? 9 : 17;
  std::snprintf(buffer, sizeof buffer, "%.*g", short_digits, value);
  bool exact = single ? std::strtof(buffer, nullptr) == static_cast<float>(value) : std::strtod(buffer, nullptr) == value;
  if (!exact) std::snprintf(buffer, sizeof buffer, "%.*g", long_digits, value);
  return buffer;
}

// A floating-point number as Protobuf writes it: the shortest of 15 (floats: 6) or 17 (9)
// significant digits that reads back to the same value; non-finite values as quoted names.
void append_floating(double value, bool single, std::string& out) {
  if (std::isnan(value)) {
    out += "\"NaN\"";
    return;
  }
  if (std::isinf(value)) {
    out += value > 0 ? "\"Infinity\"" : "\"-Infinity\"";
    return;
  }
  out += shortest_digits(value, single);
}

template <typename T>
void append_integer(T value, bool quoted, std::string& out) {
  char buffer[24];
  auto end = std::to_chars(buffer, buffer + sizeof buffer, value).ptr;
  if (quoted) out.push_back('"');
  out.append(buffer, end);
  if (quoted) out.push_back('"');
}

void append_message(const Message& message, std::string& out);

// One value of a field: the single value, or element `index` of a repeated field.
void append_value(const Message& message, const Reflection& reflection, const FieldDescriptor& field, int index,
                  std::string& out) {
  const bool repeated = field.is_repeated();
  switch (field.cpp_type()) {
    case FieldDescriptor::CPPTYPE_INT32:
      append_integer(repeated ? reflection.GetRepeatedInt32(message, &field, index) : reflection.GetInt32(message, &field),
                     false, out);
      return;
    case FieldDescriptor::CPPTYPE_UINT32:
      append_integer(
          repeated ? reflection.GetRepeatedUInt32(message, &field, index) : reflection.GetUInt32(message, &field), false,
          out);
      return;
    case FieldDescriptor::CPPTYPE_INT64:
      append_integer(repeated ? reflection.GetRepeatedInt64(message, &field, index) : reflection.GetInt64(message, &field),
                     true, out);
      return;
    case FieldDescriptor::CPPTYPE_UINT64:
      append_integer(
          repeated ? reflection.GetRepeatedUInt64(message, &field, index) : reflection.GetUInt64(message, &field), true,
          out);
      return;
    case FieldDescriptor::CPPTYPE_DOUBLE:
      append_floating(
          repeated ? reflection.GetRepeatedDouble(message, &field, index) : reflection.GetDouble(message, &field), false,
          out);
      return;
    case FieldDescriptor::CPPTYPE_FLOAT:
      append_floating(repeated ? reflection.GetRepeatedFloat(message, &field, index) : reflection.GetFloat(message, &field),
                      true, out);
      return;
    case FieldDescriptor::CPPTYPE_BOOL:
      out += (repeated ? reflection.GetRepeatedBool(message, &field, index) : reflection.GetBool(message, &field))
                 ? "true"
                 : "false";
      return;
    case FieldDescriptor::CPPTYPE_ENUM: {
      int number = repeated ? reflection.GetRepeatedEnumValue(message, &field, index)
                            : reflection.GetEnumValue(message, &field);
      const auto* value = field.enum_type()->FindValueByNumber(number);
      if (value) append_string(value->name(), out);
      else append_integer(number, false, out);
      return;
    }
    case FieldDescriptor::CPPTYPE_STRING: {
      std::string scratch;
      const std::string& text = repeated ? reflection.GetRepeatedStringReference(message, &field, index, &scratch)
                                         : reflection.GetStringReference(message, &field, &scratch);
      if (field.type() == FieldDescriptor::TYPE_BYTES) append_base64(text, out);
      else append_string(text, out);
      return;
    }
    case FieldDescriptor::CPPTYPE_MESSAGE:
      append_message(repeated ? reflection.GetRepeatedMessage(message, &field, index) : reflection.GetMessage(message, &field),
                     out);
      return;
  }
}

void append_field(const Message& message, const Reflection& reflection, const FieldDescriptor& field, bool& first,
                  std::string& out) {
  if (!first) out.push_back(',');
  first = false;
  append_string(field.json_name(), out);
  out.push_back(':');
  if (!field.is_repeated()) {
    append_value(message, reflection, field, 0, out);
    return;
  }
  out.push_back('[');
  for (int e = 0, n = reflection.FieldSize(message, &field); e < n; ++e) {
    if (e) out.push_back(',');
    append_value(message, reflection, field, e, out);
  }
  out.push_back(']');
}

// Fields come as Protobuf's printer orders them: first the fields outside any oneof in their
// declared order (primitives and lists always, messages when set), then the set members of
// oneofs, proto3 optional fields included, by field number.
void append_message(const Message& message, std::string& out) {
  const auto* descriptor = message.GetDescriptor();
  const auto& reflection = *message.GetReflection();
  out.push_back('{');
  bool first = true;
  bool any_oneof = false;
  for (int i = 0; i < descriptor->field_count(); ++i) {
    const auto& field = *descriptor->field(i);
    if (field.is_map() || (field.message_type() && field.message_type()->file()->package() == "google.protobuf"))
      throw std::logic_error("to_json: " + field.full_name() + " is a map or one of Protobuf's own types");
    if (field.containing_oneof()) {
      any_oneof = true;
      continue;
    }
    if (field.cpp_type() == FieldDescriptor::CPPTYPE_MESSAGE && !field.is_repeated() && !reflection.HasField(message, &field))
      continue;
    append_field(message, reflection, field, first, out);
  }
  if (any_oneof) {
    std::vector<const FieldDescriptor*> set;
    for (int i = 0; i < descriptor->field_count(); ++i) {
      const auto* field = descriptor->field(i);
      if (field->containing_oneof() && reflection.HasField(message, field)) set.push_back(field);
    }
    std::sort(set.begin(), set.end(), [](auto* a, auto* b) { return a->number() < b->number(); });
    for (const auto* field : set) append_field(message, reflection, *field, first, out);
  }
  out.push_back('}');
}

}  // namespace

void append_json(const Message& message, std::string& out) {
  // Protobuf's own types (Struct, Value and the like) have JSON forms of their own: its printer
  // writes them. They are small.
  if (message.GetDescriptor()->file()->package() == "google.protobuf") {
    std::string json;
    google::protobuf::util::JsonPrintOptions options;
    options.always_print_primitive_fields = true;
    if (!google::protobuf::util::MessageToJsonString(message, &json, options).ok())
      throw std::runtime_error("to_json: " + message.GetTypeName() + " could not be encoded");
    out += json;
    return;
  }
  append_message(message, out);
}

std::string format_double(double value) { return shortest_digits(value, false); }

std::string to_json(const Message& message) {
  std::string out;
  out.reserve(static_cast<std::size_t>(message.ByteSizeLong()) * 3 + 64);
  append_json(message, out);
  return out;
}

}  // namespace storepulse::http
