#pragma once

#include "kiosk/core/sync/public_key_pin.h"
#include "kiosk/core/sync/tls_trust.h"

#include <boost/asio/ssl/context.hpp>
#include <boost/beast/core/error.hpp>
#include <boost/beast/core/tcp_stream.hpp>
#include <boost/beast/ssl/ssl_stream.hpp>

#include <optional>
#include <string>

namespace storepulse::kiosk {

using tls_stream = boost::beast::ssl_stream<boost::beast::tcp_stream>;

// The kiosk's side of TLS (1.2 or later): one client context for a server, and the checks of each
// handshake. With a pin, the certificate's key must be the pinned one and nothing else is asked
// (stores often run self-signed certificates); otherwise the chain must lead to a trusted authority
// and the certificate must name the host. A refused handshake says why.
class tls_client {
 public:
  explicit tls_client(const tls_trust& trust);
  tls_client(const tls_client&) = delete;
  tls_client& operator=(const tls_client&) = delete;

  // Returns why no connection can be trusted at all (an unreadable CA file, a malformed pin), or empty.
  const std::string& setup_error() const { return setup_error_; }
  // Returns the context new streams are made with.
  boost::asio::ssl::context& context() { return context_; }
  // Sets the server name (SNI) and the checks on a stream before its handshake with host.
  void prepare(tls_stream& stream, const std::string& host);
  // Returns why the server's certificate was refused in the handshake just made, or empty when the
  // handshake failed for another reason or passed; ec is the handshake's error.
  std::string refusal(tls_stream& stream, boost::beast::error_code ec);

 private:
  bool check(bool preverified, boost::asio::ssl::verify_context& context, const std::string& host);
  std::string describe(int x509_error) const;

  tls_trust trust_;
  std::optional<public_key_pin> pin_;
  boost::asio::ssl::context context_;
  std::string setup_error_;
  std::string failure_;  // the first check that failed in the current handshake
};

}  // namespace storepulse::kiosk
