#include "server/reports/csv_format.h"

#include "server/http/json_encoding.h"

namespace storepulse::reports {

std::string csv_field(std::string_view text) {
  bool quote = text.find_first_of(",\"\n\r") != std::string_view::npos;
  bool formula = !text.empty() && (text[0] == '=' || text[0] == '+' || text[0] == '-' || text[0] == '@');
  std::string out;
  if (quote || formula) out.push_back('"');
  if (formula) out.push_back('\'');
  for (char c : text) {
    if (c == '"') out.push_back('"');
    out.push_back(c);
  }
  if (quote || formula) out.push_back('"');
  return out;
}

std::string csv_number(double value) { return http::format_double(value); }

}  // namespace storepulse::reports
