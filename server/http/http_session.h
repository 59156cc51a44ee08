#pragma once

#include "server/http/message.h"
#include "server/http/session_options.h"

#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/ssl/context.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/beast/core/flat_buffer.hpp>
#include <boost/beast/core/tcp_stream.hpp>
#include <boost/beast/http/parser.hpp>
#include <boost/beast/ssl/ssl_stream.hpp>

#include <chrono>
#include <memory>
#include <optional>
#include <string>

namespace storepulse::http {

class router;

using plain_stream = boost::beast::tcp_stream;
using tls_stream = boost::beast::ssl_stream<boost::beast::tcp_stream>;

// One HTTP/1.1 connection over plain TCP or TLS: reads a request with a fresh parser, hands it to
// the router, writes the answer, and repeats while keep-alive holds.
//
// Each request costs as few trips through the event loop as it can: a header and body that came
// in with the first bytes are parsed at once; on plain TCP an answer is written straight away
// when the socket takes it whole (it nearly always does), and only the rest, if any, waits for
// the socket. The connection's deadline is a time point that reading and writing move; one timer
// per connection checks it and closes a connection that overran, rather than a timer set and
// cancelled around every read and write. A keep-alive connection waits idle_timeout for the
// first byte of its next request, and then read_timeout for the whole of it.
//
// Once the server stops, every request that has begun or begins before the stop's deadline is
// answered 503 (those already handed to the router get their own answer), and then the
// connection closes.
template <class Stream>
class http_session : public std::enable_shared_from_this<http_session<Stream>> {
 public:
  // stream_args build the stream: a socket, or a socket and a TLS context.
  template <class... StreamArgs>
  http_session(const router& router, const session_options& options, connection_state& state,
               StreamArgs&&... stream_args)
      : stream_(std::forward<StreamArgs>(stream_args)...), timer_(stream_.get_executor()), router_(router),
        options_(options), state_(state) {
    ++state_.open;
  }
  ~http_session();

  // Starts on the connection's strand.
  void run();

 private:
  // What the connection is doing; a stop cuts the deadlines of the first three.
  enum class phase { handshake, waiting, reading, handling, writing, closing };

  void on_handshake(boost::beast::error_code ec);
  void do_read();
  void on_first_bytes(boost::beast::error_code ec);
  void on_header(boost::beast::error_code ec);
  // Parses what the buffer holds of the body; returns true when that finished the request.
  bool finish_from_buffer(boost::beast::error_code& ec);
  void on_read(boost::beast::error_code ec);
  void send(response&& res);
  // Sends an answer whose body a producer streams: the header, then each piece as it comes, as
  // an HTTP/1.1 chunk (to an HTTP/1.0 client as it is, and the connection closes at the end).
  void start_stream(answer&& a);
  // Writes out_, then goes on to on_write, or to the stream's next piece when more.
  void write_out(bool close, bool more);
  void ask_piece(boost::beast::error_code ec);
  void on_piece(body_piece piece);
  // Plain TCP only: writes out_ without waiting; returns the bytes written.
  std::size_t write_now();
  void on_write(bool close, boost::beast::error_code ec);
  void do_close();
  void drain();

  using clock = std::chrono::steady_clock;
  // Gives the current step until timeout from now, or while reading until the stop's deadline if
  // that is sooner; a connection past its deadline is closed.
  void expire_after(clock::duration timeout);
  void expire_at(clock::time_point deadline);
  void expire_never() { deadline_ = clock::time_point::max(); }
  void arm_timer();
  void on_timer(boost::beast::error_code ec);
  // On the strand: the server stops, and reads must end by deadline.
  void on_stop(clock::time_point deadline);
  bool reading() const { return phase_ == phase::handshake || phase_ == phase::waiting || phase_ == phase::reading; }

  Stream stream_;
  boost::beast::flat_buffer buffer_;
  std::optional<beast_http::request_parser<beast_http::string_body>> parser_;
  std::string out_;  // the answer being written, serialized; kept for its capacity
  boost::asio::steady_timer timer_;
  clock::time_point deadline_ = clock::time_point::max();
  clock::time_point armed_for_ = clock::time_point::max();  // when the timer fires, if armed
  bool timer_armed_ = false;
  const router& router_;
  const session_options& options_;
  connection_state& state_;
  std::optional<session_registry::handle> registration_;
  phase phase_ = phase::handshake;
  std::string peer_;  // the peer's address, read once per connection
  bool head_request_ = false;
  body_producer producer_;     // the body being streamed, if any
  bool chunked_ = false;       // the stream goes in chunks
  bool stream_close_ = false;  // the connection closes after the stream
};

extern template class http_session<plain_stream>;
extern template class http_session<tls_stream>;

}  // namespace storepulse::http
