#include "server/admin/csv_reader.h"

#include <stdexcept>

namespace storepulse::admin {

std::optional<std::vector<std::string>> csv_reader::next() {
  record_line_ = line_;
  std::vector<std::string> fields;
  std::string field;
  bool quoted = false, any = false, field_was_quoted = false;
  for (int c = in_.get(); c != EOF; c = in_.get()) {
    any = true;
    if (quoted) {
      if (c == '"') {
        if (in_.peek() == '"') {
          field.push_back('"');
          in_.get();
        } else {
          quoted = false;
        }
      } else {
        if (c == '\n') ++line_;
        field.push_back(static_cast<char>(c));
      }
      continue;
    }
    if (c == '"' && field.empty() && !field_was_quoted) {
      quoted = field_was_quoted = true;
    } else if (c == ',') {
      fields.push_back(std::move(field));
      field.clear();
      field_was_quoted = false;
    } else if (c == '\r' && in_.peek() == '\n') {
      continue;
    } else if (c == '\n') {
      ++line_;
      fields.push_back(std::move(field));
      return fields;
    } else {
      field.push_back(static_cast<char>(c));
    }
  }
  if (quoted) throw std::runtime_error("unterminated quoted field");
  if (!any) return std::nullopt;
  fields.push_back(std::move(field));
  return fields;
}

}  // namespace storepulse::admin
