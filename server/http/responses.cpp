#include "server/http/responses.h"

#include "server/http/compression.h"
#include "server/http/json_encoding.h"
#include "storepulse/v1/kiosk.pb.h"

#include <google/protobuf/message.h>

#include <charconv>

namespace storepulse::http {

namespace {

// Bodies below this size go as they are: gzip's header and the CPU cost outweigh the saving.
constexpr std::size_t min_compressed_size = 1024;

response plain_response(const request& req, status code, std::string body, std::string_view content_type) {
  response res{code, req.version()};
  res.set(beast_http::field::server, "storepulse");
  res.set(beast_http::field::content_type, content_type);
  res.set(beast_http::field::cache_control, "no-store");
  res.keep_alive(req.keep_alive());
  res.body() = std::move(body);
  return res;
}

}  // namespace

response make_response(const request& req, status code, std::string body, std::string_view content_type) {
  const bool may_compress = compressible(content_type);
  const bool compress = may_compress && body.size() >= min_compressed_size && accepts_gzip(req);
  if (compress) body = gzip(body);
  auto res = plain_response(req, code, std::move(body), content_type);
  if (may_compress) res.set(beast_http::field::vary, "Accept-Encoding");
  if (compress) res.set(beast_http::field::content_encoding, "gzip");
  res.prepare_payload();
  return res;
}

response make_encoded_response(const request& req, status code, const encoded_body& body, std::string_view content_type) {
  const bool compress = body.gzipped && accepts_gzip(req);
  auto res = plain_response(req, code, compress ? *body.gzipped : *body.plain, content_type);
  if (compressible(content_type)) res.set(beast_http::field::vary, "Accept-Encoding");
  if (compress) res.set(beast_http::field::content_encoding, "gzip");
  res.prepare_payload();
  return res;
}

encoded_body make_encoded_body(std::string plain, std::string_view content_type) {
  encoded_body body;
  if (compressible(content_type) && plain.size() >= min_compressed_size)
    body.gzipped = std::make_shared<const std::string>(gzip(plain));
  body.plain = std::make_shared<const std::string>(std::move(plain));
  return body;
}

answer make_streamed_response(const request& req, status code, std::string_view content_type, body_producer body) {
  auto header = plain_response(req, code, {}, content_type);
  const bool may_compress = compressible(content_type);
  if (may_compress) header.set(beast_http::field::vary, "Accept-Encoding");
  if (!may_compress || !accepts_gzip(req)) return {std::move(header), std::move(body)};
  header.set(beast_http::field::content_encoding, "gzip");
  // Each piece is compressed where it is made, off the network threads; one at a time, in order.
  auto zip = std::make_shared<gzip_stream>();
  return {std::move(header), [inner = std::move(body), zip](piece_fn deliver) {
            inner([zip, deliver = std::move(deliver)](body_piece piece) {
              if (!piece.failed) {
                try {
                  piece.data = zip->compress(piece.data, piece.last);
                } catch (const std::exception&) {
                  piece = {{}, false, true};
                }
              }
              deliver(std::move(piece));
            });
          }};
}

response make_error(const request& req, status code, std::string_view error, std::string_view message,
                    int item_index) {
  v1::ErrorBody body;
  body.set_error(std::string(error));
  body.set_message(std::string(message));
  body.set_item_index(item_index);
  body.set_server_protocol_version(v1::PROTOCOL_VERSION_CURRENT);
  return make_json(req, body, code);
}

response make_stopping(const request& req) {
  auto res = make_error(req, status::service_unavailable, "stopping", "The server is stopping; try again shortly.");
  res.set(beast_http::field::retry_after, "5");
  return res;
}

response make_busy(const request& req) {
  auto res = make_error(req, status::service_unavailable, "busy", "The server is busy; try again in a few seconds.");
  res.set(beast_http::field::retry_after, "2");
  return res;
}

response make_protobuf(const request& req, const google::protobuf::Message& message, status code) {
  return make_response(req, code, message.SerializeAsString(), "application/x-protobuf");
}

response make_json(const request& req, const google::protobuf::Message& message, status code) {
  auto json = to_json(message);
  json.push_back('\n');
  return make_response(req, code, std::move(json), "application/json");
}

bool wants_protobuf(const request& req) {
  auto accept = req[beast_http::field::accept];
  return accept.find("application/x-protobuf") != std::string_view::npos ||
         accept.find("application/protobuf") != std::string_view::npos;
}

response make_negotiated(const request& req, const google::protobuf::Message& message, status code) {
  return wants_protobuf(req) ? make_protobuf(req, message, code) : make_json(req, message, code);
}

std::string_view bearer_token(const request& req) {
  auto header = req[beast_http::field::authorization];
  std::string_view value(header.data(), header.size());
  constexpr std::string_view scheme = "Bearer ";
  if (value.size() <= scheme.size()) return {};
  for (std::size_t i = 0; i < scheme.size(); ++i) {
    if (std::tolower(static_cast<unsigned char>(value[i])) != std::tolower(static_cast<unsigned char>(scheme[i])))
      return {};
  }
  value.remove_prefix(scheme.size());
  while (!value.empty() && value.front() == ' ') value.remove_prefix(1);
  while (!value.empty() && value.back() == ' ') value.remove_suffix(1);
  return value;
}

std::string_view target_path(const request& req) {
  std::string_view target(req.target().data(), req.target().size());
  return target.substr(0, target.find('?'));
}

std::optional<resource_action> resource_action_of(std::string_view path, std::string_view prefix) {
  if (!path.starts_with(prefix)) return std::nullopt;
  auto rest = path.substr(prefix.size());
  auto slash = rest.find('/');
  if (slash == std::string_view::npos) return std::nullopt;
  resource_action found;
  auto digits = rest.substr(0, slash);
  auto parsed = std::from_chars(digits.data(), digits.data() + digits.size(), found.id);
  if (parsed.ec != std::errc() || parsed.ptr != digits.data() + digits.size() || found.id <= 0) return std::nullopt;
  found.action = rest.substr(slash + 1);
  if (found.action.empty() || found.action.find('/') != std::string_view::npos) return std::nullopt;
  return found;
}

namespace {

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

std::string url_decode(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '+') {
      out.push_back(' ');
    } else if (text[i] == '%' && i + 2 < text.size() + 0 && hex_value(text[i + 1]) >= 0 && hex_value(text[i + 2]) >= 0) {
      out.push_back(static_cast<char>(hex_value(text[i + 1]) * 16 + hex_value(text[i + 2])));
      i += 2;
    } else {
      out.push_back(text[i]);
    }
  }
  return out;
}

}  // namespace

std::string query_param(const request& req, std::string_view name) {
  std::string_view target(req.target().data(), req.target().size());
  auto q = target.find('?');
  if (q == std::string_view::npos) return {};
  auto query = target.substr(q + 1);
  while (!query.empty()) {
    auto end = query.find('&');
    auto pair = query.substr(0, end);
    auto eq = pair.find('=');
    if (pair.substr(0, eq) == name) return eq == std::string_view::npos ? std::string() : url_decode(pair.substr(eq + 1));
    if (end == std::string_view::npos) break;
    query.remove_prefix(end + 1);
  }
  return {};
}

}  // namespace storepulse::http
