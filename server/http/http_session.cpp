#include "server/http/http_session.h"

#include "server/http/responses.h"
#include "server/http/router.h"

#include <boost/asio/dispatch.hpp>
#include <boost/asio/post.hpp>
#include <boost/beast/http/read.hpp>
#include <boost/beast/http/write.hpp>
#include <boost/beast/ssl.hpp>

#include <type_traits>

#include <cstdio>

namespace storepulse::http {

namespace beast = boost::beast;
namespace net = boost::asio;

namespace {

void fail(beast::error_code ec, const char* what) {
  if (ec == net::error::operation_aborted || ec == beast::error::timeout || ec == beast_http::error::end_of_stream ||
      ec == net::error::eof || ec == net::error::connection_reset)
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

}  // namespace

template <class Stream>
http_session<Stream>::~http_session() {
  --state_.open;
}

template <class Stream>
void http_session<Stream>::run() {
  net::dispatch(stream_.get_executor(), [self = this->shared_from_this()] {
    if constexpr (std::is_same_v<Stream, tls_stream>) {
      beast::get_lowest_layer(self->stream_).expires_after(self->options_.read_timeout);
      self->stream_.async_handshake(net::ssl::stream_base::server,
                                    [self](beast::error_code ec) { self->on_handshake(ec); });
    } else {
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
void http_session<Stream>::do_read() {
  parser_.emplace();
  parser_->body_limit(options_.body_limit);
  parser_->header_limit(static_cast<std::uint32_t>(options_.header_limit));
  beast::get_lowest_layer(stream_).expires_after(options_.read_timeout);
  beast_http::async_read(stream_, buffer_, *parser_,
                         [self = this->shared_from_this()](beast::error_code ec, std::size_t bytes) {
                           self->on_read(ec, bytes);
                         });
}

template <class Stream>
void http_session<Stream>::on_read(beast::error_code ec, std::size_t) {
  if (ec == beast_http::error::end_of_stream || ec == beast::error::timeout || ec == net::error::operation_aborted) {
    return do_close();
  }
  if (ec) {
    if (ec == net::error::connection_reset || ec == net::error::eof) return do_close();
    return send(read_error_response(ec));
  }
  request req = parser_->release();
  head_request_ = req.method() == verb::head;
  if (state_.stopping) {
    auto res = make_error(req, status::service_unavailable, "shutting_down", "the server is shutting down");
    res.set(beast_http::field::retry_after, "5");
    res.keep_alive(false);
    return send(std::move(res));
  }
  ++state_.in_flight;
  beast::get_lowest_layer(stream_).expires_never();
  auto self = this->shared_from_this();
  router_.handle(std::move(req), [self](response&& res) {
    net::post(self->stream_.get_executor(), [self, res = std::move(res)]() mutable {
      --self->state_.in_flight;
      self->send(std::move(res));
    });
  });
}

template <class Stream>
void http_session<Stream>::send(response&& res) {
  if (state_.stopping) res.keep_alive(false);
  pending_ = std::make_shared<response>(std::move(res));
  bool close = pending_->need_eof();
  if (head_request_) {
    // The answer keeps its Content-Length but carries no body.
    auto length = pending_->body().size();
    pending_->body().clear();
    pending_->content_length(length);
  }
  beast::get_lowest_layer(stream_).expires_after(options_.write_timeout);
  if (head_request_) {
    auto serializer = std::make_shared<beast_http::response_serializer<beast_http::string_body>>(*pending_);
    beast_http::async_write_header(stream_, *serializer,
                                   [self = this->shared_from_this(), serializer, close](beast::error_code ec, std::size_t n) {
                                     self->on_write(close, ec, n);
                                   });
    return;
  }
  beast_http::async_write(stream_, *pending_, [self = this->shared_from_this(), close](beast::error_code ec, std::size_t n) {
    self->on_write(close, ec, n);
  });
}

template <class Stream>
void http_session<Stream>::on_write(bool close, beast::error_code ec, std::size_t) {
  pending_.reset();
  if (ec) {
    fail(ec, "write");
    return do_close();
  }
  if (close) return do_close();
  do_read();
}

template <class Stream>
void http_session<Stream>::do_close() {
  beast::error_code ec;
  auto& socket = beast::get_lowest_layer(stream_).socket();
  // A TLS close_notify is skipped on purpose: the answer is already complete (Content-Length),
  // and waiting on an unresponsive peer would hold the connection open.
  socket.shutdown(net::ip::tcp::socket::shutdown_send, ec);
  socket.close(ec);
}

template class http_session<plain_stream>;
template class http_session<tls_stream>;

}  // namespace storepulse::http
