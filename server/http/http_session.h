#pragma once

#include "server/http/message.h"
#include "server/http/session_options.h"

#include <boost/asio/ip/tcp.hpp>
#include <boost/beast/core/flat_buffer.hpp>
#include <boost/beast/core/tcp_stream.hpp>
#include <boost/beast/http/parser.hpp>

#include <memory>
#include <optional>

namespace storepulse::http {

class router;

// One HTTP/1.1 connection: reads a request with a fresh parser, hands it to the router, writes
// the answer, and repeats while keep-alive holds.
class http_session : public std::enable_shared_from_this<http_session> {
 public:
  http_session(boost::asio::ip::tcp::socket&& socket, const router& router, const session_options& options,
               connection_state& state);
  ~http_session();

  // Starts reading on the connection's strand.
  void run();

 private:
  void do_read();
  void on_read(boost::beast::error_code ec, std::size_t bytes);
  void send(response&& res);
  void on_write(bool close, boost::beast::error_code ec, std::size_t bytes);
  void do_close();

  boost::beast::tcp_stream stream_;
  boost::beast::flat_buffer buffer_;
  std::optional<beast_http::request_parser<beast_http::string_body>> parser_;
  std::shared_ptr<response> pending_;
  const router& router_;
  const session_options& options_;
  connection_state& state_;
  bool head_request_ = false;
};

}  // namespace storepulse::http
