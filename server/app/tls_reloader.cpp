#include "server/app/tls_reloader.h"

#include <openssl/err.h>
#include <openssl/ssl.h>
#include <openssl/x509.h>

#include <stdexcept>

namespace storepulse::app {

namespace ssl = boost::asio::ssl;

namespace {

std::shared_ptr<ssl::context> make_context(const std::string& certificate_file, const std::string& private_key_file) {
  auto context = std::make_shared<ssl::context>(ssl::context::tls_server);
  context->set_options(ssl::context::default_workarounds | ssl::context::no_sslv2 | ssl::context::no_sslv3 |
                       ssl::context::no_tlsv1 | ssl::context::no_tlsv1_1 | ssl::context::single_dh_use);
  boost::system::error_code ec;
  context->use_certificate_chain_file(certificate_file, ec);
  if (ec) throw std::runtime_error("certificate " + certificate_file + ": " + ec.message());
  context->use_private_key_file(private_key_file, ssl::context::pem, ec);
  // A renewal caught half-copied pairs a new certificate with the old key.
  const bool mismatch = (ec && ERR_GET_REASON(static_cast<unsigned long>(ec.value())) == X509_R_KEY_VALUES_MISMATCH) ||
                        (!ec && SSL_CTX_check_private_key(context->native_handle()) != 1);
  if (mismatch) {
    throw std::runtime_error("the private key " + private_key_file + " does not belong to " + certificate_file);
  }
  if (ec) throw std::runtime_error("private key " + private_key_file + ": " + ec.message());
  return context;
}

}  // namespace

tls_reloader::tls_reloader(std::string certificate_file, std::string private_key_file)
    : certificate_file_(std::move(certificate_file)),
      private_key_file_(std::move(private_key_file)),
      current_(make_context(certificate_file_, private_key_file_)) {}

std::shared_ptr<ssl::context> tls_reloader::current() const {
  std::lock_guard lock(mutex_);
  return current_;
}

bool tls_reloader::reload(std::string& error) {
  try {
    auto fresh = make_context(certificate_file_, private_key_file_);
    std::lock_guard lock(mutex_);
    current_ = std::move(fresh);
    return true;
  } catch (const std::exception& e) {
    error = e.what();
    return false;
  }
}

}  // namespace storepulse::app
