#pragma once

#include <boost/asio/ssl/context.hpp>

#include <memory>
#include <mutex>
#include <string>

namespace storepulse::app {

// The server's TLS context (TLS 1.2 or later), made afresh from the certificate and key files on
// each reload (SIGHUP), so that a renewed certificate needs no restart. New connections take the
// current context; open ones keep the one they began with.
class tls_reloader {
 public:
  // Reads the files; throws when they cannot be used.
  tls_reloader(std::string certificate_file, std::string private_key_file);

  // Returns the context for a new connection.
  std::shared_ptr<boost::asio::ssl::context> current() const;
  // Reads the files again into a new context; on failure keeps the current one and returns false
  // with the reason.
  bool reload(std::string& error);
  // Returns the certificate file's name.
  const std::string& certificate_file() const { return certificate_file_; }

 private:
  std::string certificate_file_;
  std::string private_key_file_;
  mutable std::mutex mutex_;
  std::shared_ptr<boost::asio::ssl::context> current_;
};

}  // namespace storepulse::app
