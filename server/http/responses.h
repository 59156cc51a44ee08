#pragma once

#include "server/http/message.h"

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

namespace google::protobuf {
class Message;
}

namespace storepulse::http {

// Returns a response with the request's version and keep-alive and the given body, compressed
// with gzip when the content type is text of 1 KB or more and the client accepts gzip.
response make_response(const request& req, status code, std::string body, std::string_view content_type);

// A body encoded once and sent many times: as it is, and gzipped when that is worth it.
struct encoded_body {
  std::shared_ptr<const std::string> plain;
  std::shared_ptr<const std::string> gzipped;  // null when too small or not text
};

// Returns an encoded body for the content type (compressed once, here).
encoded_body make_encoded_body(std::string plain, std::string_view content_type);

// Returns a response with a body encoded in advance: the gzipped form when the client takes it.
response make_encoded_response(const request& req, status code, const encoded_body& body, std::string_view content_type);

// Returns an answer whose body the producer streams in pieces, each sent as it comes; the pieces
// are gzipped as one stream when the content type is text and the client accepts gzip.
answer make_streamed_response(const request& req, status code, std::string_view content_type, body_producer body);

// Returns an error in the ErrorBody JSON shape: {"error": code, "message": ..., "itemIndex": ...}.
response make_error(const request& req, status code, std::string_view error, std::string_view message,
                    int item_index = -1);

// Returns 503 with Retry-After for a request that came as the server stops.
response make_stopping(const request& req);

// Returns 503 with Retry-After for a request refused because too much work already waits.
response make_busy(const request& req);

// Returns the message in binary Protobuf (application/x-protobuf).
response make_protobuf(const request& req, const google::protobuf::Message& message, status code = status::ok);

// Returns the message in Protobuf's JSON mapping (application/json).
response make_json(const request& req, const google::protobuf::Message& message, status code = status::ok);

// Returns binary Protobuf when the Accept header asks for application/x-protobuf, else JSON.
response make_negotiated(const request& req, const google::protobuf::Message& message,
                         status code = status::ok);

// Returns true when the Accept header prefers application/x-protobuf.
bool wants_protobuf(const request& req);

// Returns the Bearer token of the Authorization header, or an empty view.
std::string_view bearer_token(const request& req);

// Returns the path of the request target without its query string.
std::string_view target_path(const request& req);

// An action on one resource, as a path PREFIX{id}/{action} names it.
struct resource_action {
  std::int64_t id = 0;
  std::string_view action;
};

// Returns the id (a positive number) and the action of a path that is prefix, the id, "/" and
// an action without further slashes; nullopt for anything else.
std::optional<resource_action> resource_action_of(std::string_view path, std::string_view prefix);

// Returns the decoded value of a query parameter, or an empty string when absent.
std::string query_param(const request& req, std::string_view name);

}  // namespace storepulse::http
