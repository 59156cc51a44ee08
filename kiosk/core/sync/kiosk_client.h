#pragma once

#include "kiosk/core/sync/server_address.h"
#include "kiosk/core/sync/tls_client.h"
#include "storepulse/v1/kiosk.pb.h"

#include <boost/asio/io_context.hpp>
#include <boost/beast/core/flat_buffer.hpp>
#include <boost/beast/core/tcp_stream.hpp>

#include <chrono>
#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>

namespace storepulse::kiosk {

// What every call tells: transport failure, HTTP status and the server's ErrorBody.
struct call_outcome {
  bool transport_failed = false;  // no answer at all: connect, send or receive failed or timed out
  // The kiosk refused the server before sending a request: its certificate or key failed the
  // checks, or it speaks plain HTTP where that is not allowed. Implies transport_failed.
  bool tls_refused = false;
  int http_status = 0;
  std::string error;    // ErrorBody.error, or the transport error
  std::string message;  // ErrorBody.message, or the transport error text
  std::int32_t item_index = -1;
  std::uint32_t server_protocol_version = 0;
  std::optional<std::uint32_t> retry_after_seconds;

  // Returns true for a 2xx answer (or 304 for the config).
  bool ok() const {
    return !transport_failed && ((http_status >= 200 && http_status < 300) || http_status == 304);
  }
};

struct enroll_result : call_outcome {
  storepulse::v1::EnrollResponse response;
};

struct config_result : call_outcome {
  bool not_modified = false;  // 304: the cached config is current
  std::string etag;
  storepulse::v1::KioskConfig config;
};

// What a configuration check tells the server about the kiosk, for operators: counts and codes,
// never an answer's contents.
struct check_in {
  std::optional<std::size_t> queued;            // answers waiting on the kiosk
  std::string state;                            // a problem, e.g. "queue_error"; empty: none
  std::map<std::string, std::int64_t> refused;  // items refused for good since enrollment, by reason
};

struct upload_result : call_outcome {
  storepulse::v1::BatchAck ack;
};

// The kiosk protocol client: synchronous HTTP/1.1 over one keep-alive connection, plain or TLS
// (checked against trust before any request is sent), reconnecting when the server closed it.
// Not thread-safe: one caller at a time.
class kiosk_client {
 public:
  explicit kiosk_client(server_address address, std::chrono::milliseconds timeout = std::chrono::seconds(15),
                        tls_trust trust = {});
  ~kiosk_client();
  kiosk_client(const kiosk_client&) = delete;
  kiosk_client& operator=(const kiosk_client&) = delete;

  // Sets the bearer token sent with config and upload calls.
  void set_token(std::string token) { token_ = std::move(token); }
  // Returns the server address.
  const server_address& address() const { return address_; }
  // Returns what the client trusts.
  const tls_trust& trust() const { return trust_; }

  // Returns the answer to POST /api/v1/kiosk/enroll; after a transport failure, tries once more
  // with the same device nonce, which the server answers with the same token.
  enroll_result enroll(const std::string& code, const std::string& label);
  // Returns the answer to GET /api/v1/kiosk/config, sent with If-None-Match when etag is set and
  // with what report holds.
  config_result fetch_config(const std::string& etag, const check_in& report = {});
  // Returns the answer to POST /api/v1/kiosk/submissions.
  upload_result upload(const storepulse::v1::SubmissionBatch& batch);
  // Returns the answer to a body that is already a serialized SubmissionBatch.
  upload_result upload_serialized(const std::string& body);
  // Returns the answer to GET /healthz, sent without the token on a connection of its own that is
  // closed after the answer: it tells whether the server is there, and nothing about the kiosk.
  call_outcome check_health();
  // Closes the connection; the next call opens a new one.
  void close();

 private:
  struct raw_response;
  raw_response round_trip(bool post, const std::string& target, const std::string& body,
                          const std::string& if_none_match, bool with_token);
  // Opens the connection, TLS handshake included; false with the reason, and refused set when the
  // kiosk refused the server.
  bool connect(std::string& error, bool& refused);
  // Makes the TLS handshake on the connected stream and checks the server; as connect.
  bool handshake(std::string& error, bool& refused);
  bool connected() const { return plain_.has_value() || secure_.has_value(); }
  boost::beast::tcp_stream& lowest();
  template <class Operation>
  void with_stream(Operation&& operation);
  template <class Result>
  void read_error_body(const raw_response& raw, Result& result);

  server_address address_;
  std::chrono::milliseconds timeout_;
  tls_trust trust_;
  std::string token_;
  boost::asio::io_context ioc_;
  std::unique_ptr<tls_client> tls_;  // for https:// only
  std::optional<boost::beast::tcp_stream> plain_;
  std::optional<tls_stream> secure_;
  boost::beast::flat_buffer buffer_;
};

}  // namespace storepulse::kiosk
