#include "kiosk/core/sync/tls_client.h"

#include <boost/asio/ip/address.hpp>
#include <boost/asio/ssl/host_name_verification.hpp>
#include <openssl/ssl.h>
#include <openssl/x509.h>

namespace storepulse::kiosk {

namespace net = boost::asio;
namespace ssl = boost::asio::ssl;

tls_client::tls_client(const tls_trust& trust) : trust_(trust), context_(ssl::context::tls_client) {
  context_.set_options(ssl::context::default_workarounds | ssl::context::no_sslv2 | ssl::context::no_sslv3 |
                       ssl::context::no_tlsv1 | ssl::context::no_tlsv1_1);
  context_.set_verify_mode(ssl::verify_peer);
  boost::system::error_code ec;
  if (!trust_.pin.empty()) {
    pin_ = public_key_pin::parse(trust_.pin);
    if (!pin_) setup_error_ = "The pinned server key \"" + trust_.pin + "\" is not a SHA-256 pin (sha256/BASE64)";
  } else if (!trust_.ca_file.empty()) {
    context_.load_verify_file(trust_.ca_file, ec);
    if (ec) setup_error_ = "The CA file " + trust_.ca_file + " cannot be used: " + ec.message();
  } else {
    context_.set_default_verify_paths(ec);
    if (ec) setup_error_ = "The system's trust store cannot be read: " + ec.message();
  }
}

void tls_client::prepare(tls_stream& stream, const std::string& host) {
  failure_.clear();
  boost::system::error_code not_an_address;
  net::ip::make_address(host, not_an_address);
  // SNI carries host names only, never addresses (RFC 6066).
  if (not_an_address) {
    SSL_ctrl(stream.native_handle(), SSL_CTRL_SET_TLSEXT_HOSTNAME, TLSEXT_NAMETYPE_host_name,
             const_cast<char*>(host.c_str()));
  }
  stream.set_verify_callback(
      [this, host](bool preverified, ssl::verify_context& context) { return check(preverified, context, host); });
}

bool tls_client::check(bool preverified, ssl::verify_context& context, const std::string& host) {
  X509_STORE_CTX* store = context.native_handle();
  const int depth = X509_STORE_CTX_get_error_depth(store);
  if (pin_) {
    // The pinned key stands for the whole chain: authorities, dates and names are not asked.
    if (depth > 0) return true;
    const auto presented = public_key_pin::of(X509_STORE_CTX_get_current_cert(store));
    if (presented == *pin_) return true;
    if (failure_.empty()) {
      failure_ = "The server's certificate does not match the pinned key (" + pin_->short_form() + " expected, " +
                 presented.short_form() + " presented)";
    }
    return false;
  }
  if (!preverified) {
    if (failure_.empty()) failure_ = describe(X509_STORE_CTX_get_error(store));
    return false;
  }
  if (!ssl::host_name_verification(host)(preverified, context)) {
    if (failure_.empty()) failure_ = "The server's certificate is not made out to " + host;
    return false;
  }
  return true;
}

std::string tls_client::refusal(tls_stream& stream, boost::beast::error_code ec) {
  if (!ec && pin_) {
    // The handshake's check again, on the certificate the handshake ended with.
    X509* peer = SSL_get0_peer_certificate(stream.native_handle());
    const bool matches = peer != nullptr && public_key_pin::of(peer) == *pin_;
    return matches ? std::string() : std::string("The server's certificate does not match the pinned key");
  }
  if (!ec) return {};
  if (!failure_.empty()) return failure_;
  const long result = SSL_get_verify_result(stream.native_handle());
  return result == X509_V_OK ? std::string() : describe(static_cast<int>(result));
}

std::string tls_client::describe(int x509_error) const {
  switch (x509_error) {
    case X509_V_ERR_CERT_HAS_EXPIRED:
      return "The server's certificate has expired";
    case X509_V_ERR_CERT_NOT_YET_VALID:
      return "The server's certificate is not valid yet (is the kiosk's clock right?)";
    case X509_V_ERR_DEPTH_ZERO_SELF_SIGNED_CERT:
    case X509_V_ERR_SELF_SIGNED_CERT_IN_CHAIN:
    case X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT:
    case X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT_LOCALLY:
    case X509_V_ERR_UNABLE_TO_VERIFY_LEAF_SIGNATURE:
    case X509_V_ERR_CERT_UNTRUSTED:
      return "The server's certificate is not signed by an authority this kiosk trusts (" +
             (trust_.ca_file.empty() ? std::string("the system's trust store") : "the CA file " + trust_.ca_file) + ")";
    default:
      return std::string("The server's certificate was refused: ") + X509_verify_cert_error_string(x509_error);
  }
}

}  // namespace storepulse::kiosk
