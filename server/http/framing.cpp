#include "server/http/framing.h"

#include "server/http/responses.h"

#include <boost/beast/core/string.hpp>
#include <boost/beast/http/rfc7230.hpp>

#include <string>
#include <vector>

namespace storepulse::http {

namespace {

response refuse(const request& header, status code, std::string_view message) {
  auto res = make_error(header, code, code == status::bad_request ? "bad_framing" : "unsupported_coding", message);
  res.keep_alive(false);
  return res;
}

}  // namespace

std::optional<response> check_framing(const request& header) {
  auto fields = header.equal_range(beast_http::field::transfer_encoding);
  if (fields.first == fields.second) return std::nullopt;
  std::vector<std::string> codings;
  for (auto it = fields.first; it != fields.second; ++it) {
    for (auto coding : beast_http::token_list(it->value())) codings.emplace_back(coding);
  }
  if (header.version() < 11)
    return refuse(header, status::bad_request, "HTTP/1.0 requests cannot carry Transfer-Encoding");
  if (header.find(beast_http::field::content_length) != header.end())
    return refuse(header, status::bad_request, "Transfer-Encoding and Content-Length cannot go together");
  if (codings.empty() || !boost::beast::iequals(codings.back(), "chunked"))
    return refuse(header, status::bad_request, "the last transfer coding must be chunked");
  if (codings.size() > 1) {
    for (std::size_t i = 0; i + 1 < codings.size(); ++i) {
      if (boost::beast::iequals(codings[i], "chunked"))
        return refuse(header, status::bad_request, "chunked is applied more than once");
    }
    return refuse(header, status::not_implemented, "only the chunked transfer coding is supported");
  }
  return std::nullopt;
}

}  // namespace storepulse::http
