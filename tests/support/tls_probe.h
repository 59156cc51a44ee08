#pragma once

#include <boost/asio/io_context.hpp>
#include <boost/asio/ssl/context.hpp>
#include <boost/beast/core/flat_buffer.hpp>
#include <boost/beast/core/tcp_stream.hpp>
#include <boost/beast/ssl/ssl_stream.hpp>

#include <string>

namespace storepulse::testing {

// A kept-alive TLS connection to 127.0.0.1:port that trusts whatever the server presents, for tests
// that look at the certificate a server serves and at what it answers.
class tls_probe {
 public:
  // Connects and makes the handshake; throws when either fails.
  explicit tls_probe(int port);
  ~tls_probe();
  tls_probe(const tls_probe&) = delete;
  tls_probe& operator=(const tls_probe&) = delete;

  // Returns the key pin ("sha256/BASE64") of the certificate the server presented.
  std::string peer_pin();
  // Sends GET target on this connection; returns the status, or 0 when the connection failed.
  int get(const std::string& target);

 private:
  boost::asio::io_context ioc_;
  boost::asio::ssl::context context_;
  boost::beast::ssl_stream<boost::beast::tcp_stream> stream_;
  boost::beast::flat_buffer buffer_;
};

// Returns the status of GET target over a fresh TLS connection to 127.0.0.1:port, or 0.
int https_status(int port, const std::string& target);

}  // namespace storepulse::testing
