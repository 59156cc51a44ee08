#include "server/plans/route_body.h"

#include <cctype>
#include <charconv>

namespace storepulse::plans {

std::optional<std::int64_t> parse_id(std::string_view text) {
  std::int64_t value = 0;
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (ec != std::errc() || end != text.data() + text.size() || value <= 0) return std::nullopt;
  return value;
}

http::response error_response(const http::request& req, const plan_error& e) {
  const auto code = static_cast<http::status>(e.status);
  const char* kind = e.status == 404   ? "not_found"
                     : e.status == 403 ? "forbidden"
                     : e.status == 409 ? "conflict"
                                       : "invalid_field";
  return http::make_error(req, code, kind, e.message);
}

std::string json_error_text(std::string_view text) {
  std::string out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    auto close = text[i] == '(' ? text.find(')', i) : std::string_view::npos;
    if (close == std::string_view::npos) {
      out.push_back(text[i]);
      continue;
    }
    bool upper = false;
    for (char c : text.substr(i + 1, close - i - 1)) {
      if (c == '_') {
        upper = true;
        continue;
      }
      out.push_back(upper ? static_cast<char>(std::toupper(static_cast<unsigned char>(c))) : c);
      upper = false;
    }
    i = close;
  }
  return out;
}

}  // namespace storepulse::plans
