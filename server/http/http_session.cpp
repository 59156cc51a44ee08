#include "server/http/http_session.h"

#include "server/http/framing.h"
#include "server/http/responses.h"
#include "server/http/router.h"

#include <boost/asio/dispatch.hpp>
#include <boost/asio/post.hpp>
#include <boost/asio/write.hpp>
#include <boost/beast/core/buffers_range.hpp>
#include <boost/beast/core/read_size.hpp>
#include <boost/beast/http/read.hpp>
#include <boost/beast/http/serializer.hpp>
#include <boost/beast/ssl.hpp>

#include <array>
#include <type_traits>
#include <utility>

#include <cstdio>

namespace storepulse::http {

namespace beast = boost::beast;
namespace net = boost::asio;

namespace {

void fail(beast::error_code ec, const char* what) {
  if (ec == net::error::operation_aborted || ec == beast::error::timeout || ec == beast_http::error::end_of_stream ||
      ec == net::error::eof || ec == net::error::connection_reset || ec == net::error::broken_pipe)
    return;
  std::fprintf(stderr, "http: %s: %s\n", what, ec.message().c_str());
}

// Returns an error answer for a request that could not be read; the connection closes after it.
response read_error_response(beast::error_code ec) {
  request shape;
  shape.version(11);
  shape.keep_alive(false);
  if (ec == beast_http::error::body_limit)
    return make_error(shape, status::payload_too_large, "body_too_large", "request body exceeds the size limit");
  if (ec == beast_http::error::header_limit)
    return make_error(shape, status::request_header_fields_too_large, "headers_too_large",
                      "request headers exceed the size limit");
  return make_error(shape, status::bad_request, "bad_request", "malformed HTTP request: " + ec.message());
}

// Returns the answer to a request that begins or ends after the server started to stop.
response stopping_response(const request& shape) {
  auto res = make_error(shape, status::service_unavailable, "shutting_down", "the server is shutting down");
  res.set(beast_http::field::retry_after, "5");
  res.keep_alive(false);
  return res;
}

// Serializes an answer into out: header and body, or only the header.
void serialize(response& res, std::string& out, bool header_only = false) {
  out.clear();
  beast_http::serializer<false, beast_http::string_body> serializer(res);
  serializer.split(header_only);
  beast::error_code ec;
  while (!ec && !(header_only ? serializer.is_header_done() : serializer.is_done())) {
    serializer.next(ec, [&](beast::error_code&, const auto& buffers) {
      std::size_t n = 0;
      for (auto buffer : beast::buffers_range_ref(buffers)) {
        out.append(static_cast<const char*>(buffer.data()), buffer.size());
        n += buffer.size();
      }
      serializer.consume(n);
    });
  }
}

}  // namespace

template <class Stream>
http_session<Stream>::~http_session() {
  if (registration_) state_.sessions.remove(*registration_);
  --state_.open;
}

template <class Stream>
void http_session<Stream>::run() {
  std::weak_ptr<http_session> weak = this->shared_from_this();
  registration_ = state_.sessions.add([weak](clock::time_point deadline) {
    if (auto self = weak.lock())
      net::post(self->stream_.get_executor(), [self, deadline] { self->on_stop(deadline); });
  });
  net::dispatch(stream_.get_executor(), [self = this->shared_from_this()] {
    if constexpr (std::is_same_v<Stream, tls_stream>) {
      self->expire_after(self->options_.read_timeout);
      self->stream_.async_handshake(net::ssl::stream_base::server,
                                    [self](beast::error_code ec) { self->on_handshake(ec); });
    } else {
      beast::error_code ignored;
      // Writes that the socket cannot take at once report would_block instead of waiting.
      beast::get_lowest_layer(self->stream_).socket().non_blocking(true, ignored);
      self->do_read();
    }
  });
}

template <class Stream>
void http_session<Stream>::on_handshake(beast::error_code ec) {
  if (ec) {
    fail(ec, "tls handshake");
    return do_close();
  }
  do_read();
}

template <class Stream>
void http_session<Stream>::expire_after(clock::duration timeout) {
  auto deadline = clock::now() + timeout;
  if (reading() && state_.stopping) deadline = std::min(deadline, state_.sessions.stop_deadline());
  expire_at(deadline);
}

template <class Stream>
void http_session<Stream>::expire_at(clock::time_point deadline) {
  deadline_ = deadline;
  // A later deadline is left to the armed timer, which sets itself again when it fires early.
  if (!timer_armed_ || deadline_ < armed_for_) arm_timer();
}

template <class Stream>
void http_session<Stream>::arm_timer() {
  timer_armed_ = true;
  armed_for_ = deadline_;
  // Setting the expiry cancels an earlier wait, whose handler then returns without a word.
  timer_.expires_at(deadline_);
  timer_.async_wait([self = this->shared_from_this()](beast::error_code ec) { self->on_timer(ec); });
}

template <class Stream>
void http_session<Stream>::on_timer(beast::error_code ec) {
  if (ec == net::error::operation_aborted) return;
  timer_armed_ = false;
  if (deadline_ == clock::time_point::max()) return;
  if (clock::now() < deadline_) return arm_timer();
  // Overdue: the pending read or write ends with operation_aborted, and the connection closes.
  beast::error_code ignored;
  beast::get_lowest_layer(stream_).socket().cancel(ignored);
}

template <class Stream>
void http_session<Stream>::on_stop(clock::time_point deadline) {
  if (reading() && deadline < deadline_) expire_at(deadline);
}

template <class Stream>
void http_session<Stream>::do_read() {
  head_request_ = false;
  parser_.emplace();
  parser_->body_limit(options_.body_limit);
  parser_->header_limit(static_cast<std::uint32_t>(options_.header_limit));
  // Bytes of a pipelined request have already come.
  if (buffer_.size() > 0) return on_first_bytes({});
  // A keep-alive connection may wait idle_timeout for its next request.
  phase_ = phase::waiting;
  expire_after(options_.idle_timeout);
  stream_.async_read_some(buffer_.prepare(beast::read_size(buffer_, 65536)),
                          [self = this->shared_from_this()](beast::error_code ec, std::size_t bytes) {
                            self->buffer_.commit(bytes);
                            self->on_first_bytes(ec);
                          });
}

template <class Stream>
void http_session<Stream>::on_first_bytes(beast::error_code ec) {
  if (ec) return on_read(ec);
  // The request has begun: the whole of it must arrive within read_timeout from its first byte.
  phase_ = phase::reading;
  expire_after(options_.read_timeout);
  buffer_.consume(parser_->put(buffer_.data(), ec));
  if (ec != beast_http::error::need_more) return on_header(ec);
  beast_http::async_read_header(stream_, buffer_, *parser_,
                                [self = this->shared_from_this()](beast::error_code read_ec, std::size_t) {
                                  self->on_header(read_ec);
                                });
}

template <class Stream>
bool http_session<Stream>::finish_from_buffer(beast::error_code& ec) {
  parser_->eager(true);
  while (!parser_->is_done() && buffer_.size() > 0) {
    auto used = parser_->put(buffer_.data(), ec);
    buffer_.consume(used);
    if (ec == beast_http::error::need_more) ec = {};
    if (ec || used == 0) break;
  }
  return !ec && parser_->is_done();
}

template <class Stream>
void http_session<Stream>::on_header(beast::error_code ec) {
  if (!ec) {
    if (auto refused = check_framing(parser_->get())) return send(std::move(*refused));
  }
  if (ec || parser_->is_done() || finish_from_buffer(ec) || ec) return on_read(ec);
  beast_http::async_read(stream_, buffer_, *parser_,
                         [self = this->shared_from_this()](beast::error_code read_ec, std::size_t) {
                           self->on_read(read_ec);
                         });
}

template <class Stream>
void http_session<Stream>::on_read(beast::error_code ec) {
  if (ec == net::error::operation_aborted && phase_ == phase::reading && state_.stopping) {
    // The stop's deadline came before the rest of the request.
    request shape;
    shape.version(11);
    return send(stopping_response(shape));
  }
  if (ec == beast_http::error::end_of_stream || ec == net::error::operation_aborted) return do_close();
  if (ec) {
    if (ec == net::error::connection_reset || ec == net::error::eof) return do_close();
    return send(read_error_response(ec));
  }
  request req = parser_->release();
  head_request_ = req.method() == verb::head;
  if (state_.stopping) return send(stopping_response(req));
  // The peer address, for per-address login throttling; a client-sent value is never trusted.
  req.erase("X-Storepulse-Peer");
  if (peer_.empty()) {
    beast::error_code peer_ec;
    auto peer = beast::get_lowest_layer(stream_).socket().remote_endpoint(peer_ec);
    if (!peer_ec) peer_ = peer.address().to_string();
  }
  if (!peer_.empty()) req.set("X-Storepulse-Peer", peer_);
  phase_ = phase::handling;
  expire_never();
  auto self = this->shared_from_this();
  router_.handle(std::move(req), [self](answer&& a) {
    net::dispatch(self->stream_.get_executor(), [self, a = std::move(a)]() mutable {
      if (a.stream) return self->start_stream(std::move(a));
      self->send(std::move(a.res));
    });
  });
}

template <class Stream>
void http_session<Stream>::send(response&& res) {
  phase_ = phase::writing;
  if (state_.stopping) res.keep_alive(false);
  bool close = res.need_eof();
  if (head_request_) {
    // The answer keeps its Content-Length but carries no body.
    auto length = res.body().size();
    res.body().clear();
    res.content_length(length);
  }
  serialize(res, out_);
  write_out(close, false);
}

template <class Stream>
void http_session<Stream>::start_stream(answer&& a) {
  phase_ = phase::writing;
  auto& res = a.res;
  if (state_.stopping) res.keep_alive(false);
  res.erase(beast_http::field::content_length);
  // An HTTP/1.0 client cannot read chunks: its body runs to the connection's close.
  chunked_ = res.version() >= 11;
  if (chunked_) res.chunked(true);
  else res.keep_alive(false);
  stream_close_ = res.need_eof();
  serialize(res, out_, true);
  // A HEAD answer is its header alone; the producer goes unasked.
  if (head_request_) return write_out(stream_close_, false);
  producer_ = std::move(a.stream);
  write_out(false, true);
}

template <class Stream>
void http_session<Stream>::write_out(bool close, bool more) {
  auto then = [self = this->shared_from_this(), close, more](beast::error_code ec) {
    if (more) return self->ask_piece(ec);
    self->on_write(close, ec);
  };
  std::size_t written = 0;
  if constexpr (std::is_same_v<Stream, plain_stream>) written = write_now();
  if (written == out_.size()) return then({});
  expire_after(options_.write_timeout);
  net::async_write(stream_, net::buffer(out_.data() + written, out_.size() - written),
                   [then](beast::error_code ec, std::size_t) { then(ec); });
}

template <class Stream>
void http_session<Stream>::ask_piece(beast::error_code ec) {
  if (ec) {
    // The client is gone: the producer is not asked again.
    fail(ec, "write");
    producer_ = nullptr;
    return do_close();
  }
  phase_ = phase::handling;
  expire_never();
  // Posted, not dispatched: a producer that delivers at once does not deepen the stack.
  producer_([self = this->shared_from_this()](body_piece piece) {
    net::post(self->stream_.get_executor(),
              [self, piece = std::move(piece)]() mutable { self->on_piece(std::move(piece)); });
  });
}

template <class Stream>
void http_session<Stream>::on_piece(body_piece piece) {
  if (piece.failed) {
    // Closing before the body's end tells the client that the answer broke off.
    producer_ = nullptr;
    return do_close();
  }
  phase_ = phase::writing;
  out_.clear();
  if (!chunked_) {
    out_.swap(piece.data);
  } else if (!piece.data.empty()) {
    char size[20];
    auto length = std::snprintf(size, sizeof size, "%zx\r\n", piece.data.size());
    out_.reserve(static_cast<std::size_t>(length) + piece.data.size() + 7);
    out_.append(size, static_cast<std::size_t>(length)).append(piece.data).append("\r\n");
  }
  if (!piece.last) return write_out(false, true);
  producer_ = nullptr;
  if (chunked_) out_ += "0\r\n\r\n";
  write_out(stream_close_, false);
}

template <class Stream>
std::size_t http_session<Stream>::write_now() {
  beast::error_code ec;
  auto written = beast::get_lowest_layer(stream_).socket().write_some(net::buffer(out_), ec);
  return ec ? 0 : written;
}

template <class Stream>
void http_session<Stream>::on_write(bool close, beast::error_code ec) {
  if (ec) {
    fail(ec, "write");
    return do_close();
  }
  if (close) return do_close();
  do_read();
}

template <class Stream>
void http_session<Stream>::do_close() {
  phase_ = phase::closing;
  beast::error_code ec;
  auto& lowest = beast::get_lowest_layer(stream_);
  // A TLS close_notify is skipped on purpose: the answer is already complete (Content-Length),
  // and waiting on an unresponsive peer would hold the connection open.
  lowest.socket().shutdown(net::ip::tcp::socket::shutdown_send, ec);
  // Unread request bytes at close would make the kernel send a reset that can destroy the answer
  // (e.g. a 413 before its body was read): read and discard until the peer closes, for 2 s at most.
  expire_after(std::chrono::seconds(2));
  drain();
}

template <class Stream>
void http_session<Stream>::drain() {
  auto scratch = std::make_shared<std::array<char, 4096>>();
  beast::get_lowest_layer(stream_).async_read_some(
      net::buffer(*scratch), [self = this->shared_from_this(), scratch](beast::error_code ec, std::size_t) {
        if (!ec) return self->drain();
        beast::error_code ignored;
        beast::get_lowest_layer(self->stream_).socket().close(ignored);
        // The timer's wait holds the session: end it, so that the session can go.
        self->expire_never();
        self->timer_.cancel();
      });
}

template class http_session<plain_stream>;
template class http_session<tls_stream>;

}  // namespace storepulse::http
