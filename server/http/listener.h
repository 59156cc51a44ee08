#pragma once

#include "server/http/session_options.h"

#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/ssl/context.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/beast/core/error.hpp>

#include <functional>
#include <memory>

namespace storepulse::http {

class router;

// Returns the TLS context for a new connection; it may change between connections.
using tls_source = std::function<std::shared_ptr<boost::asio::ssl::context>()>;

// Accepts connections and starts an http_session for each. Past the connection cap it answers
// 503 and closes gracefully (see refusal); when the process runs out of file descriptors it
// pauses and keeps accepting.
class listener : public std::enable_shared_from_this<listener> {
 public:
  // tls: serve HTTPS with the context it gives, or plain HTTP when empty.
  listener(boost::asio::io_context& ioc, const boost::asio::ip::tcp::endpoint& endpoint, const router& router,
           const session_options& options, connection_state& state, tls_source tls = {});

  // Starts accepting.
  void run();
  // Stops accepting; open connections finish on their own.
  void stop();
  // Returns the port actually bound (useful with port 0).
  unsigned short port() const;

 private:
  void do_accept();
  void on_accept(boost::beast::error_code ec, boost::asio::ip::tcp::socket socket);
  void refuse(boost::asio::ip::tcp::socket socket);

  boost::asio::io_context& ioc_;
  boost::asio::ip::tcp::acceptor acceptor_;
  boost::asio::steady_timer pause_;
  const router& router_;
  const session_options& options_;
  connection_state& state_;
  tls_source tls_;
};

}  // namespace storepulse::http
