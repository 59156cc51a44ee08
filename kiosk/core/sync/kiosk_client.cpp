#include "kiosk/core/sync/kiosk_client.h"

#include "kiosk/core/identity/client_identity.h"

#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/ssl/error.hpp>
#include <boost/beast/http.hpp>
#include <boost/beast/ssl.hpp>
#include <google/protobuf/util/json_util.h>

#include <charconv>

namespace storepulse::kiosk {

namespace beast = boost::beast;
namespace http = beast::http;
namespace net = boost::asio;
using tcp = net::ip::tcp;

namespace {

constexpr const char* protobuf_type = "application/x-protobuf";
constexpr std::uint64_t response_limit = 8 * 1024 * 1024;

}  // namespace

struct kiosk_client::raw_response {
  bool transport_failed = false;
  bool tls_refused = false;
  std::string transport_error;
  http::response<http::string_body> response;
};

kiosk_client::kiosk_client(server_address address, std::chrono::milliseconds timeout, tls_trust trust)
    : address_(std::move(address)), timeout_(timeout), trust_(std::move(trust)) {
  if (address_.tls) tls_ = std::make_unique<tls_client>(trust_);
}

kiosk_client::~kiosk_client() { close(); }

void kiosk_client::close() {
  if (connected()) {
    // No TLS close_notify: every answer is complete by its length, and waiting for the server's
    // reply would only delay the kiosk.
    beast::error_code ignored;
    lowest().socket().shutdown(tcp::socket::shutdown_both, ignored);
    lowest().socket().close(ignored);
  }
  secure_.reset();
  plain_.reset();
  buffer_.clear();
}

beast::tcp_stream& kiosk_client::lowest() { return secure_ ? beast::get_lowest_layer(*secure_) : *plain_; }

template <class Operation>
void kiosk_client::with_stream(Operation&& operation) {
  if (secure_) {
    operation(*secure_);
  } else {
    operation(*plain_);
  }
}

bool kiosk_client::connect(std::string& error, bool& refused) {
  if (auto refusal = plain_http_refusal(address_, trust_.allow_plain_http); !refusal.empty()) {
    error = refusal;
    refused = true;
    return false;
  }
  if (tls_ && !tls_->setup_error().empty()) {
    error = tls_->setup_error() + ": nothing was sent";
    refused = true;
    return false;
  }
  // Every step is asynchronous under a deadline, run to completion on our own io_context:
  // a synchronous call with a timeout.
  beast::error_code ec;
  tcp::resolver resolver(ioc_);
  tcp::resolver::results_type endpoints;
  ioc_.restart();
  resolver.async_resolve(address_.host, address_.port,
                         [&](beast::error_code e, tcp::resolver::results_type results) {
                           ec = e;
                           endpoints = std::move(results);
                         });
  ioc_.run();
  if (ec) {
    error = "resolve " + address_.host + ": " + ec.message();
    return false;
  }
  if (tls_) {
    secure_.emplace(ioc_, tls_->context());
  } else {
    plain_.emplace(ioc_);
  }
  lowest().expires_after(timeout_);
  ioc_.restart();
  lowest().async_connect(endpoints, [&](beast::error_code e, const tcp::endpoint&) { ec = e; });
  ioc_.run();
  if (ec) {
    error = "connect " + address_.to_string() + ": " + ec.message();
    close();
    return false;
  }
  lowest().socket().set_option(tcp::no_delay(true), ec);
  return !secure_ || handshake(error, refused);
}

bool kiosk_client::handshake(std::string& error, bool& refused) {
  beast::error_code ec;
  tls_->prepare(*secure_, address_.host);
  lowest().expires_after(timeout_);
  ioc_.restart();
  secure_->async_handshake(net::ssl::stream_base::client, [&](beast::error_code e) { ec = e; });
  ioc_.run();
  if (auto why = tls_->refusal(*secure_, ec); !why.empty()) {
    error = why + ": nothing was sent";
    refused = true;
    close();
    return false;
  }
  if (ec) {
    error = "TLS handshake with " + address_.to_string() + ": " +
            (ec == beast::error::timeout ? std::string("timed out") : ec.message());
    close();
    return false;
  }
  return true;
}

kiosk_client::raw_response kiosk_client::round_trip(bool post, const std::string& target, const std::string& body,
                                                     const std::string& if_none_match, bool with_token) {
  raw_response raw;
  http::request<http::string_body> request{post ? http::verb::post : http::verb::get, target, 11};
  request.set(http::field::host, address_.host + ":" + address_.port);
  request.set(http::field::user_agent, "storepulse-kiosk/" STOREPULSE_VERSION);
  request.set(http::field::accept, protobuf_type);
  request.keep_alive(true);
  if (with_token && !token_.empty()) {
    request.set(http::field::authorization, "Bearer " + token_);
  }
  if (!if_none_match.empty()) {
    request.set(http::field::if_none_match, if_none_match);
  }
  if (post) {
    request.set(http::field::content_type, protobuf_type);
    request.body() = body;
  }
  request.prepare_payload();

  // A kept-alive connection may have been closed by the server meanwhile; then one fresh try.
  for (int attempt = 0; attempt < 2; ++attempt) {
    bool reused = connected();
    if (!reused && !connect(raw.transport_error, raw.tls_refused)) {
      raw.transport_failed = true;
      return raw;
    }
    beast::error_code ec;
    lowest().expires_after(timeout_);
    ioc_.restart();
    with_stream([&](auto& stream) {
      http::async_write(stream, request, [&](beast::error_code e, std::size_t) { ec = e; });
    });
    ioc_.run();
    http::response_parser<http::string_body> parser;
    parser.body_limit(response_limit);
    if (!ec) {
      lowest().expires_after(timeout_);
      ioc_.restart();
      with_stream([&](auto& stream) {
        http::async_read(stream, buffer_, parser, [&](beast::error_code e, std::size_t) { ec = e; });
      });
      ioc_.run();
    }
    if (ec) {
      close();
      bool stale = reused && (ec == http::error::end_of_stream || ec == net::error::eof ||
                              ec == net::error::connection_reset || ec == net::error::broken_pipe ||
                              ec == net::ssl::error::stream_truncated);
      if (stale && attempt == 0) {
        continue;
      }
      raw.transport_failed = true;
      raw.transport_error = ec == beast::error::timeout ? std::string("timed out") : ec.message();
      return raw;
    }
    raw.response = parser.release();
    if (!raw.response.keep_alive()) {
      close();
    }
    return raw;
  }
  raw.transport_failed = true;
  raw.transport_error = "connection closed";
  return raw;
}

template <class Result>
void kiosk_client::read_error_body(const raw_response& raw, Result& result) {
  result.transport_failed = raw.transport_failed;
  result.tls_refused = raw.tls_refused;
  if (raw.transport_failed) {
    result.error = raw.tls_refused ? "tls_refused" : "unreachable";
    result.message = raw.transport_error;
    return;
  }
  const auto& response = raw.response;
  result.http_status = static_cast<int>(response.result_int());
  if (auto it = response.find(http::field::retry_after); it != response.end()) {
    std::uint32_t seconds = 0;
    auto text = it->value();
    if (std::from_chars(text.data(), text.data() + text.size(), seconds).ec == std::errc{}) {
      result.retry_after_seconds = seconds;
    }
  }
  if (result.http_status < 400) {
    return;
  }
  storepulse::v1::ErrorBody error_body;
  google::protobuf::util::JsonParseOptions options;
  options.ignore_unknown_fields = true;
  if (google::protobuf::util::JsonStringToMessage(response.body(), &error_body, options).ok()) {
    result.error = error_body.error();
    result.message = error_body.message();
    // proto3 JSON cannot tell a missing itemIndex from 0, and 0 names the first item.
    const auto& body = response.body();
    bool has_index = body.find("\"itemIndex\"") != std::string::npos ||
                     body.find("\"item_index\"") != std::string::npos;
    result.item_index = has_index ? error_body.item_index() : -1;
    result.server_protocol_version = error_body.server_protocol_version();
  } else {
    result.error = "http_" + std::to_string(result.http_status);
    result.message = std::string(response.reason());
  }
  if (result.message.empty()) {
    result.message = "HTTP " + std::to_string(result.http_status);
  }
}

enroll_result kiosk_client::enroll(const std::string& code, const std::string& label) {
  storepulse::v1::EnrollRequest request;
  request.set_protocol_version(storepulse::v1::PROTOCOL_VERSION_CURRENT);
  request.set_code(code);
  request.set_device_label(label);
  // A retry with the same nonce gets the same token, should the first answer have been lost
  // after the server had used the code.
  request.set_device_nonce(new_client_id());
  enroll_result result;
  const auto body = request.SerializeAsString();
  auto raw = round_trip(true, "/api/v1/kiosk/enroll", body, "", false);
  if (raw.transport_failed) raw = round_trip(true, "/api/v1/kiosk/enroll", body, "", false);
  read_error_body(raw, result);
  if (result.ok() && !result.response.ParseFromString(raw.response.body())) {
    result.http_status = 0;
    result.transport_failed = true;
    result.error = "bad_response";
    result.message = "the server's enrollment answer is not an EnrollResponse";
  }
  return result;
}

config_result kiosk_client::fetch_config(const std::string& etag, const check_in& report) {
  config_result result;
  std::string query;
  auto add = [&query](const std::string& name, const std::string& value) {
    query += (query.empty() ? "?" : "&") + name + "=" + value;
  };
  if (report.queued) add("queued", std::to_string(*report.queued));
  if (!report.state.empty()) add("state", report.state);
  std::string refused;
  for (const auto& entry : report.refused) {
    refused += (refused.empty() ? "" : ",") + entry.first + ":" + std::to_string(entry.second);
  }
  if (!refused.empty()) add("refused", refused);
  const std::string target = "/api/v1/kiosk/config" + query;
  auto raw = round_trip(false, target, "", etag, true);
  read_error_body(raw, result);
  if (raw.transport_failed) {
    return result;
  }
  if (auto it = raw.response.find(http::field::etag); it != raw.response.end()) {
    result.etag = std::string(it->value());
  }
  if (result.http_status == 304) {
    result.not_modified = true;
    if (result.etag.empty()) {
      result.etag = etag;
    }
  } else if (result.ok() && !result.config.ParseFromString(raw.response.body())) {
    result.http_status = 0;
    result.transport_failed = true;
    result.error = "bad_response";
    result.message = "the server's config is not a KioskConfig";
  }
  return result;
}

upload_result kiosk_client::upload(const storepulse::v1::SubmissionBatch& batch) {
  return upload_serialized(batch.SerializeAsString());
}

upload_result kiosk_client::upload_serialized(const std::string& body) {
  upload_result result;
  auto raw = round_trip(true, "/api/v1/kiosk/submissions", body, "", true);
  read_error_body(raw, result);
  if (result.ok() && !result.ack.ParseFromString(raw.response.body())) {
    result.http_status = 0;
    result.transport_failed = true;
    result.error = "bad_response";
    result.message = "the server's answer is not a BatchAck";
  }
  return result;
}

call_outcome kiosk_client::check_health() {
  call_outcome result;
  close();
  auto raw = round_trip(false, "/healthz", "", "", false);
  // Nothing is held open on the server between checks.
  close();
  read_error_body(raw, result);
  return result;
}

}  // namespace storepulse::kiosk
