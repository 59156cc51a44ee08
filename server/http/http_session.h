#pragma once

#include "server/http/message.h"
#include "server/http/session_options.h"

#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/ssl/context.hpp>
#include <boost/beast/core/flat_buffer.hpp>
#include <boost/beast/core/tcp_stream.hpp>
#include <boost/beast/http/parser.hpp>
#include <boost/beast/ssl/ssl_stream.hpp>

#include <memory>
#include <optional>
#include <string>

namespace storepulse::http {

class router;

using plain_stream = boost::beast::tcp_stream;
using tls_stream = boost::beast::ssl_stream<boost::beast::tcp_stream>;

// One HTTP/1.1 connection over plain TCP or TLS: reads a request with a fresh parser, hands it to
// the router, writes the answer, and repeats while keep-alive holds.
template <class Stream>
class http_session : public std::enable_shared_from_this<http_session<Stream>> {
 public:
  // stream_args build the stream: a socket, or a socket and a TLS context.
  template <class... StreamArgs>
  http_session(const router& router, const session_options& options, connection_state& state,
               StreamArgs&&... stream_args)
      : stream_(std::forward<StreamArgs>(stream_args)...), router_(router), options_(options), state_(state) {
    ++state_.open;
  }
  ~http_session();

  // Starts on the connection's strand.
  void run();

 private:
  void on_handshake(boost::beast::error_code ec);
  void do_read();
  void on_read(boost::beast::error_code ec, std::size_t bytes);
  void send(response&& res);
  void on_write(bool close, boost::beast::error_code ec, std::size_t bytes);
  void do_close();
  void drain();

  Stream stream_;
  boost::beast::flat_buffer buffer_;
  std::optional<beast_http::request_parser<beast_http::string_body>> parser_;
  std::shared_ptr<response> pending_;
  const router& router_;
  const session_options& options_;
  connection_state& state_;
  std::string peer_;  // the peer's address, read once per connection
  bool head_request_ = false;
  bool in_flight_ = false;
};

extern template class http_session<plain_stream>;
extern template class http_session<tls_stream>;

}  // namespace storepulse::http
